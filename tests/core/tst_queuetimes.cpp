#include "postfix/queuetimes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Postfix::QueueLifetimes;
using Postfix::QueueName;
using Postfix::QueuedMessage;

namespace {

QueuedMessage message(QueueName queue, qint64 arrival, const QString &sender, bool forced = false)
{
    QueuedMessage m;
    m.queueName = queue;
    m.queueId = u"4F2A9C1B7E"_s;
    m.arrivalTime = arrival;
    m.sender = sender;
    m.forcedExpire = forced;
    return m;
}

} // namespace

class TestQueueTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void postconfValues();
    void lifetimes_data();
    void lifetimes();
    void expiry_data();
    void expiry();
    void fileTimes();
    void fileTimesHostile_data();
    void fileTimesHostile();
};

void TestQueueTimes::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("defaultUnit");
    QTest::addColumn<qint64>("seconds"); // -1 = nullopt

    QTest::newRow("5d") << u"5d"_s << QChar(u'd') << qint64(5 * 86400);
    QTest::newRow("3600s") << u"3600s"_s << QChar(u'd') << qint64(3600);
    QTest::newRow("1w") << u"1w"_s << QChar(u'd') << qint64(7 * 86400);
    QTest::newRow("12h") << u"12h"_s << QChar(u'd') << qint64(12 * 3600);
    QTest::newRow("30m") << u"30m"_s << QChar(u'd') << qint64(1800);
    QTest::newRow("bare in days") << u"3"_s << QChar(u'd') << qint64(3 * 86400);
    QTest::newRow("bare in seconds") << u"4000"_s << QChar(u's') << qint64(4000);
    QTest::newRow("zero: tried once") << u"0"_s << QChar(u'd') << qint64(0);
    QTest::newRow("0s") << u"0s"_s << QChar(u'd') << qint64(0);
    QTest::newRow("surrounding blanks") << u"  2h "_s << QChar(u'd') << qint64(7200);
    QTest::newRow("empty") << u""_s << QChar(u'd') << qint64(-1);
    QTest::newRow("unit only") << u"d"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("negative") << u"-5d"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("plus sign") << u"+5d"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("fraction") << u"1.5d"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("compound") << u"1h30m"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("unknown unit") << u"5y"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("uppercase unit") << u"5D"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("space inside") << u"5 d"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("variable") << u"$maximal_queue_lifetime"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("overflow") << u"99999999999999999999w"_s << QChar(u'd') << qint64(-1);
    QTest::newRow("bad default unit") << u"5"_s << QChar(u'x') << qint64(-1);
}

void TestQueueTimes::durations()
{
    QFETCH(QString, text);
    QFETCH(QChar, defaultUnit);
    QFETCH(qint64, seconds);
    const std::optional<qint64> got = Postfix::parsePostconfDuration(text, defaultUnit);
    QCOMPARE(got.value_or(-1), seconds);
}

void TestQueueTimes::postconfValues()
{
    // What `postconf maximal_queue_lifetime bounce_queue_lifetime …` prints on stdout (warnings
    // go to stderr), plus CRLF, an empty value, a folded continuation line and garbage.
    const QByteArray out = "maximal_queue_lifetime = 3d\r\n"
                           "bounce_queue_lifetime = 12h\n"
                           "relayhost =\n"
                           "\n"
                           "smtpd_recipient_restrictions = permit_mynetworks,\n"
                           "    reject_unauth_destination\n"
                           "2bounce_notice_recipient = postmaster\n"
                           "this is not a parameter line\n"
                           "= value without a name\n"
                           "postconf: warning: /etc/postfix/main.cf: unused parameter: foo=bar\n";
    QList<Postfix::ParseIssue> issues;
    const QHash<QString, QString> values = Postfix::parsePostconfValues(out, &issues);
    QCOMPARE(values.value(u"maximal_queue_lifetime"_s), u"3d"_s);
    QCOMPARE(values.value(u"bounce_queue_lifetime"_s), u"12h"_s);
    QVERIFY(values.contains(u"relayhost"_s));
    QCOMPARE(values.value(u"relayhost"_s), QString());
    QCOMPARE(values.value(u"smtpd_recipient_restrictions"_s),
             u"permit_mynetworks, reject_unauth_destination"_s);
    QCOMPARE(values.value(u"2bounce_notice_recipient"_s), u"postmaster"_s);
    QCOMPARE(values.size(), 5);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).line, 8);
    QCOMPARE(issues.at(1).line, 9);
    QCOMPARE(issues.at(2).line, 10);

    QVERIFY(Postfix::parsePostconfValues("").isEmpty());
    QVERIFY(Postfix::parsePostconfValues(QByteArray("\0\xff garbage\n", 11)).isEmpty());
}

void TestQueueTimes::lifetimes_data()
{
    QTest::addColumn<QString>("maximal");
    QTest::addColumn<QString>("bounce");
    QTest::addColumn<qint64>("maximalSeconds");
    QTest::addColumn<qint64>("bounceSeconds");
    QTest::addColumn<bool>("fromServer");

    QTest::newRow("defaults as printed") << u"5d"_s << u"5d"_s << qint64(5 * 86400) << qint64(5 * 86400) << true;
    QTest::newRow("bare numbers are days") << u"3"_s << u"1"_s << qint64(3 * 86400) << qint64(86400) << true;
    QTest::newRow("units") << u"1w"_s << u"36h"_s << qint64(7 * 86400) << qint64(36 * 3600) << true;
    // qmgr lowers bounce_queue_lifetime to maximal_queue_lifetime when it is larger.
    QTest::newRow("bounce capped") << u"1d"_s << u"5d"_s << qint64(86400) << qint64(86400) << true;
    QTest::newRow("zero: one attempt") << u"0"_s << u"0"_s << qint64(0) << qint64(0) << true;
    QTest::newRow("garbage maximal") << u"soon"_s << u"2d"_s << qint64(5 * 86400) << qint64(2 * 86400) << false;
    QTest::newRow("missing both") << QString() << QString() << qint64(5 * 86400) << qint64(5 * 86400) << false;
}

void TestQueueTimes::lifetimes()
{
    QFETCH(QString, maximal);
    QFETCH(QString, bounce);
    QFETCH(qint64, maximalSeconds);
    QFETCH(qint64, bounceSeconds);
    QFETCH(bool, fromServer);
    QHash<QString, QString> values;
    if (!maximal.isNull())
        values.insert(u"maximal_queue_lifetime"_s, maximal);
    if (!bounce.isNull())
        values.insert(u"bounce_queue_lifetime"_s, bounce);
    const QueueLifetimes l = Postfix::queueLifetimesFrom(values);
    QCOMPARE(l.maximalSeconds, maximalSeconds);
    QCOMPARE(l.bounceSeconds, bounceSeconds);
    QCOMPARE(l.fromServer, fromServer);
}

void TestQueueTimes::expiry_data()
{
    QTest::addColumn<QueuedMessage>("message");
    QTest::addColumn<qint64>("expected"); // -1 = nullopt

    const qint64 t = 1800000000;
    QTest::newRow("deferred") << message(QueueName::Deferred, t, u"a@x.example"_s) << t + 3 * 86400;
    QTest::newRow("active") << message(QueueName::Active, t, u"a@x.example"_s) << t + 3 * 86400;
    QTest::newRow("incoming") << message(QueueName::Incoming, t, u"a@x.example"_s) << t + 3 * 86400;
    QTest::newRow("MAILER-DAEMON") << message(QueueName::Deferred, t, u"MAILER-DAEMON"_s) << t + 86400;
    QTest::newRow("null sender") << message(QueueName::Deferred, t, u""_s) << t + 86400;
    QTest::newRow("mailer-daemon at a domain is normal mail")
        << message(QueueName::Deferred, t, u"MAILER-DAEMON@x.example"_s) << t + 3 * 86400;
    QTest::newRow("hold: frozen") << message(QueueName::Hold, t, u"a@x.example"_s) << qint64(-1);
    QTest::newRow("hold bounce: frozen") << message(QueueName::Hold, t, u"MAILER-DAEMON"_s) << qint64(-1);
    QTest::newRow("unknown arrival") << message(QueueName::Deferred, 0, u"a@x.example"_s) << qint64(-1);
    QTest::newRow("forced expire: due now") << message(QueueName::Deferred, t, u"a@x.example"_s, true) << t;
}

void TestQueueTimes::expiry()
{
    QFETCH(QueuedMessage, message);
    QFETCH(qint64, expected);
    QueueLifetimes lifetimes;
    lifetimes.maximalSeconds = 3 * 86400;
    lifetimes.bounceSeconds = 86400;
    QCOMPARE(Postfix::expiresAt(message, lifetimes).value_or(-1), expected);
}

void TestQueueTimes::fileTimes()
{
    // find DIR/deferred -type f -printf '%f %T@\n' as GNU find prints it (ten fraction digits).
    const QByteArray out = "4F2A9C1B7E 1763880000.0000000000\n"
                           "A1B2C3D4E5F 1763880300.5000000000\r\n"
                           "4Xk2QmP1vZz3gT 1763880600\n"
                           "\n";
    QList<Postfix::ParseIssue> issues;
    const QHash<QString, qint64> times = Postfix::parseQueueFileTimes(out, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
    QCOMPARE(times.size(), 3);
    QCOMPARE(times.value(u"4F2A9C1B7E"_s), 1763880000);
    QCOMPARE(times.value(u"A1B2C3D4E5F"_s), 1763880300);
    QCOMPARE(times.value(u"4Xk2QmP1vZz3gT"_s), 1763880600);
    QVERIFY(Postfix::parseQueueFileTimes("").isEmpty());
}

void TestQueueTimes::fileTimesHostile_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no time") << QByteArray("4F2A9C1B7E");
    QTest::newRow("no id") << QByteArray(" 1763880000.0");
    QTest::newRow("lowercase short id") << QByteArray("4f2a9c1b7e 1763880000.0");
    QTest::newRow("shell metacharacters") << QByteArray("$(reboot) 1763880000.0");
    QTest::newRow("name with space") << QByteArray("4F2A9C1B7E 4F2A9C1B7F 1763880000.0");
    QTest::newRow("dot file") << QByteArray(".4F2A9C1B7E 1763880000.0");
    QTest::newRow("negative time") << QByteArray("4F2A9C1B7E -1763880000.0");
    QTest::newRow("time with letters") << QByteArray("4F2A9C1B7E 17638e0000");
    QTest::newRow("dangling dot") << QByteArray("4F2A9C1B7E 1763880000.");
    QTest::newRow("two dots") << QByteArray("4F2A9C1B7E 1763880000.0.0");
    QTest::newRow("huge") << QByteArray("4F2A9C1B7E 99999999999999999999999");
    QTest::newRow("find error on stdout") << QByteArray("find: '/var/spool/postfix/deferred': Permission denied");
    QTest::newRow("binary") << QByteArray("\xff\xfe\0\x01 1763880000", 15);
    QTest::newRow("tab separated") << QByteArray("4F2A9C1B7E\t1763880000");
}

void TestQueueTimes::fileTimesHostile()
{
    QFETCH(QByteArray, line);
    QList<Postfix::ParseIssue> issues;
    const QHash<QString, qint64> times =
        Postfix::parseQueueFileTimes(QByteArray("A1B2C3D4E5F 1763880300\n" + line + "\n4F2A9C1B7D 1763880000\n"), &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().line, 2);
    QCOMPARE(times.size(), 2); // the good lines around it survive
    QVERIFY(times.contains(u"A1B2C3D4E5F"_s));
    QVERIFY(times.contains(u"4F2A9C1B7D"_s));
}

QTEST_GUILESS_MAIN(TestQueueTimes)
#include "tst_queuetimes.moc"
