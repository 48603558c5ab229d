// Speed of the client-side qshape (computeQueueShape) and top senders on synthetic queues of
// 100,000 and 1,000,000 messages (1–5 recipients each, a few hot domains and a long tail, ages up
// to 5 days). Run: build-*/bench/bench_queueshape
#include "postfix/queueshape.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

QList<QueuedMessage> syntheticQueue(int messages)
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> recipientCount(1, 5);
    std::uniform_int_distribution<int> tail(0, 20000);
    std::uniform_int_distribution<int> hot(0, 9);
    std::uniform_int_distribution<int> coin(0, 99);
    std::uniform_int_distribution<qint64> age(0, 5 * 86400);
    const QueueName queues[] = {QueueName::Deferred, QueueName::Deferred, QueueName::Deferred,
                                QueueName::Active, QueueName::Hold};
    const qint64 now = 1800000000;
    QList<QueuedMessage> out;
    out.reserve(messages);
    for (int i = 0; i < messages; ++i) {
        QueuedMessage m;
        m.queueName = queues[i % 5];
        m.queueId = QString::number(0x10000000 + i, 16).toUpper();
        m.arrivalTime = now - age(rng);
        m.messageSize = 2000 + i % 50000;
        m.sender = coin(rng) < 5 ? QString() : u"user%1@sender%2.example"_s.arg(i % 300).arg(i % 40);
        const int n = recipientCount(rng);
        for (int r = 0; r < n; ++r) {
            // 60 % of recipients at ten big providers (mixed case, as users type them), the rest
            // spread over a long tail of 20,000 domains.
            const QString domain = coin(rng) < 60 ? u"Mail%1.Provider.example"_s.arg(hot(rng))
                                                  : u"d%1.tail.example"_s.arg(tail(rng));
            m.recipients.append({u"rcpt%1@"_s.arg(r) + domain, {}, {}, {}});
        }
        out.append(std::move(m));
    }
    return out;
}

const QList<QueuedMessage> &queue(int messages)
{
    static const QList<QueuedMessage> small = syntheticQueue(100000);
    static const QList<QueuedMessage> big = syntheticQueue(1000000);
    return messages == 100000 ? small : big;
}

qint64 recipientsOf(const QList<QueuedMessage> &ms)
{
    qint64 n = 0;
    for (const QueuedMessage &m : ms)
        n += m.recipients.size();
    return n;
}

void BM_ShapeByRecipient(benchmark::State &state)
{
    const auto &ms = queue(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(computeQueueShape(ms, 1800000000));
    state.counters["recipients/s"] =
        benchmark::Counter(double(recipientsOf(ms)) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ShapeByRecipient)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_ShapeBySenderDeferred(benchmark::State &state)
{
    const auto &ms = queue(int(state.range(0)));
    QueueShapeOptions options;
    options.by = QueueShapeOptions::By::SenderDomain;
    options.queues = {QueueName::Deferred};
    options.maxRows = 20;
    for (auto _ : state)
        benchmark::DoNotOptimize(computeQueueShape(ms, 1800000000, options));
}
BENCHMARK(BM_ShapeBySenderDeferred)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_ShapeParentDomains(benchmark::State &state)
{
    const auto &ms = queue(int(state.range(0)));
    QueueShapeOptions options;
    options.parentDomains = true;
    for (auto _ : state)
        benchmark::DoNotOptimize(computeQueueShape(ms, 1800000000, options));
}
BENCHMARK(BM_ShapeParentDomains)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_TopSenders(benchmark::State &state)
{
    const auto &ms = queue(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(topSenders(ms, 20));
}
BENCHMARK(BM_TopSenders)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
