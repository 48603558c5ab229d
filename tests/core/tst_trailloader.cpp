// TrailLoader and MailLogSourceLoader over the fake transport: locating the log (hostile paths
// included), following linked IDs across grep rounds, and the failure cases.
#include "fakesession.h"
#include "faketransport.h"

#include "remote/commandcatalog.h"
#include "remote/serversession.h"
#include "services/maillogsourceloader.h"
#include "services/trailloader.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Services::MailLogSourceLoader;
using Services::MailLogSources;
using Services::TrailLoader;
using Services::TrailResult;
using TestSupport::FakeTransport;

namespace {

const QString idA = u"4F2A3B1C9D"_s; // received, handed to the content filter
const QString idB = u"5B3C4D2E1F"_s; // re-injected by the filter ("queued as"), then requeued
const QString idD = u"6C4D5E3F2A"_s; // after postsuper -r (orig_id=B), bounces
const QString idE = u"7D5E6F4A3B"_s; // the bounce notification
const QString idOther = u"8E6F7A5B4C"_s;

QByteArray stamp(int second)
{
    return "2023-11-14T10:00:" + QByteArray::number(second).rightJustified(2, '0') + ".000000+00:00 mx ";
}

QByteArray locateOutput(const QByteArray &files, const QByteArray &extra = {})
{
    return "maillog_file=\n" + files + "journalctl=/usr/bin/journalctl\nzgrep=/usr/bin/zgrep\nxzgrep=\n"
            "groups=pdviewer adm\n" + extra + "locate_end=1\n";
}

using Setup = TestSupport::FakeSession;

Setup makeSession(const FakeTransport::ProbeSetup &probe, const QByteArray &locate)
{
    Setup s = TestSupport::readyFakeSession(probe);
    FakeTransport::Response r;
    r.stdOut = locate;
    s.fake->on(Remote::CommandCatalog(s.session->capabilities()).locateMailLog().shellLine, r);
    return s;
}

QRegularExpression grepFor(const QStringList &ids, const QString &file)
{
    QString pattern = u"^/usr/bin/grep -a -F -n --line-buffered"_s;
    for (const QString &id : ids)
        pattern += u" -e "_s + id;
    return QRegularExpression(pattern + u" -- "_s + QRegularExpression::escape(file) + u"$"_s);
}

FakeTransport::Response lines(const QList<QPair<int, QByteArray>> &numbered, int exitCode = 0)
{
    FakeTransport::Response r;
    for (const auto &[n, text] : numbered)
        r.stdOut += QByteArray::number(n) + ':' + text + '\n';
    r.exitCode = numbered.isEmpty() ? 1 : exitCode;
    return r;
}

TrailResult load(TrailLoader &loader, const QString &id)
{
    QSignalSpy finished(&loader, &TrailLoader::finished);
    loader.load(id);
    if (finished.isEmpty() && !finished.wait(5000))
        return TrailResult{.error = u"test: no finished()"_s};
    return finished.first().at(0).value<TrailResult>();
}

} // namespace

class tst_TrailLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Services::TrailResult>();
        qRegisterMetaType<Services::MailLogSources>();
    }

    void locateParsesFamiliesAndDropsHostilePaths()
    {
        const MailLogSources s = MailLogSourceLoader::parse(locateOutput(
                "file=1 100 1700000300 /var/log/mail.log\n"
                "file=0 80 1700000100 /var/log/mail.log.2.gz\n"
                "file=1 90 1700000200 /var/log/mail.log.1\n"
                "file=1 10 1690000000 /var/log/mail.log.3.xz\n"
                "file=1 10 1690000000 /var/log/mail.log.4.bz2\n"
                "file=1 5 1700000000 /var/log/mail.log;rm -rf /\n"
                "file=1 5 1700000000 /var/log/mail.log.1 $(reboot)\n"
                "file=1 5 1700000000 /var/log/../../etc/shadow\n"
                "file=1 5 1700000000 /var/log/mail.log.bak\n"
                "file=1 5 1700000000 /var/log/mail.log`id`\n"
                "file=1 5 1600000000 /var/log/maillog\n"
                "file=garbage\n"
                "nonsense without equals\n"));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.files.size(), 3);
        QCOMPARE(s.files.at(0).path, u"/var/log/mail.log"_s);
        QVERIFY(s.files.at(0).live);
        QCOMPARE(s.files.at(0).size, 100);
        QCOMPARE(s.files.at(0).mtime, 1700000300);
        QCOMPARE(s.files.at(1).path, u"/var/log/mail.log.1"_s);
        QCOMPARE(s.files.at(2).path, u"/var/log/mail.log.2.gz"_s);
        QVERIFY(s.files.at(2).compressed);
        QVERIFY(!s.files.at(2).readable);
        QVERIFY(!s.journald);
        QVERIFY(s.journalReadable);
        QCOMPARE(s.journalctl, u"/usr/bin/journalctl"_s);
        const QString notes = s.notes.join(u'\n');
        QVERIFY2(notes.contains(u"mail.log.3.xz"_s), qPrintable(notes)); // no xzgrep
        QVERIFY2(notes.contains(u"bzip2"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"/var/log/maillog"_s), qPrintable(notes)); // the other family
        for (const auto &f : s.files)
            QVERIFY(Remote::CommandCatalog::isPlainLogPath(f.path));
    }

    void locatePrefersMaillogFileAndFallsBackToJournal()
    {
        MailLogSources s = MailLogSourceLoader::parse(
                "maillog_file=/var/log/postfix.log\nfile=1 5 1600000000 /var/log/postfix.log\n"
                "file=1 5 1600000001 /var/log/postfix.log.20231114-120000.gz\n"
                "file=1 5 1700000000 /var/log/mail.log\njournalctl=\ngroups=x\nlocate_end=1\n");
        QVERIFY(s.ok());
        QCOMPARE(s.files.size(), 2);
        QCOMPARE(s.files.at(0).path, u"/var/log/postfix.log"_s);
        QCOMPARE(s.files.at(1).path, u"/var/log/postfix.log.20231114-120000.gz"_s);

        s = MailLogSourceLoader::parse("maillog_file=\njournalctl=/bin/journalctl\ngroups=users\nlocate_end=1\n");
        QVERIFY(s.ok());
        QVERIFY(s.journald);
        QVERIFY(!s.journalReadable);

        s = MailLogSourceLoader::parse("maillog_file=\njournalctl=\ngroups=users\nlocate_end=1\n");
        QVERIFY(!s.ok());
        QVERIFY2(s.error.contains(u"No mail log found"_s), qPrintable(s.error));

        s = MailLogSourceLoader::parse("maillog_file=\nfile=1 5 1700000000 /var/log/mail.log\n"); // cut short
        QVERIFY(!s.ok());
    }

    void locateScriptIsFixed()
    {
        const Remote::RemoteCommand c = Remote::CommandCatalog().locateMailLog();
        QCOMPARE(c.privilege, Remote::Privilege::User);
        QVERIFY(c.shellLine.contains("/usr/sbin/postconf -h maillog_file"));
        QVERIFY(c.shellLine.contains("locate_end=1"));
    }

    void grepCommandsQuoteAndValidate()
    {
        const Remote::CommandCatalog catalog;
        const auto id = Remote::QueueId::parse(idA);
        QVERIFY(id.ok());
        auto r = catalog.searchMailLog({*id}, u"/var/log/mail.log.2.gz"_s, Remote::CommandCatalog::LogCompression::Gzip,
                                       Remote::Privilege::Root);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.shellLine, "/usr/bin/zgrep -a -F -n --line-buffered -e 4F2A3B1C9D -- /var/log/mail.log.2.gz");
        QCOMPARE(r.command.privilege, Remote::Privilege::Root);
        QVERIFY(!catalog.searchMailLog({*id}, u"/var/log/mail.log; reboot"_s,
                                       Remote::CommandCatalog::LogCompression::None, Remote::Privilege::User).ok());
        QVERIFY(!catalog.searchMailLog({*id}, u"/var/log/mail.log.xz"_s,
                                       Remote::CommandCatalog::LogCompression::Xz, Remote::Privilege::User).ok());
        r = catalog.filterMailLogForStats(u"/var/log/mail.log"_s, Remote::CommandCatalog::LogCompression::None,
                                          Remote::Privilege::User);
        QCOMPARE(r.command.shellLine, "/usr/bin/grep -a -F -e ' status=' -e reject: -e ', nrcpt=' -- /var/log/mail.log");
        r = catalog.readMailJournal(1700000000, 1700003600, Remote::Privilege::User);
        QCOMPARE(r.command.shellLine, "/usr/bin/journalctl SYSLOG_FACILITY=2 -o short-iso --no-pager -q "
                                      "--since @1700000000 --until @1700003600");
    }

    void followsQueuedAsOrigIdAndBounceAcrossRounds()
    {
        auto s = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/mail.log\n"
                                              "file=1 90 1700000200 /var/log/mail.log.1\n"));
        const QByteArray sentToFilter = stamp(3) + "postfix/smtp[12]: " + idA.toLatin1()
                + ": to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=1, delays=0/0/0/1, dsn=2.0.0, "
                  "status=sent (250 2.0.0 Ok, id=1, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as "
                + idB.toLatin1() + ")";
        // Round 1: A in both files (the older one has its first line), plus a line of another
        // message that merely mentions A's text in a header: not part of the trail.
        s.fake->onMatch(grepFor({idA}, u"/var/log/mail.log.1"_s),
                        lines({{7, stamp(1) + "postfix/smtpd[11]: " + idA.toLatin1() + ": client=a.example[192.0.2.1]"}}));
        s.fake->onMatch(grepFor({idA}, u"/var/log/mail.log"_s),
                        lines({{1, stamp(2) + "postfix/qmgr[10]: " + idA.toLatin1() + ": from=<alice@example.com>, size=900, nrcpt=1 (queue active)"},
                               {2, sentToFilter},
                               {3, stamp(4) + "postfix/qmgr[10]: " + idA.toLatin1() + ": removed"},
                               {4, stamp(4) + "postfix/cleanup[13]: " + idOther.toLatin1() + ": message-id=<" + idA.toLatin1() + "@example.com>"}}));
        // Round 2: B (the sent line of A comes back: same file and line, kept once).
        s.fake->onMatch(grepFor({idB}, u"/var/log/mail.log.1"_s), lines({}));
        s.fake->onMatch(grepFor({idB}, u"/var/log/mail.log"_s),
                        lines({{2, sentToFilter},
                               {5, stamp(5) + "postfix/qmgr[10]: " + idB.toLatin1() + ": from=<alice@example.com>, size=1200, nrcpt=1 (queue active)"},
                               {6, stamp(6) + "postfix/smtp[14]: " + idB.toLatin1() + ": to=<bob@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=2, delays=0/0/1/1, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.9]:25: Connection refused)"},
                               {8, stamp(8) + "postfix/pickup[15]: " + idD.toLatin1() + ": uid=0 from=<alice@example.com> orig_id=" + idB.toLatin1()}}));
        // Round 3: D bounces and creates the notification E.
        s.fake->onMatch(grepFor({idD}, u"/var/log/mail.log.1"_s), lines({}));
        s.fake->onMatch(grepFor({idD}, u"/var/log/mail.log"_s),
                        lines({{8, stamp(8) + "postfix/pickup[15]: " + idD.toLatin1() + ": uid=0 from=<alice@example.com> orig_id=" + idB.toLatin1()},
                               {9, stamp(9) + "postfix/smtp[14]: " + idD.toLatin1() + ": to=<bob@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=9, delays=0/0/1/8, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.9] said: 550 5.1.1 user unknown (in reply to RCPT TO command))"},
                               {10, stamp(10) + "postfix/bounce[16]: " + idD.toLatin1() + ": sender non-delivery notification: " + idE.toLatin1()}}));
        // Round 4: E is delivered back to the sender.
        s.fake->onMatch(grepFor({idE}, u"/var/log/mail.log.1"_s), lines({}));
        s.fake->onMatch(grepFor({idE}, u"/var/log/mail.log"_s),
                        lines({{10, stamp(10) + "postfix/bounce[16]: " + idD.toLatin1() + ": sender non-delivery notification: " + idE.toLatin1()},
                               {11, stamp(11) + "postfix/local[17]: " + idE.toLatin1() + ": to=<alice@example.com>, relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to mailbox)"}}));

        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, idA);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.followedIds, (QStringList{idA, idB, idD, idE}));
        QCOMPARE(r.searchedFiles, (QStringList{u"/var/log/mail.log"_s, u"/var/log/mail.log.1"_s}));
        QStringList got;
        for (const Postfix::LogEvent &e : r.events)
            got << e.queueId + u'@' + QString::number(e.lineNumber);
        const QStringList expected = {idA + u"@7"_s, idA + u"@1"_s, idA + u"@2"_s, idA + u"@3"_s, idB + u"@5"_s,
                                      idB + u"@6"_s, idD + u"@8"_s, idD + u"@9"_s, idD + u"@10"_s, idE + u"@11"_s};
        QCOMPARE(got, expected);
        QCOMPARE(r.events.at(5).status, Postfix::LogStatus::Deferred);
        QVERIFY(r.events.at(5).reason.contains(u"Connection refused"_s));
        // Round 1 greps both files; B, D and E were named in the live file, so their rounds skip
        // the older rotation.
        QCOMPARE(r.commands.size(), 5);
        for (qsizetype i = 2; i < r.commands.size(); ++i)
            QVERIFY(r.commands.at(i).endsWith(u"-- /var/log/mail.log"_s));
        QVERIFY(!r.truncated);
    }

    void followsLocalForwardingButNotARemoteQueueId()
    {
        auto s = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/mail.log\n"));
        // A is delivered locally and forwarded as B; B goes to a remote MX that answers with its
        // own queue ID, which is not ours to follow.
        s.fake->onMatch(grepFor({idA}, u"/var/log/mail.log"_s),
                        lines({{1, stamp(1) + "postfix/local[20]: " + idA.toLatin1()
                                       + ": to=<root@example.com>, relay=local, delay=0.05, delays=0.01/0.03/0/0.01, dsn=2.0.0, status=sent (forwarded as "
                                       + idB.toLatin1() + ")"}}));
        s.fake->onMatch(grepFor({idB}, u"/var/log/mail.log"_s),
                        lines({{1, stamp(1) + "postfix/local[20]: " + idA.toLatin1()
                                       + ": to=<root@example.com>, relay=local, delay=0.05, delays=0.01/0.03/0/0.01, dsn=2.0.0, status=sent (forwarded as "
                                       + idB.toLatin1() + ")"},
                               {2, stamp(2) + "postfix/smtp[21]: " + idB.toLatin1()
                                       + ": to=<admin@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as "
                                       + idOther.toLatin1() + ")"}}));
        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, idA);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.followedIds, (QStringList{idA, idB}));
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(r.events.last().queueId, idB);
    }

    void goneMessageIsAnEmptyTrail()
    {
        auto s = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/mail.log\n"));
        s.fake->onMatch(grepFor({idA}, u"/var/log/mail.log"_s), lines({}));
        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, idA);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.events.isEmpty());
        QCOMPARE(r.followedIds, QStringList{idA});
    }

    void unreadableLogWithoutSudoIsPermissionDenied()
    {
        FakeTransport::ProbeSetup viewer;
        viewer.uid = 1001;
        viewer.user = u"viewer"_s;
        viewer.sudo = false;
        auto s = makeSession(viewer, locateOutput("file=0 100 1700000300 /var/log/maillog\n"));
        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, idA);
        QVERIFY(r.permissionDenied);
        QVERIFY2(r.error.contains(u"may not read /var/log/maillog"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"adm group"_s), qPrintable(r.error));
    }

    void grepPermissionErrorIsPermissionDenied()
    {
        auto s = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/maillog\n"));
        FakeTransport::Response denied;
        denied.stdErr = "grep: /var/log/maillog: Permission denied\n";
        denied.exitCode = 2;
        s.fake->onMatch(grepFor({idA}, u"/var/log/maillog"_s), denied);
        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, idA);
        QVERIFY(r.permissionDenied);
        QVERIFY(!r.ok());
    }

    void missingLogIsAPlainError()
    {
        auto s = makeSession({}, locateOutput("")); // journalctl exists: journald
        FakeTransport::Response none;
        none.stdOut = "maillog_file=\njournalctl=\ngroups=root\nlocate_end=1\n";
        s.fake->on(Remote::CommandCatalog(s.session->capabilities()).locateMailLog().shellLine, none);
        TrailLoader loader(s.session.get());
        TrailResult r = load(loader, idA);
        QVERIFY(!r.ok());
        QVERIFY(!r.permissionDenied);
        QVERIFY2(r.error.contains(u"No mail log found"_s), qPrintable(r.error));

        auto s2 = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/mail.log\n"));
        FakeTransport::Response vanished;
        vanished.stdErr = "grep: /var/log/mail.log: No such file or directory\n";
        vanished.exitCode = 2;
        s2.fake->onMatch(grepFor({idA}, u"/var/log/mail.log"_s), vanished);
        TrailLoader loader2(s2.session.get());
        r = load(loader2, idA);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"missing"_s), qPrintable(r.error));
    }

    void journalTrailFiltersLocally()
    {
        auto s = makeSession({}, locateOutput(""));
        FakeTransport::Response journal;
        journal.stdOut = "2023-11-14T10:00:01+0000 mx postfix/qmgr[1]: " + idA.toLatin1()
                + ": from=<a@example.com>, size=1, nrcpt=1 (queue active)\n"
                  "2023-11-14T10:00:02+0000 mx postfix/qmgr[1]: " + idOther.toLatin1() + ": removed\n";
        s.fake->onMatch(QRegularExpression(u"^/usr/bin/journalctl SYSLOG_FACILITY=2 -o short-iso --no-pager -q --since @\\d+$"_s), journal);
        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, idA);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.searchedFiles, QStringList{u"journal"_s});
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.first().queueId, idA);
    }

    void newerLoadSupersedes()
    {
        auto s = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/mail.log\n"));
        FakeTransport::Response slow = lines({{1, stamp(1) + "postfix/qmgr[1]: " + idA.toLatin1() + ": removed"}});
        slow.delayMs = 300;
        s.fake->onMatch(grepFor({idA}, u"/var/log/mail.log"_s), slow);
        s.fake->onMatch(grepFor({idB}, u"/var/log/mail.log"_s),
                        lines({{2, stamp(2) + "postfix/qmgr[1]: " + idB.toLatin1() + ": removed"}}));
        TrailLoader loader(s.session.get());
        QSignalSpy finished(&loader, &TrailLoader::finished);
        loader.load(idA);
        loader.load(idB);
        QVERIFY(finished.wait(5000));
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<TrailResult>().queueId, idB);
    }

    void invalidIdIsRejectedBeforeAnyCommand()
    {
        auto s = makeSession({}, locateOutput("file=1 100 1700000300 /var/log/mail.log\n"));
        const int before = int(s.fake->calls().size());
        TrailLoader loader(s.session.get());
        const TrailResult r = load(loader, u"-e x; reboot"_s);
        QVERIFY(!r.ok());
        QCOMPARE(int(s.fake->calls().size()), before);
    }
};

QTEST_GUILESS_MAIN(tst_TrailLoader)
#include "tst_trailloader.moc"
