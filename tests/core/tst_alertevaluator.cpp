// Alert judgement: thresholds, the stateless check of postdesk-cli, and the dashboard's evaluator
// with hysteresis (raise delay, clear mark, escalation) and growth over a time window.
#include "fleet/alertevaluator.h"

#include <QTest>

using namespace Fleet;

namespace {

const QUuid serverA = QUuid::fromString(QStringLiteral("{6c3b1b9e-55a1-4b8e-9b1e-0c7d1d5f0a01}"));
const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

PollSummary summaryAt(const QDateTime &at, qint64 deferred, qint64 other = 0)
{
    PollSummary s;
    s.server = serverA;
    s.takenAt = at;
    s.perQueue[std::size_t(Postfix::QueueName::Deferred)] = deferred;
    s.perQueue[std::size_t(Postfix::QueueName::Active)] = other;
    s.total = deferred + other;
    s.oldestArrival = s.total ? at.toSecsSinceEpoch() - 3600 : 0;
    return s;
}

AlertThresholds deferredOnly(qint64 warn, qint64 crit, int raiseAfter = 1, int clearPercent = 20)
{
    AlertThresholds t;
    t.deferred = {warn, crit};
    t.growth = {};
    t.oldestAgeHours = {};
    t.topSenderPercent = {};
    t.raiseAfterPolls = raiseAfter;
    t.clearPercent = clearPercent;
    return t;
}

QChar letter(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QLatin1Char('O');
    case Severity::Warning:
        return QLatin1Char('W');
    case Severity::Critical:
        return QLatin1Char('C');
    case Severity::Unknown:
        break;
    }
    return QLatin1Char('U');
}

std::optional<AlertState> stateOf(const QList<AlertState> &states, AlertMetric metric)
{
    for (const AlertState &s : states)
        if (s.metric == metric)
            return s;
    return std::nullopt;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdSeverity_data();
    void thresholdSeverity();
    void keys();
    void stateless_data();
    void stateless();
    void topSenderNeedsMinimum();
    void hysteresis_data();
    void hysteresis();
    void changesAreReported();
    void failedPollChangesNothing();
    void growthWindow();
    void growthAlertAndSeed();
    void disabledMetricClears();
};

void TestAlertEvaluator::thresholdSeverity_data()
{
    QTest::addColumn<qint64>("warn");
    QTest::addColumn<qint64>("crit");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<Severity>("expected");
    QTest::newRow("below") << qint64(100) << qint64(200) << qint64(99) << Severity::Ok;
    QTest::newRow("at warn") << qint64(100) << qint64(200) << qint64(100) << Severity::Warning;
    QTest::newRow("at crit") << qint64(100) << qint64(200) << qint64(200) << Severity::Critical;
    QTest::newRow("warn off") << qint64(0) << qint64(200) << qint64(150) << Severity::Ok;
    QTest::newRow("warn off, crit") << qint64(0) << qint64(200) << qint64(250) << Severity::Critical;
    QTest::newRow("crit off") << qint64(100) << qint64(0) << qint64(100000) << Severity::Warning;
    QTest::newRow("both off") << qint64(0) << qint64(0) << qint64(100000) << Severity::Ok;
    QTest::newRow("negative") << qint64(100) << qint64(200) << qint64(-50) << Severity::Ok;
}

void TestAlertEvaluator::thresholdSeverity()
{
    QFETCH(qint64, warn);
    QFETCH(qint64, crit);
    QFETCH(qint64, value);
    QFETCH(Severity, expected);
    QCOMPARE((Threshold{warn, crit}.severityOf(value)), expected);
    QCOMPARE((Threshold{warn, crit}.enabled()), warn > 0 || crit > 0);
}

void TestAlertEvaluator::keys()
{
    QCOMPARE(severityKey(Severity::Ok), QStringLiteral("ok"));
    QCOMPARE(severityKey(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityKey(Severity::Critical), QStringLiteral("critical"));
    QCOMPARE(severityKey(Severity::Unknown), QStringLiteral("unknown"));
    QCOMPARE(alertMetricKey(AlertMetric::Deferred), QStringLiteral("deferred"));
    QCOMPARE(alertMetricKey(AlertMetric::Growth), QStringLiteral("growth"));
    QCOMPARE(alertMetricKey(AlertMetric::OldestAge), QStringLiteral("oldest_age"));
    QCOMPARE(alertMetricKey(AlertMetric::TopSenderShare), QStringLiteral("top_sender_share"));
    QVERIFY(!severityTitle(Severity::Warning).isEmpty());
    QVERIFY(Severity::Critical > Severity::Warning && Severity::Unknown > Severity::Critical);
}

void TestAlertEvaluator::stateless_data()
{
    QTest::addColumn<qint64>("deferred");
    QTest::addColumn<qint64>("growth"); // -1 = unknown
    QTest::addColumn<QString>("expected"); // metric=severity letters, in order
    QTest::addColumn<QString>("worst");
    QTest::newRow("all ok") << qint64(10) << qint64(5) << QStringLiteral("deferred=O growth=O oldest_age=O top_sender_share=O") << QStringLiteral("O");
    QTest::newRow("deferred warning") << qint64(600) << qint64(-1) << QStringLiteral("deferred=W oldest_age=O top_sender_share=O") << QStringLiteral("W");
    QTest::newRow("deferred critical") << qint64(2500) << qint64(0) << QStringLiteral("deferred=C growth=O oldest_age=O top_sender_share=O") << QStringLiteral("C");
    QTest::newRow("growth critical") << qint64(10) << qint64(1500) << QStringLiteral("deferred=O growth=C oldest_age=O top_sender_share=O") << QStringLiteral("C");
    QTest::newRow("shrinking") << qint64(10) << qint64(-900) << QStringLiteral("deferred=O growth=O oldest_age=O top_sender_share=O") << QStringLiteral("O");
}

void TestAlertEvaluator::stateless()
{
    QFETCH(qint64, deferred);
    QFETCH(qint64, growth);
    QFETCH(QString, expected);
    QFETCH(QString, worst);
    PollSummary s = summaryAt(t0, deferred, 100);
    s.topSender = QStringLiteral("a@example.org");
    s.topSenderCount = 1;
    const QList<AlertState> states = evaluateAlerts(s, AlertThresholds{},
                                                    growth == -1 ? std::nullopt : std::optional<qint64>(growth));
    QStringList got;
    for (const AlertState &st : states) {
        got << alertMetricKey(st.metric) + QLatin1Char('=') + letter(st.severity);
        QVERIFY2(!st.text.isEmpty(), qPrintable(got.last()));
        QCOMPARE(st.server, serverA);
        QCOMPARE(st.threshold == 0, st.severity == Severity::Ok);
    }
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
    QCOMPARE(QString(letter(worstSeverity(states))), worst);
    if (deferred == 600) {
        const AlertState d = *stateOf(states, AlertMetric::Deferred);
        QCOMPARE(d.value, 600);
        QCOMPARE(d.threshold, 500);
        QVERIFY2(d.text.contains(QLatin1String("600")) && d.text.contains(QLatin1String("500")), qPrintable(d.text));
    }
}

void TestAlertEvaluator::topSenderNeedsMinimum()
{
    AlertThresholds t;
    t.topSenderMinimumMessages = 50;
    PollSummary small = summaryAt(t0, 40);
    small.topSender = QStringLiteral("spam@example.org");
    small.topSenderCount = 40; // 100 %, but only 40 messages
    auto share = stateOf(evaluateAlerts(small, t, std::nullopt), AlertMetric::TopSenderShare);
    QVERIFY(share);
    QCOMPARE(share->severity, Severity::Ok);
    QCOMPARE(share->value, 100);

    PollSummary big = summaryAt(t0, 100);
    big.topSender = QStringLiteral("spam@example.org");
    big.topSenderCount = 85;
    share = stateOf(evaluateAlerts(big, t, std::nullopt), AlertMetric::TopSenderShare);
    QCOMPARE(share->severity, Severity::Critical);
    QCOMPARE(share->value, 85);
    QVERIFY2(share->text.contains(QLatin1String("spam@example.org")), qPrintable(share->text));

    PollSummary old = summaryAt(t0, 1);
    old.oldestArrival = t0.toSecsSinceEpoch() - 30 * 3600;
    const auto age = stateOf(evaluateAlerts(old, t, std::nullopt), AlertMetric::OldestAge);
    QCOMPARE(age->value, 30);
    QCOMPARE(age->severity, Severity::Warning);
}

void TestAlertEvaluator::hysteresis_data()
{
    QTest::addColumn<int>("raiseAfter");
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QString>("expected");
    // warn 100, crit 200, clear 20 %: warning clears below 80, critical lowers below 160.
    QTest::newRow("simple raise and clear") << 1 << QList<qint64>{50, 100, 120, 79, 50} << QStringLiteral("OWWOO");
    QTest::newRow("flapping at the threshold does not flap")
        << 1 << QList<qint64>{99, 100, 99, 101, 98, 100, 85, 100, 81, 80, 79, 99, 100}
        << QStringLiteral("OWWWWWWWWWOOW");
    QTest::newRow("raise needs consecutive polls")
        << 3 << QList<qint64>{150, 150, 50, 150, 150, 150, 90} << QStringLiteral("OOOOOWW");
    QTest::newRow("escalation is immediate")
        << 3 << QList<qint64>{150, 150, 150, 250, 170, 159, 81, 79} << QStringLiteral("OOWCCWWO");
    QTest::newRow("straight to critical after the delay")
        << 2 << QList<qint64>{300, 300, 300, 10} << QStringLiteral("OCCO");
    QTest::newRow("critical clears to ok directly") << 1 << QList<qint64>{500, 40} << QStringLiteral("CO");
    QTest::newRow("critical to warning when between marks") << 1 << QList<qint64>{500, 150, 100, 79}
                                                            << QStringLiteral("CWWO");
}

void TestAlertEvaluator::hysteresis()
{
    QFETCH(int, raiseAfter);
    QFETCH(QList<qint64>, values);
    QFETCH(QString, expected);
    AlertEvaluator evaluator;
    evaluator.setThresholds(serverA, deferredOnly(100, 200, raiseAfter));
    QString got;
    for (qsizetype i = 0; i < values.size(); ++i) {
        evaluator.update(summaryAt(t0.addSecs(60 * i), values.at(i)));
        got += letter(evaluator.severity(serverA));
    }
    QCOMPARE(got, expected);
}

void TestAlertEvaluator::changesAreReported()
{
    AlertEvaluator evaluator;
    evaluator.setThresholds(serverA, deferredOnly(100, 200));
    QVERIFY(evaluator.update(summaryAt(t0, 10)).isEmpty());
    QCOMPARE(evaluator.current(serverA).size(), 1);
    QCOMPARE(evaluator.current(serverA).first().severity, Severity::Ok);

    QList<AlertChange> changes = evaluator.update(summaryAt(t0.addSecs(60), 150));
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().raised());
    QCOMPARE(changes.first().previous, Severity::Ok);
    QCOMPARE(changes.first().state.severity, Severity::Warning);
    QCOMPARE(changes.first().state.threshold, 100);
    QCOMPARE(changes.first().state.since, t0.addSecs(60));

    QVERIFY(evaluator.update(summaryAt(t0.addSecs(120), 160)).isEmpty());
    QCOMPARE(evaluator.current(serverA).first().since, t0.addSecs(60)); // since stays
    QCOMPARE(evaluator.current(serverA).first().value, 160);

    changes = evaluator.update(summaryAt(t0.addSecs(180), 10));
    QCOMPARE(changes.size(), 1);
    QVERIFY(!changes.first().raised());
    QCOMPARE(changes.first().state.severity, Severity::Ok);
    QCOMPARE(changes.first().previous, Severity::Warning);

    evaluator.forget(serverA);
    QVERIFY(evaluator.current(serverA).isEmpty());
    QCOMPARE(evaluator.severity(serverA), Severity::Ok);
}

void TestAlertEvaluator::failedPollChangesNothing()
{
    AlertEvaluator evaluator;
    evaluator.setThresholds(serverA, deferredOnly(100, 200));
    evaluator.update(summaryAt(t0, 250));
    QCOMPARE(evaluator.severity(serverA), Severity::Critical);
    PollSummary failed;
    failed.server = serverA;
    failed.takenAt = t0.addSecs(60);
    failed.error = PollError::Unreachable;
    failed.errorText = QStringLiteral("connection refused");
    QVERIFY(evaluator.update(failed).isEmpty());
    QCOMPARE(evaluator.severity(serverA), Severity::Critical);
}

void TestAlertEvaluator::growthWindow()
{
    AlertEvaluator evaluator;
    AlertThresholds t = deferredOnly(0, 0);
    t.growth = {100, 500};
    t.growthWindowMinutes = 10;
    evaluator.setThresholds(serverA, t);
    QVERIFY(!evaluator.growth(serverA));
    evaluator.update(summaryAt(t0, 100));
    QVERIFY(!evaluator.growth(serverA)); // one sample
    evaluator.update(summaryAt(t0.addSecs(3 * 60), 150));
    QVERIFY(!evaluator.growth(serverA)); // baseline only 3 min old: less than half the window
    evaluator.update(summaryAt(t0.addSecs(6 * 60), 300));
    QCOMPARE(evaluator.growth(serverA), 200); // 300 − 100 (6 min ago)
    evaluator.update(summaryAt(t0.addSecs(12 * 60), 400));
    QCOMPARE(evaluator.growth(serverA), 250); // t0 left the window: 400 − 150 (9 min ago)
    evaluator.update(summaryAt(t0.addSecs(40 * 60), 50));
    QVERIFY(!evaluator.growth(serverA)); // a gap: nothing inside the window but now
}

void TestAlertEvaluator::growthAlertAndSeed()
{
    AlertThresholds t = deferredOnly(0, 0);
    t.growth = {100, 500};
    t.growthWindowMinutes = 10;
    AlertEvaluator evaluator;
    evaluator.setThresholds(serverA, t);
    evaluator.seedHistory(serverA, {{t0.addSecs(-8 * 60), 100}, {t0.addSecs(-4 * 60), 120}});
    const QList<AlertChange> changes = evaluator.update(summaryAt(t0, 350));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().state.metric, AlertMetric::Growth);
    QCOMPARE(changes.first().state.severity, Severity::Warning);
    QCOMPARE(changes.first().state.value, 250);
    QVERIFY2(changes.first().state.text.contains(QLatin1String("250")), qPrintable(changes.first().state.text));
    // Growth falls back (queue stable for a while): clears below 80 only.
    evaluator.update(summaryAt(t0.addSecs(5 * 60), 350));
    QCOMPARE(evaluator.severity(serverA), Severity::Warning); // 350 − 120 = 230
    evaluator.update(summaryAt(t0.addSecs(11 * 60), 360));
    QCOMPARE(*evaluator.growth(serverA), 10);                  // 360 − 350
    QCOMPARE(evaluator.severity(serverA), Severity::Ok);
}

void TestAlertEvaluator::disabledMetricClears()
{
    AlertEvaluator evaluator;
    evaluator.setThresholds(serverA, deferredOnly(100, 200));
    evaluator.update(summaryAt(t0, 150));
    QCOMPARE(evaluator.severity(serverA), Severity::Warning);
    evaluator.setThresholds(serverA, deferredOnly(0, 0));
    const QList<AlertChange> changes = evaluator.update(summaryAt(t0.addSecs(60), 150));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().state.severity, Severity::Ok);
    QCOMPARE(changes.first().previous, Severity::Warning);
    QVERIFY(evaluator.current(serverA).isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
