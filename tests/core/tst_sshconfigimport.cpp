#include "fleet/sshconfigimport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString home = u"/home/alice"_s;
const QString dataDir = QStringLiteral(POSTDESK_TEST_DATA "/sshconfig");

// A pretend home whose ~/.ssh is the fixture folder: the parser reaches files only through here.
Fleet::SshConfigContext context(const QString &fileName)
{
    Fleet::SshConfigContext c;
    c.homeDir = home;
    c.localUser = u"alice"_s;
    c.fileName = fileName;
    const auto local = [](const QString &path) {
        const QString prefix = home + u"/.ssh/"_s;
        return path.startsWith(prefix) ? dataDir + u'/' + path.mid(prefix.size()) : QString();
    };
    c.readFile = [local](const QString &path, bool *ok) {
        QFile f(local(path));
        *ok = !local(path).isEmpty() && f.open(QIODevice::ReadOnly);
        return *ok ? f.readAll() : QByteArray();
    };
    c.listFiles = [local](const QString &pattern) {
        const QString real = local(pattern);
        const QFileInfo info(real);
        QStringList out;
        const QStringList names = info.dir().entryList({info.fileName()}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            out.append(pattern.left(pattern.lastIndexOf(u'/') + 1) + name);
        return out;
    };
    return c;
}

Fleet::SshConfigParse parseFile(const QString &fileName)
{
    QFile f(dataDir + u'/' + fileName);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(fileName));
    return Fleet::parseSshConfig(f.readAll(), context(fileName));
}

} // namespace

class tst_SshConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("jump");
        QTest::addColumn<QString>("knownHosts");
        QTest::addColumn<int>("warnings");

        const QString ssh = home + u"/.ssh/"_s;
        QTest::newRow("alias from a multi-alias line, %h, jump")
            << u"team.config"_s << u"mx1"_s << u"mx1.mail.acme.example"_s << 22 << u"postmaster"_s
            << ssh + u"id_acme_ed25519"_s << u"jump@bastion.acme.example:2200"_s << QString() << 0;
        QTest::newRow("wildcard block adds a port")
            << u"team.config"_s << u"mx1.acme"_s << u"mx1.acme.mail.acme.example"_s << 2200
            << u"postmaster"_s << ssh + u"id_acme_ed25519"_s << u"jump@bastion.acme.example:2200"_s
            << QString() << 0;
        QTest::newRow("first value wins, later block adds new keys")
            << u"team.config"_s << u"mx2"_s << u"mx2.mail.acme.example"_s << 2222 << u"postmaster"_s
            << ssh + u"id_acme_ed25519"_s << u"jump@bastion.acme.example:2200"_s << QString() << 0;
        QTest::newRow("wildcard block, %d %r, Key=Value")
            << u"team.config"_s << u"relay-eu.example.net"_s << u"relay-eu.example.net"_s << 2022
            << u"relayadmin"_s << ssh + u"relay_relayadmin"_s << QString() << QString() << 0;
        QTest::newRow("negated pattern skips the block, Host * defaults")
            << u"team.config"_s << u"relay-old.example.net"_s << u"relay-old.example.net"_s << 2022
            << u"admin"_s << ssh + u"id_default"_s << QString() << QString() << 0;
        QTest::newRow("multi-hop jump: first hop and a warning")
            << u"team.config"_s << u"backup"_s << u"192.0.2.15"_s << 22 << u"admin"_s
            << ssh + u"id_default"_s << u"ops@jump1.example.org"_s << ssh + u"known_hosts.backup"_s << 1;
        QTest::newRow("ProxyCommand: warning, no jump")
            << u"team.config"_s << u"legacy"_s << u"legacy.example.com"_s << 22 << u"admin"_s
            << ssh + u"id_default"_s << QString() << QString() << 1;
        QTest::newRow("after Match, quoted value, ProxyJump none")
            << u"team.config"_s << u"direct"_s << u"direct.example.com"_s << 22 << u"admin"_s
            << ssh + u"id_default"_s << QString() << QString() << 0;
        QTest::newRow("included file, keywords in any case")
            << u"team.config"_s << u"client-a"_s << u"a.clients.example"_s << 22 << u"CLIENTA"_s
            << ssh + u"client_a"_s << QString() << QString() << 0;
        QTest::newRow("second included file gets Host * of the including file")
            << u"team.config"_s << u"client-b"_s << u"b.clients.example"_s << 2201 << u"admin"_s
            << ssh + u"id_default"_s << QString() << QString() << 0;
        QTest::newRow("CRLF line ends")
            << u"crlf.config"_s << u"crlf-one"_s << u"one.crlf.example"_s << 2022 << u"crlfuser"_s
            << QString() << QString() << QString() << 0;
        QTest::newRow("valid port")
            << u"badport.config"_s << u"good"_s << u"good.example"_s << 2022 << QString()
            << QString() << QString() << QString() << 0;
        QTest::newRow("port out of range: default")
            << u"badport.config"_s << u"bad"_s << u"bad.example"_s << 22 << QString()
            << QString() << QString() << QString() << 0;
        QTest::newRow("port not a number, %u %r %h %% and an unknown token")
            << u"badport.config"_s << u"worse"_s << u"worse.example"_s << 22 << QString()
            << home + u"/keys/alice-alice@worse.example-%-%C"_s << QString() << QString() << 1;
    }

    void hosts()
    {
        QFETCH(QString, file);
        QFETCH(QString, alias);
        const Fleet::SshConfigParse parse = parseFile(file);
        const auto it = std::find_if(parse.hosts.cbegin(), parse.hosts.cend(),
                                     [&](const Fleet::SshConfigHost &h) { return h.alias == alias; });
        QVERIFY2(it != parse.hosts.cend(), qPrintable(alias));
        QTEST(it->hostName, "hostName");
        QTEST(it->port, "port");
        QTEST(it->user, "user");
        QTEST(it->identityFile, "identity");
        QTEST(it->proxyJump, "jump");
        QTEST(it->userKnownHostsFile, "knownHosts");
        QTEST(int(it->warnings.size()), "warnings");
    }

    void onlyConcreteAliasesInFileOrder()
    {
        const Fleet::SshConfigParse parse = parseFile(u"team.config"_s);
        QStringList aliases;
        for (const Fleet::SshConfigHost &h : parse.hosts)
            aliases.append(h.alias);
        QCOMPARE(aliases, (QStringList{u"client-a"_s, u"client-b"_s, u"mx1"_s, u"mx1.acme"_s, u"mx2"_s,
                                       u"relay-eu.example.net"_s, u"relay-old.example.net"_s,
                                       u"backup"_s, u"legacy"_s, u"direct"_s}));
    }

    void issues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // substrings, one issue each, in order
        QTest::newRow("Match") << u"team.config"_s
                               << QStringList{u"team.config:33: Match blocks are not supported"_s};
        QTest::newRow("ports") << u"badport.config"_s
                               << QStringList{u"badport.config:7: Port 70000 is not in 1..65535"_s,
                                              u"badport.config:11: Port http is not in 1..65535"_s};
        QTest::newRow("include depth") << u"nested.config"_s
                                       << QStringList{u"Include nested deeper than 16 levels"_s};
        QTest::newRow("CRLF is clean") << u"crlf.config"_s << QStringList{};
    }

    void issues()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const Fleet::SshConfigParse parse = parseFile(file);
        QCOMPARE(parse.issues.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(parse.issues.at(i).contains(expected.at(i)), qPrintable(parse.issues.at(i)));
    }

    void inlineSyntax()
    {
        Fleet::SshConfigContext c; // no readFile: Include is reported, not followed
        c.homeDir = home;
        c.localUser = u"alice"_s;
        const Fleet::SshConfigParse parse = Fleet::parseSshConfig(
            "  # comment\n\tHOST=one two\n  hostname = \"h1.example\"\nport=\"2200\"\n"
            "Include other\nHost one\n  User first\nHost *\n  User later\nproxyjump ssh://j@jh:2\n"
            "Host two\n HostName \"unbalanced\n",
            c);
        QCOMPARE(parse.hosts.size(), 2);
        QCOMPARE(parse.hosts.at(0).hostName, u"h1.example"_s);
        QCOMPARE(parse.hosts.at(0).port, 2200);
        QCOMPARE(parse.hosts.at(0).user, u"first"_s);
        QCOMPARE(parse.hosts.at(0).proxyJump, u"j@jh:2"_s);
        QCOMPARE(parse.hosts.at(1).hostName, u"h1.example"_s);
        QCOMPARE(parse.hosts.at(1).user, u"later"_s);
        QCOMPARE(parse.issues.size(), 2);
        QVERIFY(parse.issues.at(0).contains(u"config:5: Include"_s));
        QVERIFY(parse.issues.at(1).contains(u"config:12: unbalanced quotes"_s));
    }

    void toProfile()
    {
        const Fleet::SshConfigParse parse = parseFile(u"team.config"_s);
        const Fleet::ServerProfile p = parse.hosts.at(2).toProfile();
        QVERIFY(p.isValid());
        QCOMPARE(p.name, u"mx1"_s);
        QCOMPARE(p.host, u"mx1.mail.acme.example"_s);
        QCOMPARE(p.user, u"postmaster"_s);
        QCOMPARE(p.auth, Remote::AuthMethod::KeyFile);
        QCOMPARE(p.keyFile, home + u"/.ssh/id_acme_ed25519"_s);
        QCOMPARE(p.proxyJump, u"jump@bastion.acme.example:2200"_s);
        Fleet::SshConfigHost bare;
        bare.alias = bare.hostName = u"x"_s;
        QCOMPARE(bare.toProfile().auth, Remote::AuthMethod::Agent);
        QVERIFY(bare.toProfile().id != p.id);
    }
};

QTEST_GUILESS_MAIN(tst_SshConfigImport)
#include "tst_sshconfigimport.moc"
