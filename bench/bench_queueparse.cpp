// Throughput and memory of the queue-listing parsers on synthetic but realistic postqueue output.
// Reproduce: see docs/benchmarks.md ("## Parsing"). Extra flag, before Google Benchmark's own:
//   --write-jsonl=PATH   write the 100,000-message input to PATH and exit (for grep/jq baselines)
#include "postfix/queuejsonreference.h"
#include "postfix/queueparsers.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <array>
#include <cstring>
#include <random>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

constexpr int kMessages = 100000;
constexpr int kMillion = 1000000;

// Real-looking delay reasons of varied length; %H/%I are replaced with a host and an address
// so that a share of them is unique, as on a real queue.
constexpr std::array kReasons = {
    "connect to %H[%I]:25: Connection timed out",
    "connect to %H[%I]:25: Connection refused",
    "delivery temporarily suspended: connect to %H[%I]:25: Connection timed out",
    "Host or domain name not found. Name service error for name=%H type=MX: Host not found, try "
    "again",
    "host %H[%I] said: 421 4.7.0 Try again later, closing connection. (EHLO) (in reply to EHLO "
    "command)",
    "host %H[%I] said: 450 4.2.1 The user you are trying to contact is receiving mail at a rate "
    "that prevents additional messages from being delivered. (in reply to end of DATA command)",
    "host %H[%I] said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT "
    "TO command)",
    "host %H[%I] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)",
    "conversation with %H[%I] timed out while receiving the initial server greeting",
    "lost connection with %H[%I] while receiving the initial server greeting",
    "TLS is required, but was not offered by host %H[%I]",
    "mail transport unavailable",
};

QByteArray expand(const char *pattern, int host)
{
    QByteArray out(pattern);
    const QByteArray name = "mx" + QByteArray::number(host % 7) + ".dom"
            + QByteArray::number(host) + ".example";
    const QByteArray address = "192.0.2." + QByteArray::number(host % 250 + 1);
    out.replace("%H", name);
    out.replace("%I", address);
    return out;
}

QByteArray shortId(std::mt19937 &random)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray id(11, '0');
    for (char &c : id)
        c = hex[random() % 16];
    return id;
}

QByteArray longId(std::mt19937 &random)
{
    static const char alphabet[] = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";
    QByteArray id;
    for (int i = 0; i < 10; ++i)
        id += alphabet[random() % 51];
    id += 'z';
    for (int i = 0; i < 4; ++i)
        id += alphabet[random() % 50];
    return id;
}

// One deterministic queue: the same seed gives the same bytes on every machine.
QByteArray generateJson(int messages)
{
    std::mt19937 random(20261123);
    QByteArray out;
    out.reserve(qsizetype(messages) * 380);
    for (int i = 0; i < messages; ++i) {
        const unsigned pick = random() % 100;
        const char *queue = pick < 85 ? "deferred" : pick < 93 ? "active" : pick < 98 ? "hold"
                                                                                      : "incoming";
        const QByteArray id = (i % 2) ? longId(random) : shortId(random);
        const QByteArray sender = (random() % 20 == 0)
                ? QByteArray("MAILER-DAEMON")
                : "news" + QByteArray::number(random() % 2000) + "@sender.example";
        const unsigned r = random() % 100;
        const int recipients = r < 80 ? 1 : r < 92 ? 2 : r < 97 ? 3 : r < 99 ? 4 : 5;
        const int host = int(random() % 5000);
        const QByteArray reason = expand(kReasons[random() % kReasons.size()], host);
        out += "{\"queue_name\": \"";
        out += queue;
        out += "\", \"queue_id\": \"" + id + "\", \"arrival_time\": "
                + QByteArray::number(1755000000 + int(random() % 432000))
                + ", \"message_size\": " + QByteArray::number(500 + random() % 60000)
                + ", \"forced_expire\": false, \"sender\": \"" + sender + "\", \"recipients\": [";
        for (int k = 0; k < recipients; ++k) {
            const QByteArray address = "user" + QByteArray::number(random() % 100000) + "@dom"
                    + QByteArray::number(host) + ".example";
            if (k)
                out += ", ";
            out += "{\"address\": \"" + address + "\"";
            if (pick < 85 || pick >= 93)
                out += ", \"delay_reason\": \"" + reason + "\"";
            out += '}';
        }
        out += "]}\n";
    }
    return out;
}

// The same queue as postqueue -p prints it (showq_compat.c layout, short-ID columns), for the
// text parser. Times are written in UTC and parsed back with a UTC server zone.
QByteArray generateText(const QList<QueuedMessage> &messages)
{
    QByteArray out = "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n";
    qint64 bytes = 0;
    for (const QueuedMessage &message : messages) {
        const QDateTime arrival = QDateTime::fromSecsSinceEpoch(message.arrivalTime, QTimeZone::utc());
        const QByteArray stamp = QLocale::c().toString(arrival, u"ddd MMM"_s).toLatin1() + ' '
                + QByteArray::number(arrival.date().day()).rightJustified(2, ' ') + ' '
                + arrival.time().toString(u"hh:mm:ss"_s).toLatin1();
        QByteArray id = message.queueId.toLatin1();
        if (message.queueName == QueueName::Active)
            id += '*';
        else if (message.queueName == QueueName::Hold)
            id += '!';
        out += id.leftJustified(11) + ' ' + QByteArray::number(message.messageSize).rightJustified(7)
                + ' ' + stamp + "  " + message.sender.toUtf8() + '\n';
        QString reason;
        for (const Recipient &recipient : message.recipients) {
            if (recipient.delayReason != reason) {
                reason = recipient.delayReason;
                const QByteArray shown = reason.isEmpty() ? QByteArray("reason unavailable")
                                                          : reason.toUtf8();
                out += QByteArray(qMax(0, 76 - int(shown.size())), ' ') + '(' + shown + ")\n";
            }
            out += QByteArray(41, ' ') + recipient.address.toUtf8() + '\n';
        }
        out += '\n';
        bytes += message.messageSize;
    }
    out += "-- " + QByteArray::number(bytes / 1024) + " Kbytes in "
            + QByteArray::number(messages.size()) + " Requests.\n";
    return out;
}

const QByteArray &jsonInput()
{
    static const QByteArray input = generateJson(kMessages);
    return input;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

void BM_QueueJson(benchmark::State &state)
{
    const QByteArray &input = jsonInput();
    for (auto _ : state) {
        Parsed<QueuedMessage> parsed = parseQueueJson(input);
        benchmark::DoNotOptimize(parsed);
        // Freeing 100,000 messages is not parsing (the GUI frees the previous listing later).
        state.PauseTiming();
        parsed = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * input.size());
    state.counters["messages"] = kMessages;
}

void BM_QueueJsonReference(benchmark::State &state)
{
    const QByteArray &input = jsonInput();
    for (auto _ : state) {
        Parsed<QueuedMessage> parsed = parseQueueJsonReference(input);
        benchmark::DoNotOptimize(parsed);
        state.PauseTiming();
        parsed = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * input.size());
}

void BM_QueueJsonStreamed64K(benchmark::State &state)
{
    const QByteArrayView input(jsonInput());
    constexpr qsizetype kChunk = 64 * 1024;
    for (auto _ : state) {
        QueueJsonStreamParser parser;
        QList<QueuedMessage> all;
        for (qsizetype at = 0; at < input.size(); at += kChunk)
            all.append(parser.feed(input.sliced(at, qMin(kChunk, input.size() - at))).values);
        all.append(parser.finish().values);
        benchmark::DoNotOptimize(all);
        state.PauseTiming();
        all = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * input.size());
}

// One pass over a million messages: throughput plus resident memory held by the parsed list.
void BM_QueueJsonMillion(benchmark::State &state)
{
    const QByteArray input = generateJson(kMillion);
    for (auto _ : state) {
        const long before = residentKiB();
        Parsed<QueuedMessage> parsed = parseQueueJson(input);
        state.PauseTiming();
        const long after = residentKiB();
        state.counters["rss_bytes_per_message"] = double(after - before) * 1024.0 / kMillion;
        state.counters["input_bytes_per_message"] = double(input.size()) / kMillion;
        state.counters["messages"] = double(parsed.values.size());
        parsed = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * input.size());
}

void BM_QueueText(benchmark::State &state)
{
    static const QByteArray input = generateText(parseQueueJson(jsonInput()).values);
    const QDateTime reference = QDateTime(QDate(2025, 8, 20), QTime(0, 0), QTimeZone::utc());
    for (auto _ : state) {
        TextQueueListing listing = parseQueueText(input, reference, QTimeZone::utc());
        benchmark::DoNotOptimize(listing);
        state.PauseTiming();
        listing = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * input.size());
    state.counters["messages"] = kMessages;
}

BENCHMARK(BM_QueueJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QueueJsonReference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QueueJsonStreamed64K)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QueueText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QueueJsonMillion)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--write-jsonl=", 14) == 0) {
            QFile file(QString::fromLocal8Bit(argv[i] + 14));
            if (!file.open(QIODevice::WriteOnly) || file.write(jsonInput()) != jsonInput().size())
                return 1;
            return 0;
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
