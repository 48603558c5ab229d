#include "relayhostcommand.h"

#include "actioncommand.h"
#include "configprinter.h"
#include "diagnosecommand.h"

#include "actions/accountrights.h"
#include "actions/configchangerunner.h"
#include "actions/relayhostplan.h"
#include "checks/relayauthcheck.h"
#include "remote/serversession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString configDirectory = QStringLiteral("config_directory");
const QString databaseType = QStringLiteral("default_database_type");
const QString saslMaps = QStringLiteral("smtp_sasl_password_maps");
const QString relayhost = QStringLiteral("relayhost");

// "[OK] Relay login — relay:587: summary" plus the advice: the full evidence is for diagnose.
QByteArray shortText(const Diagnosis::CheckResult &result)
{
    const QString full = result.toText();
    QString text = full.section(u'\n', 0, 0) + QStringLiteral("\n  ") + result.summary + u'\n';
    if (!result.advice.isEmpty())
        text += QStringLiteral("  ") + result.advice + u'\n';
    return text.toUtf8();
}

} // namespace

RelayhostCommand::RelayhostCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_session(session)
    , m_args(args)
    , m_runner(new Actions::ConfigChangeRunner(session, &m_audit, this))
{
    m_runner->setServerName(ActionCommand::serverLabel(args.connection));
    connect(m_runner, &Actions::ConfigChangeRunner::valuesRead, this, &RelayhostCommand::onValues);
    connect(m_runner, &Actions::ConfigChangeRunner::previewReady, this, &RelayhostCommand::onPreview);
    connect(m_runner, &Actions::ConfigChangeRunner::finished, this, &RelayhostCommand::onApplied);
    if (!args.json) {
        connect(m_runner, &Actions::ConfigChangeRunner::step, this,
                [this](const QString &text) { write(text.toUtf8() + '\n'); });
    }
}

RelayhostCommand::~RelayhostCommand() = default;

void RelayhostCommand::start()
{
    switch (m_args.action.relayVerb) {
    case ActionArguments::RelayVerb::Show:
        m_runner->readValues(Actions::RelayhostPlan::relevantParameters());
        break;
    case ActionArguments::RelayVerb::Set:
        m_runner->readValues({configDirectory, databaseType, saslMaps});
        break;
    case ActionArguments::RelayVerb::Remove:
        m_runner->readValues({relayhost, saslMaps});
        break;
    }
}

void RelayhostCommand::cancel()
{
    if (m_check && m_check->isRunning())
        m_check->cancel();
    if (m_runner->isRunning()) {
        m_runner->cancel(); // finished(Canceled) follows for apply; nothing for reads
        if (m_stage == Stage::Applying)
            return;
    }
    finish(ExitRemote, tr("canceled"));
}

void RelayhostCommand::write(const QByteArray &text)
{
    m_out.buffer() += text;
    m_out.flush();
}

void RelayhostCommand::finish(int exitCode, const QString &message)
{
    if (std::exchange(m_finished, true))
        return;
    m_stage = Stage::Done;
    Q_EMIT done(exitCode, message);
}

void RelayhostCommand::show(const QHash<QString, QString> &values)
{
    const QStringList names = Actions::RelayhostPlan::relevantParameters();
    if (m_args.json) {
        QJsonObject o;
        for (const QString &name : names)
            o.insert(name, values.value(name));
        write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QByteArray text;
        for (const QString &name : names)
            text += (name + QStringLiteral(" = ") + values.value(name)).toUtf8() + '\n';
        if (values.value(relayhost).isEmpty())
            text += tr("No relayhost: mail goes straight to each recipient's MX hosts.\n").toUtf8();
        write(text);
    }
    finish(ExitOk, QString());
}

void RelayhostCommand::onValues(const QHash<QString, QString> &values, const QString &error)
{
    if (m_stage != Stage::Reading)
        return;
    if (!error.isEmpty()) {
        finish(ExitRemote, tr("reading the configuration failed: %1").arg(error));
        return;
    }
    const ActionArguments &a = m_args.action;
    if (a.relayVerb == ActionArguments::RelayVerb::Show) {
        show(values);
        return;
    }
    Remote::Checked<Actions::ConfigChangePlan> plan;
    if (a.relayVerb == ActionArguments::RelayVerb::Set) {
        Actions::RelayhostInput input = a.relay;
        input.secret = qEnvironmentVariable("POSTDESK_RELAY_PASSWORD");
        if (input.user.isEmpty())
            input.secret.clear();
        plan = Actions::RelayhostPlan::set(input, values.value(databaseType),
                                           values.value(configDirectory), values.value(saslMaps));
    } else {
        if (values.value(relayhost).trimmed().isEmpty()) {
            write(tr("No relayhost is set; nothing to remove.\n").toUtf8());
            finish(ExitOk, QString());
            return;
        }
        plan = Actions::RelayhostPlan::remove(values.value(relayhost), values.value(saslMaps),
                                              a.keepSaslAuth);
    }
    if (!plan.ok()) {
        finish(ExitUsage, plan.error);
        return;
    }
    m_plan = *plan;
    if (a.relayVerb == ActionArguments::RelayVerb::Set && a.relayTest) {
        startTest(true);
        return;
    }
    m_stage = Stage::Preview;
    m_runner->preview(m_plan);
}

// The login test (Checks::RelayAuthCheck). Before: the relay and login given on the command line
// (the password only on the check's stdin). After: what the server now has stored.
void RelayhostCommand::startTest(bool before)
{
    m_stage = before ? Stage::TestBefore : Stage::TestAfter;
    m_testResults.clear();
    Checks::CheckOptions options;
    if (before) {
        options.relay = Actions::RelayhostPlan::relayhostValue(m_args.action.relay);
        options.relayUser = m_args.action.relay.user;
        if (!options.relayUser.isEmpty())
            options.relayPassword = qEnvironmentVariable("POSTDESK_RELAY_PASSWORD");
    }
    delete m_check;
    m_check = new Checks::RelayAuthCheck(m_session, options, this);
    connect(m_check, &Checks::Check::resultReady, this, [this, before](const Diagnosis::CheckResult &result) {
        m_testResults.append(result);
        // Before the change only the login test matters: the other results describe the current
        // configuration, which is about to change.
        if (before && m_testResults.size() > 1)
            return;
        write(m_args.json ? DiagnoseCommand::formatJson(result) : shortText(result));
    });
    connect(m_check, &Checks::Check::finished, this, &RelayhostCommand::onTestFinished);
    if (!m_args.json)
        write((before ? tr("Testing the login at the new relay…\n") : tr("Testing the stored login…\n")).toUtf8());
    m_check->start();
}

void RelayhostCommand::onTestFinished()
{
    // The login test is the first result; the settings/table results describe the current
    // configuration, which before the change is expected to differ.
    const bool loginOk = !m_testResults.isEmpty()
            && m_testResults.first().verdict != Diagnosis::Verdict::Failed;
    if (m_stage == Stage::TestAfter) {
        if (m_applyExit == ExitOk && !loginOk)
            finish(ExitChecksFailed, tr("the relayhost was set, but the login check failed (see above)"));
        else
            finish(m_applyExit, m_applyExit == ExitOk ? QString() : tr("the change was not applied"));
        return;
    }
    if (!loginOk && m_args.action.yes) {
        finish(ExitRemote, tr("the relay did not accept the login, so nothing was changed (run without "
                              "--test to set it anyway)"));
        return;
    }
    m_stage = Stage::Preview;
    m_runner->preview(m_plan);
}

void RelayhostCommand::onPreview(const Actions::ConfigChangePlan &plan, const QString &error)
{
    if (m_stage != Stage::Preview)
        return;
    if (!error.isEmpty()) {
        finish(ExitRemote, tr("reading the configuration failed, nothing was changed: %1").arg(error));
        return;
    }
    m_plan = plan;
    write(m_args.json ? QJsonDocument(ConfigPrinter::planJson(plan)).toJson(QJsonDocument::Compact) + '\n'
                      : ConfigPrinter::planText(plan));
    if (!m_args.action.yes) {
        if (!m_args.json)
            write(tr("Nothing was changed (preview only). Run again with --yes to apply.\n").toUtf8());
        finish(ExitOk, QString());
        return;
    }
    const auto rights = Actions::AccountRights::from(m_session->capabilities(), m_args.sudoMode,
                                                     qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD"));
    if (!rights.configChanges) {
        finish(ExitRemote, tr("refused, nothing was changed: this account may not change the "
                              "configuration. %1").arg(rights.summaryText()));
        return;
    }
    m_stage = Stage::Applying;
    m_runner->apply(m_plan);
}

void RelayhostCommand::onApplied(const Actions::ConfigChangeResult &result)
{
    if (m_stage != Stage::Applying)
        return;
    write(m_args.json ? QJsonDocument(ConfigPrinter::resultJson(result)).toJson(QJsonDocument::Compact) + '\n'
                      : ConfigPrinter::resultText(result));
    m_applyExit = ConfigPrinter::exitCode(result.outcome);
    if (result.ok() && m_args.action.relayVerb == ActionArguments::RelayVerb::Set && m_args.action.relayTest) {
        startTest(false);
        return;
    }
    finish(m_applyExit, result.ok() ? QString() : result.summaryText());
}
