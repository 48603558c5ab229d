#include "remote/commandcatalog.h"
#include "remote/serverprobe.h"

#include <QTest>

using namespace Remote;
using namespace Qt::StringLiterals;

class TestCommandCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultBinaries();
    void probedBinaries();
    void fixedCommands();
    void showMessageFlags_data();
    void showMessageFlags();
    void hostileQueueIds_data();
    void hostileQueueIds();
    void queueNames_data();
    void queueNames();
    void domains_data();
    void domains();
    void emailAddresses_data();
    void emailAddresses();
    void sudoWrapNoPassword();
    void sudoWrapPassword();
    void sudoWrapRejects();
    void probeIsFixed();
    void locateMailLogOverride();
};

void TestCommandCatalog::defaultBinaries()
{
    const CommandCatalog c;
    QCOMPARE(c.binaryPath(u"postqueue"_s), u"/usr/sbin/postqueue"_s);
    QCOMPARE(c.binaryPath(u"sudo"_s), u"/usr/bin/sudo"_s);
    QCOMPARE(c.listQueueJson().command.shellLine, QByteArray("/usr/sbin/postqueue -j"));
}

void TestCommandCatalog::probedBinaries()
{
    ServerCapabilities caps;
    caps.binaries.insert(u"postqueue"_s, u"/opt/postfix/sbin/postqueue"_s);
    caps.binaries.insert(u"postcat"_s, u"/usr/sbin/postcat; rm -rf /"_s); // hostile probe answer
    caps.binaries.insert(u"postconf"_s, u"/usr/../tmp/postconf"_s);
    const CommandCatalog c(caps);
    QCOMPARE(c.listQueueJson().command.shellLine, QByteArray("/opt/postfix/sbin/postqueue -j"));
    QCOMPARE(c.binaryPath(u"postcat"_s), u"/usr/sbin/postcat"_s);
    QCOMPARE(c.binaryPath(u"postconf"_s), u"/usr/sbin/postconf"_s);
}

void TestCommandCatalog::fixedCommands()
{
    const CommandCatalog c;
    const auto json = c.listQueueJson();
    QVERIFY(json.ok());
    QVERIFY(json.command.streamOutput);
    QCOMPARE(json.command.privilege, Privilege::User);
    QCOMPARE(c.listQueueText().command.shellLine, QByteArray("/usr/sbin/postqueue -p"));
    QCOMPARE(c.mailVersion().command.shellLine, QByteArray("/usr/sbin/postconf -h mail_version"));
    QCOMPARE(c.sudoCheck().command.shellLine, QByteArray("/usr/bin/sudo -n true"));
    QCOMPARE(c.sudoListRights().command.shellLine, QByteArray("/usr/bin/sudo -n -l"));
    QVERIFY(!json.command.label.isEmpty());
}

void TestCommandCatalog::showMessageFlags_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<QByteArray>("line");
    const QByteArray p = "/usr/sbin/postcat ";
    QTest::newRow("h") << int(CommandCatalog::Header) << p + "-qh C3CD21F3E90";
    QTest::newRow("e") << int(CommandCatalog::Envelope) << p + "-qe C3CD21F3E90";
    QTest::newRow("b") << int(CommandCatalog::Body) << p + "-qb C3CD21F3E90";
    QTest::newRow("eh") << int(CommandCatalog::Envelope | CommandCatalog::Header) << p + "-qeh C3CD21F3E90";
    QTest::newRow("bh") << int(CommandCatalog::Body | CommandCatalog::Header) << p + "-qbh C3CD21F3E90";
    QTest::newRow("beh") << int(CommandCatalog::Body | CommandCatalog::Envelope | CommandCatalog::Header)
                         << p + "-qbeh C3CD21F3E90";
}

void TestCommandCatalog::showMessageFlags()
{
    QFETCH(int, parts);
    QFETCH(QByteArray, line);
    const auto r = CommandCatalog().showMessage(u"C3CD21F3E90", CommandCatalog::PostcatParts(parts));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.command.shellLine, line);
    QCOMPARE(r.command.privilege, Privilege::MailOwner);
    QCOMPARE(r.command.maxOutputBytes, CommandCatalog::postcatOutputCap);
    QVERIFY(r.command.stdinData.isEmpty());

    const auto longId = CommandCatalog().showMessage(u"3Pt2mN2VXxznjll", CommandCatalog::Header);
    QVERIFY2(longId.ok(), qPrintable(longId.error));
    QCOMPARE(longId.command.shellLine, QByteArray("/usr/sbin/postcat -qh 3Pt2mN2VXxznjll"));

    const auto none = CommandCatalog().showMessage(u"C3CD21F3E90", {});
    QVERIFY(!none.ok());
}

void TestCommandCatalog::hostileQueueIds_data()
{
    QTest::addColumn<QString>("id");
    const QStringList hostile = {
        u""_s, u"C3CD21F3E90;"_s, u"C3CD21F3E90; rm -rf /"_s, u";rm -rf /"_s, u"$(id)"_s,
        u"C3CD2$(id)"_s, u"`id`"_s, u"C3CD21`id`"_s, u"C3CD21F3E90\n"_s, u"C3CD2\nF3E90"_s,
        u"'C3CD21F3E90'"_s, u"\"C3CD21F3E90\""_s, u"C3CD'21F3E90"_s, u"-C3CD21F3E90"_s,
        u"-qbeh"_s, u"--help"_s, u"C3CD21 F3E90"_s, u" C3CD21F3E90"_s, u"C3CD21F3E90 "_s,
        u"\u0421\u0417CD21F3E90"_s /* Cyrillic look-alikes */, u"C3CD21F3E9\u00d0"_s,
        u"C3CD21F3E90\u200b"_s, u"ＣＣＣＤ２１"_s, u"c3cd21f3e90"_s /* lower hex is not short form */,
        u"ALL"_s, u"*"_s, u"../../etc/passwd"_s, u"C3CD21F3E90\t"_s, u"C3CD21F3E90\r"_s,
        u"C3CD21F3E90|id"_s, u"C3CD21F3E90&"_s, u"C3CD21F3E90>x"_s, QString(u"C3CD21\u0000F3E90"_s),
        u"3Pt2mN2VXxznjlla"_s.repeated(4) /* too long */, u"3Pt2mN2VXx"_s /* no separator */,
    };
    int i = 0;
    for (const QString &h : hostile)
        QTest::addRow("%d", i++) << h;
}

void TestCommandCatalog::hostileQueueIds()
{
    QFETCH(QString, id);
    const auto r = CommandCatalog().showMessage(id, CommandCatalog::Header);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.command.shellLine.isEmpty());
    QVERIFY(!QueueId::parse(id).ok());
}

void TestCommandCatalog::queueNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    for (const char *n : {"maildrop", "incoming", "active", "deferred", "hold"})
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : {"", "Deferred", "corrupt", "saved", "deferred;id", "-hold", "hold ", "../hold"})
        QTest::newRow(n) << QString::fromLatin1(n) << false;
}

void TestCommandCatalog::queueNames()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const auto q = QueueName::parse(input);
    QCOMPARE(q.ok(), valid);
    if (valid)
        QCOMPARE(q->bytes(), input.toLatin1());
    else
        QVERIFY(!q.error.isEmpty());
}

void TestCommandCatalog::domains_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("literals");
    QTest::addColumn<QByteArray>("expected"); // empty = invalid
    QTest::newRow("simple") << u"example.com"_s << false << QByteArray("example.com");
    QTest::newRow("upper") << u"MX.Example.COM"_s << false << QByteArray("mx.example.com");
    QTest::newRow("hyphen") << u"mail-1.ex-ample.org"_s << false << QByteArray("mail-1.ex-ample.org");
    QTest::newRow("single label") << u"localhost"_s << false << QByteArray("localhost");
    QTest::newRow("idn") << u"bücher.example"_s << false << QByteArray("xn--bcher-kva.example");
    QTest::newRow("a-label") << u"xn--bcher-kva.example"_s << false << QByteArray("xn--bcher-kva.example");
    QTest::newRow("63") << QString(63, u'a') + u".com"_s << false << QByteArray(63, 'a') + ".com";
    QTest::newRow("64") << QString(64, u'a') + u".com"_s << false << QByteArray();
    QTest::newRow("254 total") << QString(QString(62, u'a') + u'.').repeated(4) + u"com"_s << false << QByteArray();
    QTest::newRow("leading hyphen") << u"-ex.com"_s << false << QByteArray();
    QTest::newRow("trailing hyphen") << u"ex-.com"_s << false << QByteArray();
    QTest::newRow("empty label") << u"ex..com"_s << false << QByteArray();
    QTest::newRow("empty") << u""_s << false << QByteArray();
    QTest::newRow("underscore") << u"ex_ample.com"_s << false << QByteArray();
    QTest::newRow("semicolon") << u"ex.com;id"_s << false << QByteArray();
    QTest::newRow("subst") << u"$(id).com"_s << false << QByteArray();
    QTest::newRow("backtick") << u"`id`.com"_s << false << QByteArray();
    QTest::newRow("space") << u"ex ample.com"_s << false << QByteArray();
    QTest::newRow("newline") << u"ex.com\nid"_s << false << QByteArray();
    QTest::newRow("quote") << u"ex'.com"_s << false << QByteArray();
    QTest::newRow("fullwidth semicolon") << u"ex.com；id"_s << false << QByteArray();
    QTest::newRow("literal refused") << u"[192.0.2.1]"_s << false << QByteArray();
    QTest::newRow("literal v4") << u"[192.0.2.1]"_s << true << QByteArray("[192.0.2.1]");
    QTest::newRow("literal v6") << u"[IPv6:2001:db8::1]"_s << true << QByteArray("[ipv6:2001:db8::1]");
    QTest::newRow("literal v6 bare") << u"[2001:db8::1]"_s << true << QByteArray();
    QTest::newRow("literal junk") << u"[192.0.2.1;id]"_s << true << QByteArray();
    QTest::newRow("literal open") << u"[192.0.2.1"_s << true << QByteArray();
}

void TestCommandCatalog::domains()
{
    QFETCH(QString, input);
    QFETCH(bool, literals);
    QFETCH(QByteArray, expected);
    const auto d = Domain::parse(input, literals ? Domain::Literal::Allow : Domain::Literal::Reject);
    QCOMPARE(d.ok(), !expected.isEmpty());
    if (d.ok())
        QCOMPARE(d->bytes(), expected);
    else
        QVERIFY(!d.error.isEmpty());
}

void TestCommandCatalog::emailAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("simple") << u"alice@example.com"_s << QByteArray("alice@example.com");
    QTest::newRow("plus") << u"a.b+tag@Example.COM"_s << QByteArray("a.b+tag@example.com");
    QTest::newRow("apostrophe") << u"o'brien@example.com"_s << QByteArray("o'brien@example.com");
    QTest::newRow("quoted") << u"\"john doe\"@example.com"_s << QByteArray("\"john doe\"@example.com");
    QTest::newRow("quoted escape") << u"\"a\\\"b\"@example.com"_s << QByteArray("\"a\\\"b\"@example.com");
    QTest::newRow("idn domain") << u"x@bücher.example"_s << QByteArray("x@xn--bcher-kva.example");
    QTest::newRow("literal") << u"x@[192.0.2.1]"_s << QByteArray("x@[192.0.2.1]");
    QTest::newRow("no at") << u"alice"_s << QByteArray();
    QTest::newRow("empty local") << u"@example.com"_s << QByteArray();
    QTest::newRow("leading dash") << u"-oProxy@example.com"_s << QByteArray();
    QTest::newRow("newline") << u"a\n@example.com"_s << QByteArray();
    QTest::newRow("newline in quotes") << u"\"a\nb\"@example.com"_s << QByteArray();
    QTest::newRow("control") << u"a\u0001b@example.com"_s << QByteArray();
    QTest::newRow("space") << u"a b@example.com"_s << QByteArray();
    QTest::newRow("subst") << u"$(id)@example.com"_s << QByteArray();
    QTest::newRow("backtick") << u"`id`@example.com"_s << QByteArray();
    QTest::newRow("semicolon") << u"a;id@example.com"_s << QByteArray();
    QTest::newRow("unbalanced quote") << u"\"abc@example.com"_s << QByteArray();
    QTest::newRow("double dot") << u"a..b@example.com"_s << QByteArray();
    QTest::newRow("unicode local") << u"jörg@example.com"_s << QByteArray();
    QTest::newRow("bad domain") << u"a@ex ample.com"_s << QByteArray();
    QTest::newRow("too long local") << QString(65, u'a') + u"@example.com"_s << QByteArray();
}

void TestCommandCatalog::emailAddresses()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    const auto a = EmailAddress::parse(input);
    QCOMPARE(a.ok(), !expected.isEmpty());
    if (a.ok())
        QCOMPARE(a->bytes(), expected);
}

void TestCommandCatalog::sudoWrapNoPassword()
{
    const CommandCatalog c;
    const auto show = c.showMessage(u"C3CD21F3E90", CommandCatalog::Header);
    const auto w = c.sudoWrap(show.command, u"postfix"_s, {});
    QVERIFY2(w.ok(), qPrintable(w.error));
    QCOMPARE(w.command.shellLine, QByteArray("/usr/bin/sudo -n -u postfix -- /usr/sbin/postcat -qh C3CD21F3E90"));
    QVERIFY(w.command.stdinData.isEmpty());
    const auto root = c.sudoWrap(show.command, {}, {});
    QCOMPARE(root.command.shellLine, QByteArray("/usr/bin/sudo -n -- /usr/sbin/postcat -qh C3CD21F3E90"));
}

void TestCommandCatalog::sudoWrapPassword()
{
    const CommandCatalog c;
    RemoteCommand cmd = c.showMessage(u"C3CD21F3E90", CommandCatalog::Header).command;
    cmd.stdinData = "C3CD21F3E90\n";
    const QByteArray secret = "s3cr'et $(x)";
    const auto w = c.sudoWrap(cmd, u"postfix"_s, secret);
    QVERIFY2(w.ok(), qPrintable(w.error));
    QCOMPARE(w.command.shellLine,
             QByteArray("/usr/bin/sudo -S -p '' -u postfix -- /usr/sbin/postcat -qh C3CD21F3E90"));
    QCOMPARE(w.command.stdinData, secret + "\nC3CD21F3E90\n");
    QVERIFY(!w.command.shellLine.contains("s3cr"));
}

void TestCommandCatalog::sudoWrapRejects()
{
    const CommandCatalog c;
    const RemoteCommand cmd = c.listQueueJson().command;
    QVERIFY(!c.sudoWrap(cmd, u"postfix; id"_s, {}).ok());
    QVERIFY(!c.sudoWrap(cmd, u"-postfix"_s, {}).ok());
    QVERIFY(!c.sudoWrap(cmd, u"postfix"_s, "pw\nroot").ok());
}

void TestCommandCatalog::probeIsFixed()
{
    const RemoteCommand p = CommandCatalog::probe();
    QCOMPARE(p.shellLine, ServerProbe::script());
    QCOMPARE(p.privilege, Privilege::User);
    QVERIFY(p.stdinData.isEmpty());
}

// A profile's log file replaces the maillog_file probe: quoted, and only a plain absolute path;
// anything else falls back to asking postconf (the loader reports the bad path separately).
void TestCommandCatalog::locateMailLogOverride()
{
    const CommandCatalog catalog;
    const QByteArray plain = catalog.locateMailLog().shellLine;
    QVERIFY(plain.contains("mf=$("));
    QVERIFY(plain.contains(" -h maillog_file"));
    const QByteArray custom = catalog.locateMailLog(QStringLiteral("/var/log/mail/custom.log")).shellLine;
    QVERIFY(custom.contains("mf=/var/log/mail/custom.log; "));
    QVERIFY(!custom.contains("maillog_file 2>"));
    for (const QString &bad : {QStringLiteral("relative.log"), QStringLiteral("/var/log/a b.log"),
                               QStringLiteral("/var/log/x;rm -rf ~"), QStringLiteral("/var/log/$(id)"),
                               QStringLiteral("/var/log/../../etc/shadow")}) {
        const QByteArray line = catalog.locateMailLog(bad).shellLine;
        QCOMPARE(line, plain);
    }
}

QTEST_GUILESS_MAIN(TestCommandCatalog)
#include "tst_commandcatalog.moc"
