// Throughput of the deferral-reason classifier: lines/s and MB/s on the labelled real lines and
// on a real mail log, classOf() (class only) against classify() (with the explanation).
// Reproduce: build bench_classifier (needs libbenchmark-dev) and run it; optional env
// POSTDESK_BENCH_LOG=PATH classifies that (plain text) log instead of the corpus log.
#include "diagnosis/reasonclassifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <benchmark/benchmark.h>

using namespace Diagnosis;

namespace {

struct Lines
{
    QList<QString> text;
    qint64 utf8Bytes = 0;
};

QString dataDir()
{
    return QFileInfo(QString::fromUtf8(__FILE__)).dir().absoluteFilePath(QStringLiteral("../tests/data"));
}

Lines load(const QString &path, int column)
{
    Lines lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw.mid(column > 0 ? 1 : 0)) { // a tsv starts with its header
        QByteArray part = line;
        if (column > 0) { // tsv: the log line is everything after the first `column` tabs
            qsizetype at = 0;
            for (int i = 0; i < column && at >= 0; ++i)
                at = part.indexOf('\t', at) < 0 ? -1 : part.indexOf('\t', at) + 1;
            if (at < 0)
                continue;
            part = part.mid(at);
        }
        if (part.isEmpty())
            continue;
        lines.text.append(QString::fromUtf8(part));
        lines.utf8Bytes += part.size() + 1;
    }
    return lines;
}

const Lines &labelled()
{
    static const Lines lines = load(dataDir() + QStringLiteral("/classifier/deferrals.tsv"), 2);
    return lines;
}

const Lines &realLog()
{
    static const Lines lines = [] {
        const QString custom = qEnvironmentVariable("POSTDESK_BENCH_LOG");
        return load(custom.isEmpty()
                        ? dataDir() + QStringLiteral("/maillog/infohtreasure-Postfix-Maillog-Dump__maillog.postfix-lines.log")
                        : custom,
                    0);
    }();
    return lines;
}

// Only the lines a log engine hands to the classifier: deferred/bounced deliveries and rejects.
const Lines &realLogDeferrals()
{
    static const Lines lines = [] {
        Lines out;
        for (const QString &line : realLog().text) {
            if (line.contains(QLatin1StringView("status=deferred")) || line.contains(QLatin1StringView("status=bounced"))
                || line.contains(QLatin1StringView("reject: "))) {
                out.text.append(line);
                out.utf8Bytes += line.toUtf8().size() + 1;
            }
        }
        return out;
    }();
    return lines;
}

template <typename Fn>
void runOver(benchmark::State &state, const Lines &lines, Fn &&fn)
{
    const ReasonClassifier &classifier = ReasonClassifier::instance();
    int sink = 0;
    for (auto _ : state) {
        for (const QString &line : lines.text)
            sink += fn(classifier, line);
    }
    benchmark::DoNotOptimize(sink);
    state.SetItemsProcessed(state.iterations() * lines.text.size());
    state.SetBytesProcessed(state.iterations() * lines.utf8Bytes);
    state.counters["lines"] = double(lines.text.size());
}

int classOfFn(const ReasonClassifier &c, const QString &line)
{
    return int(c.classOf(line));
}

int classifyFn(const ReasonClassifier &c, const QString &line)
{
    return int(c.classify(line).cls);
}

void BM_ClassOf_Labelled(benchmark::State &state) { runOver(state, labelled(), classOfFn); }
void BM_Classify_Labelled(benchmark::State &state) { runOver(state, labelled(), classifyFn); }
void BM_ClassOf_RealLog(benchmark::State &state) { runOver(state, realLog(), classOfFn); }
void BM_Classify_RealLog(benchmark::State &state) { runOver(state, realLog(), classifyFn); }
void BM_ClassOf_RealLogDeferrals(benchmark::State &state) { runOver(state, realLogDeferrals(), classOfFn); }
void BM_Classify_RealLogDeferrals(benchmark::State &state) { runOver(state, realLogDeferrals(), classifyFn); }

// The CLI's path: UTF-8 bytes in, decode, classOf.
void BM_DecodeAndClassOf_RealLog(benchmark::State &state)
{
    QList<QByteArray> raw;
    for (const QString &line : realLog().text)
        raw.append(line.toUtf8());
    const ReasonClassifier &classifier = ReasonClassifier::instance();
    int sink = 0;
    for (auto _ : state) {
        for (const QByteArray &line : raw)
            sink += int(classifier.classOf(QString::fromUtf8(line)));
    }
    benchmark::DoNotOptimize(sink);
    state.SetItemsProcessed(state.iterations() * raw.size());
    state.SetBytesProcessed(state.iterations() * realLog().utf8Bytes);
}

} // namespace

BENCHMARK(BM_ClassOf_Labelled);
BENCHMARK(BM_Classify_Labelled);
BENCHMARK(BM_ClassOf_RealLog);
BENCHMARK(BM_Classify_RealLog);
BENCHMARK(BM_ClassOf_RealLogDeferrals);
BENCHMARK(BM_Classify_RealLogDeferrals);
BENCHMARK(BM_DecodeAndClassOf_RealLog);

BENCHMARK_MAIN();
