#include "remote/proxyjump.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ProxyJump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host") << u"bastion.example.net"_s << true << QString() << u"bastion.example.net"_s << 22;
        QTest::newRow("user host port") << u"ops@bastion:2200"_s << true << u"ops"_s << u"bastion"_s << 2200;
        QTest::newRow("ipv4") << u"192.0.2.1:2"_s << true << QString() << u"192.0.2.1"_s << 2;
        QTest::newRow("ipv6") << u"j@[2001:db8::1]:2222"_s << true << u"j"_s << u"2001:db8::1"_s << 2222;
        QTest::newRow("port 0") << u"h:0"_s << false << QString() << QString() << 0;
        QTest::newRow("port big") << u"h:65536"_s << false << QString() << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << QString() << 0;
        QTest::newRow("empty user") << u"@h"_s << false << QString() << QString() << 0;
        QTest::newRow("option") << u"-oProxyCommand=x"_s << false << QString() << QString() << 0;
        QTest::newRow("user option") << u"-x@h"_s << false << QString() << QString() << 0;
        QTest::newRow("shell") << u"h;touch x"_s << false << QString() << QString() << 0;
        QTest::newRow("quote") << u"o'k@h"_s << false << QString() << QString() << 0;
        QTest::newRow("space") << u"a b"_s << false << QString() << QString() << 0;
        QTest::newRow("two hops") << u"a,b"_s << false << QString() << QString() << 0;
        QTest::newRow("percent") << u"h%p"_s << false << QString() << QString() << 0;
    }

    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        QString error;
        const auto jump = Remote::parseJumpHost(spec, &error);
        QCOMPARE(jump.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok)
            return;
        QTEST(jump->user, "user");
        QTEST(jump->host, "host");
        QTEST(jump->port, "port");
    }

    void command()
    {
        Remote::ProxyCommandOptions o;
        o.sshProgram = u"/usr/bin/ssh"_s;
        o.knownHostsFile = u"/home/me/my known_hosts"_s;
        o.identityFile = u"/home/me/.ssh/id_100%"_s;
        o.connectTimeoutSeconds = 7;
        QString error;
        const QByteArray line = Remote::proxyCommandFor(u"ops@bastion.example.net:2200"_s,
                                                        u"mx1.example.net"_s, o, &error);
        QCOMPARE(error, QString());
        QCOMPARE(line, QByteArray("/usr/bin/ssh -o BatchMode=yes -o StrictHostKeyChecking=yes "
                                  "-o ConnectTimeout=7 -o 'UserKnownHostsFile=/home/me/my known_hosts' "
                                  "-i /home/me/.ssh/id_100%% -p 2200 -l ops -W '[%h]:%p' -- "
                                  "bastion.example.net"));
    }

    void minimalCommand()
    {
        QString error;
        const QByteArray line = Remote::proxyCommandFor(u"jump"_s, u"127.0.0.1"_s, {}, &error);
        QCOMPARE(line, QByteArray("ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=15 "
                                  "-p 22 -W '[%h]:%p' -- jump"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("jump");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("error");
        QTest::newRow("jump") << u"a b"_s << u"h"_s << u"is not [user@]host[:port]"_s;
        QTest::newRow("target") << u"j"_s << u"h'; rm -rf ~"_s << u"not a host name"_s;
        QTest::newRow("target option") << u"j"_s << u"-oX"_s << u"not a host name"_s;
    }

    void invalid()
    {
        QFETCH(QString, jump);
        QFETCH(QString, target);
        QFETCH(QString, error);
        QString message;
        QVERIFY(Remote::proxyCommandFor(jump, target, {}, &message).isEmpty());
        QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_ProxyJump)
#include "tst_proxyjump.moc"
