#include "postfix/queuejsonreference.h"
#include "postfix/queueparsers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(POSTDESK_TEST_DATA "/postqueue-json");
}

QByteArray readFixture(const QString &name)
{
    QFile file(dataDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList allFixtures()
{
    return QDir(dataDir()).entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
}

QList<qsizetype> issueLines(const Parsed<QueuedMessage> &parsed)
{
    QList<qsizetype> lines;
    for (const ParseIssue &issue : parsed.issues)
        lines.append(issue.line);
    return lines;
}

qsizetype nonBlankLines(QByteArrayView text)
{
    qsizetype count = 0;
    for (QByteArrayView line : QByteArray(text.toByteArray()).split('\n')) {
        if (!line.trimmed().isEmpty() && line.trimmed() != "\xEF\xBB\xBF")
            ++count;
    }
    return count;
}

// Every non-blank line gives a message or an issue: nothing vanishes silently.
void checkNothingDropped(QByteArrayView text, const Parsed<QueuedMessage> &parsed)
{
    QSet<qsizetype> lines;
    for (const ParseIssue &issue : parsed.issues)
        lines.insert(issue.line);
    QVERIFY2(parsed.values.size() + lines.size() >= nonBlankLines(text),
             qPrintable(u"values %1, issue lines %2, non-blank lines %3"_s.arg(parsed.values.size())
                                .arg(lines.size())
                                .arg(nonBlankLines(text))));
}

Parsed<QueuedMessage> streamed(const QList<QByteArrayView> &chunks)
{
    QueueJsonStreamParser parser;
    Parsed<QueuedMessage> all;
    for (QByteArrayView chunk : chunks) {
        Parsed<QueuedMessage> part = parser.feed(chunk);
        all.values.append(part.values);
        all.issues.append(part.issues);
    }
    Parsed<QueuedMessage> last = parser.finish();
    all.values.append(last.values);
    all.issues.append(last.issues);
    return all;
}

} // namespace

class TestQueueJsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void edgeCases();
    void malformed();
    void emptyInput();
    void strings_data();
    void strings();
    void referenceAgrees_data();
    void referenceAgrees();
    void streamMatchesOneShot_data();
    void streamMatchesOneShot();
    void streamByteByByte();
    void robustness_data();
    void robustness();
    void deepNesting();
};

void TestQueueJsonParser::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("recipients");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("lastSender");

    QTest::newRow("consol") << u"ConSol-Monitoring-snclient__postqueue-j.jsonl"_s << 3 << 3
                            << u"AAAAAAAAAAA"_s << u"MAILER-DAEMON"_s;
    QTest::newRow("postqf") << u"rseichter-postqf__qdata.jsonl"_s << 5 << 98
                            << u"4Jgt2V6BKNz1xy5"_s << u"manueldx@example.org"_s;
    QTest::newRow("edge-cases") << u"postdesk__edge-cases.jsonl"_s << 5 << 5 << u"4F2A9C1B7E"_s
                                << u"gr\u00e9ta@example.com"_s;
}

void TestQueueJsonParser::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, messages);
    QFETCH(int, recipients);
    QFETCH(QString, firstId);
    QFETCH(QString, lastSender);

    const Parsed<QueuedMessage> parsed = parseQueueJson(readFixture(file));
    QVERIFY2(parsed.issues.isEmpty(), qPrintable(parsed.issues.value(0).message));
    QCOMPARE(parsed.values.size(), messages);
    int total = 0;
    for (const QueuedMessage &message : parsed.values)
        total += int(message.recipients.size());
    QCOMPARE(total, recipients);
    QCOMPARE(parsed.values.first().queueId, firstId);
    QCOMPARE(parsed.values.last().sender, lastSender);
}

void TestQueueJsonParser::edgeCases()
{
    const Parsed<QueuedMessage> parsed = parseQueueJson(readFixture(u"postdesk__edge-cases.jsonl"_s));
    QVERIFY(parsed.issues.isEmpty());
    QCOMPARE(parsed.values.size(), 5);

    const QueuedMessage &deferred = parsed.values.at(0);
    QCOMPARE(deferred.queueName, QueueName::Deferred);
    QCOMPARE(deferred.arrivalTime, 1755770000);
    QCOMPARE(deferred.messageSize, 2911);
    QCOMPARE(deferred.recipients.size(), 1);
    QCOMPARE(deferred.recipients.first().address, u"bob@example.net"_s);
    QCOMPARE(deferred.recipients.first().origAddress, u"bob@example.net"_s);
    QCOMPARE(deferred.recipients.first().delayReason,
             u"connect to mx.example.net[203.0.113.5]:25: Connection timed out"_s);

    const QueuedMessage &held = parsed.values.at(1); // CRLF line, escapes, 3.11 bounce_reason
    QCOMPARE(held.queueId, u"4Xk2QmP1vZz3gT"_s);
    QCOMPARE(held.queueName, QueueName::Hold);
    QVERIFY(held.forcedExpire);
    QCOMPARE(held.sender, u"\"john doe\"@example.com"_s);
    QCOMPARE(held.recipients.first().origAddress, u"Carol@Example.ORG"_s);
    QCOMPARE(held.recipients.first().delayReason, QString());
    QCOMPARE(held.recipients.first().bounceReason,
             u"host mx.example.org said: 550 5.1.1 caf\u00e9 \U0001F600 unknown / \\ user\tx"_s);

    const QueuedMessage &bounce = parsed.values.at(2);
    QCOMPARE(bounce.queueName, QueueName::Incoming);
    QCOMPARE(bounce.sender, u"MAILER-DAEMON"_s);
    QVERIFY(bounce.recipients.isEmpty());

    const QueuedMessage &active = parsed.values.at(3);
    QCOMPARE(active.queueName, QueueName::Active);
    QCOMPARE(active.recipients.size(), 2);
    QVERIFY(active.recipients.at(1).delayReason.isEmpty()); // null = not reported

    const QueuedMessage &maildrop = parsed.values.at(4); // unterminated last line, invalid UTF-8
    QCOMPARE(maildrop.queueName, QueueName::Maildrop);
    QCOMPARE(maildrop.recipients.first().delayReason, u"bad byte \uFFFD here"_s);
}

void TestQueueJsonParser::malformed()
{
    const QByteArray text = readFixture(u"postdesk__malformed.jsonl"_s);
    const Parsed<QueuedMessage> parsed = parseQueueJson(text);
    QStringList ids;
    for (const QueuedMessage &message : parsed.values)
        ids.append(message.queueId);
    QCOMPARE(ids, QStringList({u"ABCDEF0001"_s, u"ABCDEF0004"_s, u"ABCDEF0009"_s, u"ABCDEF0011"_s,
                               u"ABCDEF0013"_s, u"ABCDEF0014"_s}));
    const QList<qsizetype> expectedLines = {2, 3, 3, 4, 4, 4, 4, 4, 5, 6, 7, 8, 9, 9, 10, 12, 13};
    QCOMPARE(issueLines(parsed), expectedLines);
    for (const ParseIssue &issue : parsed.issues)
        QVERIFY(!issue.message.isEmpty());

    const QueuedMessage &wrongTypes = parsed.values.at(1); // kept, wrong members defaulted
    QCOMPARE(wrongTypes.arrivalTime, 0);
    QCOMPARE(wrongTypes.messageSize, 0);
    QVERIFY(!wrongTypes.forcedExpire);
    QVERIFY(wrongTypes.sender.isEmpty());
    QVERIFY(wrongTypes.recipients.isEmpty());
    QCOMPARE(parsed.values.at(2).recipients.size(), 1);
    QCOMPARE(parsed.values.at(2).recipients.first().address, u"c@example.com"_s);
    QCOMPARE(parsed.values.at(4).arrivalTime, 1000); // 1e3 is an integral number
    QCOMPARE(parsed.values.at(5).queueName, QueueName::Unknown);
    checkNothingDropped(text, parsed);
}

void TestQueueJsonParser::emptyInput()
{
    for (const QByteArray &text : {QByteArray(), readFixture(u"postdesk__empty.jsonl"_s),
                                   readFixture(u"postdesk__blank-lines-crlf.jsonl"_s)}) {
        const Parsed<QueuedMessage> parsed = parseQueueJson(text);
        QVERIFY(parsed.values.isEmpty());
        QVERIFY(parsed.issues.isEmpty());
    }
}

void TestQueueJsonParser::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("sender");

    QTest::newRow("plain") << QByteArray("\"a@example.com\"") << u"a@example.com"_s;
    QTest::newRow("quote") << QByteArray(R"("\"x y\"@example.com")") << u"\"x y\"@example.com"_s;
    QTest::newRow("controls") << QByteArray(R"("\b\f\n\r\t\/\\")") << u"\b\f\n\r\t/\\"_s;
    QTest::newRow("bmp") << QByteArray(R"("\u00e9\u4e2d")") << u"\u00e9\u4e2d"_s;
    QTest::newRow("upper hex") << QByteArray(R"("\u00C9")") << u"\u00c9"_s;
    QTest::newRow("pair") << QByteArray(R"("\ud83d\ude00!")") << u"\U0001F600!"_s;
    QTest::newRow("lone high") << QByteArray(R"("\ud83dx")") << u"\uFFFDx"_s;
    QTest::newRow("lone low") << QByteArray(R"("\ude00")") << u"\uFFFD"_s;
    QTest::newRow("high high") << QByteArray(R"("\ud83d\ud83d\ude00")") << u"\uFFFD\U0001F600"_s;
    QTest::newRow("raw utf8") << QByteArray("\"\xc3\xa9\"") << u"\u00e9"_s;
    QTest::newRow("bad utf8") << QByteArray("\"a\xc3\"") << u"a\uFFFD"_s;
    QTest::newRow("nul escape") << QByteArray(R"("a\u0000b")") << QString(u"a\0b"_s);
}

void TestQueueJsonParser::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, sender);
    const QByteArray line = "{\"queue_id\": \"ABCDEF1\", \"sender\": " + json + "}";
    const Parsed<QueuedMessage> parsed = parseQueueJson(line);
    QVERIFY(parsed.issues.isEmpty());
    QCOMPARE(parsed.values.size(), 1);
    QCOMPARE(parsed.values.first().sender, sender);
}

void TestQueueJsonParser::referenceAgrees_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : allFixtures())
        QTest::newRow(qPrintable(file)) << file;
}

void TestQueueJsonParser::referenceAgrees()
{
    QFETCH(QString, file);
    const QByteArray text = readFixture(file);
    const Parsed<QueuedMessage> fast = parseQueueJson(text);
    const Parsed<QueuedMessage> reference = parseQueueJsonReference(text);
    QCOMPARE(fast.values.size(), reference.values.size());
    for (qsizetype i = 0; i < fast.values.size(); ++i)
        QVERIFY2(fast.values.at(i) == reference.values.at(i), qPrintable(fast.values.at(i).queueId));
    QCOMPARE(issueLines(fast), issueLines(reference));
}

void TestQueueJsonParser::streamMatchesOneShot_data()
{
    referenceAgrees_data();
}

void TestQueueJsonParser::streamMatchesOneShot()
{
    QFETCH(QString, file);
    const QByteArray text = readFixture(file);
    const Parsed<QueuedMessage> oneShot = parseQueueJson(text);
    for (qsizetype split = 0; split <= text.size(); ++split) {
        const QByteArrayView all(text);
        const Parsed<QueuedMessage> parts = streamed({all.first(split), all.sliced(split)});
        QVERIFY2(parts.values == oneShot.values, qPrintable(u"split at %1"_s.arg(split)));
        QCOMPARE(issueLines(parts), issueLines(oneShot));
    }
    QueueJsonStreamParser parser;
    parser.feed(text);
    parser.finish();
    QCOMPARE(parser.bytesSeen(), text.size());
}

void TestQueueJsonParser::streamByteByByte()
{
    for (const QString &file : allFixtures()) {
        const QByteArray text = readFixture(file);
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < text.size(); ++i)
            bytes.append(QByteArrayView(text).sliced(i, 1));
        const Parsed<QueuedMessage> parts = streamed(bytes);
        const Parsed<QueuedMessage> oneShot = parseQueueJson(text);
        QVERIFY2(parts.values == oneShot.values, qPrintable(file));
        QCOMPARE(issueLines(parts), issueLines(oneShot));
    }
}

void TestQueueJsonParser::robustness_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : allFixtures()) {
        if (!readFixture(file).isEmpty())
            QTest::newRow(qPrintable(file)) << file;
    }
}

// Random truncations and byte flips (fixed seed, so failures reproduce): no crash, every line
// accounted for, a cut inside an object reported, and the reference reading agreeing on values.
void TestQueueJsonParser::robustness()
{
    QFETCH(QString, file);
    const QByteArray text = readFixture(file);
    QRandomGenerator random(20261123);
    for (int round = 0; round < 300; ++round) {
        const qsizetype cut = random.bounded(text.size() + 1);
        const QByteArray truncated = text.left(cut);
        const Parsed<QueuedMessage> parsed = parseQueueJson(truncated);
        checkNothingDropped(truncated, parsed);
        const qsizetype lineStart = truncated.lastIndexOf('\n') + 1;
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QByteArray partial = truncated.mid(lineStart).trimmed();
        const QByteArray whole = text.mid(lineStart, lineEnd - lineStart).trimmed();
        if (!partial.isEmpty() && partial != whole)
            QVERIFY2(!parsed.issues.isEmpty(), qPrintable(u"cut at %1"_s.arg(cut)));

        QByteArray flipped = text;
        for (int flips = 1 + int(random.bounded(3)); flips > 0; --flips)
            flipped[random.bounded(flipped.size())] = char(random.bounded(256));
        const Parsed<QueuedMessage> fast = parseQueueJson(flipped);
        checkNothingDropped(flipped, fast);
        const Parsed<QueuedMessage> reference = parseQueueJsonReference(flipped);
        QVERIFY2(fast.values.size() == reference.values.size(),
                 qPrintable(QString::fromLatin1(flipped.toPercentEncoding())));
    }
}

void TestQueueJsonParser::deepNesting()
{
    const QByteArray deep = "{\"queue_id\": \"ABCDEF1\", \"x\": " + QByteArray(100000, '[')
            + QByteArray(100000, ']') + "}\n";
    const Parsed<QueuedMessage> parsed = parseQueueJson(deep);
    QVERIFY(parsed.values.isEmpty());
    QCOMPARE(parsed.issues.size(), 1);
    QCOMPARE(parsed.issues.first().line, 1);
}

QTEST_GUILESS_MAIN(TestQueueJsonParser)
#include "tst_queuejsonparser.moc"
