// TuningPresets: retry presets and the per-destination throttle (TUNING_README's dedicated
// transport), its removal, and validation.
#include "actions/tuningpresets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Actions::TuningPresets;

class TestTuningPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryPresets();
    void throttle();
    void throttleKeepsMapOnce();
    void throttleValidation();
    void removeThrottle();
};

void TestTuningPresets::retryPresets()
{
    const auto presets = TuningPresets::retryPresets();
    QVERIFY(presets.size() >= 3);
    QStringList keys;
    for (const auto &p : presets) {
        keys << p.key;
        QVERIFY(!p.title.isEmpty() && !p.description.isEmpty());
        QCOMPARE(p.values.size(), 5);
        const auto plan = TuningPresets::retryPlan(p);
        QCOMPARE(plan.kind, u"tuning.retry"_s);
        QCOMPARE(plan.params.size(), 5);
        QVERIFY(plan.maps.isEmpty() && plan.master.isEmpty());
    }
    QVERIFY(keys.contains(u"postfix-default"_s) && keys.contains(u"patient"_s) && keys.contains(u"quick-bounce"_s));
}

void TestTuningPresets::throttle()
{
    TuningPresets::Throttle t;
    t.domain = u"Bulk-Receiver.example"_s;
    const auto plan = TuningPresets::throttlePlan(t, u"lmdb"_s, u"/etc/postfix"_s, u"texthash:/etc/postfix/transport"_s);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan->kind, u"tuning.throttle"_s);
    QCOMPARE(plan->master.size(), 1);
    QCOMPARE(plan->master.first().entry, u"postdesk-slow unix - - n - - smtp"_s);
    QHash<QString, QString> values;
    for (const auto &p : plan->params)
        values.insert(p.name, p.newValue);
    QCOMPARE(values.value(u"postdesk-slow_destination_concurrency_limit"_s), u"2"_s);
    QCOMPARE(values.value(u"postdesk-slow_destination_rate_delay"_s), u"1s"_s);
    QCOMPARE(values.value(u"postdesk-slow_initial_destination_concurrency"_s), u"2"_s);
    QCOMPARE(values.value(u"transport_maps"_s), u"lmdb:/etc/postfix/postdesk_transport, texthash:/etc/postfix/transport"_s);
    QCOMPARE(plan->maps.size(), 1);
    QCOMPARE(plan->maps.first().key, u"bulk-receiver.example"_s);
    QCOMPARE(plan->maps.first().value, QByteArray("postdesk-slow:"));
    QCOMPARE(plan->maps.first().mapType, u"lmdb"_s);
    QVERIFY(!plan->maps.first().secret);
}

void TestTuningPresets::throttleKeepsMapOnce()
{
    TuningPresets::Throttle t;
    t.domain = u"a.example"_s;
    t.concurrency = 8;
    const auto plan = TuningPresets::throttlePlan(t, u"hash"_s, u"/etc/postfix"_s,
                                                  u"hash:/etc/postfix/postdesk_transport,texthash:/etc/postfix/transport"_s);
    for (const auto &p : plan->params) {
        QVERIFY(p.name != u"transport_maps"_s);
        QVERIFY(p.name != u"postdesk-slow_initial_destination_concurrency"_s);
    }
}

void TestTuningPresets::throttleValidation()
{
    TuningPresets::Throttle t;
    t.domain = u"a.example; reboot"_s;
    QVERIFY(!TuningPresets::throttlePlan(t, u"hash"_s, u"/etc/postfix"_s, {}).ok());
    t.domain = u"a.example"_s;
    t.rateDelay = u"2h"_s;
    QVERIFY(!TuningPresets::throttlePlan(t, u"hash"_s, u"/etc/postfix"_s, {}).ok());
    t.rateDelay = u"1s"_s;
    t.concurrency = 0;
    QVERIFY(!TuningPresets::throttlePlan(t, u"hash"_s, u"/etc/postfix"_s, {}).ok());
    t.concurrency = 2;
    t.transport = u"Bad Name"_s;
    QVERIFY(!TuningPresets::throttlePlan(t, u"hash"_s, u"/etc/postfix"_s, {}).ok());
    t.transport = u"postdesk-slow"_s;
    QVERIFY(!TuningPresets::throttlePlan(t, u"hash"_s, u"etc/postfix"_s, {}).ok());
}

void TestTuningPresets::removeThrottle()
{
    auto plan = TuningPresets::removeThrottlePlan(u"a.example"_s, u"hash"_s, u"/etc/postfix"_s,
                                                  u"hash:/etc/postfix/postdesk_transport, texthash:/etc/postfix/transport"_s, false);
    QVERIFY(plan.ok());
    QCOMPARE(plan->maps.size(), 1);
    QVERIFY(plan->maps.first().remove);
    QVERIFY(plan->master.isEmpty() && plan->params.isEmpty());
    plan = TuningPresets::removeThrottlePlan(u"a.example"_s, u"hash"_s, u"/etc/postfix"_s,
                                             u"hash:/etc/postfix/postdesk_transport, texthash:/etc/postfix/transport"_s, true);
    QCOMPARE(plan->master.size(), 1);
    QVERIFY(plan->master.first().remove);
    bool mapsSet = false;
    for (const auto &p : plan->params)
        if (p.name == u"transport_maps"_s) {
            mapsSet = true;
            QCOMPARE(p.newValue, u"texthash:/etc/postfix/transport"_s);
        }
    QVERIFY(mapsSet);
}

QTEST_GUILESS_MAIN(TestTuningPresets)
#include "tst_tuningpresets.moc"
