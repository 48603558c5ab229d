#include "actioncommand.h"

#include "actionprinter.h"

#include "actions/accountrights.h"
#include "actions/messagefilter.h"
#include "actions/queueactionrunner.h"
#include "remote/serversession.h"
#include "services/queueloader.h"

#include <QSet>

ActionCommand::ActionCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_session(session)
    , m_args(args)
    , m_loader(new Services::QueueLoader(session, this))
{
    connect(m_loader, &Services::QueueLoader::finished, this, &ActionCommand::onListed);
}

ActionCommand::~ActionCommand() = default;

QString ActionCommand::serverLabel(const Remote::ConnectionParams &c)
{
    const QString host = c.host.contains(u':') ? QLatin1Char('[') + c.host + QLatin1Char(']') : c.host;
    return QStringLiteral("%1@%2:%3").arg(c.user, host).arg(c.port);
}

void ActionCommand::start()
{
    m_loader->start();
}

void ActionCommand::cancel()
{
    m_canceled = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    else if (m_loader->isRunning())
        m_loader->cancel();
    else
        Q_EMIT done(ExitRemote, tr("canceled"));
}

void ActionCommand::onListed(const Services::QueueSnapshot &snapshot)
{
    if (snapshot.canceled || m_canceled) {
        Q_EMIT done(ExitRemote, tr("canceled; nothing was changed"));
        return;
    }
    if (!snapshot.ok()) {
        Q_EMIT done(ExitRemote, tr("listing the queue failed, nothing was changed: %1").arg(snapshot.error));
        return;
    }
    const ActionArguments &a = m_args.action;
    const qint64 now = snapshot.takenAt.toSecsSinceEpoch();
    QList<Postfix::QueuedMessage> selected;
    if (!Actions::actsOnMessages(a.kind)) {
        selected = snapshot.messages; // flush: the whole queue decides the "will not help" warning
    } else if (!a.filter.isEmpty()) {
        selected = Actions::MessageFilter::parse(a.filter)->select(snapshot.messages, now);
    } else {
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < snapshot.messages.size(); ++i)
            index.insert(snapshot.messages.at(i).queueId, i);
        for (const QString &id : a.ids) {
            const auto it = index.constFind(id);
            if (it == index.cend())
                m_unknownIds.append(id);
            else
                selected.append(snapshot.messages.at(*it));
        }
    }

    Actions::PreviewContext context;
    context.serverName = m_args.connection.host;
    context.capabilities = m_session->capabilities();
    context.totalInQueue = int(snapshot.messages.size());
    context.site = a.site;
    const Actions::ActionPreview preview = Actions::buildPreview(a.kind, selected, context);
    const QString server = serverLabel(m_args.connection);
    if (m_args.json)
        m_out.buffer() += ActionPrinter::jsonLine(ActionPrinter::previewJson(preview, server, m_unknownIds));
    else
        m_out.buffer() += ActionPrinter::previewText(preview, server, m_unknownIds, now);
    m_out.flush();

    if (!preview.unavailable.isEmpty()) {
        Q_EMIT done(ExitRemote, tr("%1 is not available on this server: %2")
                                        .arg(Actions::queueActionKey(a.kind), preview.unavailable));
        return;
    }
    if (Actions::actsOnMessages(a.kind) && preview.count == 0) {
        const QString why = tr("no queued message matches, nothing to do");
        Q_EMIT done(a.yes || !m_unknownIds.isEmpty() ? ExitIncomplete : ExitOk, a.yes ? why : QString());
        return;
    }
    if (!a.yes) {
        if (!m_args.json)
            m_out.buffer() += tr("Nothing was changed (preview only). Run again with --yes to do it.\n").toUtf8();
        m_out.flush();
        const QString refused = refusal(preview);
        Q_EMIT done(ExitOk, refused.isEmpty() ? QString() : tr("note: %1").arg(refused));
        return;
    }
    run(preview);
}

// Empty when the account may run the action; else the plain-words refusal.
QString ActionCommand::refusal(const Actions::ActionPreview &preview) const
{
    const Remote::ServerCapabilities caps = m_session->capabilities();
    const auto rights = Actions::AccountRights::from(
            caps, m_args.sudoMode, qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD"));
    const bool allowed = Actions::usesPostsuper(preview.kind) ? rights.queueActions : rights.flush;
    if (allowed)
        return {};
    QString text = tr("the account %1 may not %2 on this server. %3")
                           .arg(caps.loginUser.isEmpty() ? m_args.connection.user : caps.loginUser,
                                Actions::queueActionKey(preview.kind), rights.summaryText());
    if (caps.binaries.contains(QStringLiteral("sudo")) && !qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD")
        && m_args.sudoMode != Remote::SudoMode::None)
        text += tr(" (A sudo password goes in POSTDESK_SUDO_PASSWORD.)");
    return text;
}

void ActionCommand::run(const Actions::ActionPreview &preview)
{
    const QString refused = refusal(preview);
    if (!refused.isEmpty()) {
        Q_EMIT done(ExitRemote, tr("refused, nothing was changed: %1").arg(refused));
        return;
    }
    if (preview.confirmation == Actions::ActionPreview::Confirmation::Server
        && m_args.action.confirm != preview.confirmationToken) {
        Q_EMIT done(ExitUsage, m_args.action.confirm.isEmpty()
                                       ? tr("this action needs --confirm %1 as well as --yes; nothing was changed")
                                                 .arg(preview.confirmationToken)
                                       : tr("--confirm does not match (expected %1); nothing was changed")
                                                 .arg(preview.confirmationToken));
        return;
    }
    m_runner = new Actions::QueueActionRunner(m_session, &m_audit, this);
    connect(m_runner, &Actions::QueueActionRunner::finished, this, &ActionCommand::onFinished);
    if (!m_args.json) {
        connect(m_runner, &Actions::QueueActionRunner::progress, this, [this](const QString &step) {
            m_out.buffer() += step.toUtf8() + '\n';
            m_out.flush();
        });
    }
    Actions::QueueActionRunner::Request request;
    request.kind = preview.kind;
    request.messages = preview.messages;
    request.site = m_args.action.site;
    request.serverName = serverLabel(m_args.connection);
    request.filter = m_args.action.filter.isEmpty()
            ? (m_args.action.ids.isEmpty() ? QString()
                                           : QStringLiteral("ids: ") + m_args.action.ids.join(u' '))
            : m_args.action.filter;
    m_runner->start(request);
}

void ActionCommand::onFinished(const Actions::QueueActionResult &result)
{
    if (m_args.json)
        m_out.buffer() += ActionPrinter::jsonLine(ActionPrinter::resultJson(result));
    else
        m_out.buffer() += ActionPrinter::resultText(result);
    m_out.flush();
    using O = Actions::QueueActionResult::Outcome;
    switch (result.outcome) {
    case O::Ok:
        if (!result.dropped.isEmpty() || !m_unknownIds.isEmpty())
            Q_EMIT done(ExitIncomplete, tr("done, but not on every message asked for (see above)"));
        else
            Q_EMIT done(ExitOk, QString());
        return;
    case O::Mismatch:
        Q_EMIT done(ExitIncomplete, tr("the server reported %1 where %2 were expected")
                                            .arg(result.reported)
                                            .arg(result.expected));
        return;
    case O::Nothing:
        Q_EMIT done(ExitIncomplete, tr("nothing was done: every previewed message left or changed"));
        return;
    case O::Canceled:
        Q_EMIT done(ExitRemote, tr("canceled"));
        return;
    case O::Failed:
        break;
    }
    Q_EMIT done(ExitRemote, result.error.isEmpty() ? tr("the action failed") : result.error);
}
