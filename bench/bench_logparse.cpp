// Throughput of the mail-log parser on real logs: the decompressed pixelpark (RFC 3339, postscreen
// heavy) and fgforrest (year-first stamps, delivery heavy) corpus logs, each repeated in memory to
// about 100 MB, and both interleaved. Reproduce: see docs/benchmarks.md. Extra flag, before
// Google Benchmark's own:
//   --logdir=DIR   where the corpus logs are (default: tests/data/maillog next to this file)
#include "postfix/maillogparser.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstring>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kTargetBytes = 100 * 1024 * 1024;
constexpr qsizetype kEventBytes = 16 * 1024 * 1024; // parseEvent allocates: a smaller input

QString g_logDir;

QByteArray decompress(const QString &tool, const QString &file)
{
    QProcess process;
    process.start(tool, {u"-dc"_s, QDir(g_logDir).filePath(file)});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qFatal("cannot read %s with %s", qPrintable(file), qPrintable(tool));
    return process.readAllStandardOutput();
}

QByteArray repeatTo(const QByteArray &log, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + log.size());
    while (out.size() < bytes) {
        out += log;
        if (!out.endsWith('\n'))
            out += '\n';
    }
    return out;
}

const QByteArray &pixelpark()
{
    static const QByteArray text = repeatTo(decompress(u"xz"_s, u"pixelpark-postfix-logsums__mail.log.xz"_s), kTargetBytes);
    return text;
}

const QByteArray &fgforrest()
{
    static const QByteArray text = repeatTo(decompress(u"gzip"_s, u"fgforrest__real-mail.log.2.gz"_s), kTargetBytes);
    return text;
}

// Both logs line by line alternately in chunks of 1000 lines: the stamp cache sees format changes.
const QByteArray &mixed()
{
    static const QByteArray text = [] {
        const QList<QByteArray> a = pixelpark().first(kTargetBytes / 2).split('\n');
        const QList<QByteArray> b = fgforrest().first(kTargetBytes / 2).split('\n');
        QByteArray out;
        out.reserve(kTargetBytes + 4096);
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); i += 1000) {
            for (qsizetype j = i; j < std::min(i + 1000, a.size()); ++j)
                out += a[j] + '\n';
            for (qsizetype j = i; j < std::min(i + 1000, b.size()); ++j)
                out += b[j] + '\n';
        }
        return out;
    }();
    return text;
}

template <typename LineFn>
void forLines(const QByteArray &text, LineFn &&fn)
{
    const char *p = text.constData();
    const char *end = p + text.size();
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        fn(QByteArrayView(p, lineEnd - p));
        p = lineEnd + 1;
    }
}

QDateTime reference()
{
    return QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
}

// parseLine alone: framing, stamp, program, queue ID.
void parseLines(benchmark::State &state, const QByteArray &(*input)())
{
    const QByteArray &text = input();
    qint64 postfix = 0;
    for (auto _ : state) {
        MailLogParser parser(reference(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        postfix = 0;
        forLines(text, [&](QByteArrayView line) {
            LogLineView view;
            postfix += parser.parseLine(line, &view) ? 1 : 0;
            benchmark::DoNotOptimize(view);
        });
    }
    state.counters["postfix_lines"] = double(postfix);
    state.SetBytesProcessed(state.iterations() * text.size());
}

// What the statistics engine does per line: parseLine, then status/reason and the recipient
// (delivery lines) or the sender and size (qmgr lines).
void parseLinesWithFields(benchmark::State &state, const QByteArray &(*input)())
{
    const QByteArray &text = input();
    qint64 deliveries = 0;
    for (auto _ : state) {
        MailLogParser parser(reference(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        deliveries = 0;
        forLines(text, [&](QByteArrayView line) {
            LogLineView view;
            if (!parser.parseLine(line, &view) || view.queueId.isEmpty())
                return;
            QByteArrayView reason;
            const LogStatus status = MailLogParser::status(view.message, &reason);
            if (status != LogStatus::None) {
                ++deliveries;
                benchmark::DoNotOptimize(MailLogParser::field(view.message, "to"));
            } else if (view.service == "qmgr") {
                benchmark::DoNotOptimize(MailLogParser::field(view.message, "from"));
                benchmark::DoNotOptimize(MailLogParser::field(view.message, "size"));
            }
            benchmark::DoNotOptimize(reason);
        });
    }
    state.counters["deliveries"] = double(deliveries);
    state.SetBytesProcessed(state.iterations() * text.size());
}

void parseEvents(benchmark::State &state, const QByteArray &(*source)())
{
    const QByteArray input = source().first(kEventBytes);
    qint64 events = 0;
    for (auto _ : state) {
        MailLogParser parser(reference(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        events = 0;
        forLines(input, [&](QByteArrayView line) {
            LogEvent event;
            events += parser.parseEvent(line, &event) ? 1 : 0;
            benchmark::DoNotOptimize(event);
        });
    }
    state.counters["events"] = double(events);
    state.SetBytesProcessed(state.iterations() * input.size());
}

} // namespace

// The inputs are functions: the logs are read and repeated on first use, not at registration.
BENCHMARK_CAPTURE(parseLines, pixelpark, pixelpark)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseLines, fgforrest, fgforrest)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseLines, mixed, mixed)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseLinesWithFields, pixelpark, pixelpark)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseLinesWithFields, fgforrest, fgforrest)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseEvents, pixelpark, pixelpark)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseEvents, fgforrest, fgforrest)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    g_logDir = QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(u"../tests/data/maillog"_s);
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg.startsWith("--logdir="))
            g_logDir = QString::fromLocal8Bit(arg.sliced(9));
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
