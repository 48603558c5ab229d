// Remote::ConfigCommands: validation, quoting, secrets on stdin only — and the fixed scripts really
// run here with /bin/sh on files in a temporary folder (map edits keep every other line byte for
// byte; backup + restore is byte-identical and deletes files the change created).
#include "actions/configoutput.h"
#include "remote/configcommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Remote::ConfigCommands;

namespace {

// Runs a built command like the server's shell would (as this user; the tests run as root when
// chown is needed).
struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Ran runLocally(const Remote::CatalogResult &built)
{
    QProcess p;
    p.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(built.command.shellLine)});
    p.write(built.command.stdinData);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

Remote::ServerCapabilities localCaps()
{
    Remote::ServerCapabilities caps;
    caps.binaries.insert(u"postmap"_s, u"/bin/true"_s); // the restore's postmap: not needed here
    return caps;
}

} // namespace

class TestConfigCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation();
    void secretOnlyOnStdin();
    void mapSetKeepsOtherLines();
    void mapSetCreatesFile();
    void mapRemove();
    void backupRestoreIsByteIdentical();
};

void TestConfigCommands::validation()
{
    const ConfigCommands c;
    QVERIFY(!c.postconfSet({{u"relay host"_s, u"x"_s}}).ok());
    QVERIFY(!c.postconfSet({{u"relayhost"_s, u"x\ny = z"_s}}).ok());
    QVERIFY(!c.postconfSet({}).ok());
    QVERIFY(c.postconfSet({{u"postdesk-slow_destination_rate_delay"_s, u"1s"_s}}).ok());
    QVERIFY(!c.postconfRemove({u"$(reboot)"_s}).ok());
    QVERIFY(!c.postmap(u"hash;rm"_s, u"/etc/postfix/x"_s).ok());
    QVERIFY(!c.postmap(u"hash"_s, u"/etc/postfix/../shadow"_s).ok());
    QVERIFY(!c.postmap(u"hash"_s, u"relative"_s).ok());
    QVERIFY(!c.mapSetEntry(u"/etc/postfix/x"_s, u"-oops"_s, "-oops v", 0600).ok());
    QVERIFY(!c.mapSetEntry(u"/etc/postfix/x"_s, u"a b"_s, "a b v", 0600).ok());
    QVERIFY(!c.mapSetEntry(u"/etc/postfix/x"_s, u"key"_s, "other v", 0600).ok());
    QVERIFY(!c.mapSetEntry(u"/etc/postfix/x"_s, u"key"_s, "key v\nevil x", 0600).ok());
    QVERIFY(!c.masterSet(u"slow"_s, u"unix"_s, u"slow unix - - n - - smtp; reboot"_s).ok());
    QVERIFY(!c.masterSet(u"slow"_s, u"tcp"_s, u"slow tcp - - n - - smtp"_s).ok());
    QVERIFY(!c.masterSet(u"slow"_s, u"unix"_s, u"other unix - - n - - smtp"_s).ok());
    QVERIFY(c.masterSet(u"postdesk-slow"_s, u"unix"_s, u"postdesk-slow unix - - n - - smtp"_s).ok());
    QVERIFY(!c.backupRestore(u"/etc/postfix"_s, u"../../x"_s).ok());
    QVERIFY(!c.backupCreate(u"/etc/postfix"_s, u"20261123T121314Z"_s, {{u"/etc/x y"_s, u"-"_s}}, {}).ok());
    QVERIFY(!c.restartUnit(u"sshd.service"_s).ok());
    QVERIFY(!c.pleskRepairMail().ok()); // no plesk probed

    const auto set = c.postconfSet({{u"relayhost"_s, u"[relay.example.com]:587"_s}, {u"smtp_tls_security_level"_s, u"encrypt"_s}});
    QCOMPARE(set.command.shellLine, "/usr/sbin/postconf -e 'relayhost=[relay.example.com]:587' smtp_tls_security_level=encrypt");
    QCOMPARE(set.command.privilege, Remote::Privilege::Root);
    QCOMPARE(c.masterSet(u"postdesk-slow"_s, u"unix"_s, u"postdesk-slow unix - - n - - smtp"_s).command.shellLine,
             "/usr/sbin/postconf -Me 'postdesk-slow/unix=postdesk-slow unix - - n - - smtp'");
    QCOMPARE(c.postmap(u"lmdb"_s, u"/etc/postfix/sasl_passwd"_s).command.shellLine,
             "/usr/sbin/postmap lmdb:/etc/postfix/sasl_passwd");
}

void TestConfigCommands::secretOnlyOnStdin()
{
    const QByteArray line = "[smtp.example.com]:587 user:pa ss'$(x)`y`";
    const auto r = ConfigCommands().mapSetEntry(u"/etc/postfix/sasl_passwd"_s, u"[smtp.example.com]:587"_s, line, 0600);
    QVERIFY(r.ok());
    QVERIFY(!r.command.shellLine.contains("pa ss"));
    QVERIFY(!r.command.label.contains(u"pa ss"_s));
    QCOMPARE(r.command.stdinData, line + '\n');
    QVERIFY(r.command.shellLine.startsWith("/bin/sh -c '"));
    QCOMPARE(r.command.privilege, Remote::Privilege::Root);
}

void TestConfigCommands::mapSetKeepsOtherLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sasl_passwd"_s);
    const QByteArray before = "# comment with [relay]:587 in it\n"
                              "[relay.example.com]:587 old:secret\n"
                              "    continued-old-value\n"
                              "other.example.com  keep:this   \n"
                              "\n"
                              "  # indented comment\n"
                              "[relay.example.com]:587 duplicate:ignored\n"
                              "last.example.com tab\there\n";
    write(path, before);
    const QByteArray line = "[relay.example.com]:587 new:S3cr\\et $HOME `id` 'q'";
    const auto r = runLocally(ConfigCommands().mapSetEntry(path, u"[relay.example.com]:587"_s, line, 0600));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readAll(path), QByteArray("# comment with [relay]:587 in it\n" + line + "\n"
                                       "other.example.com  keep:this   \n"
                                       "\n"
                                       "  # indented comment\n"
                                       "last.example.com tab\there\n"));
    QCOMPARE(QFileInfo(path).permissions() & 0x0fff, QFile::ReadUser | QFile::WriteUser); // 0600 (user = this process)
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temp file left
}

void TestConfigCommands::mapSetCreatesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"postdesk_transport"_s);
    auto r = runLocally(ConfigCommands().mapSetEntry(path, u"slow.example"_s, "slow.example postdesk-slow:", 0644));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readAll(path), QByteArray("slow.example postdesk-slow:\n"));
    r = runLocally(ConfigCommands().mapSetEntry(path, u"b.example"_s, "b.example postdesk-slow:", 0644));
    QCOMPARE(readAll(path), QByteArray("slow.example postdesk-slow:\nb.example postdesk-slow:\n"));
    QVERIFY(QFileInfo(path).permissions() & QFile::ReadOther);
    // A folder that does not exist is an error, not a created tree.
    r = runLocally(ConfigCommands().mapSetEntry(dir.filePath(u"nope/x"_s), u"k"_s, "k v", 0600));
    QVERIFY(r.exitCode != 0);
}

void TestConfigCommands::mapRemove()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t"_s);
    write(path, "a.example x:\nb.example y:\n  more\nc.example z:");
    const auto r = runLocally(ConfigCommands().mapRemoveEntry(path, u"b.example"_s));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readAll(path), QByteArray("a.example x:\nc.example z:\n"));
}

void TestConfigCommands::backupRestoreIsByteIdentical()
{
    // The backup script chowns its copies to root, as on a server; the test command runs as root.
    if (geteuid() != 0)
        QFAIL("run as root (scripts/run-tests.sh does): the backup script chowns its files to root");
    QTemporaryDir dir;
    const QString conf = dir.path();
    const QString main = conf + u"/main.cf"_s;
    const QString created = conf + u"/postdesk_transport"_s;
    const QByteArray original = QByteArray("myhostname = a.example\n  # odd spacing\t\nrelayhost =\n\xff\xfe binary-ish\n");
    write(main, original);
    QFile::setPermissions(main, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    const QDateTime mtime = QFileInfo(main).lastModified();
    const ConfigCommands c(localCaps());

    auto r = runLocally(c.backupCreate(conf, u"20261123T121314Z"_s, {{main, u"-"_s}, {created, u"hash"_s}},
                                       "{\"title\":\"t\",\"kind\":\"params\"}\n"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(Actions::ConfigOutput::parseCreatedBackupId(r.out), u"20261123T121314Z"_s);
    QCOMPARE(QFileInfo(conf + u"/postdesk-backups"_s).permissions() & 0x0fff,
             QFile::ReadUser | QFile::WriteUser | QFile::ExeUser); // 0700
    // The same ID again gets "-1".
    r = runLocally(c.backupCreate(conf, u"20261123T121314Z"_s, {{main, u"-"_s}}, "{}\n"));
    QCOMPARE(Actions::ConfigOutput::parseCreatedBackupId(r.out), u"20261123T121314Z-1"_s);

    QTest::qWait(1100); // a different mtime, so cp -p is what brings the old one back
    write(main, "changed\n");
    write(created, "x.example slow:\n");
    r = runLocally(c.backupRestore(conf, u"20261123T121314Z"_s));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readAll(main), original);
    QCOMPARE(QFileInfo(main).lastModified(), mtime);
    QVERIFY(!QFileInfo::exists(created));

    runLocally(c.backupMarkRolledBack(conf, u"20261123T121314Z-1"_s));
    r = runLocally(c.backupList(conf));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto listed = Actions::ConfigOutput::parseBackupList(r.out);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).info.id, u"20261123T121314Z-1"_s);
    QVERIFY(listed.at(0).info.rolledBack);
    QCOMPARE(listed.at(1).info.title, u"t"_s);
    QCOMPARE(listed.at(1).files.size(), 2);
    QCOMPARE(listed.at(1).files.at(1), qMakePair(created, u"!hash"_s));

    r = runLocally(c.backupRestore(conf, u"20200101T000000Z"_s));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("there is no backup"));
}

QTEST_GUILESS_MAIN(TestConfigCommands)
#include "tst_configcommands.moc"
