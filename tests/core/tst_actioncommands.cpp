#include "remote/actioncommands.h"

#include <QProcess>
#include <QTest>
#include <QVersionNumber>

using namespace Remote;
using namespace Qt::StringLiterals;

namespace {

ServerCapabilities caps(const QString &version = u"3.7.11"_s)
{
    ServerCapabilities c;
    c.postfixVersion = QVersionNumber::fromString(version);
    c.binaries.insert(u"postsuper"_s, u"/usr/sbin/postsuper"_s);
    c.binaries.insert(u"postqueue"_s, u"/usr/sbin/postqueue"_s);
    return c;
}

QList<QueueId> ids(const QStringList &texts)
{
    QList<QueueId> out;
    for (const QString &t : texts)
        out << *QueueId::parse(t);
    return out;
}

QList<QueueName> queues(const QStringList &texts)
{
    QList<QueueName> out;
    for (const QString &t : texts)
        out << *QueueName::parse(t);
    return out;
}

} // namespace

class tst_ActionCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsuperOps_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QByteArray>("flag");
        using Op = ActionCommands::PostsuperOp;
        QTest::newRow("delete") << int(Op::Delete) << QByteArray("-d");
        QTest::newRow("hold") << int(Op::Hold) << QByteArray("-h");
        QTest::newRow("release") << int(Op::Release) << QByteArray("-H");
        QTest::newRow("requeue") << int(Op::Requeue) << QByteArray("-r");
        QTest::newRow("expire") << int(Op::Expire) << QByteArray("-e");
        QTest::newRow("expire+release") << int(Op::ExpireAndRelease) << QByteArray("-f");
    }

    void postsuperOps()
    {
        QFETCH(int, op);
        QFETCH(QByteArray, flag);
        const ActionCommands a(caps());
        const auto r = a.postsuper(ActionCommands::PostsuperOp(op), ids({u"4F2A3B1C9D"_s, u"3Pt2mN2VXxznjll"_s}),
                                   queues({u"hold"_s, u"deferred"_s}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.shellLine, "/usr/sbin/postsuper " + flag + " - hold deferred");
        // IDs only on stdin, one bare ID per line, nothing else.
        QCOMPARE(r.command.stdinData, QByteArray("4F2A3B1C9D\n3Pt2mN2VXxznjll\n"));
        QVERIFY(!r.command.shellLine.contains("4F2A3B1C9D"));
        QCOMPARE(r.command.privilege, Privilege::Root);
        QCOMPARE(r.command.timeoutMs, 60000);
        QVERIFY(r.command.maxOutputBytes > 0);
        QVERIFY(!r.command.label.isEmpty());
    }

    void postsuperNoQueues()
    {
        const auto r = ActionCommands(caps()).postsuper(ActionCommands::PostsuperOp::Delete, ids({u"4F2A3B1C9D"_s}));
        QVERIFY(r.ok());
        QCOMPARE(r.command.shellLine, QByteArray("/usr/sbin/postsuper -d -"));
    }

    void postsuperDuplicateQueuesOnce()
    {
        const auto r = ActionCommands(caps()).postsuper(ActionCommands::PostsuperOp::Hold, ids({u"4F2A3B1C9D"_s}),
                                                        queues({u"deferred"_s, u"deferred"_s}));
        QCOMPARE(r.command.shellLine, QByteArray("/usr/sbin/postsuper -h - deferred"));
    }

    void postsuperTimeoutGrows()
    {
        QList<QueueId> many;
        for (int i = 0; i < 5000; ++i)
            many << *QueueId::parse(u"%1"_s.arg(0x100000 + i, 0, 16).toUpper());
        const auto r = ActionCommands(caps()).postsuper(ActionCommands::PostsuperOp::Hold, many);
        QVERIFY(r.ok());
        QCOMPARE(r.command.timeoutMs, 65000);
        QCOMPARE(r.command.stdinData.count('\n'), 5000);
    }

    void postsuperRefusals()
    {
        const ActionCommands a(caps());
        QVERIFY(!a.postsuper(ActionCommands::PostsuperOp::Delete, {}).ok());
        const ActionCommands old(caps(u"3.4.14"_s));
        auto r = old.postsuper(ActionCommands::PostsuperOp::Expire, ids({u"4F2A3B1C9D"_s}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"3.5"_s) && r.error.contains(u"3.4.14"_s), qPrintable(r.error));
        QVERIFY(!old.postsuper(ActionCommands::PostsuperOp::ExpireAndRelease, ids({u"4F2A3B1C9D"_s})).ok());
        QVERIFY(old.postsuper(ActionCommands::PostsuperOp::Delete, ids({u"4F2A3B1C9D"_s})).ok());
        QVERIFY(ActionCommands(caps(u"3.5.0"_s)).postsuper(ActionCommands::PostsuperOp::Expire, ids({u"4F2A3B1C9D"_s})).ok());
        // Unknown version: force-expire is refused rather than guessed.
        ServerCapabilities unknown = caps();
        unknown.postfixVersion = {};
        QVERIFY(!ActionCommands(unknown).postsuper(ActionCommands::PostsuperOp::Expire, ids({u"4F2A3B1C9D"_s})).ok());
        // A probed server without postsuper.
        ServerCapabilities missing = caps();
        missing.binaries.remove(u"postsuper"_s);
        r = ActionCommands(missing).postsuper(ActionCommands::PostsuperOp::Hold, ids({u"4F2A3B1C9D"_s}));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"postsuper"_s));
    }

    void probedPath()
    {
        ServerCapabilities c = caps();
        c.binaries.insert(u"postsuper"_s, u"/opt/pf/sbin/postsuper"_s);
        const auto r = ActionCommands(c).postsuper(ActionCommands::PostsuperOp::Hold, ids({u"4F2A3B1C9D"_s}));
        QCOMPARE(r.command.shellLine, QByteArray("/opt/pf/sbin/postsuper -h -"));
    }

    void deliverNow()
    {
        const auto r = ActionCommands(caps()).deliverNow(ids({u"4F2A3B1C9D"_s, u"3Pt2mN2VXxznjll"_s}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.shellLine,
                 "/bin/sh -c '" + ActionCommands::deliverScript()
                         + "' sh /usr/sbin/postqueue 4F2A3B1C9D 3Pt2mN2VXxznjll");
        QCOMPARE(r.command.privilege, Privilege::User);
        QVERIFY(r.command.stdinData.isEmpty());
        // The script is a constant: no ID, path or other value inside it.
        QVERIFY(!ActionCommands::deliverScript().contains("postqueue"));
        QVERIFY(!ActionCommands::deliverScript().contains('\''));
    }

    void deliverScriptRuns()
    {
        // The constant script with a stand-in for postqueue that fails for one ID.
        QProcess sh;
        sh.start(u"/bin/sh"_s, {u"-c"_s, QString::fromLatin1(ActionCommands::deliverScript()), u"sh"_s,
                                u"/bin/true"_s, u"ABC123"_s, u"DEF456"_s});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QVERIFY(sh.readAllStandardOutput().isEmpty());
        QProcess sh2;
        sh2.start(u"/bin/sh"_s, {u"-c"_s, QString::fromLatin1(ActionCommands::deliverScript()), u"sh"_s,
                                 u"/bin/false"_s, u"ABC123"_s, u"DEF456"_s});
        QVERIFY(sh2.waitForFinished(10000));
        QCOMPARE(sh2.exitCode(), 0);
        QCOMPARE(sh2.readAllStandardOutput(),
                 QByteArray("postdesk-deliver-failed ABC123\npostdesk-deliver-failed DEF456\n"));
    }

    void deliverRefusals()
    {
        QVERIFY(!ActionCommands(caps()).deliverNow({}).ok());
        QList<QueueId> many;
        for (int i = 0; i < 501; ++i)
            many << *QueueId::parse(u"%1"_s.arg(0x100000 + i, 0, 16).toUpper());
        QVERIFY(!ActionCommands(caps()).deliverNow(many).ok());
        QVERIFY(ActionCommands(caps()).deliverNow(many.mid(0, 500)).ok());
        QVERIFY(!ActionCommands(caps(u"2.3.19"_s)).deliverNow(ids({u"4F2A3B1C9D"_s})).ok());
    }

    void flushes()
    {
        const ActionCommands a(caps());
        QCOMPARE(a.flushAll().command.shellLine, QByteArray("/usr/sbin/postqueue -f"));
        QCOMPARE(a.flushAll().command.privilege, Privilege::User);
        auto site = Domain::parse(u"Example.COM"_s, Domain::Literal::Allow);
        QCOMPARE(a.flushSite(*site).command.shellLine, QByteArray("/usr/sbin/postqueue -s example.com"));
        site = Domain::parse(u"[192.0.2.1]"_s, Domain::Literal::Allow);
        QVERIFY(site.ok());
        QCOMPARE(a.flushSite(*site).command.shellLine, QByteArray("/usr/sbin/postqueue -s '[192.0.2.1]'"));
    }

    void hostileSitesAreNotDomains_data()
    {
        QTest::addColumn<QString>("site");
        QTest::newRow("semicolon") << u"example.com; rm -rf /"_s;
        QTest::newRow("option") << u"-f"_s;
        QTest::newRow("subshell") << u"$(reboot)"_s;
        QTest::newRow("newline") << u"a.example\nb"_s;
        QTest::newRow("empty") << QString();
    }

    void hostileSitesAreNotDomains()
    {
        QFETCH(QString, site);
        QVERIFY(!Domain::parse(site, Domain::Literal::Allow).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ActionCommands)
#include "tst_actioncommands.moc"
