// ConfigChangePlan texts, BackupInfo JSON, result summaries, and the pure output parsers.
#include "actions/configchange.h"
#include "actions/configoutput.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actions;

class TestConfigChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffAndAudit();
    void backupInfo();
    void backupIds_data();
    void backupIds();
    void summaries();
    void postconfParsing();
    void backupListParsing();
    void checkOutput();
};

void TestConfigChange::diffAndAudit()
{
    ConfigChangePlan plan;
    plan.kind = u"relayhost.set"_s;
    ParamChange p;
    p.name = u"relayhost"_s;
    p.newValue = u"[a.example]:587"_s;
    p.oldValue = u"[b.example]:25"_s;
    p.wasExplicit = true;
    ParamChange r;
    r.name = u"smtp_tls_wrappermode"_s;
    r.remove = true;
    plan.params << p << r;
    MapEntryChange m;
    m.path = u"/etc/postfix/sasl_passwd"_s;
    m.key = u"[a.example]:587"_s;
    m.value = "user:hunter2";
    m.secret = true;
    plan.maps << m;
    MasterEntryChange s;
    s.service = u"slow"_s;
    s.type = u"unix"_s;
    s.entry = u"slow unix - - n - - smtp"_s;
    plan.master << s;
    const QString diff = plan.diffText();
    QVERIFY(diff.contains(u"main.cf:\n- relayhost = [b.example]:25\n+ relayhost = [a.example]:587\n"_s));
    QVERIFY(diff.contains(u"smtp_tls_wrappermode"_s));
    QVERIFY(diff.contains(u"master.cf:\n+ slow unix - - n - - smtp\n"_s));
    QVERIFY(diff.contains(u"/etc/postfix/sasl_passwd:\n+ [a.example]:587 •••\n"_s));
    QVERIFY(!diff.contains(u"hunter2"_s));
    const QByteArray audit = QJsonDocument(plan.toAuditJson()).toJson();
    QVERIFY(!audit.contains("hunter2"));
    QVERIFY(!audit.contains("user:"));
    QVERIFY(audit.contains("[a.example]:587"));
}

void TestConfigChange::backupInfo()
{
    BackupInfo b;
    b.id = u"20261123T121314Z"_s;
    b.time = QDateTime(QDate(2026, 11, 23), QTime(12, 13, 14), QTimeZone::utc());
    b.kind = u"tuning.retry"_s;
    b.title = u"T"_s;
    b.account = u"root"_s;
    b.files = {u"/etc/postfix/main.cf"_s};
    const BackupInfo back = BackupInfo::fromJson(b.toJson());
    QCOMPARE(back.id, b.id);
    QCOMPARE(back.time, b.time);
    QCOMPARE(back.kind, b.kind);
    QCOMPARE(back.files, b.files);
}

void TestConfigChange::backupIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"20261123T121314Z"_s << true;
    QTest::newRow("suffix") << u"20261123T121314Z-12"_s << true;
    QTest::newRow("traversal") << u"../20261123T121314Z"_s << false;
    QTest::newRow("no Z") << u"20261123T121314"_s << false;
    QTest::newRow("long suffix") << u"20261123T121314Z-1234"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConfigChange::backupIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(BackupInfo::isValidId(id), valid);
}

void TestConfigChange::summaries()
{
    ConfigChangeResult r;
    r.backupId = u"20261123T121314Z"_s;
    r.error = u"postfix check: fatal"_s;
    r.outcome = ConfigChangeResult::Outcome::RolledBack;
    QVERIFY(r.summaryText().contains(u"undone"_s) && r.summaryText().contains(u"fatal"_s));
    r.outcome = ConfigChangeResult::Outcome::RollbackFailed;
    QVERIFY(r.summaryText().contains(u"ATTENTION"_s));
    r.outcome = ConfigChangeResult::Outcome::Applied;
    QVERIFY(r.ok());
}

void TestConfigChange::postconfParsing()
{
    const auto v = ConfigOutput::parsePostconf("relayhost =\nmydomain = example.com\n"
                                               "postconf: warning: /etc/postfix/main.cf: unused parameter: x=y\n"
                                               "postdesk-slow_destination_rate_delay = 1s\ntransport_maps = hash:/a, texthash:/b\n");
    QCOMPARE(v.value(u"relayhost"_s, u"x"_s), QString());
    QCOMPARE(v.value(u"mydomain"_s), u"example.com"_s);
    QCOMPARE(v.value(u"postdesk-slow_destination_rate_delay"_s), u"1s"_s);
    QCOMPARE(v.value(u"transport_maps"_s), u"hash:/a, texthash:/b"_s);
    QCOMPARE(v.size(), 4);
    const auto m = ConfigOutput::parseMaster("smtp       unix  -       -       n       -       -       smtp\n"
                                             "postdesk-slow unix - - n - - smtp\n# comment\n");
    QCOMPARE(m.value(u"postdesk-slow/unix"_s), u"postdesk-slow unix - - n - - smtp"_s);
    QCOMPARE(m.value(u"smtp/unix"_s), u"smtp unix - - n - - smtp"_s);
}

void TestConfigChange::backupListParsing()
{
    const QByteArray text = "backup=20261123T101010Z\nfile=/etc/postfix/main.cf\t-\ninfo={broken json\n"
                            "backup=20261123T121314Z\nfile=/etc/postfix/main.cf\t-\nfile=/etc/postfix/x\t!hash\n"
                            "rolled_back=1\ninfo={\"kind\":\"params\",\"title\":\"T\",\"time\":\"2026-11-23T12:13:14Z\"}\n"
                            "backup=../evil\nfile=/etc/shadow\t-\n";
    const auto list = ConfigOutput::parseBackupList(text);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).info.id, u"20261123T121314Z"_s); // newest first
    QVERIFY(list.at(0).info.rolledBack);
    QCOMPARE(list.at(0).info.kind, u"params"_s);
    QCOMPARE(list.at(0).files.size(), 2);
    QCOMPARE(list.at(1).info.id, u"20261123T101010Z"_s); // damaged INFO still listed
    QCOMPARE(list.at(1).info.time, QDateTime(QDate(2026, 11, 23), QTime(10, 10, 10), QTimeZone::utc()));
    QCOMPARE(ConfigOutput::parseCreatedBackupId("noise\nbackup=20261123T121314Z-2\n"), u"20261123T121314Z-2"_s);
    QCOMPARE(ConfigOutput::parseCreatedBackupId("backup=x;y\n"), QString());
    QCOMPARE(ConfigOutput::mapDatabaseFile(u"lmdb"_s, u"/a"_s), u"/a.lmdb"_s);
    QCOMPARE(ConfigOutput::mapDatabaseFile(u"texthash"_s, u"/a"_s), QString());
}

void TestConfigChange::checkOutput()
{
    QVERIFY(ConfigOutput::checkOutputFails("postfix/postfix: fatal: bad numerical configuration\n"));
    QVERIFY(ConfigOutput::checkOutputFails("postmap: error: open database\n"));
    QVERIFY(!ConfigOutput::checkOutputFails("postfix/postfix-script: warning: group or other writable: /etc/postfix/x\n"));
    QCOMPARE(ConfigOutput::checkWarnings("a\npostfix/postfix-script: warning: w1\n").size(), 1);
}

QTEST_GUILESS_MAIN(TestConfigChange)
#include "tst_configchange.moc"
