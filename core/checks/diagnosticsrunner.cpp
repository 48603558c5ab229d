#include "diagnosticsrunner.h"

#include "check.h"
#include "contentfiltercheck.h"
#include "dnscheck.h"
#include "limitscheck.h"
#include "rblcheck.h"
#include "relayauthcheck.h"
#include "servicescheck.h"
#include "smtpreachabilitycheck.h"
#include "starttlscheck.h"

#include "remote/serversession.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <map>

namespace Checks {

using Diagnosis::CheckId;

class DiagnosticsRunner::Private
{
public:
    DiagnosticsRunner *q = nullptr;
    QPointer<Remote::ServerSession> session;
    CheckOptions options;
    QList<CheckId> queued;
    std::map<CheckId, std::unique_ptr<Check>> running;
    std::map<CheckId, QList<Diagnosis::CheckResult>> results;
    int maxParallel = 3;
    Factory factory;
    bool active = false;

    void startNext();
    void stopAll();
};

void DiagnosticsRunner::Private::startNext()
{
    while (active && int(running.size()) < maxParallel && !queued.isEmpty()) {
        const CheckId id = queued.takeFirst();
        auto check = factory ? factory(id, session, options) : createCheck(id, session, options);
        Check *raw = check.get();
        connect(raw, &Check::progress, q, [this, id](const QString &message) {
            Q_EMIT q->progress(id, message);
        });
        connect(raw, &Check::resultReady, q, [this](const Diagnosis::CheckResult &result) {
            results[result.check].append(result);
            Q_EMIT q->resultReady(result);
        });
        connect(raw, &Check::finished, q, [this, id] {
            const auto it = running.find(id);
            if (it == running.end())
                return;
            // The check is still on the call stack (it emitted finished()): free it later.
            it->second.release()->deleteLater();
            running.erase(it);
            Q_EMIT q->checkFinished(id);
            if (queued.isEmpty() && running.empty()) {
                active = false;
                Q_EMIT q->finished(false);
                return;
            }
            startNext();
        });
        running.emplace(id, std::move(check));
        Q_EMIT q->checkStarted(id);
        raw->start();
    }
}

void DiagnosticsRunner::Private::stopAll()
{
    queued.clear();
    for (auto &entry : running) {
        entry.second->cancel();
        entry.second.release()->deleteLater();
    }
    running.clear();
}

DiagnosticsRunner::DiagnosticsRunner(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
}

DiagnosticsRunner::~DiagnosticsRunner()
{
    d->active = false;
    d->stopAll();
}

void DiagnosticsRunner::start(const QList<CheckId> &checks, const CheckOptions &options)
{
    d->active = false;
    d->stopAll();
    d->results.clear();
    d->options = options;
    QList<CheckId> ids = checks;
    if (ids.isEmpty()) {
        const auto all = Diagnosis::allCheckIds();
        ids = QList<CheckId>(all.begin(), all.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    d->queued = ids;
    d->active = true;
    if (!d->session) {
        d->active = false;
        d->queued.clear();
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(true); });
        return;
    }
    d->startNext();
}

void DiagnosticsRunner::cancel()
{
    if (!d->active)
        return;
    d->active = false;
    d->stopAll();
    Q_EMIT finished(true);
}

bool DiagnosticsRunner::isRunning() const
{
    return d->active;
}

QList<Diagnosis::CheckResult> DiagnosticsRunner::results() const
{
    QList<Diagnosis::CheckResult> all;
    for (const auto &entry : d->results)
        all += entry.second;
    return all;
}

void DiagnosticsRunner::setMaxParallel(int count)
{
    d->maxParallel = std::max(1, count);
}

void DiagnosticsRunner::setCheckFactory(Factory factory)
{
    d->factory = std::move(factory);
}

std::unique_ptr<Check> DiagnosticsRunner::createCheck(CheckId id, Remote::ServerSession *session,
                                                      const CheckOptions &options)
{
    switch (id) {
    case CheckId::SmtpReachability:
        return std::make_unique<SmtpReachabilityCheck>(session, options);
    case CheckId::Dns:
        return std::make_unique<DnsCheck>(session, options);
    case CheckId::StartTls:
        return std::make_unique<StartTlsCheck>(session, options);
    case CheckId::RelayAuth:
        return std::make_unique<RelayAuthCheck>(session, options);
    case CheckId::Rbl:
        return std::make_unique<RblCheck>(session, options);
    case CheckId::ContentFilter:
        return std::make_unique<ContentFilterCheck>(session, options);
    case CheckId::Services:
        return std::make_unique<ServicesCheck>(session, options);
    case CheckId::Limits:
        return std::make_unique<LimitsCheck>(session, options);
    }
    return std::make_unique<ServicesCheck>(session, options);
}

} // namespace Checks
