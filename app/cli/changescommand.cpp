#include "changescommand.h"

#include "configprinter.h"
#include "stdoutwriter.h"

#include "actions/configchangerunner.h"

#include <QJsonDocument>

ChangesCommand::ChangesCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
    , m_runner(new Actions::ConfigChangeRunner(session, nullptr, this))
{
    connect(m_runner, &Actions::ConfigChangeRunner::backupsListed, this, &ChangesCommand::onListed);
}

ChangesCommand::~ChangesCommand() = default;

void ChangesCommand::start()
{
    m_runner->listBackups();
}

void ChangesCommand::cancel()
{
    m_runner->cancel();
    Q_EMIT done(ExitRemote, tr("canceled"));
}

void ChangesCommand::onListed(const QList<Actions::BackupInfo> &backups, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT done(ExitRemote, tr("listing the backups failed: %1").arg(error));
        return;
    }
    StdoutWriter out;
    if (m_args.json) {
        for (const Actions::BackupInfo &b : backups)
            out.buffer() += QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact) + '\n';
    } else {
        out.buffer() += ConfigPrinter::backupsText(backups);
    }
    out.flush();
    Q_EMIT done(ExitOk, QString());
}
