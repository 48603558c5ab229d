#pragma once

#include "checkoptions.h"
#include "diagnosis/checkresult.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Remote {
class ServerSession;
}

namespace Checks {

class Check;

// Runs a set of checks on one server: at most maxParallel at a time (their commands share the
// session's channels), in CheckId order. GUI thread; never blocks. Signals for live progress:
// checkStarted → progress… → resultReady… → checkFinished per check, then finished() once.
// start() while running cancels the old run first (nothing more is emitted for it); cancel()
// stops every command and emits finished() with canceled = true.
class DiagnosticsRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsRunner)

public:
    explicit DiagnosticsRunner(Remote::ServerSession *session, QObject *parent = nullptr);
    ~DiagnosticsRunner() override;

    // checks empty = all, in CheckId order.
    void start(const QList<Diagnosis::CheckId> &checks, const CheckOptions &options);
    void cancel();
    bool isRunning() const;
    // Results so far, ordered by check (CheckId order), then in the order each check reported.
    QList<Diagnosis::CheckResult> results() const;

    void setMaxParallel(int count); // default 3
    // Replaces createCheck() for this runner (tests: checks with scripted behaviour).
    using Factory = std::function<std::unique_ptr<Check>(Diagnosis::CheckId, Remote::ServerSession *,
                                                         const CheckOptions &)>;
    void setCheckFactory(Factory factory);
    // A new check object for the id (the factory every runner and test uses).
    static std::unique_ptr<Check> createCheck(Diagnosis::CheckId id, Remote::ServerSession *session,
                                              const CheckOptions &options);

Q_SIGNALS:
    void checkStarted(Diagnosis::CheckId id);
    void progress(Diagnosis::CheckId id, const QString &message);
    void resultReady(const Diagnosis::CheckResult &result);
    void checkFinished(Diagnosis::CheckId id);
    void finished(bool canceled);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Checks
