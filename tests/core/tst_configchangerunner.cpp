// ConfigChangeRunner over the fake transport: the one path (read → backup → write → postfix check →
// reload → verify), automatic restore on every failure after the backup, RollbackFailed, refusal
// before anything changed, cancel, and the secret never leaving stdin.
#include "actions/auditlog.h"
#include "actions/configchangerunner.h"
#include "actions/relayhostplan.h"
#include "fakesession.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::ConfigChangeResult;
using TestSupport::FakeTransport;

namespace {

const QByteArray secret = "S3cret pass!word";

QRegularExpression contains(const QString &text)
{
    return QRegularExpression(QRegularExpression::escape(text));
}

// Answers for a server where everything works; `first` registers overrides (regexes are tried in
// the order added, so they must come first).
void standardAnswers(FakeTransport *fake, const std::function<void(FakeTransport *)> &first = {})
{
    if (first)
        first(fake);
    fake->on("/usr/sbin/postconf -n",
             {.stdOut = "relayhost = [relay.example.com]:587\nsmtp_sasl_auth_enable = yes\n"
                        "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_tls_security_level = encrypt\n"});
    fake->onMatch(QRegularExpression(u"^/usr/sbin/postconf [a-z]"_s),
                  {.stdOut = "relayhost =\nsmtp_sasl_auth_enable = no\nsmtp_sasl_password_maps =\n"
                             "smtp_tls_security_level =\nconfig_directory = /etc/postfix\ndefault_database_type = hash\n"});
    fake->onMatch(contains(u"cat > \"$d/INFO\""_s), {.stdOut = "backup=20261123T121314Z\n"});
    fake->onMatch(contains(u"mktemp"_s), {.stdOut = "map=/etc/postfix/sasl_passwd\n"});
    fake->onMatch(QRegularExpression(u"^/usr/sbin/postmap "_s), {});
    fake->onMatch(QRegularExpression(u"^/usr/sbin/postconf -e "_s), {});
    fake->onMatch(QRegularExpression(u"^/usr/sbin/postconf -X "_s), {});
    fake->onMatch(contains(u"could not restore"_s), {.stdOut = "restored=/etc/postfix/main.cf\n"});
    fake->onMatch(contains(u"ROLLED_BACK\"'"_s), {});
    fake->on("/usr/sbin/postfix check", {});
    fake->on("/usr/sbin/postfix reload", {.stdErr = "postfix/postfix-script: refreshing the Postfix mail system\n"});
}

Actions::ConfigChangePlan relayPlan()
{
    Actions::RelayhostInput input;
    input.host = u"relay.example.com"_s;
    input.user = u"apikey"_s;
    input.secret = QString::fromUtf8(secret);
    const auto plan = Actions::RelayhostPlan::set(input, u"hash"_s, u"/etc/postfix"_s, {});
    Q_ASSERT(plan.ok());
    Actions::ConfigChangePlan p = *plan;
    // Only the values the standard postconf -n answer confirms.
    p.params.erase(std::remove_if(p.params.begin(), p.params.end(), [](const Actions::ParamChange &c) {
                       return c.name.startsWith(u"smtp_sasl_security"_s) || c.name.startsWith(u"smtp_sasl_tls"_s)
                               || c.name == u"smtp_tls_wrappermode"_s;
                   }),
                   p.params.end());
    return p;
}

int indexOf(const QList<QByteArray> &lines, const QString &needle, int from = 0)
{
    for (int i = from; i < lines.size(); ++i)
        if (lines.at(i).contains(needle.toUtf8()))
            return i;
    return -1;
}

} // namespace

class TestConfigChangeRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void appliesAlongTheOnePath();
    void checkFailureRestoresBackup();
    void restoreFailureIsLoud();
    void backupFailureChangesNothing();
    void verifyMismatchRestores();
    void reloadSkippedWhenNotRunning();
    void viewerIsRefusedBeforeAnything();
    void cancelAfterBackupStillRestores();
    void previewFillsOldValues();
    void rollbackMakesUndoBackupFirst();

private:
    ConfigChangeResult applyWith(TestSupport::FakeSession &s, const Actions::ConfigChangePlan &plan,
                                 QStringList *steps = nullptr);
    QByteArray auditText() const
    {
        QFile f(m_dir.filePath(u"audit.jsonl"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

ConfigChangeResult TestConfigChangeRunner::applyWith(TestSupport::FakeSession &s, const Actions::ConfigChangePlan &plan,
                                                     QStringList *steps)
{
    Actions::AuditLog audit(m_dir.filePath(u"audit.jsonl"_s));
    Actions::ConfigChangeRunner runner(s.session.get(), &audit);
    QSignalSpy finished(&runner, &Actions::ConfigChangeRunner::finished);
    QSignalSpy stepSpy(&runner, &Actions::ConfigChangeRunner::step);
    runner.apply(plan);
    if (!finished.wait(5000))
        return {};
    if (steps)
        for (const auto &a : stepSpy)
            *steps << a.first().toString();
    return finished.first().first().value<ConfigChangeResult>();
}

void TestConfigChangeRunner::appliesAlongTheOnePath()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) { standardAnswers(f); });
    QList<Remote::CommandLogEntry> log;
    connect(s.session.get(), &Remote::ServerSession::commandLogged, this, [&log](const auto &e) { log << e; });
    QStringList steps;
    const auto plan = relayPlan();
    const auto result = applyWith(s, plan, &steps);
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Applied);
    QCOMPARE(result.backupId, u"20261123T121314Z"_s);
    QCOMPARE(result.verified.value(u"relayhost"_s), u"[relay.example.com]:587"_s);

    const auto lines = s.fake->shellLines();
    const int backup = indexOf(lines, u"INFO"_s);
    const int map = indexOf(lines, u"mktemp"_s);
    const int postmap = indexOf(lines, u"/usr/sbin/postmap hash:/etc/postfix/sasl_passwd"_s);
    const int set = indexOf(lines, u"/usr/sbin/postconf -e"_s);
    const int check = indexOf(lines, u"/usr/sbin/postfix check"_s);
    const int reload = indexOf(lines, u"/usr/sbin/postfix reload"_s);
    QVERIFY(backup > 0 && backup < map && map < postmap && postmap < set && set < check && check < reload);
    QCOMPARE(indexOf(lines, u"/usr/sbin/postconf -n"_s, reload), int(lines.size() - 1)); // verify last
    QCOMPARE(indexOf(lines, u"could not restore"_s), -1);
    QVERIFY(lines.at(set).contains("'relayhost=[relay.example.com]:587'"));
    // The backup names main.cf, master.cf, the map source (with its type) and its .db.
    QVERIFY(lines.at(backup).contains("/etc/postfix/main.cf - /etc/postfix/master.cf - /etc/postfix/sasl_passwd hash "
                                      "/etc/postfix/sasl_passwd.db -"));

    // The secret is only ever on the map edit's stdin.
    for (const auto &call : s.fake->calls()) {
        QVERIFY(!call.command.shellLine.contains(secret));
        QVERIFY(!call.command.label.toUtf8().contains(secret));
        if (call.command.shellLine.contains("mktemp"))
            QCOMPARE(call.command.stdinData, "[relay.example.com]:587 apikey:" + secret + '\n');
        else
            QVERIFY(!call.command.stdinData.contains(secret));
    }
    for (const auto &e : log)
        QVERIFY(!QString(e.label + e.shellLine + e.detail).toUtf8().contains(secret));
    QVERIFY(!steps.join(u'\n').toUtf8().contains(secret));
    QVERIFY(!result.steps.join(u'\n').toUtf8().contains(secret));
    QVERIFY(!plan.diffText().toUtf8().contains(secret));
    QVERIFY(!QJsonDocument(plan.toAuditJson()).toJson().contains(secret));
    const QByteArray audit = auditText();
    QVERIFY(audit.contains("\"action\":\"config.relayhost.set\""));
    QVERIFY(audit.contains("\"backup\":\"20261123T121314Z\""));
    QVERIFY(audit.contains("\"result\":\"ok\""));
    QVERIFY(!audit.contains(secret));
}

void TestConfigChangeRunner::checkFailureRestoresBackup()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f);
        f->on("/usr/sbin/postfix check",
              {.stdErr = "postfix/postfix: fatal: bad numerical configuration: default_process_limit = abc\n", .exitCode = 1});
    });
    const auto result = applyWith(s, relayPlan());
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::RolledBack);
    QVERIFY2(result.error.contains(u"bad numerical configuration"_s), qPrintable(result.error));
    QVERIFY(result.checkOutput.contains(u"fatal"_s));
    QVERIFY(result.summaryText().contains(u"undone"_s));
    const auto lines = s.fake->shellLines();
    const int check = indexOf(lines, u"/usr/sbin/postfix check"_s);
    const int restore = indexOf(lines, u"could not restore"_s, check);
    QVERIFY(restore > check);
    QVERIFY(lines.at(restore).contains(" /etc/postfix 20261123T121314Z /usr/sbin/postmap"));
    QVERIFY(indexOf(lines, u"/usr/sbin/postfix reload"_s, restore) > restore);
    QVERIFY(indexOf(lines, u"ROLLED_BACK"_s, restore) > restore);
    QVERIFY(auditText().contains("\"result\":\"rolled_back\""));
}

void TestConfigChangeRunner::restoreFailureIsLoud()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f, [](FakeTransport *f) {
            f->onMatch(contains(u"could not restore"_s), {.stdErr = "could not restore /etc/postfix/main.cf\n", .exitCode = 1});
        });
        f->on("/usr/sbin/postfix reload", {.stdErr = "postfix/postfix-script: fatal: something\n", .exitCode = 1});
    });
    const auto result = applyWith(s, relayPlan());
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::RollbackFailed);
    QVERIFY(result.summaryText().contains(u"ATTENTION"_s));
    QVERIFY(result.error.contains(u"could not restore"_s));
    QVERIFY(auditText().contains("\"result\":\"rollback_failed\""));
}

void TestConfigChangeRunner::backupFailureChangesNothing()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f, [](FakeTransport *f) {
            f->onMatch(contains(u"cat > \"$d/INFO\""_s), {.stdErr = "mkdir: No space left on device\n", .exitCode = 1});
        });
    });
    const auto result = applyWith(s, relayPlan());
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Failed);
    QVERIFY(result.error.contains(u"No space left"_s));
    QCOMPARE(indexOf(s.fake->shellLines(), u"mktemp"_s), -1);
    QCOMPARE(indexOf(s.fake->shellLines(), u"postconf -e"_s), -1);
}

void TestConfigChangeRunner::verifyMismatchRestores()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f);
        f->on("/usr/sbin/postconf -n", {.stdOut = "relayhost = [other.example.com]:25\n"});
    });
    const auto result = applyWith(s, relayPlan());
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::RolledBack);
    QVERIFY2(result.error.contains(u"relayhost is \"[other.example.com]:25\""_s), qPrintable(result.error));
}

void TestConfigChangeRunner::reloadSkippedWhenNotRunning()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f);
        f->on("/usr/sbin/postfix reload",
              {.stdErr = "postfix/postfix-script: fatal: the Postfix mail system is not running\n", .exitCode = 1});
    });
    const auto result = applyWith(s, relayPlan());
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Applied);
    QVERIFY(result.steps.join(u'\n').contains(u"not running"_s));
}

void TestConfigChangeRunner::viewerIsRefusedBeforeAnything()
{
    auto s = TestSupport::readyFakeSession({.uid = 1000, .user = u"viewer"_s, .sudo = false},
                                           [](FakeTransport *f) { standardAnswers(f); }, true);
    const auto result = applyWith(s, relayPlan());
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Failed);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.backupId.isEmpty());
    for (const QByteArray &line : s.fake->shellLines())
        QVERIFY2(!line.startsWith("/bin/sh -c") && !line.contains("postconf -e"), line.constData());
    QVERIFY(auditText().contains("\"result\":\"failed\""));
}

void TestConfigChangeRunner::cancelAfterBackupStillRestores()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f, [](FakeTransport *f) {
            f->onMatch(QRegularExpression(u"^/usr/sbin/postconf -e "_s), {.hang = true});
        });
    });
    Actions::ConfigChangeRunner runner(s.session.get());
    QSignalSpy finished(&runner, &Actions::ConfigChangeRunner::finished);
    runner.apply(relayPlan());
    QTRY_VERIFY_WITH_TIMEOUT(s.fake->runningCount() == 1 && indexOf(s.fake->shellLines(), u"postconf -e"_s) >= 0, 5000);
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ConfigChangeResult>();
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Canceled);
    QVERIFY(indexOf(s.fake->shellLines(), u"could not restore"_s) > 0);
    QVERIFY(!runner.isRunning());
}

void TestConfigChangeRunner::previewFillsOldValues()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f);
        f->on("/usr/sbin/postconf -n", {.stdOut = "smtp_tls_security_level = may\n"});
    });
    Actions::ConfigChangeRunner runner(s.session.get());
    QSignalSpy ready(&runner, &Actions::ConfigChangeRunner::previewReady);
    runner.preview(relayPlan());
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().at(1).toString(), QString());
    const auto plan = ready.first().first().value<Actions::ConfigChangePlan>();
    for (const auto &p : plan.params) {
        if (p.name == u"smtp_tls_security_level"_s) {
            QVERIFY(p.wasExplicit);
            QCOMPARE(p.oldValue, u"may"_s);
        }
        if (p.name == u"relayhost"_s)
            QVERIFY(!p.wasExplicit);
    }
    QVERIFY(plan.diffText().contains(u"- smtp_tls_security_level = may\n+ smtp_tls_security_level = encrypt"_s));
    // Nothing but reads.
    for (const QByteArray &line : s.fake->shellLines())
        QVERIFY(!line.startsWith("/bin/sh") && !line.contains("-e "));
}

void TestConfigChangeRunner::rollbackMakesUndoBackupFirst()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        standardAnswers(f, [](FakeTransport *f) {
            f->onMatch(contains(u"sort -r"_s),
                       {.stdOut = "backup=20261123T121314Z\nfile=/etc/postfix/main.cf\t-\n"
                                  "file=/etc/postfix/postdesk_transport\t!hash\ninfo={\"title\":\"x\"}\n"});
        });
    });
    Actions::AuditLog audit(m_dir.filePath(u"audit.jsonl"_s));
    Actions::ConfigChangeRunner runner(s.session.get(), &audit);
    QSignalSpy finished(&runner, &Actions::ConfigChangeRunner::finished);
    runner.rollback(u"20261123T121314Z"_s);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ConfigChangeResult>();
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Applied);
    const auto lines = s.fake->shellLines();
    const int undo = indexOf(lines, u"cat > \"$d/INFO\""_s);
    const int restore = indexOf(lines, u"could not restore"_s);
    QVERIFY(undo > 0 && restore > undo);
    QVERIFY(lines.at(undo).contains("/etc/postfix/main.cf - /etc/postfix/postdesk_transport hash"));
    QVERIFY(indexOf(lines, u"/usr/sbin/postfix check"_s, restore) > restore);
    QVERIFY(auditText().contains("\"action\":\"rollback\""));

    finished.clear();
    runner.rollback(u"20991231T000000Z"_s);
    QVERIFY(finished.wait(5000));
    const auto missing = finished.first().first().value<ConfigChangeResult>();
    QCOMPARE(missing.outcome, ConfigChangeResult::Outcome::Failed);
    QVERIFY(missing.error.contains(u"no backup"_s));
}

QTEST_GUILESS_MAIN(TestConfigChangeRunner)
#include "tst_configchangerunner.moc"
