#include "postfix/queueparsers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(POSTDESK_TEST_DATA "/postcat");
}

QByteArray readFixture(const QString &name)
{
    QFile file(dataDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString envelopeValue(const PostcatMessage &message, const QString &name)
{
    for (const auto &[recordName, value] : message.envelope) {
        if (recordName == name)
            return value;
    }
    return QString();
}

} // namespace

class TestPostcatParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void foldedHeadersAndBody();
    void headerLookup();
    void offsetOutputMatchesPlain_data();
    void offsetOutputMatchesPlain();
    void robustness_data();
    void robustness();
};

void TestPostcatParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("gone");
    QTest::addColumn<bool>("denied");
    QTest::addColumn<int>("issues");
    QTest::addColumn<QString>("queuePath");
    QTest::addColumn<int>("envelope");
    QTest::addColumn<int>("headers");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("body");

    const QString hey = u"hey!"_s;
    const QString me = u"me@porcupine.org"_s;
    const QString text = u"text\n"_s;
    const QString file = u"test-queue-file"_s;
    // What each postcat flag prints (the Postfix source's own expected outputs): without -e there
    // are no section markers at all.
    QTest::newRow("default -beh") << u"vdukhovni-postfix__postcat-default_test.ref"_s << false << false
                                  << 0 << file << 8 << 6 << hey << me << text;
    QTest::newRow("-e") << u"vdukhovni-postfix__postcat-e_test.ref"_s << false << false << 0 << file
                        << 8 << 0 << QString() << me << QString();
    QTest::newRow("-eb") << u"vdukhovni-postfix__postcat-eb_test.ref"_s << false << false << 0 << file
                         << 8 << 0 << QString() << me << text;
    QTest::newRow("-eh") << u"vdukhovni-postfix__postcat-eh_test.ref"_s << false << false << 0 << file
                         << 8 << 6 << hey << me << QString();
    QTest::newRow("-h") << u"vdukhovni-postfix__postcat-h_test.ref"_s << false << false << 0
                        << QString() << 0 << 6 << hey << QString() << QString();
    QTest::newRow("-b") << u"vdukhovni-postfix__postcat-b_test.ref"_s << false << false << 0
                        << QString() << 0 << 0 << QString() << QString() << text;
    QTest::newRow("-bh") << u"vdukhovni-postfix__postcat-bh_test.ref"_s << false << false << 0
                         << QString() << 0 << 6 << hey << QString() << text;
    QTest::newRow("-q active") << u"dsgnr-postfixbuddy__postcat-q-active.txt"_s << false << false << 0
                               << u"active/6CB161202AB"_s << 8 << 6 << u"Test mail from web"_s
                               << u"root@localhost"_s << u" Test mail from web via senmail\n\n"_s;
    QTest::newRow("bug1 text") << u"vdukhovni-postfix__cleanup-bug1.text.ref"_s << false << false << 0
                               << u"bug1.file.tmp"_s << 24 << 8 << u"long header text"_s
                               << u"wietse@porcupine.org"_s << text;
    QTest::newRow("bug2 -ov") << u"vdukhovni-postfix__cleanup-bug2.ref"_s << false << false << 0
                              << u"bug2.file.tmp"_s << 8 << 7 << hey << me << text;
    QTest::newRow("gone") << u"postdesk__postcat-gone.txt"_s << true << false << 0 << QString() << 0
                          << 0 << QString() << QString() << QString();
    QTest::newRow("bad id") << u"postdesk__postcat-bad-id.txt"_s << false << false << 1 << QString()
                            << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("permission") << u"postdesk__postcat-permission.txt"_s << false << true << 1
                                << QString() << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("two ids") << u"postdesk__postcat-q-deferred-two-ids.txt"_s << false << false << 1
                             << u"deferred/4/4F2A9C1B7E"_s << 9 << 9
                             << u"Quarterly report,  folded over three lines"_s
                             << u"\"john doe\"@example.com"_s
                             << u"Hello Bob,\n\nthe report: caf\u00e9 numbers.\n"_s;
    QTest::newRow("truncated") << u"postdesk__postcat-truncated.txt"_s << false << false << 1
                               << u"deferred/4/4F2A9C1B7E"_s << 8 << 9
                               << u"Quarterly report,  folded over three lines"_s
                               << u"\"john doe\"@example.com"_s << u"Hello Bob,\n\nthe report: \n"_s;
}

void TestPostcatParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, gone);
    QFETCH(bool, denied);
    QFETCH(int, issues);
    QFETCH(QString, queuePath);
    QFETCH(int, envelope);
    QFETCH(int, headers);
    QFETCH(QString, subject);
    QFETCH(QString, sender);
    QFETCH(QString, body);

    const PostcatParse parse = parsePostcat(readFixture(file));
    for (const ParseIssue &issue : parse.issues)
        qInfo("issue line %lld: %s", qint64(issue.line), qPrintable(issue.message));
    QCOMPARE(parse.gone, gone);
    QCOMPARE(parse.permissionDenied, denied);
    QCOMPARE(parse.issues.size(), issues);
    QCOMPARE(parse.message.queuePath, queuePath);
    QCOMPARE(parse.message.envelope.size(), envelope);
    QCOMPARE(parse.message.headers.size(), headers);
    QCOMPARE(parse.message.subject(), subject);
    QCOMPARE(envelopeValue(parse.message, u"sender"_s), sender);
    QCOMPARE(parse.message.body, body);
    QVERIFY(!parse.message.bodyTruncated); // only the caller knows it cut the output
}

void TestPostcatParser::foldedHeadersAndBody()
{
    const PostcatParse parse = parsePostcat(readFixture(u"postdesk__postcat-q-deferred-two-ids.txt"_s));
    const PostcatMessage &message = parse.message;
    QCOMPARE(message.headers.at(0).first, u"Received"_s);
    QCOMPARE(message.headers.at(0).second,
             u"from client.example.com (client.example.com [198.51.100.20])\tby mail.example.com "
             "(Postfix) with ESMTPS id 4F2A9C1B7E\tfor <bob@example.net>; Thu, 21 Aug 2025 10:11:12 "
             "+0200 (CEST)"_s);
    QCOMPARE(message.headers.at(1).first, u"Received"_s); // order and repeats kept
    QCOMPARE(message.headers.at(4).first, u"subject"_s);
    QCOMPARE(message.header(u"SUBJECT"), u"Quarterly report,  folded over three lines"_s);
    QCOMPARE(envelopeValue(message, u"message_size"_s),
             u"1021             512               2               0            1021"_s);
    QCOMPARE(envelopeValue(message, u"recipient"_s), u"bob@example.net"_s);
    // HEADER EXTRACTED records are envelope records too, in file order.
    QCOMPARE(message.envelope.last(), qMakePair(u"named_attribute"_s, u"encoding=8bit"_s));
    QCOMPARE(parse.issues.first().line, 32); // the second message's marker

    const PostcatParse dsgnr = parsePostcat(readFixture(u"dsgnr-postfixbuddy__postcat-q-active.txt"_s));
    QCOMPARE(dsgnr.message.header(u"to"), u"username@example.com"_s); // "To:" without a space
    QCOMPARE(envelopeValue(dsgnr.message, u"recipient"_s), u"username@example.com"_s);
}

void TestPostcatParser::headerLookup()
{
    PostcatMessage message;
    message.headers = {{u"Received"_s, u"first"_s}, {u"received"_s, u"second"_s},
                       {u"X-Empty"_s, QString()}};
    QCOMPARE(message.header(u"RECEIVED"), u"first"_s);
    QCOMPARE(message.header(u"x-empty"), QString());
    QCOMPARE(message.header(u"Subject"), QString());
    QCOMPARE(message.subject(), QString());
}

void TestPostcatParser::offsetOutputMatchesPlain_data()
{
    QTest::addColumn<QString>("offsets");
    QTest::addColumn<QString>("plain");
    for (const char *bug : {"bug1", "bug2", "bug3"}) {
        const QString name = u"vdukhovni-postfix__cleanup-"_s + QLatin1StringView(bug);
        QTest::newRow(bug) << name + u".ref"_s << name + u".text.ref"_s;
    }
}

// postcat -ov (offsets, record types, pointer records) reads the same as plain postcat.
void TestPostcatParser::offsetOutputMatchesPlain()
{
    QFETCH(QString, offsets);
    QFETCH(QString, plain);
    const PostcatParse a = parsePostcat(readFixture(offsets));
    const PostcatParse b = parsePostcat(readFixture(plain));
    QVERIFY(a.issues.isEmpty());
    QVERIFY(b.issues.isEmpty());
    QCOMPARE(a.message.queuePath, b.message.queuePath);
    QCOMPARE(a.message.envelope, b.message.envelope);
    QCOMPARE(a.message.headers, b.message.headers);
    QCOMPARE(a.message.body, b.message.body);
    QVERIFY(!b.message.headers.isEmpty());
}

void TestPostcatParser::robustness_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : QDir(dataDir()).entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << file;
}

// Random truncations and byte flips (fixed seed): no crash; a cut inside a marked message is
// reported.
void TestPostcatParser::robustness()
{
    QFETCH(QString, file);
    const QByteArray text = readFixture(file);
    const bool marked = text.contains("*** MESSAGE FILE END");
    const qsizetype end = text.indexOf("*** MESSAGE FILE END");
    QRandomGenerator random(20261123);
    for (int round = 0; round < 300; ++round) {
        const qsizetype cut = random.bounded(text.size() + 1);
        const PostcatParse parse = parsePostcat(text.left(cut));
        if (marked && cut < end)
            QVERIFY2(!parse.issues.isEmpty(), qPrintable(u"cut at %1"_s.arg(cut)));

        QByteArray flipped = text;
        for (int flips = 1 + int(random.bounded(3)); flips > 0; --flips)
            flipped[random.bounded(flipped.size())] = char(random.bounded(256));
        const PostcatParse mutated = parsePostcat(flipped);
        QVERIFY(mutated.message.headers.size() <= flipped.count('\n') + 1);
    }
}

QTEST_GUILESS_MAIN(TestPostcatParser)
#include "tst_postcatparser.moc"
