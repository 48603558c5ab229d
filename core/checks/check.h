#pragma once

#include "checkoptions.h"
#include "commandrunner.h"
#include "diagnosis/checkresult.h"

#include <QObject>

namespace Remote {
class ServerSession;
struct ServerCapabilities;
}

namespace Checks {

// One diagnostic (a CheckId) run on one server. Subclasses implement run(): send commands through
// runner() (built by a Remote::*Commands companion of CommandCatalog — never by hand), evaluate the
// output with the pure functions in core/diagnosis, report() one result per target, then done().
//
// Contract:
// - start() never emits anything synchronously; everything arrives from the event loop.
// - resultReady() zero or more times, then finished() exactly once — unless cancel() came first:
//   after cancel() nothing is emitted and no command of this check is left running.
// - A check never hangs: every command has a timeout (RemoteCommand::timeoutMs, a few seconds
//   more than the tool's own timeout), and a failed/timed-out/refused command becomes an Unknown
//   or Failed result with plain words — never silence.
// - Missing tools (dig, nc, openssl…) are detected from the probe (capabilities().binaries) and
//   reported as Unknown with the package to install; the check then uses what exists.
// - Results carry the commands that decided them (CheckResult::commands; runner().sentCommands()
//   holds every line sent so far) and never a secret.
class Check : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Check)

public:
    Check(Diagnosis::CheckId id, Remote::ServerSession *session, const CheckOptions &options,
          QObject *parent = nullptr);
    ~Check() override;

    Diagnosis::CheckId id() const;
    void start();
    void cancel();
    bool isRunning() const;
    QList<Diagnosis::CheckResult> results() const; // reported so far

Q_SIGNALS:
    void progress(const QString &message); // "Connecting to mx.example.com:25…"
    void resultReady(const Diagnosis::CheckResult &result);
    void finished();

protected:
    virtual void run() = 0;

    CommandRunner &runner();
    const CheckOptions &options() const;
    const Remote::ServerCapabilities &capabilities() const;

    void setProgress(const QString &message);
    // Emits resultReady; sets result.check to id(). Ignored after cancel() or done().
    void report(Diagnosis::CheckResult result);
    // Ends the check: finished() is emitted (queued). Ignored after cancel() or a previous done().
    void done();

private:
    Diagnosis::CheckId m_id;
    CheckOptions m_options;
    CommandRunner m_runner;
    QList<Diagnosis::CheckResult> m_results;
    bool m_running = false;
    bool m_finishPending = false; // done() called, finished() not yet emitted
};

} // namespace Checks
