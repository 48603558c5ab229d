// bench_fleetpoll: background polling of a fleet of real servers, as the dashboard does it.
//
//   bench_fleetpoll [--interval S] [--duration S] [--max-concurrent N] [--json FILE] ENV_FILE...
//   bench_fleetpoll [...] --envs LIST_FILE          (LIST_FILE: env files one a line, multi.sh)
//
// One Fleet::FleetPoller (real SSH, root login with PD_TS_ROOT_KEY, known_hosts PD_TS_KNOWN_HOSTS)
// polls every server every S seconds (default 10) for D seconds (default 300) on this thread, the
// "GUI thread" of the program. Meanwhile a 10 ms precise QTimer measures how late the event loop
// serves it: the longest and the 99th-percentile lateness are the GUI stalls polling would cause.
// At the end: CPU time of the whole process (every thread) / wall time = CPU share of one core,
// peak RSS (getrusage) and RSS now, polls done / failed, per-poll latency (connect + listing,
// PollSummary::elapsedMs; the first poll of a server includes the SSH handshake). Prints a table
// and one JSON object (also written to --json FILE).
#include "fleetenv.h"

#include "fleet/fleetpoller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Config
{
    int intervalSeconds = 10;
    int durationSeconds = 300;
    int maxConcurrent = 4;
    QString jsonPath;
    QStringList envFiles;
};

struct Stats
{
    QList<qint64> latenessUs;  // of the 10 ms ticks
    QList<qint64> pollMs;      // elapsedMs of successful polls
    QList<qint64> firstPollMs; // the first successful poll of each server
    int pollsOk = 0;
    int pollsFailed = 0;
    QHash<QString, int> errors; // pollErrorKey → count
};

bool parseArguments(const QStringList &args, Config *config, QString *error)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == "--interval"_L1 && hasValue) {
            config->intervalSeconds = args.at(++i).toInt();
        } else if (arg == "--duration"_L1 && hasValue) {
            config->durationSeconds = args.at(++i).toInt();
        } else if (arg == "--max-concurrent"_L1 && hasValue) {
            config->maxConcurrent = args.at(++i).toInt();
        } else if (arg == "--json"_L1 && hasValue) {
            config->jsonPath = args.at(++i);
        } else if (arg == "--envs"_L1 && hasValue) {
            QFile list(args.at(++i));
            if (!list.open(QIODevice::ReadOnly)) {
                *error = u"cannot read %1: %2"_s.arg(list.fileName(), list.errorString());
                return false;
            }
            for (const QByteArray &line : list.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    config->envFiles.append(QString::fromUtf8(line.trimmed()));
            }
        } else if (arg.startsWith("--"_L1)) {
            *error = u"unknown option %1"_s.arg(arg);
            return false;
        } else {
            config->envFiles.append(arg);
        }
    }
    if (config->envFiles.isEmpty() || config->intervalSeconds < 1 || config->durationSeconds < 1
        || config->maxConcurrent < 1) {
        *error = u"usage: bench_fleetpoll [--interval S] [--duration S] [--max-concurrent N] "
                 "[--json FILE] (--envs LIST | ENV_FILE...)"_s;
        return false;
    }
    return true;
}

QList<Fleet::ServerProfile> profilesFor(const QStringList &envFiles, int interval, QString *error)
{
    QList<Fleet::ServerProfile> profiles;
    for (const QString &file : envFiles) {
        const TestSupport::TestServerEnv env(file);
        if (!env.isValid()) {
            *error = env.error();
            return {};
        }
        Fleet::ServerProfile profile = TestSupport::rootKeyProfile(env, env.name());
        profile.pollIntervalSeconds = interval;
        profiles.append(profile);
    }
    return profiles;
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

qint64 rssNowKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QJsonObject report(const Config &config, const Stats &stats, int servers, qint64 wallMs)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    QJsonObject errors;
    for (auto it = stats.errors.cbegin(); it != stats.errors.cend(); ++it)
        errors.insert(it.key(), it.value());
    return QJsonObject{
        {u"servers"_s, servers},
        {u"interval_s"_s, config.intervalSeconds},
        {u"duration_s"_s, double(wallMs) / 1000.0},
        {u"max_concurrent"_s, config.maxConcurrent},
        {u"cpu_s"_s, cpuSeconds},
        {u"cpu_share_percent"_s, 100.0 * cpuSeconds * 1000.0 / double(std::max<qint64>(wallMs, 1))},
        {u"peak_rss_kb"_s, qint64(usage.ru_maxrss)},
        {u"rss_now_kb"_s, rssNowKb()},
        {u"stall_max_ms"_s, double(percentile(stats.latenessUs, 1.0)) / 1000.0},
        {u"stall_p99_ms"_s, double(percentile(stats.latenessUs, 0.99)) / 1000.0},
        {u"ticks"_s, stats.latenessUs.size()},
        {u"polls_ok"_s, stats.pollsOk},
        {u"polls_failed"_s, stats.pollsFailed},
        {u"errors"_s, errors},
        {u"poll_ms_p50"_s, percentile(stats.pollMs, 0.5)},
        {u"poll_ms_p95"_s, percentile(stats.pollMs, 0.95)},
        {u"poll_ms_max"_s, percentile(stats.pollMs, 1.0)},
        {u"first_poll_ms_p50"_s, percentile(stats.firstPollMs, 0.5)},
        {u"first_poll_ms_max"_s, percentile(stats.firstPollMs, 1.0)},
    };
}

void printTable(const QJsonObject &r)
{
    const auto row = [](const char *label, const QString &value) {
        std::printf("  %-34s %s\n", label, qPrintable(value));
    };
    std::printf("Fleet polling: %d servers every %d s for %.0f s (max %d at once)\n",
                r.value(u"servers"_s).toInt(), r.value(u"interval_s"_s).toInt(),
                r.value(u"duration_s"_s).toDouble(), r.value(u"max_concurrent"_s).toInt());
    row("CPU time (all threads)", u"%1 s"_s.arg(r.value(u"cpu_s"_s).toDouble(), 0, 'f', 2));
    row("CPU share of one core", u"%1 %"_s.arg(r.value(u"cpu_share_percent"_s).toDouble(), 0, 'f', 2));
    row("peak RSS / RSS at end", u"%1 MB / %2 MB"_s.arg(r.value(u"peak_rss_kb"_s).toDouble() / 1024, 0, 'f', 1)
                                     .arg(r.value(u"rss_now_kb"_s).toDouble() / 1024, 0, 'f', 1));
    row("GUI-thread stall max / p99", u"%1 ms / %2 ms"_s.arg(r.value(u"stall_max_ms"_s).toDouble(), 0, 'f', 1)
                                          .arg(r.value(u"stall_p99_ms"_s).toDouble(), 0, 'f', 1));
    row("polls ok / failed", u"%1 / %2"_s.arg(r.value(u"polls_ok"_s).toInt()).arg(r.value(u"polls_failed"_s).toInt()));
    row("poll latency p50 / p95 / max", u"%1 / %2 / %3 ms"_s.arg(r.value(u"poll_ms_p50"_s).toInteger())
                                            .arg(r.value(u"poll_ms_p95"_s).toInteger())
                                            .arg(r.value(u"poll_ms_max"_s).toInteger()));
    row("first poll (with SSH login) p50 / max", u"%1 / %2 ms"_s.arg(r.value(u"first_poll_ms_p50"_s).toInteger())
                                                     .arg(r.value(u"first_poll_ms_max"_s).toInteger()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Config config;
    QString error;
    if (!parseArguments(app.arguments(), &config, &error)) {
        std::fprintf(stderr, "bench_fleetpoll: %s\n", qPrintable(error));
        return 2;
    }
    const QList<Fleet::ServerProfile> profiles = profilesFor(config.envFiles, config.intervalSeconds, &error);
    if (profiles.isEmpty()) {
        std::fprintf(stderr, "bench_fleetpoll: %s\n", qPrintable(error));
        return 2;
    }

    Stats stats;
    Fleet::FleetPoller::Options options;
    options.maxConcurrent = config.maxConcurrent;
    options.minimumIntervalSeconds = std::min(config.intervalSeconds, options.minimumIntervalSeconds);
    Fleet::FleetPoller poller(options);
    QSet<QUuid> seen;
    QObject::connect(&poller, &Fleet::FleetPoller::polled, &app, [&](const Fleet::PollSummary &s) {
        if (!s.ok()) {
            ++stats.pollsFailed;
            ++stats.errors[Fleet::pollErrorKey(s.error)];
            return;
        }
        ++stats.pollsOk;
        (seen.contains(s.server) ? stats.pollMs : stats.firstPollMs).append(s.elapsedMs);
        seen.insert(s.server);
    });

    // The stall probe: how late the event loop serves a 10 ms timer.
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    qint64 lastTickNs = 0;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTickNs > 0)
            stats.latenessUs.append(std::max<qint64>(0, (now - lastTickNs) / 1000 - 10000));
        lastTickNs = now;
    });

    clock.start();
    probe.start();
    poller.setProfiles(profiles);
    poller.start();
    QTimer::singleShot(config.durationSeconds * 1000, &app, [&] {
        probe.stop();
        poller.stop();
        const QJsonObject r = report(config, stats, int(profiles.size()), clock.elapsed());
        printTable(r);
        const QByteArray json = QJsonDocument(r).toJson(QJsonDocument::Compact);
        std::printf("%s\n", json.constData());
        if (!config.jsonPath.isEmpty()) {
            QFile out(config.jsonPath);
            if (!out.open(QIODevice::WriteOnly) || out.write(json + '\n') < 0)
                std::fprintf(stderr, "bench_fleetpoll: cannot write %s\n", qPrintable(config.jsonPath));
        }
        app.exit(stats.pollsOk > 0 ? 0 : 1);
    });
    return app.exec();
}
