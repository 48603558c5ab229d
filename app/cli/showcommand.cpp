#include "showcommand.h"

#include "cliarguments.h"
#include "queueformatter.h"
#include "stdoutwriter.h"

ShowCommand::ShowCommand(Remote::ServerSession *session, const QString &queueId,
                         Services::PreviewParts parts, bool json, QObject *parent)
    : CliCommand(parent)
    , m_loader(new Services::PreviewLoader(session, this))
    , m_queueId(queueId)
    , m_parts(parts)
    , m_json(json)
{
    connect(m_loader, &Services::PreviewLoader::finished, this, &ShowCommand::onFinished);
}

ShowCommand::~ShowCommand() = default;

void ShowCommand::start()
{
    m_loader->load(m_queueId, m_parts);
}

void ShowCommand::cancel()
{
    // PreviewLoader emits nothing for a canceled load: report the cancel here.
    m_loader->cancel();
    if (!std::exchange(m_canceled, true))
        Q_EMIT done(ExitRemote, tr("canceled"));
}

void ShowCommand::onFinished(const Services::PreviewResult &result)
{
    if (m_canceled)
        return;
    if (result.gone) {
        Q_EMIT done(ExitRemote, tr("message %1 is no longer in the queue").arg(m_queueId));
        return;
    }
    if (!result.ok()) {
        Q_EMIT done(ExitRemote, result.error);
        return;
    }
    StdoutWriter out;
    out.buffer() = m_json ? toJson(result) : toText(result);
    out.flush();
    if (result.message.bodyTruncated)
        Q_EMIT done(ExitOk, tr("warning: the body was cut at the size limit"));
    else
        Q_EMIT done(ExitOk, QString());
}

QByteArray ShowCommand::toText(const Services::PreviewResult &result)
{
    const Postfix::PostcatMessage &m = result.message;
    QByteArray out;
    if (!m.envelope.isEmpty()) {
        out += "*** ENVELOPE ***\n";
        for (const auto &[name, value] : m.envelope)
            out += name.toUtf8() + ": " + value.toUtf8() + '\n';
        out += "*** HEADERS ***\n";
    }
    for (const auto &[name, value] : m.headers)
        out += name.toUtf8() + ": " + value.toUtf8() + '\n';
    if (!m.body.isEmpty() || result.message.bodyTruncated) {
        out += '\n';
        out += m.body.toUtf8();
        if (!out.endsWith('\n'))
            out += '\n';
    }
    return out;
}

QByteArray ShowCommand::toJson(const Services::PreviewResult &result)
{
    const Postfix::PostcatMessage &m = result.message;
    auto appendPairs = [](QByteArray &out, const QList<QPair<QString, QString>> &pairs) {
        out += '[';
        bool first = true;
        for (const auto &[name, value] : pairs) {
            out += first ? "{\"name\":" : ",{\"name\":";
            first = false;
            QueueFormatter::appendJsonString(out, name);
            out += ",\"value\":";
            QueueFormatter::appendJsonString(out, value);
            out += '}';
        }
        out += ']';
    };
    QByteArray out = "{\"queue_id\":";
    QueueFormatter::appendJsonString(out, result.queueId);
    out += ",\"queue_path\":";
    QueueFormatter::appendJsonString(out, m.queuePath);
    out += ",\"envelope\":";
    appendPairs(out, m.envelope);
    out += ",\"headers\":";
    appendPairs(out, m.headers);
    out += ",\"body\":";
    QueueFormatter::appendJsonString(out, m.body);
    out += m.bodyTruncated ? ",\"body_truncated\":true}\n" : ",\"body_truncated\":false}\n";
    return out;
}
