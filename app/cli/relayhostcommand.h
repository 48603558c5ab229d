#pragma once

#include "cliarguments.h"
#include "clicommand.h"
#include "stdoutwriter.h"

#include "actions/auditlog.h"
#include "actions/configchange.h"
#include "diagnosis/checkresult.h"

#include <QHash>

namespace Remote {
class ServerSession;
}
namespace Actions {
class ConfigChangeRunner;
}
namespace Checks {
class RelayAuthCheck;
}

// relayhost show | set --host H [--port P] [--tls starttls|wrapper|none] [--user U] [--test]
// [--yes] | remove [--keep-sasl] [--yes]. Every change goes through ConfigChangeRunner (read →
// diff → backup → postconf -e → check → reload → verify → restore on failure, audited):
//   show:   the relayhost, SASL and TLS parameters (never a secret);
//   set:    reads config_directory, default_database_type and smtp_sasl_password_maps, builds
//           RelayhostPlan::set (secret from $POSTDESK_RELAY_PASSWORD, on stdin only), optionally
//           tests the login first (--test; a refused login stops --yes), prints the diff, applies
//           with --yes, and with --test checks the stored login again afterwards;
//   remove: RelayhostPlan::remove for the current relayhost, diff, apply with --yes.
// Exit: 0 applied / preview; 1 --test: the login check after applying failed; 2 bad input;
// 4 refused or failed before changing anything; 6 rolled back; 7 rollback failed.
class RelayhostCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostCommand)

public:
    RelayhostCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~RelayhostCommand() override;

    void start() override;
    void cancel() override;

private:
    enum class Stage { Reading, TestBefore, Preview, Applying, TestAfter, Done };

    void onValues(const QHash<QString, QString> &values, const QString &error);
    void show(const QHash<QString, QString> &values);
    void startTest(bool before);
    void onTestFinished();
    void onPreview(const Actions::ConfigChangePlan &plan, const QString &error);
    void onApplied(const Actions::ConfigChangeResult &result);
    void write(const QByteArray &text);
    void finish(int exitCode, const QString &message);

    Remote::ServerSession *m_session;
    CliArguments m_args;
    Actions::AuditLog m_audit;
    Actions::ConfigChangeRunner *m_runner;
    Checks::RelayAuthCheck *m_check = nullptr;
    Actions::ConfigChangePlan m_plan;
    QList<Diagnosis::CheckResult> m_testResults;
    int m_applyExit = 0;
    Stage m_stage = Stage::Reading;
    StdoutWriter m_out;
    bool m_finished = false;
};
