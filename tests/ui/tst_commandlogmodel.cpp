#include "models/commandlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::CommandLogModel;

namespace {
Remote::CommandLogEntry entry(quint64 id, const QString &status, qint64 elapsed, int exitCode = -1)
{
    Remote::CommandLogEntry e;
    e.id = id;
    e.label = u"list queue (postqueue -j)"_s;
    e.shellLine = u"/usr/sbin/postqueue -j"_s;
    e.started = QDateTime(QDate(2026, 11, 23), QTime(10, 42, 5));
    e.elapsedMs = elapsed;
    e.exitCode = exitCode;
    e.status = status;
    return e;
}
} // namespace

class TestCommandLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startThenFinishUpdatesInPlace();
    void idsArePerServer();
    void dropsOldest();
    void clear();
};

void TestCommandLogModel::startThenFinishUpdatesInPlace()
{
    CommandLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.record(u"mx1"_s, entry(1, u"running"_s, -1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CommandLogModel::Status).data().toString(), u"running"_s);
    QCOMPARE(model.index(0, CommandLogModel::Duration).data().toString(), QString());
    QCOMPARE(model.index(0, CommandLogModel::Started).data().toString(), u"10:42:05"_s);
    model.record(u"mx1"_s, entry(1, u"exit 1"_s, 2400, 1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, CommandLogModel::Status).data().toString(), u"exit 1"_s);
    QVERIFY(model.index(0, CommandLogModel::Duration).data().toString().startsWith(u"2"_s));
    QCOMPARE(model.index(0, CommandLogModel::Duration).data(CommandLogModel::SortRole).toLongLong(), 2400);
    QVERIFY(model.index(0, CommandLogModel::Status).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(0, CommandLogModel::Command).data(Qt::ToolTipRole).toString()
                .contains(u"/usr/sbin/postqueue -j"_s));
    QCOMPARE(model.index(0, CommandLogModel::Server).data().toString(), u"mx1"_s);
    // The label and the exact line that ran, both shown.
    QCOMPARE(model.index(0, CommandLogModel::What).data().toString(), u"list queue (postqueue -j)"_s);
    QCOMPARE(model.index(0, CommandLogModel::Command).data().toString(), u"/usr/sbin/postqueue -j"_s);
    QVERIFY(model.index(0, CommandLogModel::Status).data(Qt::ToolTipRole).toString().contains(u"exit code 1"_s));
}

void TestCommandLogModel::idsArePerServer()
{
    CommandLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.record(u"mx1"_s, entry(1, u"running"_s, -1));
    model.record(u"mx2"_s, entry(1, u"running"_s, -1));
    model.record(u"mx2"_s, entry(1, u"ok"_s, 10, 0));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CommandLogModel::Status).data().toString(), u"running"_s);
    QCOMPARE(model.index(1, CommandLogModel::Status).data().toString(), u"ok"_s);
    QVERIFY(!model.index(1, CommandLogModel::Status).data(Qt::ForegroundRole).isValid());
}

void TestCommandLogModel::dropsOldest()
{
    CommandLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxEntries(10);
    for (quint64 i = 1; i <= 25; ++i)
        model.record(u"mx1"_s, entry(i, u"running"_s, -1));
    QVERIFY(model.rowCount() <= 10);
    QCOMPARE(model.entry(model.rowCount() - 1).id, quint64(25));
    // The finish report of a surviving entry still lands on its row after the index rebuild.
    model.record(u"mx1"_s, entry(25, u"ok"_s, 5, 0));
    QCOMPARE(model.index(model.rowCount() - 1, CommandLogModel::Status).data().toString(), u"ok"_s);
    const int before = model.rowCount();
    model.record(u"mx1"_s, entry(2, u"ok"_s, 5, 0)); // dropped long ago: appears as a new row
    QVERIFY(model.rowCount() <= 10);
    QVERIFY(model.rowCount() >= before - 1);
    model.setMaxEntries(3);
    QCOMPARE(model.rowCount(), 3);
}

void TestCommandLogModel::clear()
{
    CommandLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.record(u"mx1"_s, entry(1, u"running"_s, -1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.record(u"mx1"_s, entry(1, u"ok"_s, 3, 0));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestCommandLogModel)
#include "tst_commandlogmodel.moc"
