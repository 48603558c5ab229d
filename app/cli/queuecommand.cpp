#include "queuecommand.h"

#include "cliarguments.h"
#include "queueformatter.h"

#include "services/queueloader.h"

#include <QDateTime>

#include <cstdio>

QueueCommand::QueueCommand(Remote::ServerSession *session, Mode mode, QObject *parent)
    : CliCommand(parent)
    , m_mode(mode)
    , m_loader(new Services::QueueLoader(session, this))
{
    m_loader->setKeepMessages(false);
    connect(m_loader, &Services::QueueLoader::batchReady, this, &QueueCommand::onBatch);
    connect(m_loader, &Services::QueueLoader::finished, this, &QueueCommand::onFinished);
}

QueueCommand::~QueueCommand() = default;

void QueueCommand::start()
{
    m_loader->start();
}

void QueueCommand::cancel()
{
    m_loader->cancel();
}

void QueueCommand::onBatch(const QList<Postfix::QueuedMessage> &batch)
{
    QByteArray &out = m_out.buffer();
    switch (m_mode) {
    case Mode::JsonLines:
        for (const Postfix::QueuedMessage &m : batch)
            QueueFormatter::appendJsonLine(out, m);
        break;
    case Mode::Table:
        if (!std::exchange(m_headerWritten, true))
            QueueFormatter::appendTableHeader(out);
        for (const Postfix::QueuedMessage &m : batch)
            QueueFormatter::appendTableRow(out, m);
        break;
    case Mode::Summary:
    case Mode::SummaryJson: {
        const Postfix::QueueSummary part = Postfix::summarizeQueue(batch);
        for (std::size_t i = 0; i < m_summary.perQueue.size(); ++i)
            m_summary.perQueue[i] += part.perQueue[i];
        m_summary.totalMessages += part.totalMessages;
        m_summary.totalRecipients += part.totalRecipients;
        m_summary.totalBytes += part.totalBytes;
        m_summary.forcedExpire += part.forcedExpire;
        if (part.totalMessages > 0
            && (m_summary.totalMessages == part.totalMessages || part.oldestArrival < m_summary.oldestArrival)) {
            m_summary.oldestArrival = part.oldestArrival;
            for (const Postfix::QueuedMessage &m : batch) {
                if (m.arrivalTime == part.oldestArrival) {
                    m_oldestId = m.queueId;
                    break;
                }
            }
        }
        return;
    }
    }
    // Each batch goes out as it arrives: a reader of the pipe sees progress, and nothing but
    // the current chunk is ever held (one write per SSH chunk is cheap).
    m_out.flush();
}

void QueueCommand::onFinished(const Services::QueueSnapshot &snapshot)
{
    if (snapshot.canceled) {
        m_out.flush();
        Q_EMIT done(ExitRemote, tr("canceled"));
        return;
    }
    if (!snapshot.ok()) {
        m_out.flush();
        Q_EMIT done(ExitRemote, snapshot.error);
        return;
    }
    if (m_mode == Mode::Summary || m_mode == Mode::SummaryJson)
        writeSummary(snapshot);
    else if (m_mode == Mode::Table && !m_headerWritten)
        m_out.buffer() += tr("Mail queue is empty\n").toUtf8();
    m_out.flush();
    // Warnings do not change the exit code: the listing itself succeeded.
    if (snapshot.mailSystemDown)
        std::fputs(qPrintable(tr("warning: the mail system is down; the listing was read directly "
                                 "from the queue\n")), stderr);
    if (!snapshot.issues.isEmpty())
        std::fputs(qPrintable(tr("warning: %n line(s) of postqueue output could not be read, first: "
                                 "line %1: %2\n", nullptr, int(snapshot.issues.size()))
                                  .arg(snapshot.issues.first().line)
                                  .arg(snapshot.issues.first().message)), stderr);
    Q_EMIT done(ExitOk, QString());
}

void QueueCommand::writeSummary(const Services::QueueSnapshot &snapshot)
{
    using Postfix::QueueName;
    const QueueName order[] = {QueueName::Maildrop, QueueName::Incoming, QueueName::Active,
                               QueueName::Deferred, QueueName::Hold, QueueName::Unknown};
    const Postfix::QueueSummary &sum = m_summary;
    const qint64 now = snapshot.takenAt.toSecsSinceEpoch();
    const qint64 oldestAge = sum.totalMessages ? qMax<qint64>(0, now - sum.oldestArrival) : -1;
    QByteArray &out = m_out.buffer();

    if (m_mode == Mode::SummaryJson) {
        out += "{\"queues\":{";
        bool first = true;
        for (QueueName name : order) {
            if (name == QueueName::Unknown && sum.count(name) == 0)
                continue;
            out += first ? "\"" : ",\"";
            first = false;
            out += Postfix::queueNameToString(name).toUtf8() + "\":" + QByteArray::number(sum.count(name));
        }
        out += "},\"total\":" + QByteArray::number(sum.totalMessages)
            + ",\"total_size\":" + QByteArray::number(sum.totalBytes)
            + ",\"recipients\":" + QByteArray::number(sum.totalRecipients)
            + ",\"forced_expire\":" + QByteArray::number(sum.forcedExpire)
            + ",\"taken_at\":" + QByteArray::number(now);
        if (sum.totalMessages) {
            out += ",\"oldest_arrival_time\":" + QByteArray::number(sum.oldestArrival)
                + ",\"oldest_age_seconds\":" + QByteArray::number(oldestAge) + ",\"oldest_queue_id\":";
            QueueFormatter::appendJsonString(out, m_oldestId);
        }
        out += "}\n";
        return;
    }
    for (QueueName name : order) {
        if (name == QueueName::Unknown && sum.count(name) == 0)
            continue;
        out += Postfix::queueNameToString(name).toUtf8().leftJustified(10) + ' '
            + QByteArray::number(sum.count(name)).rightJustified(8) + '\n';
    }
    out += tr("total").toUtf8().leftJustified(10) + ' '
        + QByteArray::number(sum.totalMessages).rightJustified(8)
        + tr(" messages, %1 bytes, %2 recipients\n").arg(sum.totalBytes).arg(sum.totalRecipients).toUtf8();
    if (sum.totalMessages) {
        const qint64 days = oldestAge / 86400, hours = (oldestAge % 86400) / 3600,
                     minutes = (oldestAge % 3600) / 60;
        out += tr("oldest     %1d %2h %3m (%4, arrived %5)\n")
                   .arg(days)
                   .arg(hours)
                   .arg(minutes)
                   .arg(m_oldestId,
                        QDateTime::fromSecsSinceEpoch(sum.oldestArrival)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .toUtf8();
    }
}
