// Fleet::QueueDigest's per-class counts equal the queue view's "By class" summary on the same
// listings: the dashboard and the open server never disagree about why mail is stuck.
#include "fleet/pollsummary.h"
#include "models/classsummarymodel.h"
#include "models/queuetablemodel.h"
#include "postfix/queueparsers.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::ClassSummaryModel;

class TestQueueDigestClasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsClassSummary_data();
    void sameAsClassSummary();
};

void TestQueueDigestClasses::sameAsClassSummary_data()
{
    QTest::addColumn<QString>("path");
    const QString data = QStringLiteral(POSTDESK_TEST_DATA);
    QTest::newRow("ui-demo-queue") << data + u"/ui-demo-queue.jsonl"_s;
    const QDir corpus(data + u"/postqueue-json"_s);
    for (const QString &f : corpus.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << corpus.filePath(f);
}

void TestQueueDigestClasses::sameAsClassSummary()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<Postfix::QueuedMessage> messages = Postfix::parseQueueJson(file.readAll()).values;

    Ui::QueueTableModel queue;
    queue.setMessages(messages);
    ClassSummaryModel summary;
    summary.rebuild(queue);

    Fleet::QueueDigest digest;
    digest.add(messages);
    const Fleet::PollSummary s =
            digest.summary(QUuid::createUuid(), QDateTime::currentDateTimeUtc(), 0);
    QCOMPARE(s.total, qint64(summary.totalMessages()));
    for (int cls = 0; cls < Diagnosis::reasonClassCount; ++cls) {
        const int row = summary.rowOfClass(cls);
        const qint64 expected = row < 0 ? 0
                : summary.index(row, ClassSummaryModel::Messages)
                          .data(ClassSummaryModel::SortRole).toLongLong();
        QCOMPARE(s.perClass.at(std::size_t(cls)), expected);
    }
}

QTEST_MAIN(TestQueueDigestClasses)
#include "tst_queuedigestclasses.moc"
