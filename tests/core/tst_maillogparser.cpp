#include "postfix/logfields.h"
#include "postfix/logtimestampreader.h"
#include "postfix/maillogparser.h"
#include "postfix/textlines.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(POSTDESK_TEST_DATA "/maillog");
}

// A corpus log, decompressed with the system's gzip/xz (test only) when it is stored compressed.
QByteArray readLog(const QString &name)
{
    const QString path = dataDir() + u'/' + name;
    if (name.endsWith(u".gz") || name.endsWith(u".xz")) {
        QProcess process;
        process.start(name.endsWith(u".gz") ? u"gzip"_s : u"xz"_s, {u"-dc"_s, path});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("cannot decompress %s", qPrintable(path));
        return process.readAllStandardOutput();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return file.readAll();
}

QDateTime utc(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

qint64 utcMs(const QString &iso)
{
    return iso.isEmpty() ? 0 : utc(iso).toMSecsSinceEpoch();
}

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    forEachLine(text, [&](QByteArrayView line, qsizetype) { lines.append(line); });
    return lines;
}

// Lines of `text` that contain every one of `needles` (the test's own grep).
qsizetype grepCount(const QByteArray &text, const QList<QByteArray> &needles)
{
    qsizetype count = 0;
    for (QByteArrayView line : splitLines(text)) {
        bool all = true;
        for (const QByteArray &needle : needles)
            all = all && line.contains(needle);
        count += all ? 1 : 0;
    }
    return count;
}

QString statusName(LogStatus status)
{
    switch (status) {
    case LogStatus::None:
        return u"none"_s;
    case LogStatus::Sent:
        return u"sent"_s;
    case LogStatus::Deferred:
        return u"deferred"_s;
    case LogStatus::Bounced:
        return u"bounced"_s;
    case LogStatus::Expired:
        return u"expired"_s;
    case LogStatus::Rejected:
        return u"rejected"_s;
    case LogStatus::Other:
        return u"other"_s;
    }
    return {};
}

QHash<LogStatus, qsizetype> countByStatus(const Parsed<LogEvent> &parsed)
{
    QHash<LogStatus, qsizetype> counts;
    for (const LogEvent &event : parsed.values)
        ++counts[event.status];
    return counts;
}

void printCounts(const QString &name, qsizetype lines, const Parsed<LogEvent> &parsed)
{
    const QHash<LogStatus, qsizetype> counts = countByStatus(parsed);
    QString perStatus;
    for (LogStatus status : {LogStatus::Sent, LogStatus::Deferred, LogStatus::Bounced,
                             LogStatus::Expired, LogStatus::Rejected, LogStatus::Other}) {
        perStatus += u' ' + statusName(status) + u'=' + QString::number(counts.value(status));
    }
    qInfo("%s: %lld lines, %lld postfix events, %lld damaged;%s", qPrintable(name),
          qlonglong(lines), qlonglong(parsed.values.size()), qlonglong(parsed.issues.size()),
          qPrintable(perStatus));
}

const QDateTime kReference = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestMailLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data();
    void framing();
    void yearInference_data();
    void yearInference();
    void fields_data();
    void fields();
    void fieldBoundaries();
    void statusHelper();
    void damaged_data();
    void damaged();
    void garbageNeverCrashes();
    void hugeLine();
    void pathologicalLinesStayLinear();
    void timestampCache();
    void corpusLogs_data();
    void corpusLogs();
    void fgforrestCounts();
    void pixelparkCounts();
    void messageOnlyFiles();
    void quotedLines();
    void parseMessageEntryPoint();
    void parseMailLogOrderAndIssues();
};

void TestMailLogParser::framing_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("time"); // UTC ISO, "" = 0
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("service");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("queueId");
    QTest::addColumn<QString>("message");

    QTest::newRow("classic space-padded")
        << QByteArray("Apr  5 17:54:49 strand postfix/smtpd[10827]: 98AEDA06BC: client=o780.emails.bulk.example[192.0.2.242]")
        << u"UTC"_s << u"2026-04-05T17:54:49"_s << 0 << u"strand"_s << u"postfix/smtpd"_s << u"smtpd"_s
        << qint64(10827) << u"98AEDA06BC"_s << u"client=o780.emails.bulk.example[192.0.2.242]"_s;
    QTest::newRow("classic in server zone")
        << QByteArray("Jul  5 06:52:11 prd-mx1 postfix/qmgr[20459]: 3mPVKl0Mhjz7sXv: from=<>, size=2666, nrcpt=2 (queue active)")
        << u"Europe/Berlin"_s << u"2026-07-05T04:52:11"_s << 7200 << u"prd-mx1"_s << u"postfix/qmgr"_s
        << u"qmgr"_s << qint64(20459) << u"3mPVKl0Mhjz7sXv"_s << u"from=<>, size=2666, nrcpt=2 (queue active)"_s;
    QTest::newRow("journald zero-padded day")
        << QByteArray("Jan 02 07:31:13 azazel postfix/smtp[1050192]: 251A3372458: to=<foo@mail.example>, status=sent (ok)")
        << u"UTC"_s << u"2026-01-02T07:31:13"_s << 0 << u"azazel"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(1050192) << u"251A3372458"_s << u"to=<foo@mail.example>, status=sent (ok)"_s;
    QTest::newRow("german month Okt")
        << QByteArray("Okt 15 09:10:11 srv postfix/smtp[5]: 4F2A3B1C9D: to=<a@b.cz>, status=deferred (x)")
        << u"UTC"_s << u"2026-10-15T09:10:11"_s << 0 << u"srv"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(5) << u"4F2A3B1C9D"_s << u"to=<a@b.cz>, status=deferred (x)"_s;
    QTest::newRow("german month Mär (UTF-8)")
        << QByteArray("M\xc3\xa4r  3 01:02:03 srv postfix/qmgr[7]: 4F2A3B1C9D: removed")
        << u"UTC"_s << u"2026-03-03T01:02:03"_s << 0 << u"srv"_s << u"postfix/qmgr"_s << u"qmgr"_s
        << qint64(7) << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("rfc3339 micro +01:00")
        << QByteArray("2023-03-14T00:00:31.185246+01:00 helga postfix/postscreen[3163107]: CONNECT from [185.48.118.128]:36942 to [188.34.187.246]:25")
        << u"UTC"_s << u"2023-03-13T23:00:31.185"_s << 3600 << u"helga"_s << u"postfix/postscreen"_s
        << u"postscreen"_s << qint64(3163107) << QString() << u"CONNECT from [185.48.118.128]:36942 to [188.34.187.246]:25"_s;
    QTest::newRow("rfc3339 +00:00")
        << QByteArray("2019-04-11T19:41:56.554496+00:00 09ad1b99d14b postfix/lmtp[238]: 87F043F2BE: to=<info@domain.de>, status=deferred (x)")
        << u"Europe/Berlin"_s << u"2019-04-11T19:41:56.554"_s << 0 << u"09ad1b99d14b"_s << u"postfix/lmtp"_s
        << u"lmtp"_s << qint64(238) << u"87F043F2BE"_s << u"to=<info@domain.de>, status=deferred (x)"_s;
    QTest::newRow("rfc3339 Z no fraction")
        << QByteArray("2024-02-29T23:59:59Z mx postfix/qmgr[1]: ABCDEF12345: removed")
        << u"UTC"_s << u"2024-02-29T23:59:59"_s << 0 << u"mx"_s << u"postfix/qmgr"_s << u"qmgr"_s
        << qint64(1) << u"ABCDEF12345"_s << u"removed"_s;
    QTest::newRow("rfc3339 negative offset")
        << QByteArray("2020-01-30T06:26:05.404714-05:30 mail postfix/smtpd[1830]: connect from example.com[127.0.0.1]")
        << u"UTC"_s << u"2020-01-30T11:56:05.404"_s << -19800 << u"mail"_s << u"postfix/smtpd"_s << u"smtpd"_s
        << qint64(1830) << QString() << u"connect from example.com[127.0.0.1]"_s;
    QTest::newRow("journalctl short-iso")
        << QByteArray("2026-01-05T13:54:43+0100 mx postfix/smtp[9]: 4F2A3B1C9D: to=<a@b>, status=sent (250 ok)")
        << u"UTC"_s << u"2026-01-05T12:54:43"_s << 3600 << u"mx"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(9) << u"4F2A3B1C9D"_s << u"to=<a@b>, status=sent (250 ok)"_s;
    QTest::newRow("year-first fgforrest")
        << QByteArray("2013 Jun 10 06:28:17.123 gds39d postfix/qmgr[6273]: 7E1AEC2C388XXXX: from=<u0-r3piy@d1r3ehf41i.fa.eo>, size=34644, nrcpt=1 (queue active)")
        << u"Europe/Prague"_s << u"2013-06-10T04:28:17.123"_s << 7200 << u"gds39d"_s << u"postfix/qmgr"_s
        << u"qmgr"_s << qint64(6273) << u"7E1AEC2C388XXXX"_s
        << u"from=<u0-r3piy@d1r3ehf41i.fa.eo>, size=34644, nrcpt=1 (queue active)"_s;
    QTest::newRow("no host field")
        << QByteArray("Dec  4 14:44:07 postfix/smtp[2097]: 8AB0D28A: to=<x@y.z>, status=sent (ok)")
        << u"UTC"_s << u"2025-12-04T14:44:07"_s << 0 << QString() << u"postfix/smtp"_s << u"smtp"_s
        << qint64(2097) << u"8AB0D28A"_s << u"to=<x@y.z>, status=sent (ok)"_s;
    QTest::newRow("no timestamp, host (kubectl)")
        << QByteArray("postfix-0 postfix/lmtp[216]: A53C31E428A: to=<testuser@as8.lab.test>, relay=none")
        << u"UTC"_s << QString() << 0 << u"postfix-0"_s << u"postfix/lmtp"_s << u"lmtp"_s << qint64(216)
        << u"A53C31E428A"_s << u"to=<testuser@as8.lab.test>, relay=none"_s;
    QTest::newRow("no timestamp, no host")
        << QByteArray("postfix/smtpd[130]: NOQUEUE: reject: RCPT from x[1.2.3.4]: 554 5.7.1 no; from=<a@b> to=<c@d>")
        << u"UTC"_s << QString() << 0 << QString() << u"postfix/smtpd"_s << u"smtpd"_s << qint64(130)
        << u"NOQUEUE"_s << u"reject: RCPT from x[1.2.3.4]: 554 5.7.1 no; from=<a@b> to=<c@d>"_s;
    QTest::newRow("busybox time only with facility")
        << QByteArray("3:04:29 c49364445807 mail.info postfix/smtp[2474]: 8AB0D28A: to=<a@b>, status=deferred (x)")
        << u"UTC"_s << u"2026-11-23T03:04:29"_s << 0 << u"c49364445807"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(2474) << u"8AB0D28A"_s << u"to=<a@b>, status=deferred (x)"_s;
    QTest::newRow("busybox time after reference: the day before")
        << QByteArray("23:59:59 box mail.info postfix/smtp[2474]: 8AB0D28A: to=<a@b>")
        << u"UTC"_s << u"2026-11-22T23:59:59"_s << 0 << u"box"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(2474) << u"8AB0D28A"_s << u"to=<a@b>"_s;
    QTest::newRow("level word instead of host, rfc3339")
        << QByteArray("2024-12-30T12:16:32.052694+01:00 WARNING postfix/smtp[1204]: SSL_connect error to smtp.mail.example[192.0.2.4]:587: -1")
        << u"UTC"_s << u"2024-12-30T11:16:32.052"_s << 3600 << QString() << u"postfix/smtp"_s << u"smtp"_s
        << qint64(1204) << QString() << u"SSL_connect error to smtp.mail.example[192.0.2.4]:587: -1"_s;
    QTest::newRow("level word, no timestamp")
        << QByteArray("INFO    postfix/smtp[256]: 2C35B61E6B16: to=<abc@abc.cz>, relay=smtp.mail.example[192.0.2.108]:587")
        << u"UTC"_s << QString() << 0 << QString() << u"postfix/smtp"_s << u"smtp"_s << qint64(256)
        << u"2C35B61E6B16"_s << u"to=<abc@abc.cz>, relay=smtp.mail.example[192.0.2.108]:587"_s;
    QTest::newRow("compose prefix mailcow")
        << QByteArray("postfix-mailcow-1  | Apr 14 20:22:34 1230db0bd489 postfix/smtp[35087]: 11C9513477F0: host x said: 452")
        << u"UTC"_s << u"2026-04-14T20:22:34"_s << 0 << u"1230db0bd489"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(35087) << u"11C9513477F0"_s << u"host x said: 452"_s;
    QTest::newRow("compose prefix short + rfc3339")
        << QByteArray("postfix    | 2023-04-13T20:35:41.354707+01:00 3592a0db86a8 postfix/smtp[114]: connect to a[1.2.3.4]:25: Connection timed out")
        << u"UTC"_s << u"2023-04-13T19:35:41.354"_s << 3600 << u"3592a0db86a8"_s << u"postfix/smtp"_s
        << u"smtp"_s << qint64(114) << QString() << u"connect to a[1.2.3.4]:25: Connection timed out"_s;
    QTest::newRow("compose prefix smtp_1")
        << QByteArray("smtp_1       | Nov 17 14:45:34 mail postfix/smtpd[345]: warning: connect to Milter service inet:x:1: Connection refused")
        << u"UTC"_s << u"2026-11-17T14:45:34"_s << 0 << u"mail"_s << u"postfix/smtpd"_s << u"smtpd"_s
        << qint64(345) << QString() << u"warning: connect to Milter service inet:x:1: Connection refused"_s;
    QTest::newRow("syslog priority prefix")
        << QByteArray("<22>Nov  5 10:01:02 mx postfix/qmgr[1]: 4F2A3B1C9D: removed")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/qmgr"_s << u"qmgr"_s
        << qint64(1) << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("rfc5424")
        << QByteArray("<22>1 2023-03-14T00:00:31.185246+01:00 helga postfix/smtp 302609 - - 4PbC4x469Jz3tBr: to=<a@b>, status=sent (ok)")
        << u"UTC"_s << u"2023-03-13T23:00:31.185"_s << 3600 << u"helga"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(302609) << u"4PbC4x469Jz3tBr"_s << u"to=<a@b>, status=sent (ok)"_s;
    QTest::newRow("rfc5424 structured data, nil host")
        << QByteArray("<22>1 2023-03-14T00:00:31Z - postfix/qmgr 7 - [meta x=\"a\\]b\"][o y=\"1\"] \xef\xbb\xbf" "4F2A3B1C9D: removed")
        << u"UTC"_s << u"2023-03-14T00:00:31"_s << 0 << QString() << u"postfix/qmgr"_s << u"qmgr"_s
        << qint64(7) << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("rfc3339 without offset: server zone")
        << QByteArray("2023-07-01T12:00:00.5 mx postfix/qmgr[1]: 4F2A3B1C9D: removed")
        << u"Europe/Berlin"_s << u"2023-07-01T10:00:00.500"_s << 7200 << u"mx"_s << u"postfix/qmgr"_s
        << u"qmgr"_s << qint64(1) << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("journalctl short-precise")
        << QByteArray("Nov 05 10:01:02.123456 mx postfix/qmgr[1]: 4F2A3B1C9D: removed")
        << u"UTC"_s << u"2026-11-05T10:01:02.123"_s << 0 << u"mx"_s << u"postfix/qmgr"_s << u"qmgr"_s
        << qint64(1) << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("mailcow export dashes")
        << QByteArray("23-10-2018 11:00:41 | info | connect to alt1.aspmx.l.mail.example[192.0.2.26]:25: Connection timed out")
        << u"Europe/Berlin"_s << u"2018-10-23T09:00:41"_s << 7200 << QString() << u"postfix"_s << QString()
        << qint64(-1) << QString() << u"connect to alt1.aspmx.l.mail.example[192.0.2.26]:25: Connection timed out"_s;
    QTest::newRow("mailcow export slashes")
        << QByteArray("30/9/2017, 00:10:17 | info | 4F2A3B1C9D: removed")
        << u"UTC"_s << u"2017-09-30T00:10:17"_s << 0 << QString() << u"postfix"_s << QString() << qint64(-1)
        << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("instance postfix-out")
        << QByteArray("Nov  5 10:01:02 mx postfix-out/smtp[77]: 4F2A3B1C9D: to=<a@b>, status=sent (ok)")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix-out/smtp"_s << u"smtp"_s
        << qint64(77) << u"4F2A3B1C9D"_s << u"to=<a@b>, status=sent (ok)"_s;
    QTest::newRow("service-named amavis/smtp")
        << QByteArray("Nov  5 10:01:02 mx postfix/amavis/smtp[77]: 4F2A3B1C9D: removed")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/amavis/smtp"_s << u"smtp"_s
        << qint64(77) << u"4F2A3B1C9D"_s << u"removed"_s;
    QTest::newRow("port-named 10025/smtpd")
        << QByteArray("Nov  5 10:01:02 mx postfix/10025/smtpd[77]: connect from localhost[127.0.0.1]")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/10025/smtpd"_s << u"smtpd"_s
        << qint64(77) << QString() << u"connect from localhost[127.0.0.1]"_s;
    QTest::newRow("instance + service postfix-smo/submission/smtpd")
        << QByteArray("Nov  5 10:01:02 mx postfix-smo/submission/smtpd[77]: 3p7RMT0zrYz20p: client=unknown[192.168.0.100]")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix-smo/submission/smtpd"_s
        << u"smtpd"_s << qint64(77) << u"3p7RMT0zrYz20p"_s << u"client=unknown[192.168.0.100]"_s;
    QTest::newRow("instance name without postfix")
        << QByteArray("Aug 27 07:12:19 ip-10-1-2-123 example.com/smtp[76]: A4997FB6AA: to=<user@example.com>")
        << u"UTC"_s << u"2026-08-27T07:12:19"_s << 0 << u"ip-10-1-2-123"_s << u"example.com/smtp"_s
        << u"smtp"_s << qint64(76) << u"A4997FB6AA"_s << u"to=<user@example.com>"_s;
    QTest::newRow("bare postfix command")
        << QByteArray("Nov  5 10:01:02 mx postfix[1234]: Postfix is running with backwards-compatible default settings")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix"_s << u"postfix"_s
        << qint64(1234) << QString() << u"Postfix is running with backwards-compatible default settings"_s;
    QTest::newRow("anonymized all-upper ID")
        << QByteArray("Nov  5 10:01:02 mx postfix/smtp[1]: AAAAAAAAAAA: to=<a@b>")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(1) << u"AAAAAAAAAAA"_s << u"to=<a@b>"_s;
    QTest::newRow("long ID 17 chars")
        << QByteArray("Nov  5 10:01:02 mx postfix/smtp[1]: 4cDCnd66Hyz1XPWFF: to=<a@b>")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/smtp"_s << u"smtp"_s
        << qint64(1) << u"4cDCnd66Hyz1XPWFF"_s << u"to=<a@b>"_s;
    QTest::newRow("warning is no ID")
        << QByteArray("Nov  5 10:01:02 mx postfix/smtpd[1]: warning: hostname x does not resolve")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/smtpd"_s << u"smtpd"_s
        << qint64(1) << QString() << u"warning: hostname x does not resolve"_s;
    QTest::newRow("CRLF ending")
        << QByteArray("Nov  5 10:01:02 mx postfix/qmgr[1]: 4F2A3B1C9D: removed\r\n")
        << u"UTC"_s << u"2026-11-05T10:01:02"_s << 0 << u"mx"_s << u"postfix/qmgr"_s << u"qmgr"_s
        << qint64(1) << u"4F2A3B1C9D"_s << u"removed"_s;
}

void TestMailLogParser::framing()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, zone);
    QFETCH(QString, time);
    QFETCH(int, offset);
    QFETCH(QString, host);
    QFETCH(QString, program);
    QFETCH(QString, service);
    QFETCH(qint64, pid);
    QFETCH(QString, queueId);
    QFETCH(QString, message);

    MailLogParser parser(kReference, QTimeZone(zone.toUtf8()));
    LogLineView view;
    bool damaged = true;
    QVERIFY(parser.parseLine(line, &view, &damaged));
    QVERIFY(!damaged);
    QCOMPARE(view.timeMs, utcMs(time));
    if (!time.isEmpty())
        QCOMPARE(view.utcOffsetSeconds, offset);
    QCOMPARE(QString::fromUtf8(view.host), host);
    QCOMPARE(QString::fromUtf8(view.program), program);
    QCOMPARE(QString::fromUtf8(view.service), service);
    QCOMPARE(view.pid, pid);
    QCOMPARE(QString::fromUtf8(view.queueId), queueId);
    QCOMPARE(QString::fromUtf8(view.message), message);

    LogEvent event;
    QVERIFY(parser.parseEvent(line, &event, &damaged));
    QVERIFY(!damaged);
    QCOMPARE(event.timeMs, utcMs(time));
    QCOMPARE(event.host, host);
    QCOMPARE(event.program, program);
    QCOMPARE(event.service, service);
    QCOMPARE(event.pid, pid);
    QCOMPARE(event.queueId, queueId);
    QCOMPARE(event.message, message);
    QVERIFY(!event.rawLine.endsWith(u'\n') && !event.rawLine.endsWith(u'\r'));
}

void TestMailLogParser::yearInference_data()
{
    QTest::addColumn<QDateTime>("reference");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("time");

    const QByteArray tail = " mx postfix/qmgr[1]: 4F2A3B1C9D: removed";
    QTest::newRow("december line, january reference → previous year")
        << QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc()) << QByteArray("Dec 31 23:59:58" + tail)
        << u"2025-12-31T23:59:58"_s;
    QTest::newRow("january line, january reference")
        << QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc()) << QByteArray("Jan  1 00:00:01" + tail)
        << u"2026-01-01T00:00:01"_s;
    QTest::newRow("one day of clock skew tolerated")
        << QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc()) << QByteArray("Jan  3 07:00:00" + tail)
        << u"2026-01-03T07:00:00"_s;
    QTest::newRow("feb 29 → last leap year")
        << QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()) << QByteArray("Feb 29 12:00:00" + tail)
        << u"2024-02-29T12:00:00"_s;
    QTest::newRow("rfc3339 ignores the reference")
        << QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc())
        << QByteArray("2019-12-31T23:00:00+00:00" + tail) << u"2019-12-31T23:00:00"_s;
    QTest::newRow("invalid reference → 0, line still parsed")
        << QDateTime() << QByteArray("Dec 31 23:59:58" + tail) << QString();
}

void TestMailLogParser::yearInference()
{
    QFETCH(QDateTime, reference);
    QFETCH(QByteArray, line);
    QFETCH(QString, time);
    MailLogParser parser(reference, QTimeZone::utc());
    LogLineView view;
    QVERIFY(parser.parseLine(line, &view));
    QCOMPARE(view.timeMs, utcMs(time));
    QCOMPARE(view.queueId, QByteArrayView("4F2A3B1C9D"));
}

void TestMailLogParser::fields_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("values"); // from,to,origTo,relay,dsn,delays,client,msgid,origId
    QTest::addColumn<double>("delay");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("nrcpt");
    QTest::addColumn<QString>("nextQueueId");
    QTest::addColumn<bool>("removed");

    const QString n; // null: absent
    QTest::newRow("sent via content filter, queued as")
        << QByteArray("2013 Jun 16 16:05:07.123 gds39d postfix/smtp[20945]: 3bZLDk1V50z37Dv: to=<liska@fg.example>, relay=hermes.fg.example[192.0.2.5]:25, delay=0.16, delays=0.01/0/0.05/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5058FBC3A)")
        << u"sent"_s << u"sent"_s << u"250 2.0.0 Ok: queued as 5058FBC3A"_s
        << QStringList{n, u"liska@fg.example"_s, n, u"hermes.fg.example[192.0.2.5]:25"_s, u"2.0.0"_s,
                       u"0.01/0/0.05/0.1"_s, n, n, n}
        << 0.16 << qint64(-1) << -1 << u"5058FBC3A"_s << false;
    QTest::newRow("local forwarding, forwarded as (pixelpark corpus)")
        << QByteArray("2023-03-14T06:27:35.281454+01:00 helga postfix/local[326895]: 4PbMVH1gW1z3tBr: to=<root@mail.pixelpark.example>, relay=local, delay=0.05, delays=0.01/0.03/0/0.01, dsn=2.0.0, status=sent (forwarded as 4PbMVH1yTpz3tG3)")
        << u"sent"_s << u"sent"_s << u"forwarded as 4PbMVH1yTpz3tG3"_s
        << QStringList{n, u"root@mail.pixelpark.example"_s, n, u"local"_s, u"2.0.0"_s,
                       u"0.01/0.03/0/0.01"_s, n, n, n}
        << 0.05 << qint64(-1) << -1 << u"4PbMVH1yTpz3tG3"_s << false;
    QTest::newRow("deferred, nested parentheses and = in reason, orig_to")
        << QByteArray("Jan  5 10:00:00 mx postfix/smtp[1]: 4F2A3B1C9D: to=<a@mail.example>, orig_to=<root>, relay=mx1.mail.example[1.2.3.4]:25, conn_use=2, delay=332, delays=328/0.03/3.4/0.57, dsn=4.7.28, status=deferred (host x[1.2.3.4] said: 421-4.7.28 (unusual rate) name=foo (in reply to end of DATA command))")
        << u"deferred"_s << u"deferred"_s
        << u"host x[1.2.3.4] said: 421-4.7.28 (unusual rate) name=foo (in reply to end of DATA command)"_s
        << QStringList{n, u"a@mail.example"_s, u"root"_s, u"mx1.mail.example[1.2.3.4]:25"_s,
                       u"4.7.28"_s, u"328/0.03/3.4/0.57"_s, n, n, n}
        << 332.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("bounced, unbracketed to, tls field")
        << QByteArray("Jan  5 10:00:00 mx postfix/smtp[1]: 4F2A3B1C9D: to=56597@continuity.delivery, relay=10.2.2.85[10.2.2.85]:2527, delay=0.51, delays=0.44/0.01/0.05/0.01, tls=may:none, dsn=5.1.1, status=bounced (host said: 550 5.1.1 User unknown)")
        << u"bounced"_s << u"bounced"_s << u"host said: 550 5.1.1 User unknown"_s
        << QStringList{n, u"56597@continuity.delivery"_s, n, u"10.2.2.85[10.2.2.85]:2527"_s, u"5.1.1"_s,
                       u"0.44/0.01/0.05/0.01"_s, n, n, n}
        << 0.51 << qint64(-1) << -1 << n << false;
    QTest::newRow("qmgr from=<> null sender")
        << QByteArray("Jul  5 06:52:11 prd-mx1 postfix/qmgr[20459]: 3mPVKl0Mhjz7sXv: from=<>, size=2666, nrcpt=2 (queue active)")
        << u"none"_s << QString() << QString()
        << QStringList{u""_s, n, n, n, n, n, n, n, n} << -1.0 << qint64(2666) << 2 << n << false;
    QTest::newRow("qmgr expired without to=")
        << QByteArray("Nov  5 10:01:02 mx postfix/qmgr[1]: 4F2A3B1C9D: from=<a@b.c>, status=expired, returned to sender")
        << u"expired"_s << u"expired"_s << QString()
        << QStringList{u"a@b.c"_s, n, n, n, n, n, n, n, n} << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("qmgr bounce failed")
        << QByteArray("Nov  5 10:01:02 mx postfix/qmgr[1]: 4F2A3B1C9D: from=<>, status=deferred (bounce failed)")
        << u"deferred"_s << u"deferred"_s << u"bounce failed"_s
        << QStringList{u""_s, n, n, n, n, n, n, n, n} << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("NOQUEUE reject")
        << QByteArray("Jul 12 07:47:48 saturn postfix/smtpd[8738]: NOQUEUE: reject: RCPT from 1-2-3-4-example.com[1.2.3.4]: 554 5.7.1 <smtp@example.com>: Relay access denied; from=<john@example.com> to=<smtp@example.org> proto=ESMTP helo=<example.com>")
        << u"rejected"_s << u"reject"_s << u"554 5.7.1 <smtp@example.com>: Relay access denied"_s
        << QStringList{u"john@example.com"_s, u"smtp@example.org"_s, n, n, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("postscreen reject ip:port")
        << QByteArray("Nov  5 10:01:02 mx postfix/postscreen[1]: NOQUEUE: reject: RCPT from [1.2.3.4]:5678: 550 5.7.1 Service unavailable; client [1.2.3.4] blocked using zen.spamhaus.org; from=<a@b>, to=<c@d>, proto=ESMTP, helo=<x>")
        << u"rejected"_s << u"reject"_s
        << u"550 5.7.1 Service unavailable; client [1.2.3.4] blocked using zen.spamhaus.org"_s
        << QStringList{u"a@b"_s, u"c@d"_s, n, n, n, n, n, n, n} << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("milter-reject with ID")
        << QByteArray("Nov  5 10:01:02 mx postfix/cleanup[1]: 4F2A3B1C9D: milter-reject: END-OF-MESSAGE from unknown[239.224.6.66]: 4.7.1 Service unavailable - try again later; from=<a@b> to=<c@d> proto=ESMTP helo=<x>")
        << u"rejected"_s << u"milter-reject"_s << u"4.7.1 Service unavailable - try again later"_s
        << QStringList{u"a@b"_s, u"c@d"_s, n, n, n, n, n, n, n} << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("header_checks reject")
        << QByteArray("Nov  5 10:01:02 mx postfix/cleanup[1]: 4F2A3B1C9D: reject: header Subject: win big from local; from=<a@b> to=<c@d>: 5.7.1 message content rejected")
        << u"rejected"_s << u"reject"_s << u"5.7.1 message content rejected"_s
        << QStringList{u"a@b"_s, u"c@d"_s, n, n, n, n, n, n, n} << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("amavis re-injection (pixelpark)")
        << QByteArray("2023-03-14T00:08:35.948047+01:00 helga postfix/amavis/smtp[302609]: 4PbC4x469Jz3tBr: to=<user01.test@pixelpark.example>, orig_to=<frank@relay.example>, relay=127.0.0.1[127.0.0.1]:10024, delay=2.4, delays=0.29/0.02/0.01/2.1, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 4PbC4z6W5Qz3tG3)")
        << u"sent"_s << u"sent"_s << u"250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 4PbC4z6W5Qz3tG3"_s
        << QStringList{n, u"user01.test@pixelpark.example"_s, u"frank@relay.example"_s,
                       u"127.0.0.1[127.0.0.1]:10024"_s, u"2.0.0"_s, u"0.29/0.02/0.01/2.1"_s, n, n, n}
        << 2.4 << qint64(-1) << -1 << u"4PbC4z6W5Qz3tG3"_s << false;
    QTest::newRow("delay notification")
        << QByteArray("Nov  5 10:01:02 mx postfix/bounce[1]: 4F2A3B1C9D: sender delay notification: 6C7D8E9F0A")
        << u"none"_s << QString() << QString() << QStringList{n, n, n, n, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << u"6C7D8E9F0A"_s << false;
    QTest::newRow("postmaster notification")
        << QByteArray("Nov  5 10:01:02 mx postfix/bounce[1]: 4F2A3B1C9D: postmaster non-delivery notification: 7D8E9F0A1B")
        << u"none"_s << QString() << QString() << QStringList{n, n, n, n, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << u"7D8E9F0A1B"_s << false;
    QTest::newRow("remote queued-as is not followed for deferrals")
        << QByteArray("Nov  5 10:01:02 mx postfix/smtp[1]: 4F2A3B1C9D: to=<a@b>, status=deferred (host x said: 451 not queued as ABCDE12345)")
        << u"deferred"_s << u"deferred"_s << u"host x said: 451 not queued as ABCDE12345"_s
        << QStringList{n, u"a@b"_s, n, n, n, n, n, n, n} << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("bounce notification")
        << QByteArray("Nov  5 10:01:02 mx postfix/bounce[1]: 4F2A3B1C9D: sender non-delivery notification: 5B6C7D8E9F")
        << u"none"_s << QString() << QString() << QStringList{n, n, n, n, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << u"5B6C7D8E9F"_s << false;
    QTest::newRow("removed")
        << QByteArray("Nov  5 10:01:02 mx postfix/qmgr[1]: 4F2A3B1C9D: removed")
        << u"none"_s << QString() << QString() << QStringList{n, n, n, n, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << n << true;
    QTest::newRow("smtpd client, cleanup message-id, pickup orig_id")
        << QByteArray("Nov  5 10:01:02 mx postfix/pickup[1]: 4F2A3B1C9D: uid=0 from=<root> orig_id=3A2B1C0D9E client=x[1.2.3.4], message-id=<abc@def>")
        << u"none"_s << QString() << QString()
        << QStringList{u"root"_s, n, n, n, n, n, u"x[1.2.3.4]"_s, u"abc@def"_s, u"3A2B1C0D9E"_s}
        << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("undeliverable-but-not-cached")
        << QByteArray("Nov  5 10:01:02 mx postfix/smtp[1]: 4F2A3B1C9D: to=<x@y>, relay=none, delay=1, delays=1/0/0/0, dsn=5.1.1, status=undeliverable-but-not-cached (unknown user)")
        << u"other"_s << u"undeliverable-but-not-cached"_s << u"unknown user"_s
        << QStringList{n, u"x@y"_s, n, u"none"_s, u"5.1.1"_s, u"1/0/0/0"_s, n, n, n}
        << 1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("redacted address keeps inner brackets")
        << QByteArray("Nov  5 10:01:02 mx postfix/smtp[1]: 4F2A3B1C9D: to=<bordjukov@<cutout>>, relay=none, status=deferred (x)")
        << u"deferred"_s << u"deferred"_s << u"x"_s
        << QStringList{n, u"bordjukov@<cutout>"_s, n, u"none"_s, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << n << false;
    QTest::newRow("stray trailing quote after reason")
        << QByteArray("Apr  5 17:55:01 strand postfix/smtp[1]: 98AEDA06BC: to=<a@b>, status=sent (250 2.0.0 OK)\"")
        << u"sent"_s << u"sent"_s << u"250 2.0.0 OK"_s << QStringList{n, u"a@b"_s, n, n, n, n, n, n, n}
        << -1.0 << qint64(-1) << -1 << n << false;
}

void TestMailLogParser::fields()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, status);
    QFETCH(QString, statusText);
    QFETCH(QString, reason);
    QFETCH(QStringList, values);
    QFETCH(double, delay);
    QFETCH(qint64, size);
    QFETCH(int, nrcpt);
    QFETCH(QString, nextQueueId);
    QFETCH(bool, removed);

    MailLogParser parser(kReference, QTimeZone::utc());
    LogEvent event;
    bool damaged = true;
    QVERIFY(parser.parseEvent(line, &event, &damaged));
    QVERIFY(!damaged);
    QCOMPARE(statusName(event.status), status);
    QCOMPARE(event.statusText, statusText);
    QCOMPARE(event.reason, reason);
    const QStringList actual = {event.from, event.to, event.origTo, event.relay, event.dsn, event.delays,
                                event.client, event.messageIdHeader, event.origId};
    QCOMPARE(actual, values);
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(actual[i].isNull(), values[i].isNull()); // "from=<>" is present, not absent
    QCOMPARE(event.delay, delay);
    QCOMPARE(event.size, size);
    QCOMPARE(event.nrcpt, nrcpt);
    QCOMPARE(event.nextQueueId, nextQueueId);
    QCOMPARE(event.removed, removed);
}

void TestMailLogParser::fieldBoundaries()
{
    const QByteArrayView message = "to=<a@x>, orig_to=<b@y>, relay=none, delay=1, delays=1/0/0/0";
    QCOMPARE(MailLogParser::field(message, "to"), QByteArrayView("a@x"));
    QCOMPARE(MailLogParser::field(message, "orig_to"), QByteArrayView("b@y"));
    QCOMPARE(MailLogParser::field(message, "delay"), QByteArrayView("1"));
    QCOMPARE(MailLogParser::field(message, "delays"), QByteArrayView("1/0/0/0"));
    // orig_to first: "to" must not match inside it
    const QByteArrayView swapped = "orig_to=<b@y>, to=<a@x>";
    QCOMPARE(MailLogParser::field(swapped, "to"), QByteArrayView("a@x"));
    QVERIFY(MailLogParser::field("orig_to=<b@y>", "to").isNull());
    QVERIFY(MailLogParser::field("", "to").isNull());
    QVERIFY(MailLogParser::field("resent-message-id=<x>", "message-id").isNull());
    const QByteArrayView empty = MailLogParser::field("from=<>, size=1", "from");
    QVERIFY(!empty.isNull());
    QVERIFY(empty.isEmpty());
    bool unterminated = false;
    QCOMPARE(LogFields::field("to=<56597@con", "to", &unterminated), QByteArrayView("56597@con"));
    QVERIFY(unterminated);
}

void TestMailLogParser::statusHelper()
{
    QByteArrayView reason;
    QCOMPARE(MailLogParser::status("to=<a@b>, status=sent (250 ok (id=1))", &reason), LogStatus::Sent);
    QCOMPARE(reason, QByteArrayView("250 ok (id=1)"));
    QCOMPARE(MailLogParser::status("reject: RCPT from a[1.2.3.4]: 550 no; from=<a> to=<b>", &reason),
             LogStatus::Rejected);
    QCOMPARE(reason, QByteArrayView("550 no"));
    QCOMPARE(MailLogParser::status("connect from x[1.2.3.4]", &reason), LogStatus::None);
    QCOMPARE(MailLogParser::status("status=force-expired, returned to sender"), LogStatus::Expired);
    QCOMPARE(MailLogParser::status("to=<a>, status=deliverable (delivers to mailbox)"), LogStatus::Sent);
    QCOMPARE(MailLogParser::status("generic_checks: name=permit_mynetworks status=1"), LogStatus::None);
    // terminal-wrap damage: no status at all rather than a wrong one
    QCOMPARE(MailLogParser::status("to=<a>, sta            tus=deferred (x)"), LogStatus::None);
}

void TestMailLogParser::damaged_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("parsed"); // best-effort event produced

    QTest::newRow("cut in the middle of an address")
        << QByteArray("Jul  5 06:52:11 prd-mx1 postfix/smtp[22030]: 3mPVKl0Mhjz7sXv: to=<56597@con") << true;
    QTest::newRow("cut inside the reason")
        << QByteArray("Apr  5 17:54:30 strand postfix/smtp[1]: 98AEDA06BC: to=<a@b>, status=deferred (Client host [83.167.229.")
        << true;
    QTest::newRow("cut inside the pid") << QByteArray("Apr  5 17:54:30 strand postfix/smtpd[108") << false;
    QTest::newRow("program and nothing else") << QByteArray("Apr  5 17:54:30 strand postfix/smtpd[108]:") << true;
    QTest::newRow("NUL bytes") << QByteArray("Apr  5 17:54:30 strand postfix/qmgr[1]: 98AEDA06BC: rem\0oved", 60)
                               << true;
    QTest::newRow("invalid UTF-8")
        << QByteArray("Apr  5 17:54:30 strand postfix/smtp[1]: 98AEDA06BC: to=<a@b>, status=bounced (Schr\xe4nkung)")
        << true;
    QTest::newRow("garbage with postfix inside") << QByteArray("\x01\x02\xff\xfe garbage postfix/ \x80") << false;
}

void TestMailLogParser::damaged()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, parsed);
    MailLogParser parser(kReference, QTimeZone::utc());
    LogEvent event;
    bool damaged = false;
    QCOMPARE(parser.parseEvent(line, &event, &damaged), parsed);
    QVERIFY(damaged);
    const Parsed<LogEvent> all = parseMailLog(line, kReference, QTimeZone::utc());
    QCOMPARE(all.values.size(), parsed ? 1 : 0);
    QCOMPARE(all.issues.size(), 1);
    QCOMPARE(all.issues.first().line, 1);
}

void TestMailLogParser::garbageNeverCrashes()
{
    // Random bytes and random cuts of real lines: no crash, no hang, no read outside the line
    // (run under ASan/valgrind to make the last one visible).
    const QByteArray real = readLog(u"inqueue-postfix-ecs-pipeline__mail.log"_s);
    QRandomGenerator random(4711);
    MailLogParser parser(kReference, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        if (i % 2 == 0) {
            line.resize(random.bounded(200));
            for (char &c : line)
                c = char(random.bounded(256));
        } else {
            const qsizetype start = random.bounded(real.size());
            line = real.mid(start, random.bounded(300));
        }
        LogLineView view;
        LogEvent event;
        bool damaged = false;
        parser.parseLine(line, &view, &damaged);
        parser.parseEvent(line, &event, &damaged);
        // exact-length copy, so that a read past the end is a read past the allocation
        std::unique_ptr<char[]> exact(new char[size_t(line.size())]);
        std::memcpy(exact.get(), line.constData(), size_t(line.size()));
        parser.parseLine(QByteArrayView(exact.get(), line.size()), &view, &damaged);
    }
}

void TestMailLogParser::hugeLine()
{
    QByteArray line("Nov  5 10:01:02 mx postfix/smtp[1]: 4F2A3B1C9D: to=<a@b>, status=deferred (");
    line += QByteArray(1024 * 1024, 'x');
    MailLogParser parser(kReference, QTimeZone::utc());
    LogEvent event;
    bool damaged = false;
    QVERIFY(parser.parseEvent(line, &event, &damaged));
    QVERIFY(damaged); // the reason is never closed
    QCOMPARE(event.status, LogStatus::Deferred);
    QCOMPARE(event.reason.size(), 1024 * 1024);
    const QByteArray noSpaces(1024 * 1024, 'a');
    QVERIFY(!parser.parseEvent(noSpaces, &event, &damaged));
    QVERIFY(!damaged);
}

void TestMailLogParser::pathologicalLinesStayLinear()
{
    // Inputs that would make a careless scanner quadratic: every '=' a key candidate, every '>'
    // a candidate end of an address, every ": " a candidate start of a reject text.
    const QByteArray prefix = "Nov  5 10:01:02 mx postfix/cleanup[1]: 4F2A3B1C9D: ";
    const qsizetype megabyte = 1024 * 1024;
    const QList<QByteArray> lines = {
        prefix + QByteArray(megabyte, '='),
        prefix + "to=<" + QByteArray(megabyte, '>'),
        prefix + "reject: header " + QByteArray(megabyte / 2, ':').replace(":", ": "),
        prefix + "status=sent (" + QByteArray(megabyte, '('),
        prefix + QByteArray(megabyte, '<'),
    };
    MailLogParser parser(kReference, QTimeZone::utc());
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &line : lines) {
        LogEvent event;
        bool damaged = false;
        QVERIFY(parser.parseEvent(line, &event, &damaged));
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestMailLogParser::timestampCache()
{
    // Same hour prefix across lines, then a different hour, day and DST change: each stamp must be
    // exact although the zone conversion runs once per hour.
    LogTimestampReader reader(QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()),
                              QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    const QList<QPair<QByteArray, QString>> stamps = {
        {"Oct 25 01:59:59", u"2026-10-24T23:59:59"_s}, {"Oct 25 01:00:01", u"2026-10-24T23:00:01"_s},
        {"Oct 25 03:00:00", u"2026-10-25T02:00:00"_s}, {"Oct 25 03:30:00", u"2026-10-25T02:30:00"_s},
        {"Mar 29 03:00:00", u"2026-03-29T01:00:00"_s}, {"Mar 29 01:59:00", u"2026-03-29T00:59:00"_s},
        {"2013 Jun 10 06:28:18.123", u"2013-06-10T04:28:18.123"_s},
        {"2013 Jun 10 06:29:18.9", u"2013-06-10T04:29:18.900"_s},
    };
    for (const auto &[text, iso] : stamps) {
        const LogTimestampReader::Stamp stamp = reader.read(QByteArray(text + " host"));
        QCOMPARE(stamp.length, text.size());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(stamp.timeMs, QTimeZone::utc()), utc(iso));
    }
    const LogTimestampReader::Stamp impossible = reader.read("2023-02-30T10:00:00+01:00 host");
    QCOMPARE(impossible.length, 25);
    QCOMPARE(impossible.timeMs, 0);
    QCOMPARE(reader.read("2024-02-29T10:00:00Z host").timeMs, utcMs(u"2024-02-29T10:00:00"_s));
    QCOMPARE(LogTimestampReader::daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(LogTimestampReader::daysFromCivil(2000, 3, 1), QDate(2000, 3, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay());
    QCOMPARE(LogTimestampReader::daysFromCivil(1969, 12, 31), -1);
}

void TestMailLogParser::corpusLogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("minEvents");
    QTest::addColumn<qsizetype>("maxIssues"); // exactly: the known damaged lines

    // Every raw log of the corpus; the bounds are the real counts (checked by reading the files),
    // loosened only where a file holds deliberately damaged lines.
    QTest::newRow("digineo") << u"digineo-postfix_exporter__mail.log"_s << qsizetype(53) << qsizetype(0);
    QTest::newRow("fail2ban") << u"fail2ban__postfix.log"_s << qsizetype(60) << qsizetype(0);
    QTest::newRow("fgforrest backup") << u"fgforrest__parser-backup-single-client.log.1"_s << qsizetype(43) << qsizetype(0);
    QTest::newRow("fgforrest real") << u"fgforrest__real-mail.log"_s << qsizetype(8) << qsizetype(0);
    QTest::newRow("fgforrest real.1") << u"fgforrest__real-mail.log.1"_s << qsizetype(8) << qsizetype(0);
    QTest::newRow("fgforrest real.2.gz") << u"fgforrest__real-mail.log.2.gz"_s << qsizetype(95000) << qsizetype(0);
    QTest::newRow("hsn723") << u"hsn723-postfix_exporter__test-lines.log"_s << qsizetype(66) << qsizetype(0);
    QTest::newRow("infohtreasure maillog") << u"infohtreasure-Postfix-Maillog-Dump__maillog.postfix-lines.log"_s
                                           << qsizetype(10000) << qsizetype(11); // lines cut by a pager ("…$")
    QTest::newRow("infohtreasure mailog2") << u"infohtreasure-Postfix-Maillog-Dump__mailog2.postfix-lines.log"_s
                                           << qsizetype(5000) << qsizetype(11); // the same cut lines
    QTest::newRow("inqueue") << u"inqueue-postfix-ecs-pipeline__mail.log"_s << qsizetype(20) << qsizetype(0);
    QTest::newRow("msimerson") << u"msimerson-postfix-parser__test-lines.txt"_s << qsizetype(5) << qsizetype(2); // a line cut on purpose, twice
    QTest::newRow("pixelpark.xz") << u"pixelpark-postfix-logsums__mail.log.xz"_s << qsizetype(69000) << qsizetype(1); // binary garbage after PIPELINING
    QTest::newRow("youyo iso") << u"youyo-postfix-log-parser__test-iso8601.log"_s << qsizetype(22) << qsizetype(0);
    QTest::newRow("youyo classic") << u"youyo-postfix-log-parser__test.log"_s << qsizetype(22) << qsizetype(0);
}

void TestMailLogParser::corpusLogs()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, minEvents);
    QFETCH(qsizetype, maxIssues);
    const QByteArray text = readLog(file);
    const Parsed<LogEvent> parsed = parseMailLog(text, kReference, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    printCounts(file, splitLines(text).size(), parsed);
    for (const ParseIssue &issue : parsed.issues)
        qInfo("  issue line %lld: %s", qlonglong(issue.line), qPrintable(issue.message));
    QVERIFY2(parsed.values.size() >= minEvents, qPrintable(QString::number(parsed.values.size())));
    QCOMPARE(parsed.issues.size(), maxIssues);
    qint64 previousLine = 0;
    for (const LogEvent &event : parsed.values) {
        QVERIFY(event.lineNumber > previousLine); // input order
        previousLine = event.lineNumber;
        QVERIFY(!event.program.isEmpty());
        QVERIFY(!event.rawLine.isEmpty());
        // the status the text states is the status parsed
        if (event.rawLine.contains(u" status=sent ("))
            QCOMPARE(event.status, LogStatus::Sent);
        if (event.rawLine.contains(u" status=deferred ("))
            QCOMPARE(event.status, LogStatus::Deferred);
        if (event.rawLine.contains(u" status=bounced ("))
            QCOMPARE(event.status, LogStatus::Bounced);
        if (event.rawLine.contains(u"]: NOQUEUE: reject: "))
            QCOMPARE(event.status, LogStatus::Rejected);
    }
}

void TestMailLogParser::fgforrestCounts()
{
    // The statuses the parser finds must be exactly what a grep of the same text finds.
    const QByteArray text = readLog(u"fgforrest__real-mail.log.2.gz"_s);
    const Parsed<LogEvent> parsed = parseMailLog(text, kReference, QTimeZone(QByteArrayLiteral("Europe/Prague")));
    const QHash<LogStatus, qsizetype> counts = countByStatus(parsed);
    QCOMPARE(counts.value(LogStatus::Sent), grepCount(text, {" postfix/", "status=sent "}));
    QCOMPARE(counts.value(LogStatus::Deferred), grepCount(text, {" postfix/", "status=deferred "}));
    QCOMPARE(counts.value(LogStatus::Bounced), grepCount(text, {" postfix/", "status=bounced "}));
    QVERIFY(counts.value(LogStatus::Sent) > 1000);
    QVERIFY(counts.value(LogStatus::Deferred) > 100);
    qsizetype withXxxxIds = 0;
    for (const LogEvent &event : parsed.values) {
        QVERIFY(event.timeMs > 0);
        withXxxxIds += event.queueId.endsWith(u"XXXX") ? 1 : 0;
    }
    QCOMPARE(withXxxxIds, grepCount(text, {"XXXX: "}));
    // the first line: "2013 Jun 10 06:27:30.123" in Prague (CEST)
    QCOMPARE(parsed.values.first().timeMs, utcMs(u"2013-06-10T04:27:30.123"_s));
}

void TestMailLogParser::pixelparkCounts()
{
    const QByteArray text = readLog(u"pixelpark-postfix-logsums__mail.log.xz"_s);
    const Parsed<LogEvent> parsed = parseMailLog(text, kReference, QTimeZone::utc());
    const QHash<LogStatus, qsizetype> counts = countByStatus(parsed);
    QCOMPARE(counts.value(LogStatus::Sent), grepCount(text, {" postfix/", "status=sent "}));
    QCOMPARE(counts.value(LogStatus::Deferred), grepCount(text, {" postfix/", "status=deferred "}));
    QCOMPARE(counts.value(LogStatus::Bounced), grepCount(text, {" postfix/", "status=bounced "}));
    QCOMPARE(counts.value(LogStatus::Rejected), grepCount(text, {" postfix/", ": reject: "})
                                                    + grepCount(text, {" postfix/", ": milter-reject: "}));
    // amavis lines are not Postfix: skipped, not issues
    QCOMPARE(parsed.values.size(), grepCount(text, {" postfix/"}));
    qsizetype queuedAs = 0;
    for (const LogEvent &event : parsed.values) {
        QVERIFY(event.timeMs > 0);
        queuedAs += event.nextQueueId.isEmpty() ? 0 : 1;
    }
    QVERIFY(queuedAs > 0);
}

void TestMailLogParser::messageOnlyFiles()
{
    // whyscream: "test/<program>_NNNN.yaml<TAB>message"; msimerson: full lines and bare messages.
    const QByteArray tsv = readLog(u"whyscream-postfix-grok-patterns__test-messages.tsv"_s);
    qsizetype messages = 0;
    qsizetype withStatus = 0;
    for (QByteArrayView row : splitLines(tsv)) {
        if (row.isEmpty() || row.startsWith('#'))
            continue;
        const qsizetype tab = row.indexOf('\t');
        QVERIFY(tab > 0);
        QByteArrayView program = row.first(tab);
        program = program.sliced(program.lastIndexOf('/') + 1);
        program = program.first(program.indexOf('_'));
        LogEvent event;
        MailLogParser::parseMessage(QByteArray("postfix/" + program.toByteArray()), row.sliced(tab + 1), &event);
        ++messages;
        withStatus += event.status != LogStatus::None ? 1 : 0;
        QVERIFY(!event.rawLine.isEmpty());
    }
    qInfo("whyscream: %lld messages, %lld with a delivery/reject status", qlonglong(messages),
          qlonglong(withStatus));
    qsizetype expected = 0;
    for (QByteArrayView row : splitLines(tsv)) {
        if ((row.contains("status=") || row.contains("reject: ")) && !row.contains("reject_warning"))
            ++expected;
    }
    QCOMPARE(withStatus, expected);

    const QByteArray lines = readLog(u"msimerson-postfix-parser__test-lines.txt"_s);
    MailLogParser parser(kReference, QTimeZone::utc());
    qsizetype full = 0;
    qsizetype bare = 0;
    for (QByteArrayView line : splitLines(lines)) {
        if (line.isEmpty())
            continue;
        LogEvent event;
        if (parser.parseEvent(line, &event)) {
            ++full;
        } else {
            MailLogParser::parseMessage("postfix/smtp", line, &event);
            ++bare;
        }
        if (line.contains("status=sent"))
            QCOMPARE(event.status, LogStatus::Sent);
    }
    qInfo("msimerson: %lld full lines, %lld message-only", qlonglong(full), qlonglong(bare));
    QVERIFY(full >= 5);
    QVERIFY(bare >= 20);
}

void TestMailLogParser::quotedLines()
{
    // Lines quoted in issue threads: every full line parses; message-only fragments parse through
    // parseMessage; the statuses match the text.
    const QByteArray tsv = readLog(u"github-issues-and-web-pages__quoted-lines.tsv"_s);
    MailLogParser parser(kReference, QTimeZone::utc());
    qsizetype full = 0;
    qsizetype fragments = 0;
    for (QByteArrayView row : splitLines(tsv)) {
        if (row.isEmpty() || row.startsWith('#'))
            continue;
        const QByteArrayView line = row.sliced(row.indexOf('\t') + 1);
        LogEvent event;
        if (parser.parseEvent(line, &event)) {
            ++full;
        } else {
            MailLogParser::parseMessage("postfix/smtp", line, &event);
            ++fragments;
        }
        if (line.contains("status=deferred"))
            QCOMPARE(event.status, LogStatus::Deferred);
        if (line.contains("status=bounced"))
            QCOMPARE(event.status, LogStatus::Bounced);
    }
    qInfo("quoted lines: %lld full lines, %lld fragments", qlonglong(full), qlonglong(fragments));
    QVERIFY(full >= 45);
}

void TestMailLogParser::parseMessageEntryPoint()
{
    LogEvent event;
    bool damaged = true;
    MailLogParser::parseMessage("postfix-out/smtp",
                                "3mPVKl0Mhjz7sXv: to=<rdunn@example.com>, relay=mailout.example.com[199.200.300.131]:25, "
                                "conn_use=3, delay=2.3, delays=0.55/0/0.08/1.6, dsn=2.6.0, status=sent (250 2.6.0 message received)",
                                &event, &damaged);
    QVERIFY(!damaged);
    QCOMPARE(event.program, u"postfix-out/smtp"_s);
    QCOMPARE(event.service, u"smtp"_s);
    QCOMPARE(event.queueId, u"3mPVKl0Mhjz7sXv"_s);
    QCOMPARE(event.to, u"rdunn@example.com"_s);
    QCOMPARE(event.relay, u"mailout.example.com[199.200.300.131]:25"_s);
    QCOMPARE(event.delay, 2.3);
    QCOMPARE(event.status, LogStatus::Sent);
    QCOMPARE(event.reason, u"250 2.6.0 message received"_s);
    QCOMPARE(event.timeMs, 0);

    MailLogParser::parseMessage("postfix/smtp", "to=<a@b>, relay=none, delay=1, dsn=4.4.1, status=deferred "
                                                "(connect to x[1.2.3.4]:25: Connection timed out)",
                                &event, &damaged);
    QVERIFY(event.queueId.isEmpty());
    QCOMPARE(event.status, LogStatus::Deferred);
    QCOMPARE(event.reason, u"connect to x[1.2.3.4]:25: Connection timed out"_s);
}

void TestMailLogParser::parseMailLogOrderAndIssues()
{
    const QByteArray text = "Nov  5 10:01:02 mx postfix/qmgr[1]: 4F2A3B1C9D: removed\n"
                            "Nov  5 10:01:02 mx amavis[2]: (123-01) Passed CLEAN\n"
                            "\n"
                            "Nov  5 10:01:03 mx dovecot: lmtp(1): Connect from local\n"
                            "Nov  5 10:01:04 mx postfix/smtp[3]: 4F2A3B1C9D: to=<a@b\n"
                            "Nov  5 10:01:05 mx postfix/bounce[4]: 4F2A3B1C9D: sender non-delivery notification: 5B6C7D8E9F";
    const Parsed<LogEvent> parsed = parseMailLog(text, kReference, QTimeZone::utc());
    QCOMPARE(parsed.values.size(), 3);
    QCOMPARE(parsed.values[0].lineNumber, 1);
    QCOMPARE(parsed.values[1].lineNumber, 5);
    QCOMPARE(parsed.values[2].lineNumber, 6);
    QCOMPARE(parsed.values[2].nextQueueId, u"5B6C7D8E9F"_s);
    QCOMPARE(parsed.issues.size(), 1);
    QCOMPARE(parsed.issues[0].line, 5);
}

QTEST_GUILESS_MAIN(TestMailLogParser)
#include "tst_maillogparser.moc"
