// The classifier against the real test server: every seeded deferral kind lands in its class,
// both in `postdesk-cli queue --json` (the "class" member) and for the server's real mail-log
// lines through `postdesk-cli classify --explain`.
#include "testserverclient.h"
#include "testserverenv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Seeded recipient domain → the class its reason must get (scripts/testserver/README.md).
const QHash<QString, QString> &expectedByDomain()
{
    static const QHash<QString, QString> map{
        {u"oldcorp.example"_s, u"network"_s},          // connection refused
        {u"slowmail.example"_s, u"network"_s},         // greeting timeout
        {u"blackhole.example"_s, u"network"_s},        // connect timeout
        {u"dnsfail.example"_s, u"dns"_s},              // SERVFAIL
        {u"bulk-receiver.example"_s, u"throttling"_s}, // 451 4.7.1 too many messages
        {u"fullbox.example"_s, u"mailbox_full"_s},     // 452 4.2.2
        {u"securebank.example"_s, u"tls"_s},           // certificate not verified
        {u"legacy-partner.example"_s, u"tls"_s},       // TLS required, not offered
        {u"partner-relay.example"_s, u"auth_relay"_s}, // 535 SASL
        {u"deferred-bulk.example"_s, u"config"_s},     // defer_transports
    };
    return map;
}

QString domainOf(const QString &address)
{
    return address.section(u'@', -1).toLower();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestClassifyServer : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QString m_cli;
    QTemporaryDir m_home;

    // classify reads stdin, which TestServerClient::runCli does not feed.
    Run classify(const QStringList &args, const QByteArray &stdIn)
    {
        QProcess p;
        p.start(m_cli, args);
        p.write(stdIn);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = "test: postdesk-cli did not finish in time";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // The class each recipient with a reason must get; empty = not a seeded kind.
    QString expectedFor(const QString &sender, const QString &address) const
    {
        if (sender == m_env.value(u"PD_TS_AMAVIS_SENDER"_s))
            return u"content_filter"_s; // the dead filter comes before any routing
        return expectedByDomain().value(domainOf(address));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.isValid())
            QFAIL(qPrintable(m_env.error()));
        m_cli = qEnvironmentVariable("POSTDESK_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QFAIL("POSTDESK_CLI does not name the postdesk-cli binary");
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(u".ssh"_s);
        QVERIFY(!m_env.value(u"PD_TS_AMAVIS_SENDER"_s).isEmpty());
    }

    // queue --json: every recipient with a reason has a "class"; each seeded kind is seen in its
    // class. Reasons need a delivery attempt (timeouts take a while), so poll until all kinds have
    // appeared — Postfix's retry timers are long, so the reasons stay once they are there.
    void queueJsonHasClasses()
    {
        const QStringList kinds = [] {
            QStringList k = expectedByDomain().keys();
            k.removeAll(u"deferred-bulk.example"_s); // only after `grow`
            k.append(u"amavis"_s);
            return k;
        }();
        QSet<QString> seen;
        QStringList wrong;
        int classified = 0;
        QDeadlineTimer deadline(240'000);
        while (true) {
            seen.clear();
            wrong.clear();
            classified = 0;
            const auto r = TestSupport::TestServerClient::runCli(
                TestSupport::TestServerClient::asRoot(m_env, {u"queue"_s, u"--json"_s}), m_home.path());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            for (const QByteArray &line : r.out.split('\n')) {
                if (line.isEmpty())
                    continue;
                const QJsonObject message = QJsonDocument::fromJson(line).object();
                QVERIFY2(!message.isEmpty(), line.constData());
                const QString sender = message.value(u"sender").toString();
                for (const QJsonValue &v : message.value(u"recipients").toArray()) {
                    const QJsonObject rcpt = v.toObject();
                    const QString reason = rcpt.value(u"delay_reason").toString(rcpt.value(u"bounce_reason").toString());
                    if (reason.isEmpty()) {
                        QVERIFY2(!rcpt.contains(u"class"), line.constData());
                        continue;
                    }
                    const QString cls = rcpt.value(u"class").toString();
                    QVERIFY2(!cls.isEmpty(), line.constData());
                    ++classified;
                    const QString address = rcpt.value(u"address").toString();
                    const QString expected = expectedFor(sender, address);
                    if (expected.isEmpty())
                        continue;
                    if (cls != expected)
                        wrong.append(u"%1 → %2 (expected %3): %4"_s.arg(address, cls, expected, reason));
                    seen.insert(sender == m_env.value(u"PD_TS_AMAVIS_SENDER"_s) ? u"amavis"_s : domainOf(address));
                }
            }
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
            bool all = true;
            for (const QString &k : kinds)
                all = all && seen.contains(k);
            if (all || deadline.hasExpired())
                break;
            QTest::qWait(5000);
        }
        for (const QString &k : kinds)
            QVERIFY2(seen.contains(k), qPrintable(u"no recipient of the seeded kind %1 has a reason yet"_s.arg(k)));
        qInfo() << classified << "recipients classified, every seeded kind in its class";
    }

    // classify --explain on the server's real mail-log deferral lines.
    void classifyRealLogLines()
    {
        int exitCode = -1;
        QByteArray stdErr;
        const QByteArray log = m_env.exec({u"/bin/cat"_s, m_env.value(u"PD_TS_MAILLOG"_s).isEmpty()
                                                               ? u"/var/log/mail.log"_s
                                                               : m_env.value(u"PD_TS_MAILLOG"_s)},
                                          &exitCode, &stdErr);
        QVERIFY2(exitCode == 0, stdErr.constData());
        QList<QByteArray> lines;
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains(" status=deferred ") || line.contains(" status=bounced "))
                lines.append(line);
        }
        QVERIFY2(!lines.isEmpty(), "no deferral lines in the server's mail log");

        const Run r = classify({u"classify"_s, u"--explain"_s}, lines.join('\n') + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> out = r.out.trimmed().split('\n');
        QCOMPARE(out.size(), lines.size());

        static const QRegularExpression to(u"to=<([^>]*)>"_s);
        QHash<QString, int> perClass;
        QStringList wrong;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QList<QByteArray> fields = out[i].split('\t');
            QCOMPARE(fields.size(), 3); // class, rule id, rule text
            const QString cls = QString::fromUtf8(fields[0]);
            QVERIFY(!fields[1].isEmpty() && !fields[2].isEmpty());
            ++perClass[cls];
            const QString line = QString::fromUtf8(lines[i]);
            QString expected;
            if (line.contains(u"]:10024"_s))
                expected = u"content_filter"_s;
            else
                expected = expectedByDomain().value(domainOf(to.match(line).captured(1)));
            if (!expected.isEmpty() && cls != expected)
                wrong.append(u"%1 (expected %2, rule %3): %4"_s.arg(cls, expected, QString::fromUtf8(fields[1]), line));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        for (const QString &cls : {u"network"_s, u"dns"_s, u"throttling"_s, u"mailbox_full"_s, u"tls"_s,
                                   u"auth_relay"_s, u"content_filter"_s})
            QVERIFY2(perClass.value(cls) > 0, qPrintable(u"no log line classified as "_s + cls));
        qInfo() << lines.size() << "log lines classified:" << perClass;
    }
};

QTEST_GUILESS_MAIN(TestClassifyServer)
#include "tst_classify_server.moc"
