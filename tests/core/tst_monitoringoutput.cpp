// Nagios plugin line + perfdata and the Prometheus exposition, the latter read back by the strict
// parser of tests/support/prometheustext.
#include "fleet/monitoringoutput.h"

#include "prometheustext.h"

#include <QRegularExpression>
#include <QTest>

using namespace Fleet;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

PollSummary seeded(qint64 deferred = 280, qint64 hold = 20)
{
    PollSummary s;
    s.server = QUuid::createUuid();
    s.takenAt = t0;
    s.elapsedMs = 1234;
    s.perQueue[std::size_t(Postfix::QueueName::Deferred)] = deferred;
    s.perQueue[std::size_t(Postfix::QueueName::Hold)] = hold;
    s.perClass[std::size_t(Diagnosis::ReasonClass::Network)] = deferred;
    s.total = deferred + hold;
    s.recipients = s.total * 2;
    s.bytes = s.total * 1000;
    s.oldestArrival = t0.toSecsSinceEpoch() - 5400;
    s.topSender = QStringLiteral("news@example.org");
    s.topSenderCount = s.total / 10;
    return s;
}

PollSummary failed(PollError error, const QString &text)
{
    PollSummary s;
    s.server = QUuid::createUuid();
    s.takenAt = t0;
    s.elapsedMs = 20;
    s.error = error;
    s.errorText = text;
    return s;
}

// perfdata items "label=value;…" → label → the whole item
QMap<QString, QString> perfItems(const QString &line)
{
    QMap<QString, QString> items;
    const qsizetype bar = line.indexOf(QLatin1Char('|'));
    if (bar < 0)
        return items;
    const QStringList parts = line.mid(bar + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        items.insert(p.section(QLatin1Char('='), 0, 0), p);
    return items;
}

} // namespace

class TestMonitoringOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nagiosStates_data();
    void nagiosStates();
    void nagiosPerfdataSyntax();
    void nagiosUnknown();
    void nagiosKeepsOneLine();
    void prometheusFamilies();
    void prometheusDownServer();
    void prometheusEscapes();
    void prometheusEmpty();
};

void TestMonitoringOutput::nagiosStates_data()
{
    QTest::addColumn<qint64>("warn");
    QTest::addColumn<qint64>("crit");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("ok") << qint64(500) << qint64(2000) << 0 << QStringLiteral("POSTDESK OK - mx1: ");
    QTest::newRow("warning") << qint64(100) << qint64(2000) << 1 << QStringLiteral("POSTDESK WARNING - mx1: ");
    QTest::newRow("critical") << qint64(100) << qint64(200) << 2 << QStringLiteral("POSTDESK CRITICAL - mx1: ");
    QTest::newRow("thresholds off") << qint64(0) << qint64(0) << 0 << QStringLiteral("POSTDESK OK - mx1: ");
}

void TestMonitoringOutput::nagiosStates()
{
    QFETCH(qint64, warn);
    QFETCH(qint64, crit);
    QFETCH(int, exitCode);
    QFETCH(QString, prefix);
    AlertThresholds t;
    t.deferred = {warn, crit};
    const NagiosResult r = nagiosCheck(QStringLiteral("mx1"), seeded(), t, std::nullopt);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.line.startsWith(prefix), qPrintable(r.line));
    if (exitCode == 0)
        QVERIFY2(r.line.contains(QLatin1String("300")), qPrintable(r.line));
    else
        QVERIFY2(r.line.contains(QLatin1String("280 deferred")), qPrintable(r.line));
    const QMap<QString, QString> perf = perfItems(r.line);
    QCOMPARE(perf.value(QStringLiteral("deferred")),
             warn ? QStringLiteral("deferred=280;%1;%2;0").arg(warn).arg(crit) : QStringLiteral("deferred=280;;;0"));
    QCOMPARE(perf.value(QStringLiteral("hold")), QStringLiteral("hold=20;;;0"));
    QCOMPARE(perf.value(QStringLiteral("total")), QStringLiteral("total=300;;;0"));
    QCOMPARE(perf.value(QStringLiteral("oldest_age")), QStringLiteral("oldest_age=5400s;86400;259200;0"));
    QCOMPARE(perf.value(QStringLiteral("top_sender_share")), QStringLiteral("top_sender_share=10.0%;50;80;0;100"));
    QVERIFY(!perf.contains(QStringLiteral("growth")));
    QVERIFY(!perf.contains(QStringLiteral("unknown")));
}

void TestMonitoringOutput::nagiosPerfdataSyntax()
{
    // Monitoring Plugins guidelines: 'label'=value[UOM];[warn];[crit];[min];[max]
    static const QRegularExpression item(QStringLiteral(
        "^('[^']+'|[^ '=]+)=-?[0-9.]+(s|ms|us|%|B|KB|MB|TB|c)?(;[0-9.:~@-]*){0,4}$"));
    AlertThresholds t;
    const NagiosResult r = nagiosCheck(QStringLiteral("mx1"), seeded(), t, 42);
    const QString perf = r.line.section(QStringLiteral(" | "), 1);
    QVERIFY(!perf.isEmpty());
    for (const QString &p : perf.split(QLatin1Char(' ')))
        QVERIFY2(item.match(p).hasMatch(), qPrintable(p));
    QCOMPARE(perfItems(r.line).value(QStringLiteral("growth")), QStringLiteral("growth=42;200;1000"));
    const NagiosResult shrink = nagiosCheck(QStringLiteral("mx1"), seeded(), t, -7);
    QCOMPARE(perfItems(shrink.line).value(QStringLiteral("growth")), QStringLiteral("growth=-7;200;1000"));
    const NagiosResult growing = nagiosCheck(QStringLiteral("mx1"), seeded(), t, 1500);
    QCOMPARE(growing.exitCode, 2);
    QVERIFY2(growing.line.contains(QLatin1String("1500")), qPrintable(growing.line));
}

void TestMonitoringOutput::nagiosUnknown()
{
    const NagiosResult r = nagiosCheck(QStringLiteral("mx2"),
                                       failed(PollError::HostKeyChanged, QStringLiteral("host key changed")),
                                       AlertThresholds{}, std::nullopt);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.line, QStringLiteral("POSTDESK UNKNOWN - mx2: host key changed"));
    const NagiosResult bare = nagiosCheck(QStringLiteral("mx2"), failed(PollError::Timeout, {}),
                                          AlertThresholds{}, std::nullopt);
    QCOMPARE(bare.exitCode, 3);
    QVERIFY2(bare.line.startsWith(QLatin1String("POSTDESK UNKNOWN - mx2: ")) && bare.line.size() > 24,
             qPrintable(bare.line));
}

void TestMonitoringOutput::nagiosKeepsOneLine()
{
    const NagiosResult r = nagiosCheck(QStringLiteral("a|b\nc"),
                                       failed(PollError::Remote, QStringLiteral("postqueue: fatal\nline two | x")),
                                       AlertThresholds{}, std::nullopt);
    QVERIFY(!r.line.contains(QLatin1Char('\n')));
    QVERIFY(!r.line.contains(QLatin1Char('|')));
}

void TestMonitoringOutput::prometheusFamilies()
{
    const PollSummary s = seeded();
    const QByteArray text = prometheusExposition({{QStringLiteral("mx1"), s}});
    const PrometheusText::Parsed parsed = PrometheusText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(text)));
    const QStringList expected{QStringLiteral("postdesk_up"), QStringLiteral("postdesk_poll_duration_seconds"),
                               QStringLiteral("postdesk_queue_messages"), QStringLiteral("postdesk_queue_class_messages"),
                               QStringLiteral("postdesk_queue_oldest_message_age_seconds"),
                               QStringLiteral("postdesk_queue_top_sender_share"), QStringLiteral("postdesk_queue_recipients"),
                               QStringLiteral("postdesk_queue_bytes")};
    QStringList names;
    for (const PrometheusText::Family &f : parsed.families) {
        names << f.name;
        QCOMPARE(f.type, QStringLiteral("gauge"));
        QVERIFY(!f.help.isEmpty());
    }
    QCOMPARE(names, expected);
    const QString server = QStringLiteral("mx1");
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_up"), {{QStringLiteral("server"), server}})->value, 1.0);
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_poll_duration_seconds"), {{QStringLiteral("server"), server}})->value, 1.234);
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_messages")).size(), 6);
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_queue_messages"),
                           {{QStringLiteral("server"), server}, {QStringLiteral("queue"), QStringLiteral("deferred")}})->value, 280.0);
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_queue_messages"),
                           {{QStringLiteral("server"), server}, {QStringLiteral("queue"), QStringLiteral("active")}})->value, 0.0);
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_class_messages")).size(), Diagnosis::reasonClassCount);
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_queue_class_messages"),
                           {{QStringLiteral("server"), server}, {QStringLiteral("class"), QStringLiteral("network")}})->value, 280.0);
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_oldest_message_age_seconds")).first().value, 5400.0);
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_top_sender_share")).first().value, 0.1);
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_recipients")).first().value, 600.0);
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_bytes")).first().value, 300000.0);
    QVERIFY(!text.contains("postdesk_poll_error"));
}

void TestMonitoringOutput::prometheusDownServer()
{
    const QByteArray text = prometheusExposition(
        {{QStringLiteral("mx1"), seeded()},
         {QStringLiteral("mx2"), failed(PollError::Unreachable, QStringLiteral("connection refused"))},
         {QStringLiteral("mx3"), seeded(5, 0)}});
    const PrometheusText::Parsed parsed = PrometheusText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_up")).size(), 3);
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_up"), {{QStringLiteral("server"), QStringLiteral("mx2")}})->value, 0.0);
    QCOMPARE(parsed.sample(QStringLiteral("postdesk_poll_error"),
                           {{QStringLiteral("server"), QStringLiteral("mx2")}, {QStringLiteral("error"), QStringLiteral("unreachable")}})->value,
             1.0);
    QVERIFY(parsed.samples(QStringLiteral("postdesk_queue_messages"), {{QStringLiteral("server"), QStringLiteral("mx2")}}).isEmpty());
    QCOMPARE(parsed.samples(QStringLiteral("postdesk_queue_messages"), {{QStringLiteral("server"), QStringLiteral("mx3")}}).size(), 6);
}

void TestMonitoringOutput::prometheusEscapes()
{
    const QString name = QStringLiteral("mx \"Frankfurt\"\\DE\nline2 ü");
    const PrometheusText::Parsed parsed = PrometheusText::parse(prometheusExposition({{name, seeded()}}));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QVERIFY(parsed.sample(QStringLiteral("postdesk_up"), {{QStringLiteral("server"), name}}));
}

void TestMonitoringOutput::prometheusEmpty()
{
    QVERIFY(prometheusExposition({}).isEmpty());
    QVERIFY(PrometheusText::parse(prometheusExposition({})).ok());
}

QTEST_GUILESS_MAIN(TestMonitoringOutput)
#include "tst_monitoringoutput.moc"
