// The "By class" summary: counts, shares and examples per reason class from the demo queue
// (tests/data/ui-demo-queue.jsonl), consistency with the class filter, and the model contract.
#include "diagnosis/reasonclassifier.h"
#include "models/classsummarymodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "postfix/queueparsers.h"
#include "widgets/classsummaryview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::ClassSummaryModel;
using Ui::QueueTableModel;

namespace {

QList<Postfix::QueuedMessage> demoQueue()
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA) + u"/ui-demo-queue.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ui-demo-queue.jsonl missing");
    return Postfix::parseQueueJson(file.readAll()).values;
}

} // namespace

class TestClassSummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTheClassFilter();
    void examplesAndAdvice();
    void emptyAndClear();
    void viewClickEmitsClass();
};

void TestClassSummaryModel::countsMatchTheClassFilter()
{
    QueueTableModel queue;
    queue.setMessages(demoQueue());
    QCOMPARE(queue.rowCount(), 50);
    ClassSummaryModel summary;
    QAbstractItemModelTester tester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.rebuild(queue);
    QVERIFY(summary.classCount() >= 3); // the demo queue mixes DNS, network, throttling, …
    QCOMPARE(summary.totalMessages(), 50);

    Ui::QueueFilterProxyModel proxy;
    proxy.setSourceModel(&queue);
    int sum = 0;
    double shares = 0;
    int previousClass = -1;
    for (int r = 0; r < summary.rowCount(); ++r) {
        const int cls = summary.index(r, 0).data(ClassSummaryModel::ClassRole).toInt();
        const int n = int(summary.index(r, ClassSummaryModel::Messages).data(ClassSummaryModel::SortRole).toLongLong());
        QVERIFY(n > 0);
        if (cls >= 0) { // display order, the "no reason yet" row last
            QVERIFY(cls > previousClass);
            previousClass = cls;
        } else {
            QCOMPARE(r, summary.rowCount() - 1);
        }
        proxy.setClassFilter(cls);
        QCOMPARE(proxy.rowCount(), n); // clicking the row shows exactly that many messages
        sum += n;
        shares += summary.index(r, ClassSummaryModel::Share).data(ClassSummaryModel::SortRole).toDouble();
        QVERIFY(summary.index(r, ClassSummaryModel::Share).data().toString().endsWith(u'%'));
    }
    QCOMPARE(sum, 50);
    QVERIFY(qAbs(shares - 1.0) < 1e-9);
    QCOMPARE(summary.rowOfClass(int(Diagnosis::ReasonClass::Dns)) >= 0, true);
}

void TestClassSummaryModel::examplesAndAdvice()
{
    QueueTableModel queue;
    queue.setMessages(demoQueue());
    ClassSummaryModel summary;
    summary.rebuild(queue);
    const int row = summary.rowOfClass(int(Diagnosis::ReasonClass::Dns));
    QVERIFY(row >= 0);
    const QString example = summary.index(row, ClassSummaryModel::Example).data().toString();
    QVERIFY2(example.contains(u"not found"_s, Qt::CaseInsensitive), qPrintable(example));
    QCOMPARE(Diagnosis::ReasonClassifier::instance().classOf(example), Diagnosis::ReasonClass::Dns);
    const auto info = Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Dns);
    QCOMPARE(summary.index(row, ClassSummaryModel::Class).data().toString(), info.title);
    const QString advice = summary.index(row, ClassSummaryModel::Advice).data().toString();
    QVERIFY(advice.contains(info.explanation));
    QVERIFY(advice.contains(info.fixHint));
    // Tooltips carry queue text: plain text, escaped.
    QVERIFY(!summary.index(row, ClassSummaryModel::Example).data(Qt::ToolTipRole).toString().contains(u"<b>"_s));
}

void TestClassSummaryModel::emptyAndClear()
{
    QueueTableModel queue;
    ClassSummaryModel summary;
    QAbstractItemModelTester tester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.rebuild(queue);
    QCOMPARE(summary.rowCount(), 0);
    queue.setMessages(demoQueue());
    summary.rebuild(queue);
    QVERIFY(summary.rowCount() > 0);
    QSignalSpy reset(&summary, &QAbstractItemModel::modelReset);
    summary.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(summary.rowCount(), 0);
    QCOMPARE(summary.totalMessages(), 0);
}

void TestClassSummaryModel::viewClickEmitsClass()
{
    QueueTableModel queue;
    queue.setMessages(demoQueue());
    Ui::ClassSummaryView view;
    view.resize(900, 400);
    view.show();
    view.rebuild(queue, QDateTime::currentDateTimeUtc());
    QCOMPARE(view.objectName(), u"classSummary"_s);
    QSignalSpy activated(&view, &Ui::ClassSummaryView::classActivated);
    QTableView *table = view.table();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = table->visualRect(table->model()->index(0, ClassSummaryModel::Messages));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), table->model()->index(0, 0).data(ClassSummaryModel::ClassRole).toInt());
}

QTEST_MAIN(TestClassSummaryModel)
#include "tst_classsummarymodel.moc"
