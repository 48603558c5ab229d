#include "shapecommand.h"

#include "queueformatter.h"
#include "stdoutwriter.h"

#include "services/queueloader.h"

#include <QDateTime>

#include <cstdio>

namespace {

void appendNumbers(QByteArray &out, const QList<qint64> &numbers)
{
    out += '[';
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(numbers.at(i));
    }
    out += ']';
}

void appendRowJson(QByteArray &out, const Postfix::QueueShapeRow &row)
{
    out += "{\"domain\":";
    QueueFormatter::appendJsonString(out, row.domain);
    out += ",\"total\":" + QByteArray::number(row.total) + ",\"buckets\":";
    appendNumbers(out, row.buckets);
    out += '}';
}

// One qshape line: the name right-aligned in `nameWidth`, then each count right-aligned.
void appendTableLine(QByteArray &out, const QByteArray &name, const QList<QByteArray> &cells,
                     qsizetype nameWidth, const QList<qsizetype> &widths)
{
    out += name.rightJustified(nameWidth);
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += ' ' + cells.at(i).rightJustified(widths.at(i));
    out += '\n';
}

QList<QByteArray> cellsOf(const Postfix::QueueShapeRow &row)
{
    QList<QByteArray> cells{QByteArray::number(row.total)};
    for (qint64 n : row.buckets)
        cells << QByteArray::number(n);
    return cells;
}

QByteArray utcStamp(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(Qt::ISODate).toUtf8();
}

} // namespace

ShapeCommand::ShapeCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
    , m_loader(new Services::QueueLoader(session, this))
{
    connect(m_loader, &Services::QueueLoader::finished, this, &ShapeCommand::onFinished);
}

ShapeCommand::~ShapeCommand() = default;

void ShapeCommand::start()
{
    m_loader->start();
}

void ShapeCommand::cancel()
{
    m_loader->cancel();
}

void ShapeCommand::onFinished(const Services::QueueSnapshot &snapshot)
{
    if (snapshot.canceled) {
        Q_EMIT done(ExitRemote, tr("canceled"));
        return;
    }
    if (!snapshot.ok()) {
        Q_EMIT done(ExitRemote, snapshot.error);
        return;
    }
    Postfix::QueueShapeOptions options;
    options.by = m_args.shapeBySender ? Postfix::QueueShapeOptions::By::SenderDomain
                                      : Postfix::QueueShapeOptions::By::RecipientDomain;
    options.maxRows = m_args.top;
    const qint64 now = snapshot.takenAt.toSecsSinceEpoch();
    const Postfix::QueueShape shape = Postfix::computeQueueShape(snapshot.messages, now, options);
    const QList<Postfix::SenderCount> senders = Postfix::topSenders(snapshot.messages, m_args.top);

    StdoutWriter out;
    out.buffer() = m_args.json ? formatJson(shape, senders) : formatTable(shape, senders);
    out.flush();
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

QByteArray ShapeCommand::formatJson(const Postfix::QueueShape &shape,
                                    const QList<Postfix::SenderCount> &senders)
{
    QByteArray out;
    out += "{\"now\":" + QByteArray::number(shape.nowEpoch) + ",\"by\":";
    out += shape.options.by == Postfix::QueueShapeOptions::By::SenderDomain ? "\"sender\"" : "\"recipient\"";
    out += ",\"buckets\":";
    appendNumbers(out, QList<qint64>(shape.options.bucketMinutes.cbegin(), shape.options.bucketMinutes.cend()));
    out += ",\"totals\":{\"total\":" + QByteArray::number(shape.totals.total) + ",\"buckets\":";
    appendNumbers(out, shape.totals.buckets);
    out += "},\"rows\":[";
    for (qsizetype i = 0; i < shape.rows.size(); ++i) {
        if (i)
            out += ',';
        appendRowJson(out, shape.rows.at(i));
    }
    out += "],\"top_senders\":[";
    for (qsizetype i = 0; i < senders.size(); ++i) {
        const Postfix::SenderCount &s = senders.at(i);
        out += i ? ",{\"sender\":" : "{\"sender\":";
        QueueFormatter::appendJsonString(out, s.sender);
        out += ",\"messages\":" + QByteArray::number(s.messages)
            + ",\"recipients\":" + QByteArray::number(s.recipients)
            + ",\"bytes\":" + QByteArray::number(s.bytes)
            + ",\"oldest_arrival\":" + QByteArray::number(s.oldestArrival) + '}';
    }
    out += "]}\n";
    return out;
}

QByteArray ShapeCommand::formatTable(const Postfix::QueueShape &shape,
                                     const QList<Postfix::SenderCount> &senders)
{
    QByteArray out;
    // Like qshape: a header of bucket edges in minutes ("T" = total, the last one "EDGE+"),
    // TOTAL first, each column as wide as its widest number.
    QList<QByteArray> head{"T"};
    for (const QString &label : Postfix::queueShapeBucketLabels(shape.options.bucketMinutes))
        head << label.toUtf8();
    QList<QList<QByteArray>> lines{cellsOf(shape.totals)};
    QList<QByteArray> names{"TOTAL"};
    for (const Postfix::QueueShapeRow &row : shape.rows) {
        lines << cellsOf(row);
        names << row.domain.toUtf8();
    }
    QList<qsizetype> widths;
    for (const QByteArray &h : head)
        widths << qMax<qsizetype>(2, h.size());
    qsizetype nameWidth = 6;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        nameWidth = qMax(nameWidth, names.at(l).size());
        for (qsizetype c = 0; c < lines.at(l).size() && c < widths.size(); ++c)
            widths[c] = qMax(widths.at(c), lines.at(l).at(c).size());
    }
    nameWidth = qMin<qsizetype>(nameWidth, 60);
    out += (shape.options.by == Postfix::QueueShapeOptions::By::SenderDomain
                ? tr("Sender domains by age in minutes (now %1)\n")
                : tr("Recipient domains by age in minutes (now %1)\n"))
               .arg(QString::fromUtf8(utcStamp(shape.nowEpoch)))
               .toUtf8();
    appendTableLine(out, QByteArray(), head, nameWidth, widths);
    for (qsizetype l = 0; l < lines.size(); ++l)
        appendTableLine(out, names.at(l).right(nameWidth), lines.at(l), nameWidth, widths);

    out += '\n' + tr("Top senders").toUtf8() + '\n';
    if (senders.isEmpty()) {
        out += tr("  (the queue is empty)\n").toUtf8();
        return out;
    }
    qsizetype senderWidth = 6;
    for (const Postfix::SenderCount &s : senders)
        senderWidth = qMax(senderWidth, s.sender.toUtf8().size());
    senderWidth = qMin<qsizetype>(senderWidth, 60);
    out += tr("SENDER").toUtf8().leftJustified(senderWidth) + ' ' + tr("MESSAGES").toUtf8().rightJustified(8)
        + ' ' + tr("RCPTS").toUtf8().rightJustified(7) + ' ' + tr("BYTES").toUtf8().rightJustified(12)
        + "  " + tr("OLDEST ARRIVAL (UTC)").toUtf8() + '\n';
    for (const Postfix::SenderCount &s : senders) {
        out += s.sender.toUtf8().leftJustified(senderWidth) + ' '
            + QByteArray::number(s.messages).rightJustified(8) + ' '
            + QByteArray::number(s.recipients).rightJustified(7) + ' '
            + QByteArray::number(s.bytes).rightJustified(12) + "  "
            + (s.oldestArrival > 0 ? utcStamp(s.oldestArrival) : QByteArray("-")) + '\n';
    }
    return out;
}
