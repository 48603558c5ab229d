// The queue shape matrix and top senders as models (QAbstractItemModelTester), the heat shading
// in light and dark palettes, and ShapeView's double-click on a domain.
#include "models/shapemodel.h"
#include "models/topsendersmodel.h"
#include "postfix/queueparsers.h"
#include "widgets/heatmapdelegate.h"
#include "widgets/shapeview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::ShapeModel;

namespace {

constexpr qint64 kNow = 1'785'400'000; // the demo queue's reference time

QList<Postfix::QueuedMessage> demoQueue()
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA) + u"/ui-demo-queue.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ui-demo-queue.jsonl missing");
    return Postfix::parseQueueJson(file.readAll()).values;
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

class TestShapeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixFromDemoQueue();
    void headers();
    void topSenders();
    void shadingInBothPalettes();
    void doubleClickDomain();
};

void TestShapeModel::matrixFromDemoQueue()
{
    const auto messages = demoQueue();
    ShapeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const Postfix::QueueShape shape = Postfix::computeQueueShape(messages, kNow);
    model.setShape(shape);
    QCOMPARE(model.rowCount(), int(shape.rows.size()) + 1);
    QCOMPARE(model.columnCount(), ShapeModel::FirstBucket + int(shape.options.bucketMinutes.size()) + 1);
    // Row 0 is the total; its cells add up to the recipients of the queue.
    qint64 recipients = 0;
    for (const auto &m : messages)
        recipients += m.recipients.size();
    QCOMPARE(model.index(0, ShapeModel::Total).data(ShapeModel::SortRole).toLongLong(), recipients);
    QCOMPARE(model.index(0, ShapeModel::Domain).data(ShapeModel::DomainRole).toString(), QString());
    qint64 sum = 0;
    double maxHeat = 0;
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(!model.index(r, ShapeModel::Domain).data(ShapeModel::DomainRole).toString().isEmpty());
        for (int c = ShapeModel::FirstBucket; c < model.columnCount(); ++c) {
            const qint64 v = model.index(r, c).data(ShapeModel::SortRole).toLongLong();
            const double heat = model.index(r, c).data(ShapeModel::HeatRole).toDouble();
            QVERIFY(heat >= 0 && heat <= 1);
            QCOMPARE(heat == 0, v == 0);
            QCOMPARE(model.index(r, c).data().toString().isEmpty(), v == 0); // zeros stay blank
            maxHeat = qMax(maxHeat, heat);
            sum += v;
        }
    }
    QCOMPARE(sum, recipients);
    QCOMPARE(maxHeat, 1.0);
    QVERIFY(model.index(1, ShapeModel::Domain).data(Qt::ToolTipRole).toString().contains(u"double-click"_s));
}

void TestShapeModel::headers()
{
    QCOMPARE(ShapeModel::bucketLabel(5, false), u"< 5 min"_s);
    QCOMPARE(ShapeModel::bucketLabel(160, false), u"< 2.67 h"_s);
    QCOMPARE(ShapeModel::bucketLabel(1280, true), u"≥ 21.3 h"_s);
    ShapeModel model;
    model.setShape(Postfix::computeQueueShape(demoQueue(), kNow));
    QCOMPARE(model.headerData(ShapeModel::Domain, Qt::Horizontal, Qt::DisplayRole).toString(), u"Recipient domain"_s);
    QCOMPARE(model.headerData(ShapeModel::FirstBucket, Qt::Horizontal, Qt::DisplayRole).toString(), u"< 5 min"_s);
}

void TestShapeModel::topSenders()
{
    const auto messages = demoQueue();
    Ui::TopSendersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSenders(Postfix::topSenders(messages, 5), messages.size());
    QVERIFY(model.rowCount() > 0 && model.rowCount() <= 5);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 n = model.index(r, Ui::TopSendersModel::Messages).data(Ui::TopSendersModel::SortRole).toLongLong();
        QVERIFY(n <= previous);
        previous = n;
    }
    QVERIFY(model.index(0, Ui::TopSendersModel::Share).data().toString().endsWith(u'%'));
}

void TestShapeModel::shadingInBothPalettes()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    for (const QPalette &p : {light, dark}) {
        const QColor low = Ui::HeatmapDelegate::shade(p, 0.01);
        const QColor high = Ui::HeatmapDelegate::shade(p, 1.0);
        QVERIFY(low != p.color(QPalette::Base));       // any non-zero cell is tinted
        // More = closer to Highlight.
        const auto dist = [&p](const QColor &c) {
            return qAbs(luminance(c) - luminance(p.color(QPalette::Highlight)));
        };
        QVERIFY(dist(high) < dist(low));
    }
}

void TestShapeModel::doubleClickDomain()
{
    Ui::ShapeView view;
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMessages(demoQueue(), kNow);
    auto *table = view.findChild<QTableView *>(u"shapeTable"_s);
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 1);
    QSignalSpy activated(&view, &Ui::ShapeView::domainActivated);
    const QModelIndex idx = table->model()->index(1, ShapeModel::Domain);
    const QPoint at = table->visualRect(idx).center();
    QVERIFY(table->viewport()->rect().contains(at));
    // A double click is a press/release followed by a press that becomes the double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), idx.data(ShapeModel::DomainRole).toString());
    QCOMPARE(activated.at(0).at(1).toBool(), false);
    // Sender view: the same matrix by the sender's domain.
    view.findChild<QComboBox *>(u"shapeMode"_s)->setCurrentIndex(1);
    QVERIFY(view.bySender());
    QCOMPARE(table->model()->headerData(ShapeModel::Domain, Qt::Horizontal).toString(), u"Sender domain"_s);
    QVERIFY(view.findChild<QTableView *>(u"topSenders"_s)->model()->rowCount() > 0);
}

QTEST_MAIN(TestShapeModel)
#include "tst_shapemodel.moc"
