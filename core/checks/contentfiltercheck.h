#pragma once

#include "check.h"

#include "remote/remotecommand.h"

#include <functional>

namespace Checks {

// content_filter: content_filter / smtpd_proxy_filter and master.cf -o overrides (postconf -P),
// plus CheckOptions::filterEndpoints (from the queue's deferrals, which covers FILTER actions in
// access maps): is anything listening (ss -ltnH), is the service (amavis) active, recent errors in
// its journal. One result per filter endpoint ("127.0.0.1:10024"), or one "no content filter".
//
// Runs in two rounds: the settings, master.cf services and listeners (4 commands at once), then,
// when an endpoint looks like Amavis, its unit state, journal and the process list.
class ContentFilterCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentFilterCheck)

public:
    ContentFilterCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~ContentFilterCheck() override;

    struct Target; // one filter endpoint and the settings that name it (implementation detail)

protected:
    void run() override;

private:
    struct Gathered;

    // Runs each command; when every callback came back, calls next.
    void runAll(const QList<std::pair<Remote::CatalogResult, Remote::CommandResult *>> &commands,
                std::function<void()> next);
    void settingsRead();
    void evaluate();
    Diagnosis::CheckResult evaluateTarget(const Target &target) const;
    QStringList amavisServiceEvidence(bool *serviceActive) const;

    std::unique_ptr<Gathered> m;
};

} // namespace Checks
