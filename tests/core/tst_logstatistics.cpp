// LogStatisticsBuilder on the corpus logs: counts cross-checked by plain independent counting of
// the text, against pflogsumm's own totals where the log is one pflogsumm reads, and the
// invariants the loaders rely on (split + merge = whole, events = lines, windows).
#include "postfix/maillogparser.h"
#include "services/locallogfiles.h"
#include "services/logstatistics.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Services::LogStatistics;
using Services::LogStatisticsBuilder;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(POSTDESK_TEST_DATA "/maillog/") + name;
}

QByteArray readLog(const QString &name)
{
    const QString path = dataPath(name);
    if (name.endsWith(u".gz") || name.endsWith(u".xz")) {
        QProcess p;
        p.start(name.endsWith(u".gz") ? u"gzip"_s : u"xz"_s, {u"-dc"_s, path});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QDateTime reference = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

// Feeds [from, to) lines of text to a builder the way the loaders do.
void feed(LogStatisticsBuilder &builder, const QList<QByteArray> &lines, qsizetype from, qsizetype to)
{
    Postfix::MailLogParser parser(reference, QTimeZone::utc());
    for (qsizetype i = from; i < to; ++i) {
        Postfix::LogLineView view;
        bool damaged = false;
        if (parser.parseLine(lines.at(i), &view, &damaged))
            builder.addLine(view);
        else if (damaged)
            builder.addDamaged();
        else
            builder.addNonPostfix();
    }
}

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Independent
{
    qint64 sent = 0, deferred = 0, bounced = 0, rejected = 0, forwarded = 0;
    QSet<QByteArray> deferredIds;
};

// Counting by plain text rules, without the parser (what pflogsumm's regexes look for).
Independent countByText(const QList<QByteArray> &lines)
{
    static const QRegularExpression delivery(
            uR"(\bpostfix[\w.-]*(?:/[\w.-]+)*/\w+\[\d+\]: (\w+): to=<[^>]*>, (?:orig_to=<[^>]*>, )?relay=.*?, status=(sent|deferred|bounced)\b(.*)$)"_s);
    static const QRegularExpression reject(
            uR"(\bpostfix[\w.-]*(?:/[\w.-]+)*/(?:smtpd|postscreen)\[\d+\]: \w+: reject: |\bpostfix[\w.-]*(?:/[\w.-]+)*/cleanup\[\d+\]: \w+: (?:milter-)?reject: (?:header|body|END-OF-MESSAGE) )"_s);
    Independent n;
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (reject.match(line).hasMatch()) {
            ++n.rejected;
            continue;
        }
        const auto m = delivery.match(line);
        if (!m.hasMatch())
            continue;
        if (m.captured(2) == u"sent") {
            if (m.captured(3).contains(u"forwarded as "_s))
                ++n.forwarded;
            else
                ++n.sent;
        } else if (m.captured(2) == u"deferred") {
            ++n.deferred;
            n.deferredIds.insert(m.captured(1).toLatin1());
        } else {
            ++n.bounced;
        }
    }
    return n;
}

} // namespace

class tst_LogStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchIndependentCounting_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"digineo-postfix_exporter__mail.log", "fail2ban__postfix.log",
                                 "fgforrest__parser-backup-single-client.log.1", "fgforrest__real-mail.log.2.gz",
                                 "hsn723-postfix_exporter__test-lines.log",
                                 "infohtreasure-Postfix-Maillog-Dump__maillog.postfix-lines.log",
                                 "infohtreasure-Postfix-Maillog-Dump__mailog2.postfix-lines.log",
                                 "inqueue-postfix-ecs-pipeline__mail.log", "pixelpark-postfix-logsums__mail.log.xz",
                                 "youyo-postfix-log-parser__test-iso8601.log", "youyo-postfix-log-parser__test.log"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void countsMatchIndependentCounting()
    {
        QFETCH(QString, file);
        const QList<QByteArray> lines = splitLines(readLog(file));
        QVERIFY2(!lines.isEmpty(), qPrintable(file));
        LogStatisticsBuilder builder;
        feed(builder, lines, 0, lines.size());
        const LogStatistics s = builder.result();
        const Independent n = countByText(lines);
        QCOMPARE(s.lines, lines.size());
        QCOMPARE(s.sent, n.sent);
        QCOMPARE(s.forwarded, n.forwarded);
        QCOMPARE(s.deferred, n.deferred);
        QCOMPARE(s.deferredMessages, n.deferredIds.size());
        QCOMPARE(s.bounced, n.bounced);
        QCOMPARE(s.rejected, n.rejected);
        qint64 perHour = 0;
        for (const Services::LogHour &h : s.perHour)
            perHour += h.sent + h.deferred + h.bounced;
        QCOMPARE(perHour, s.sent + s.deferred + s.bounced);
        qint64 senders = 0;
        for (const Services::LogCount &c : builder.result(100000).topSenders)
            senders += c.count;
        QCOMPARE(senders, s.received);
    }

    // pflogsumm 1.1.5 (Debian 12), run on these files on 2026-11-23: "delivered", "forwarded",
    // "deferred (N deferrals)", "bounced", "rejected". Logs pflogsumm reads completely (syslog_name
    // "postfix", classic or RFC 3339 stamps) must give the same numbers.
    void matchesPflogsumm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("delivered");
        QTest::addColumn<qint64>("forwarded");
        QTest::addColumn<qint64>("deferredMessages");
        QTest::addColumn<qint64>("deferrals");
        QTest::addColumn<qint64>("bounced");
        QTest::addColumn<qint64>("rejected");
        QTest::newRow("pixelpark") << u"pixelpark-postfix-logsums__mail.log.xz"_s << 361LL << 3LL << 0LL << 0LL << 1LL << 116LL;
        QTest::newRow("infohtreasure 1") << u"infohtreasure-Postfix-Maillog-Dump__maillog.postfix-lines.log"_s
                                         << 12LL << 0LL << 4LL << 26LL << 1LL << 22LL;
        QTest::newRow("infohtreasure 2") << u"infohtreasure-Postfix-Maillog-Dump__mailog2.postfix-lines.log"_s
                                         << 14LL << 0LL << 1LL << 17LL << 3LL << 0LL;
        QTest::newRow("hsn723") << u"hsn723-postfix_exporter__test-lines.log"_s << 4LL << 0LL << 1LL << 1LL << 1LL << 4LL;
        QTest::newRow("digineo") << u"digineo-postfix_exporter__mail.log"_s << 2LL << 0LL << 0LL << 0LL << 0LL << 1LL;
        QTest::newRow("youyo") << u"youyo-postfix-log-parser__test.log"_s << 4LL << 0LL << 0LL << 0LL << 0LL << 0LL;
    }

    void matchesPflogsumm()
    {
        QFETCH(QString, file);
        QFETCH(qint64, delivered);
        QFETCH(qint64, forwarded);
        QFETCH(qint64, deferredMessages);
        QFETCH(qint64, deferrals);
        QFETCH(qint64, bounced);
        QFETCH(qint64, rejected);
        Services::LocalLogFiles files({dataPath(file)});
        QVERIFY2(files.error().isEmpty(), qPrintable(files.error()));
        const LogStatistics s = files.statistics(0, 0, 20, 2);
        QCOMPARE(s.sent, delivered);
        QCOMPARE(s.forwarded, forwarded);
        QCOMPARE(s.deferredMessages, deferredMessages);
        QCOMPARE(s.deferred, deferrals);
        QCOMPARE(s.bounced, bounced);
        QCOMPARE(s.rejected, rejected);
    }

    void splitAndMergeEqualsWhole()
    {
        const QList<QByteArray> lines = splitLines(readLog(u"fgforrest__real-mail.log.2.gz"_s));
        QVERIFY(lines.size() > 1000);
        LogStatisticsBuilder whole;
        feed(whole, lines, 0, lines.size());
        LogStatisticsBuilder first;
        LogStatisticsBuilder second;
        const qsizetype cut = lines.size() / 3;
        feed(first, lines, 0, cut);
        feed(second, lines, cut, lines.size());
        first.merge(second);
        const LogStatistics a = whole.result(50);
        const LogStatistics b = first.result(50);
        QCOMPARE(b.lines, a.lines);
        QCOMPARE(b.received, a.received);
        QCOMPARE(b.sent, a.sent);
        QCOMPARE(b.deferred, a.deferred);
        QCOMPARE(b.deferredMessages, a.deferredMessages);
        QCOMPARE(b.bounced, a.bounced);
        QCOMPARE(b.expired, a.expired);
        QCOMPARE(b.firstMs, a.firstMs);
        QCOMPARE(b.lastMs, a.lastMs);
        QCOMPARE(b.perHour.size(), a.perHour.size());
        for (qsizetype i = 0; i < a.perHour.size(); ++i) {
            QCOMPARE(b.perHour.at(i).sent, a.perHour.at(i).sent);
            QCOMPARE(b.perHour.at(i).received, a.perHour.at(i).received);
        }
        QCOMPARE(b.topSenders.size(), a.topSenders.size());
        for (qsizetype i = 0; i < a.topSenders.size(); ++i) {
            QCOMPARE(b.topSenders.at(i).key, a.topSenders.at(i).key);
            QCOMPARE(b.topSenders.at(i).count, a.topSenders.at(i).count);
        }
        QCOMPARE(b.deferredByClass, a.deferredByClass);
        QVERIFY(a.received > 0 && a.deferred > 0 && a.bounced > 0);
    }

    void eventsCountLikeLines()
    {
        const QList<QByteArray> lines = splitLines(readLog(u"hsn723-postfix_exporter__test-lines.log"_s));
        LogStatisticsBuilder byLine;
        feed(byLine, lines, 0, lines.size());
        LogStatisticsBuilder byEvent;
        Postfix::MailLogParser parser(reference, QTimeZone::utc());
        for (const QByteArray &line : lines) {
            Postfix::LogEvent e;
            if (parser.parseEvent(line, &e))
                byEvent.addEvent(e);
            else
                byEvent.addNonPostfix();
        }
        const LogStatistics a = byLine.result();
        const LogStatistics b = byEvent.result();
        QCOMPARE(b.sent, a.sent);
        QCOMPARE(b.deferred, a.deferred);
        QCOMPARE(b.bounced, a.bounced);
        QCOMPARE(b.rejected, a.rejected);
        QCOMPARE(b.received, a.received);
        QCOMPARE(b.filterHops, a.filterHops);
        QCOMPARE(b.deferredByClass, a.deferredByClass);
    }

    void windowAndTopLists()
    {
        const QByteArray log =
                "2026-11-23T10:10:00+00:00 mx postfix/qmgr[1]: AAAAAA1111: from=<spam@hacked.example>, size=10, nrcpt=1 (queue active)\n"
                "2026-11-23T10:10:01+00:00 mx postfix/qmgr[1]: AAAAAA2222: from=<spam@hacked.example>, size=10, nrcpt=1 (queue active)\n"
                "2026-11-23T10:10:02+00:00 mx postfix/qmgr[1]: AAAAAA3333: from=<>, size=10, nrcpt=1 (queue active)\n"
                "2026-11-23T10:10:03+00:00 mx postfix/qmgr[1]: AAAAAA1111: from=<spam@hacked.example>, size=10, nrcpt=1 (queue active)\n"
                "2026-11-23T10:20:00+00:00 mx postfix/smtp[2]: AAAAAA1111: to=<a@Big.Example>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to big.example[192.0.2.1]:25: Connection refused)\n"
                "2026-11-23T11:20:00+00:00 mx postfix/smtp[2]: AAAAAA1111: to=<b@big.example>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to big.example[192.0.2.1]:25: Connection refused)\n"
                "2026-11-23T12:20:00+00:00 mx postfix/smtp[2]: AAAAAA2222: to=<c@other.example>, relay=other.example[192.0.2.2]:25, delay=1, delays=0/0/1/0, dsn=2.0.0, status=sent (250 ok)\n"
                "2026-11-23T12:30:00+00:00 mx postfix/smtp[2]: AAAAAA2222: to=<d@other.example>, relay=127.0.0.1[127.0.0.1]:10024, delay=1, delays=0/0/1/0, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as BBBBBB1111)\n";
        const QList<QByteArray> lines = splitLines(log);
        LogStatisticsBuilder all;
        feed(all, lines, 0, lines.size());
        LogStatistics s = all.result(1);
        QCOMPARE(s.received, 3);
        QCOMPARE(s.topSenders.size(), 1);
        QCOMPARE(s.topSenders.first().key, u"spam@hacked.example"_s);
        QCOMPARE(s.topSenders.first().count, 2);
        QCOMPARE(s.topDeferredDomains.first().key, u"big.example"_s);
        QCOMPARE(s.topDeferredDomains.first().count, 2);
        QCOMPARE(s.deferredMessages, 1);
        QCOMPARE(s.sent, 2);
        QCOMPARE(s.filterHops, 1);
        QCOMPARE(s.perHour.size(), 3);
        QCOMPARE(s.perHour.at(0).received, 3);
        QCOMPARE(s.perHour.at(1).deferred, 1);
        QCOMPARE(s.perHour.at(2).sent, 2);
        QCOMPARE(s.deferredByClass[std::size_t(Diagnosis::ReasonClass::Network)], 2);

        const qint64 since = QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 until = QDateTime(QDate(2026, 11, 23), QTime(12, 25), Qt::UTC).toMSecsSinceEpoch();
        LogStatisticsBuilder window(since, until);
        feed(window, lines, 0, lines.size());
        s = window.result();
        QCOMPARE(s.received, 0);
        QCOMPARE(s.deferred, 1);
        QCOMPARE(s.sent, 1);
        QCOMPARE(s.perHour.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_LogStatistics)
#include "tst_logstatistics.moc"
