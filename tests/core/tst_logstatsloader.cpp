// LogStatsLoader over the fake transport: which files a window reads (by mtime), streamed chunks
// cut mid-line, the event list cap, journald, permission denied and cancel.
#include "fakesession.h"
#include "faketransport.h"

#include "remote/commandcatalog.h"
#include "remote/serversession.h"
#include "services/logstatsloader.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Services::LogStatsLoader;
using Services::LogStatsResult;
using Services::LogWindow;
using TestSupport::FakeTransport;

namespace {

using Setup = TestSupport::FakeSession;

Setup makeSession(const FakeTransport::ProbeSetup &probe, const QByteArray &locate)
{
    Setup s = TestSupport::readyFakeSession(probe);
    FakeTransport::Response r;
    r.stdOut = locate + "journalctl=/usr/bin/journalctl\nzgrep=/usr/bin/zgrep\nxzgrep=\ngroups=adm\nlocate_end=1\n";
    s.fake->on(Remote::CommandCatalog(s.session->capabilities()).locateMailLog().shellLine, r);
    return s;
}

QRegularExpression filterOf(const QString &tool, const QString &file)
{
    return QRegularExpression(u"^/usr/bin/"_s + tool + u" -a -F -e ' status=' -e reject: -e ', nrcpt=' -- "_s
                              + QRegularExpression::escape(file) + u"$"_s);
}

// The probe's clock is 1700000000 = 2023-11-14T22:13:20Z.
QByteArray deferral(const QByteArray &id, int minute)
{
    return "2023-11-14T21:" + QByteArray::number(minute).rightJustified(2, '0') + ":00+00:00 mx postfix/smtp[1]: " + id
            + ": to=<u@slow.example>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred "
              "(connect to slow.example[192.0.2.1]:25: Connection refused)\n";
}

LogStatsResult load(LogStatsLoader &loader, const LogWindow &window)
{
    QSignalSpy finished(&loader, &LogStatsLoader::finished);
    loader.load(window);
    if (finished.isEmpty() && !finished.wait(5000))
        return LogStatsResult{.error = u"test: no finished()"_s};
    return finished.first().at(0).value<LogStatsResult>();
}

} // namespace

class tst_LogStatsLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Services::LogStatsResult>(); }

    void windowReadsOverlappingFilesAndParsesChunks()
    {
        // mail.log.2.gz ended before the window: skipped. mail.log.1 ended inside it: read.
        auto s = makeSession({}, "maillog_file=\nfile=1 100 1700000000 /var/log/mail.log\n"
                                 "file=1 100 1699996000 /var/log/mail.log.1\n"
                                 "file=1 100 1699900000 /var/log/mail.log.2.gz\n");
        FakeTransport::Response live;
        const QByteArray text = deferral("AAAAAA1111", 40) + deferral("AAAAAA2222", 41) + deferral("AAAAAA1111", 42);
        live.chunks = {text.left(50), text.mid(50, 200), text.mid(250)}; // cut inside lines
        s.fake->onMatch(filterOf(u"grep"_s, u"/var/log/mail.log"_s), live);
        FakeTransport::Response rotated;
        rotated.stdOut = deferral("AAAAAA3333", 1);
        s.fake->onMatch(filterOf(u"grep"_s, u"/var/log/mail.log.1"_s), rotated);

        LogStatsLoader loader(s.session.get());
        QSignalSpy progress(&loader, &LogStatsLoader::progress);
        LogWindow window;
        window.since = QDateTime::fromSecsSinceEpoch(1699990000, Qt::UTC);
        window.maxEvents = 2;
        const LogStatsResult r = load(loader, window);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.searchedFiles, (QStringList{u"/var/log/mail.log.1"_s, u"/var/log/mail.log"_s}));
        QCOMPARE(r.commands.size(), 2);
        QCOMPARE(r.stats.deferred, 4);
        QCOMPARE(r.stats.deferredMessages, 3);
        QCOMPARE(r.events.size(), 2); // newest kept
        QVERIFY(r.eventsTruncated);
        QCOMPARE(r.events.last().queueId, u"AAAAAA1111"_s);
        QCOMPARE(r.bytesRead, text.size() + rotated.stdOut.size());
        QVERIFY(!progress.isEmpty());
    }

    void deliveryEventsNameTheirSender()
    {
        auto s = makeSession({}, "maillog_file=\nfile=1 100 1700000000 /var/log/mail.log\n");
        FakeTransport::Response live;
        live.stdOut = "2023-11-14T21:39:00+00:00 mx postfix/qmgr[2]: AAAAAA1111: from=<alice@example.com>, size=900, nrcpt=1 (queue active)\n"
                      "2023-11-14T21:39:00+00:00 mx postfix/qmgr[2]: AAAAAA2222: from=<>, size=900, nrcpt=1 (queue active)\n"
                + deferral("AAAAAA1111", 40) + deferral("AAAAAA2222", 41) + deferral("AAAAAA3333", 42);
        s.fake->onMatch(filterOf(u"grep"_s, u"/var/log/mail.log"_s), live);
        LogStatsLoader loader(s.session.get());
        const LogStatsResult r = load(loader, LogWindow{});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.events.size(), 3);
        QCOMPARE(r.events.at(0).from, u"alice@example.com"_s);
        QVERIFY(!r.events.at(1).from.isNull()); // the null sender: empty, but known
        QVERIFY(r.events.at(1).from.isEmpty());
        QVERIFY(r.events.at(2).from.isNull()); // its qmgr line is not in the window
    }

    void withoutSinceOnlyTheLiveFile()
    {
        auto s = makeSession({}, "maillog_file=\nfile=1 100 1700000000 /var/log/mail.log\n"
                                 "file=1 100 1699996000 /var/log/mail.log.1\n");
        FakeTransport::Response live;
        live.stdOut = deferral("AAAAAA1111", 40);
        s.fake->onMatch(filterOf(u"grep"_s, u"/var/log/mail.log"_s), live);
        LogStatsLoader loader(s.session.get());
        const LogStatsResult r = load(loader, LogWindow{});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.searchedFiles, QStringList{u"/var/log/mail.log"_s});
        QCOMPARE(r.stats.deferred, 1);
    }

    void journalWhenThereIsNoFile()
    {
        auto s = makeSession({}, "maillog_file=\n");
        FakeTransport::Response journal;
        journal.stdOut = deferral("AAAAAA1111", 40);
        s.fake->onMatch(QRegularExpression(u"^/usr/bin/journalctl SYSLOG_FACILITY=2 -o short-iso --no-pager -q --since @1699913600$"_s),
                        journal);
        LogStatsLoader loader(s.session.get());
        const LogStatsResult r = load(loader, LogWindow{});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.stats.deferred, 1);
    }

    void unreadableLogIsPermissionDenied()
    {
        FakeTransport::ProbeSetup viewer;
        viewer.uid = 1001;
        viewer.user = u"viewer"_s;
        viewer.sudo = false;
        auto s = makeSession(viewer, "maillog_file=\nfile=0 100 1700000000 /var/log/maillog\n");
        LogStatsLoader loader(s.session.get());
        const LogStatsResult r = load(loader, LogWindow{});
        QVERIFY(r.permissionDenied);
        QVERIFY2(r.error.contains(u"may not read /var/log/maillog"_s), qPrintable(r.error));
    }

    void cancelEndsTheRemoteCommand()
    {
        auto s = makeSession({}, "maillog_file=\nfile=1 100 1700000000 /var/log/mail.log\n");
        FakeTransport::Response hang;
        hang.hang = true;
        s.fake->onMatch(filterOf(u"grep"_s, u"/var/log/mail.log"_s), hang);
        LogStatsLoader loader(s.session.get());
        QSignalSpy finished(&loader, &LogStatsLoader::finished);
        loader.load(LogWindow{});
        QTRY_COMPARE(s.fake->runningCount(), 1);
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).value<LogStatsResult>().canceled);
        QTRY_COMPARE(s.fake->runningCount(), 0);
        QVERIFY(!loader.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_LogStatsLoader)
#include "tst_logstatsloader.moc"
