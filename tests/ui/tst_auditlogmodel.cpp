// AuditLogModel under QAbstractItemModelTester (newest first, display vs sort roles, server role)
// and AuditLogDialog over a real AuditLog file: rows, server filter, damaged lines counted in the
// status, export as JSON lines and CSV.
#include "dialogs/auditlogdialog.h"
#include "models/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Actions::AuditRecord;
using Ui::AuditLogModel;

namespace {

AuditRecord record(const QString &server, const QString &action, int minute, int expected, int reported,
                   const QString &result = u"ok"_s)
{
    AuditRecord r;
    r.time = QDateTime(QDate(2026, 11, 23), QTime(10, minute), Qt::UTC);
    r.server = server;
    r.host = u"192.0.2.10:22"_s;
    r.account = u"root"_s;
    r.client = u"postdesk test"_s;
    r.action = action;
    r.ids = {u"4F2A3B1C9D"_s, u"5A1B2C3D4E"_s, u"6B2C3D4E5F"_s, u"7C3D4E5F60"_s};
    r.expected = expected;
    r.reported = reported;
    r.result = result;
    r.detail = u"first line\nsecond line"_s;
    return r;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUnderTester();
    void countText();
    void dialogReadsFiltersAndExports();
};

void TestAuditLogModel::modelUnderTester()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRecords({record(u"mx1"_s, u"hold"_s, 1, 2, 2), record(u"mx2"_s, u"delete"_s, 2, 3, 2, u"mismatch"_s),
                      record(u"mx1"_s, u"config.relayhost.set"_s, 3, -1, -1)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    // Newest first.
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"config.relayhost.set"_s);
    QCOMPARE(model.index(2, AuditLogModel::Action).data().toString(), u"hold"_s);
    QCOMPARE(model.index(1, AuditLogModel::Count).data().toString(), u"3 / 2"_s);
    QCOMPARE(model.index(0, AuditLogModel::Count).data().toString(), QString());
    QCOMPARE(model.index(1, AuditLogModel::Time).data(AuditLogModel::SortRole).toLongLong(),
             record(u""_s, u""_s, 2, 0, 0).time.toMSecsSinceEpoch());
    QCOMPARE(model.index(1, AuditLogModel::Detail).data().toString(), u"first line"_s);
    QCOMPARE(model.index(1, AuditLogModel::Detail).data(Qt::ToolTipRole).toString(), u"first line\nsecond line"_s);
    QVERIFY(model.index(1, AuditLogModel::Ids).data().toString().contains(u"(4 IDs)"_s));
    QCOMPARE(model.index(1, AuditLogModel::Server).data(AuditLogModel::ServerRole).toString(), u"mx2"_s);
    QVERIFY(model.index(1, AuditLogModel::Result).data(Qt::ForegroundRole).isValid()); // mismatch stands out
    QVERIFY(!model.index(2, AuditLogModel::Result).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.servers(), (QStringList{u"mx1"_s, u"mx2"_s}));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditLogModel::countText()
{
    QCOMPARE(AuditLogModel::countText(record(u"a"_s, u"hold"_s, 0, 5, 5)), u"5 / 5"_s);
    QCOMPARE(AuditLogModel::countText(record(u"a"_s, u"flush"_s, 0, 0, -1)), u"0"_s);
    QCOMPARE(AuditLogModel::countText(record(u"a"_s, u"x"_s, 0, -1, 7)), u"7"_s);
    QCOMPARE(AuditLogModel::countText(record(u"a"_s, u"x"_s, 0, -1, -1)), QString());
}

void TestAuditLogModel::dialogReadsFiltersAndExports()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.jsonl"_s);
    Actions::AuditLog log(path);
    QCOMPARE(log.append(record(u"mx1"_s, u"hold"_s, 1, 2, 2)), QString());
    QCOMPARE(log.append(record(u"mx2"_s, u"delete"_s, 2, 3, 2, u"mismatch"_s)), QString());
    QCOMPARE(log.append(record(u"mx1"_s, u"release"_s, 3, 2, 2)), QString());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{not json\n");
    }

    Ui::AuditLogDialog dialog(&log);
    QAbstractItemModelTester tester(dialog.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.proxy()->rowCount(), 3);
    QVERIFY2(dialog.statusText().contains(u"Damaged lines skipped: 1"_s), qPrintable(dialog.statusText()));
    // Sorted newest first by time.
    QCOMPARE(dialog.proxy()->index(0, AuditLogModel::Action).data().toString(), u"release"_s);

    auto *servers = dialog.findChild<QComboBox *>(u"auditServerFilter"_s);
    QCOMPARE(servers->count(), 3); // all, mx1, mx2
    servers->setCurrentIndex(servers->findData(u"mx1"_s));
    QCOMPARE(dialog.proxy()->rowCount(), 2);
    dialog.setServerFilter(u"mx2"_s);
    QCOMPARE(dialog.proxy()->rowCount(), 1);
    QCOMPARE(servers->currentData().toString(), u"mx2"_s);
    dialog.setServerFilter({});
    QCOMPARE(dialog.proxy()->rowCount(), 3);

    // A new record shows after Reload; the server filter stays.
    dialog.setServerFilter(u"mx1"_s);
    QCOMPARE(log.append(record(u"mx1"_s, u"requeue"_s, 4, 1, 1)), QString());
    dialog.reload();
    QCOMPARE(dialog.proxy()->rowCount(), 3);
    QCOMPARE(servers->currentData().toString(), u"mx1"_s);

    const QString jsonl = dir.filePath(u"out.jsonl"_s);
    QCOMPARE(dialog.exportTo(jsonl, Actions::AuditLog::Format::JsonLines), QString());
    QFile json(jsonl);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll().count('\n'), 4);
    const QString csvPath = dir.filePath(u"out.csv"_s);
    QCOMPARE(dialog.exportTo(csvPath, Actions::AuditLog::Format::Csv), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("requeue"));
    QVERIFY(dialog.statusText().startsWith(u"Exported"_s));
    // An export to a folder that does not exist says so, in the dialog too.
    QVERIFY(!dialog.exportTo(dir.filePath(u"missing/out.csv"_s), Actions::AuditLog::Format::Csv).isEmpty());
    QVERIFY(dialog.statusText().startsWith(u"Export failed"_s));
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
