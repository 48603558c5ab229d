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
    m_oldest.arrivalTime = -1;
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
    case Mode::SummaryJson:
        for (const Postfix::QueuedMessage &m : batch) {
            ++m_perQueue[std::size_t(m.queueName)];
            ++m_total;
            m_totalBytes += m.messageSize;
            m_recipients += m.recipients.size();
            if (m_oldest.arrivalTime < 0 || m.arrivalTime < m_oldest.arrivalTime)
                m_oldest = m;
        }
        return;
    }
    m_out.maybeFlush();
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
    const qint64 now = snapshot.takenAt.toSecsSinceEpoch();
    const qint64 oldestAge = m_total ? qMax<qint64>(0, now - m_oldest.arrivalTime) : -1;
    QByteArray &out = m_out.buffer();

    if (m_mode == Mode::SummaryJson) {
        out += "{\"queues\":{";
        bool first = true;
        for (QueueName name : order) {
            if (name == QueueName::Unknown && m_perQueue[std::size_t(name)] == 0)
                continue;
            out += first ? "\"" : ",\"";
            first = false;
            out += Postfix::queueNameToString(name).toUtf8() + "\":"
                + QByteArray::number(m_perQueue[std::size_t(name)]);
        }
        out += "},\"total\":" + QByteArray::number(m_total)
            + ",\"total_size\":" + QByteArray::number(m_totalBytes)
            + ",\"recipients\":" + QByteArray::number(m_recipients)
            + ",\"taken_at\":" + QByteArray::number(now);
        if (m_total) {
            out += ",\"oldest_arrival_time\":" + QByteArray::number(m_oldest.arrivalTime)
                + ",\"oldest_age_seconds\":" + QByteArray::number(oldestAge)
                + ",\"oldest_queue_id\":";
            QueueFormatter::appendJsonString(out, m_oldest.queueId);
        }
        out += "}\n";
        return;
    }
    for (QueueName name : order) {
        if (name == QueueName::Unknown && m_perQueue[std::size_t(name)] == 0)
            continue;
        out += Postfix::queueNameToString(name).toUtf8().leftJustified(10) + ' '
            + QByteArray::number(m_perQueue[std::size_t(name)]).rightJustified(8) + '\n';
    }
    out += tr("total").toUtf8().leftJustified(10) + ' ' + QByteArray::number(m_total).rightJustified(8)
        + tr(" messages, %1 bytes, %2 recipients\n").arg(m_totalBytes).arg(m_recipients).toUtf8();
    if (m_total) {
        const qint64 days = oldestAge / 86400, hours = (oldestAge % 86400) / 3600,
                     minutes = (oldestAge % 3600) / 60;
        out += tr("oldest     %1d %2h %3m (%4, arrived %5)\n")
                   .arg(days)
                   .arg(hours)
                   .arg(minutes)
                   .arg(m_oldest.queueId,
                        QDateTime::fromSecsSinceEpoch(m_oldest.arrivalTime)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .toUtf8();
    }
}
