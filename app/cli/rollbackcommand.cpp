#include "rollbackcommand.h"

#include "actioncommand.h"
#include "configprinter.h"

#include "actions/accountrights.h"
#include "actions/configchangerunner.h"
#include "remote/serversession.h"

#include <QJsonDocument>

RollbackCommand::RollbackCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_session(session)
    , m_args(args)
    , m_runner(new Actions::ConfigChangeRunner(session, &m_audit, this))
{
    m_runner->setServerName(ActionCommand::serverLabel(args.connection));
    connect(m_runner, &Actions::ConfigChangeRunner::backupsListed, this, &RollbackCommand::onListed);
    connect(m_runner, &Actions::ConfigChangeRunner::finished, this, &RollbackCommand::onFinished);
    if (!args.json) {
        connect(m_runner, &Actions::ConfigChangeRunner::step, this, [this](const QString &text) {
            m_out.buffer() += text.toUtf8() + '\n';
            m_out.flush();
        });
    }
}

RollbackCommand::~RollbackCommand() = default;

void RollbackCommand::start()
{
    m_runner->listBackups();
}

void RollbackCommand::cancel()
{
    m_runner->cancel();
    if (!m_rollingBack) // a rollback reports its own Canceled through finished()
        Q_EMIT done(ExitRemote, tr("canceled; nothing was changed"));
}

void RollbackCommand::onListed(const QList<Actions::BackupInfo> &backups, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT done(ExitRemote, tr("listing the backups failed, nothing was changed: %1").arg(error));
        return;
    }
    const QString id = m_args.action.backupId;
    const auto it = std::find_if(backups.cbegin(), backups.cend(),
                                 [&id](const Actions::BackupInfo &b) { return b.id == id; });
    if (it == backups.cend()) {
        Q_EMIT done(ExitRemote, tr("there is no backup %1 on this server (see postdesk-cli changes)").arg(id));
        return;
    }
    if (m_args.json) {
        QJsonObject o = it->toJson();
        o.insert(QStringLiteral("type"), QStringLiteral("backup"));
        m_out.buffer() += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    } else {
        m_out.buffer() += tr("Roll back to %1 (%2, made %3 by %4):\n  restores %5\n")
                                  .arg(it->id, it->title,
                                       it->time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                                       it->account, it->files.join(QStringLiteral(", ")))
                                  .toUtf8();
    }
    m_out.flush();
    if (!m_args.action.yes) {
        if (!m_args.json)
            m_out.buffer() += tr("Nothing was changed (preview only). Run again with --yes to roll back.\n").toUtf8();
        m_out.flush();
        Q_EMIT done(ExitOk, QString());
        return;
    }
    const auto rights = Actions::AccountRights::from(m_session->capabilities(), m_args.sudoMode,
                                                     qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD"));
    if (!rights.configChanges) {
        Q_EMIT done(ExitRemote, tr("refused, nothing was changed: this account may not change the "
                                   "configuration. %1").arg(rights.summaryText()));
        return;
    }
    m_rollingBack = true;
    m_runner->rollback(id);
}

void RollbackCommand::onFinished(const Actions::ConfigChangeResult &result)
{
    m_out.buffer() += m_args.json
            ? QJsonDocument(ConfigPrinter::resultJson(result)).toJson(QJsonDocument::Compact) + '\n'
            : ConfigPrinter::resultText(result);
    m_out.flush();
    Q_EMIT done(ConfigPrinter::exitCode(result.outcome), result.ok() ? QString() : result.summaryText());
}
