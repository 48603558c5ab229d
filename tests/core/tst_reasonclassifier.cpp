// The reason classifier: accuracy on the labelled real lines (confusion matrix printed), one
// row per class in every input shape, the test server's exact reasons, and robustness.
#include "diagnosis/reasonclassifier.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <array>

using namespace Diagnosis;
using namespace Qt::StringLiterals;

namespace {

struct Labelled
{
    ReasonClass expected;
    QString line;
};

QList<Labelled> labelledSet()
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA "/classifier/deferrals.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<Labelled> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> fields = lines[i].split('\t');
        if (fields.size() < 3)
            continue;
        ReasonClass cls;
        if (!reasonClassFromKey(QString::fromUtf8(fields[0]), &cls))
            qFatal("unknown class %s in line %lld", fields[0].constData(), qlonglong(i + 1));
        rows.append({cls, QString::fromUtf8(lines[i].mid(fields[0].size() + fields[1].size() + 2))});
    }
    return rows;
}

// A corpus log as text; .gz/.xz through the system decompressor (test code only).
QByteArray readLog(const QString &path)
{
    const QString tool = path.endsWith(u".gz"_s) ? u"gzip"_s : path.endsWith(u".xz"_s) ? u"xz"_s : QString();
    if (tool.isEmpty()) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess p;
    p.start(tool, {u"-dc"_s, path});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

QString padded(const QString &s, int width)
{
    return s.leftJustified(width, u' ', true);
}

} // namespace

class TestReasonClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelledAccuracy();
    void classes_data();
    void classes();
    void explains();
    void extractsTheReason_data();
    void extractsTheReason();
    void robustness_data();
    void robustness();
    void hugeInput();
    void keysAndInfo();
    void corpusLogsDoNotCrash();
};

void TestReasonClassifier::labelledAccuracy()
{
    const QList<Labelled> rows = labelledSet();
    QVERIFY(rows.size() >= 200);
    const ReasonClassifier &classifier = ReasonClassifier::instance();
    std::array<std::array<int, reasonClassCount>, reasonClassCount> matrix{};
    int correct = 0;
    for (const Labelled &row : rows) {
        const Classification c = classifier.classify(row.line);
        QCOMPARE(classifier.classOf(row.line), c.cls); // both paths agree
        ++matrix[std::size_t(row.expected)][std::size_t(c.cls)];
        if (c.cls == row.expected) {
            ++correct;
        } else {
            qInfo().noquote() << "MISS expected" << reasonClassKey(row.expected) << "got"
                              << reasonClassKey(c.cls) << "by" << c.ruleId << "|" << c.reason.left(220);
        }
    }

    // Confusion matrix: rows = label, columns = classifier, then precision and recall per class.
    QString header = padded(u"label \\ got"_s, 18);
    for (int j = 0; j < reasonClassCount; ++j)
        header += padded(reasonClassKey(ReasonClass(j)).left(6), 7);
    qInfo().noquote() << header + u"  recall"_s;
    for (int i = 0; i < reasonClassCount; ++i) {
        QString line = padded(reasonClassKey(ReasonClass(i)), 18);
        int total = 0;
        for (int j = 0; j < reasonClassCount; ++j) {
            line += padded(QString::number(matrix[std::size_t(i)][std::size_t(j)]), 7);
            total += matrix[std::size_t(i)][std::size_t(j)];
        }
        const int hit = matrix[std::size_t(i)][std::size_t(i)];
        line += u"  %1/%2"_s.arg(hit).arg(total);
        qInfo().noquote() << line;
    }
    for (int j = 0; j < reasonClassCount; ++j) {
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < reasonClassCount; ++i) {
            predicted += matrix[std::size_t(i)][std::size_t(j)];
            actual += matrix[std::size_t(j)][std::size_t(i)];
        }
        const int hit = matrix[std::size_t(j)][std::size_t(j)];
        qInfo().noquote() << padded(reasonClassKey(ReasonClass(j)), 18)
                          << u"precision %1  recall %2"_s
                                 .arg(predicted ? 100.0 * hit / predicted : 100.0, 5, 'f', 1)
                                 .arg(actual ? 100.0 * hit / actual : 100.0, 5, 'f', 1);
    }
    const double accuracy = 100.0 * correct / rows.size();
    qInfo().noquote() << u"accuracy %1 % (%2 of %3)"_s.arg(accuracy, 0, 'f', 1).arg(correct).arg(rows.size());
    QVERIFY2(accuracy >= 95.0, qPrintable(u"accuracy %1 % is under 95 %"_s.arg(accuracy, 0, 'f', 1)));
}

void TestReasonClassifier::classes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &input, const char *cls) {
        QTest::newRow(name) << input << QString::fromLatin1(cls);
    };
    // The test server's seeded reasons, as postqueue -j shows them.
    row("ts refused", u"connect to mail.oldcorp.example[127.0.0.20]:25: Connection refused"_s, "network");
    row("ts greeting", u"conversation with mx.slowmail.example[127.0.0.21] timed out while receiving the initial server greeting"_s, "network");
    row("ts connect timeout", u"connect to mx.blackhole.example[127.0.0.27]:25: Connection timed out"_s, "network");
    row("ts servfail", u"Host or domain name not found. Name service error for name=dnsfail.example type=MX: Host not found, try again"_s, "dns");
    row("ts 451", u"host mx1.bulk-receiver.example[127.0.0.22] said: 451 4.7.1 Service temporarily unavailable: too many messages from your IP, try again later (in reply to RCPT TO command)"_s, "throttling");
    row("ts 452", u"host mx.fullbox.example[127.0.0.23] said: 452 4.2.2 Mailbox full: user is over quota (in reply to RCPT TO command)"_s, "mailbox_full");
    row("ts cert", u"Server certificate not verified"_s, "tls");
    row("ts tls required", u"TLS is required, but was not offered by host smtp.legacy-partner.example[127.0.0.26]"_s, "tls");
    row("ts sasl 535", u"SASL authentication failed; server relay.pdts.test[127.0.0.25] said: 535 5.7.8 Error: authentication failed: authentication failure"_s, "auth_relay");
    row("ts amavis", u"connect to 127.0.0.1[127.0.0.1]:10024: Connection refused"_s, "content_filter");
    row("ts deferred transport", u"deferred transport"_s, "config");
    // "delivery temporarily suspended:" — the cause after the colon decides.
    row("suspended network", u"delivery temporarily suspended: connect to mx.example[192.0.2.1]:25: Connection timed out"_s, "network");
    row("suspended dns", u"delivery temporarily suspended: Host or domain name not found. Name service error for name=x.example type=MX: Host not found, try again"_s, "dns");
    row("suspended amavis", u"delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused"_s, "content_filter");
    row("suspended tls", u"delivery temporarily suspended: TLS is required, but was not offered by host mx.example[192.0.2.1]"_s, "tls");
    row("suspended sasl", u"delivery temporarily suspended: SASL authentication failed; cannot authenticate to server relay.example[192.0.2.5]: no mechanism available"_s, "auth_relay");
    // Postfix's own wording, one per class.
    row("network unreachable", u"connect to mx.example[2001:db8::1]:25: Network is unreachable"_s, "network");
    row("lost connection", u"lost connection with mx.example[192.0.2.1] while sending RCPT TO"_s, "network");
    row("no route", u"connect to mx.example[192.0.2.1]:25: No route to host"_s, "network");
    row("dns malformed", u"Host or domain name not found. Name service error for name=example.com type=A: Malformed DNS server reply"_s, "dns");
    row("tls handshake", u"Cannot start TLS: handshake failure"_s, "tls");
    row("tls starttls", u"host mx.example[192.0.2.1] said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)"_s, "tls");
    row("sasl no mech", u"SASL authentication failed; cannot authenticate to server smtp.example[192.0.2.5]: no mechanism available"_s, "auth_relay");
    row("relay denied", u"host mx.example[192.0.2.1] said: 554 5.7.1 <a@b.example>: Relay access denied (in reply to RCPT TO command)"_s, "auth_relay");
    row("greylisted", u"host mx.example[192.0.2.1] said: 450 4.2.0 <a@b.example>: Recipient address rejected: Greylisted, see http://postgrey.example/ (in reply to RCPT TO command)"_s, "throttling");
    row("421 4.7.0 rate", u"host mx1.mail.example[192.0.2.26] said: 421-4.7.0 Our system has detected an unusual rate of unsolicited mail (in reply to end of DATA command)"_s, "throttling");
    row("552 5.2.2", u"host mx.example[192.0.2.1] said: 552 5.2.2 Mailbox quota exceeded (in reply to RCPT TO command)"_s, "mailbox_full");
    row("4.2.2 code only", u"host mx.example[192.0.2.1] said: 452 4.2.2 sorry (in reply to RCPT TO command)"_s, "mailbox_full");
    row("5.1.1 code only", u"host mx.example[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: b.example (in reply to RCPT TO command)"_s, "recipient_unknown");
    row("user unknown", u"host mx.example[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"_s, "recipient_unknown");
    row("milter down", u"warning: connect to Milter service inet:127.0.0.1:8891: Connection refused"_s, "content_filter");
    row("amavis 10025 lost", u"lost connection with 127.0.0.1[127.0.0.1] while sending end of data"_s, "content_filter");
    row("transport unavailable", u"mail transport unavailable"_s, "config");
    row("loops back", u"mail for example.com loops back to myself"_s, "config");
    row("lmtp socket", u"connect to mail.example[/var/run/dovecot/lmtp]: No such file or directory"_s, "config");
    row("spamhaus", u"host mx.example[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [198.51.100.1] blocked using zen.spamhaus.org (in reply to RCPT TO command)"_s, "policy_block");
    row("gmail dmarc", u"host mx1.mail.example[192.0.2.27] said: 550-5.7.26 This mail is unauthenticated (in reply to end of DATA command)"_s, "policy_block");
    row("internal error", u"host mx.example[192.0.2.1] said: 451 4.3.0 Internal error (in reply to RCPT TO command)"_s, "other");
    // Input shapes: mailq line, JSON member, whole JSON line, syslog, RFC 3339, docker, message-only.
    row("mailq", u"      (connect to mx.example[192.0.2.1]:25: Connection refused)"_s, "network");
    row("json member", u"\"delay_reason\": \"Host or domain name not found\""_s, "dns");
    row("json line", u"{\"queue_name\":\"deferred\",\"recipients\":[{\"address\":\"a@b.example\",\"delay_reason\":\"connect to 127.0.0.1[127.0.0.1]:10024: Connection refused\"}]}"_s, "content_filter");
    row("syslog", u"Nov  5 10:01:02 mail postfix/smtp[123]: 8AB0D28A: to=<a@b.example>, relay=none, delay=1, delays=1/0/0/0, dsn=4.4.1, status=deferred (connect to b.example[192.0.2.1]:25: Connection refused)"_s, "network");
    row("rfc3339", u"2023-03-14T00:00:31.185246+01:00 mail postfix/smtp[123]: 8AB0D28A: to=<a@b.example>, relay=b.example[192.0.2.1]:25, delay=1, delays=1/0/0/0, dsn=4.2.2, status=deferred (host b.example[192.0.2.1] said: 452 4.2.2 over quota (in reply to RCPT TO command))"_s, "mailbox_full");
    row("docker", u"mail    | Nov  5 10:01:02 mail postfix/error[9]: 8AB0D28A: to=<a@b.example>, relay=none, delay=1, delays=1/0/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)"_s, "content_filter");
    row("noqueue reject", u"Nov  5 10:01:02 mail postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <a@b.example>: Relay access denied; from=<x@y.example> to=<a@b.example> proto=ESMTP helo=<y>"_s, "auth_relay");
    row("sasl warning", u"Oct 24 09:08:11 host postfix/smtp[1]: warning: SASL authentication failure: No worthy mechs found"_s, "auth_relay");
    row("message only", u"8AB0D28A: host mx.example[192.0.2.1] refused to talk to me: 421 4.7.0 Too many connections"_s, "throttling");
    row("expired", u"Nov  5 10:01:02 mail postfix/qmgr[1]: 8AB0D28A: from=<a@b.example>, status=expired, returned to sender"_s, "other");
}

void TestReasonClassifier::classes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Classification c = ReasonClassifier::instance().classify(input);
    QVERIFY2(reasonClassKey(c.cls) == expected,
             qPrintable(u"got %1 by %2 for: %3"_s.arg(reasonClassKey(c.cls), c.ruleId, c.reason)));
    QCOMPARE(ReasonClassifier::instance().classOf(input), c.cls);
}

void TestReasonClassifier::explains()
{
    const Classification c = ReasonClassifier().classify(
        u"delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused"_s);
    QCOMPARE(c.cls, ReasonClass::ContentFilter);
    QCOMPARE(c.ruleId, u"content-filter-port"_s);
    QVERIFY(!c.ruleText.isEmpty());
    QCOMPARE(c.reason, u"connect to 127.0.0.1[127.0.0.1]:10024: Connection refused"_s);

    const Classification none = ReasonClassifier().classify(u"something nobody has ever written"_s);
    QCOMPARE(none.cls, ReasonClass::Other);
    QCOMPARE(none.ruleId, u"none"_s);
}

void TestReasonClassifier::extractsTheReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("status") << u"Jul  5 06:52:11 h postfix/smtp[1]: 8AB0D28A: to=<a@b>, relay=none, delay=1, dsn=4.4.1, status=deferred (connect to b[192.0.2.1]:25: Connection refused)"_s
                            << u"connect to b[192.0.2.1]:25: Connection refused"_s;
    QTest::newRow("nested parens") << u"status=bounced (host x[192.0.2.1] said: 550 no (in reply to RCPT TO command))"_s
                                   << u"host x[192.0.2.1] said: 550 no (in reply to RCPT TO command)"_s;
    QTest::newRow("reject") << u"NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]; from=<a@b> to=<c@d> proto=ESMTP helo=<x>"_s
                            << u"450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]"_s;
    QTest::newRow("postscreen") << u"NOQUEUE: reject: CONNECT from [192.0.2.9]:1337: too many connections"_s
                                << u"too many connections"_s;
    QTest::newRow("warning") << u"Dec  4 14:44:07 postfix/smtp[2097]: warning: TLS library problem: x"_s
                             << u"TLS library problem: x"_s;
    QTest::newRow("mailq") << u"   (mail transport unavailable)"_s << u"mail transport unavailable"_s;
    QTest::newRow("json") << u"\"delay_reason\": \"deferred transport\","_s << u"deferred transport"_s;
    QTest::newRow("suspended twice") << u"delivery temporarily suspended: delivery temporarily suspended: x"_s << u"x"_s;
    QTest::newRow("webui") << u"23-10-2018 11:00:41 | info | connect to a[192.0.2.1]:25: Connection timed out"_s
                           << u"connect to a[192.0.2.1]:25: Connection timed out"_s;
    QTest::newRow("queue id only") << u"3mS03L6qGtz7sVr: host a[192.0.2.1] refused to talk to me: 421 busy"_s
                                   << u"host a[192.0.2.1] refused to talk to me: 421 busy"_s;
}

void TestReasonClassifier::extractsTheReason()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QCOMPARE(ReasonClassifier::instance().classify(input).reason, reason);
}

void TestReasonClassifier::robustness_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   \t  "_s;
    QTest::newRow("lone paren") << u"("_s;
    QTest::newRow("status only") << u"status="_s;
    QTest::newRow("status paren") << u"status=deferred ("_s;
    QTest::newRow("reject only") << u"reject: "_s;
    QTest::newRow("json open") << u"\"delay_reason\": \""_s;
    QTest::newRow("json escape end") << u"\"delay_reason\": \"abc\\"_s;
    QTest::newRow("codes at end") << u"said: 5"_s;
    QTest::newRow("enhanced cut") << u"said: 550 5.1"_s;
    QTest::newRow("brackets") << u"]: ]: ]: [1]: [: ]:"_s;
    QTest::newRow("non-ascii") << u"Doručení selhalo: schránka je plná ✉ 𝔐"_s;
    QTest::newRow("lossy utf8") << QString::fromUtf8("\xff\xfe\x80 connect to x: Connection refused \xc3");
    QTest::newRow("nul") << QString(16, QChar(u'\0'));
}

void TestReasonClassifier::robustness()
{
    QFETCH(QString, input);
    const Classification c = ReasonClassifier::instance().classify(input);
    QCOMPARE(ReasonClassifier::instance().classOf(input), c.cls);
    QVERIFY(!c.ruleId.isEmpty());
    if (input.trimmed().isEmpty())
        QCOMPARE(c.cls, ReasonClass::Other);
}

void TestReasonClassifier::hugeInput()
{
    QString garbage;
    garbage.reserve(1 << 20);
    while (garbage.size() < (1 << 20))
        garbage += u"xq7 ]: ( status= \"z 9.9.9 "_s;
    QCOMPARE(ReasonClassifier::instance().classOf(garbage), ReasonClass::Other);
    QCOMPARE(ReasonClassifier::instance().classify(garbage).cls, ReasonClass::Other);
    // A real cause at the start of a huge reason is still found.
    const QString big = u"connect to a[192.0.2.1]:25: Connection refused "_s + QString(1 << 20, u'x');
    QCOMPARE(ReasonClassifier::instance().classOf(big), ReasonClass::Network);
}

void TestReasonClassifier::keysAndInfo()
{
    for (const ReasonClass cls : allReasonClasses()) {
        ReasonClass back = ReasonClass::Other;
        QVERIFY(reasonClassFromKey(reasonClassKey(cls), &back));
        QCOMPARE(back, cls);
        const ReasonClassInfo info = reasonClassInfo(cls);
        QVERIFY(!info.title.isEmpty());
        QVERIFY(!info.explanation.isEmpty());
        QVERIFY(!info.fixHint.isEmpty());
    }
    ReasonClass untouched = ReasonClass::Dns;
    QVERIFY(!reasonClassFromKey(u"nope"_s, &untouched));
    QCOMPARE(untouched, ReasonClass::Dns);
}

void TestReasonClassifier::corpusLogsDoNotCrash()
{
    const QDir dir(QStringLiteral(POSTDESK_TEST_DATA "/maillog"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    const ReasonClassifier &classifier = ReasonClassifier::instance();
    std::array<qint64, reasonClassCount> total{};
    for (const QString &name : files) {
        const QByteArray text = readLog(dir.filePath(name));
        if (text.isEmpty()) {
            qInfo().noquote() << "skipped (no decompressor):" << name;
            continue;
        }
        std::array<qint64, reasonClassCount> counts{};
        qint64 lines = 0;
        for (const QByteArray &line : text.split('\n')) {
            const QString s = QString::fromUtf8(line);
            const ReasonClass cls = classifier.classOf(s);
            QCOMPARE(classifier.classify(s).cls, cls);
            ++counts[std::size_t(cls)];
            ++lines;
        }
        QString summary;
        for (int i = 0; i < reasonClassCount; ++i) {
            total[std::size_t(i)] += counts[std::size_t(i)];
            if (counts[std::size_t(i)] && ReasonClass(i) != ReasonClass::Other)
                summary += u" %1=%2"_s.arg(reasonClassKey(ReasonClass(i))).arg(counts[std::size_t(i)]);
        }
        qInfo().noquote() << name << lines << "lines, other=" << counts[std::size_t(ReasonClass::Other)] << summary;
    }
    QVERIFY(total[std::size_t(ReasonClass::Network)] > 0);
}

QTEST_GUILESS_MAIN(TestReasonClassifier)
#include "tst_reasonclassifier.moc"
