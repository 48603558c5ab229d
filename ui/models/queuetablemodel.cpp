#include "queuetablemodel.h"

#include "displayformat.h"
#include "triagetext.h"

#include <QTextDocument>
#include <QTimeZone>

namespace Ui {

using Postfix::QueuedMessage;

namespace {

QString firstRecipient(const QueuedMessage &message)
{
    return message.recipients.isEmpty() ? QString() : message.recipients.constFirst().address;
}

// Alphabetical rank of each queue name, indexed by Postfix::QueueName (Maildrop, Incoming,
// Active, Deferred, Hold, Unknown): the Queue column sorts like its text without string compares.
constexpr int kQueueRank[] = {4, 3, 0, 1, 2, 5};

// Sort keys of the time columns for rows without a time: after every real time, in the order
// "not retried yet" < "not in the delivery queues" < "on hold" (frozen).
constexpr qint64 kFar = std::numeric_limits<qint64>::max() / 4;
constexpr qint64 kUnknownRetry = kFar;
constexpr qint64 kNotQueued = kFar + 1;
constexpr qint64 kOnHold = kFar + 2;

} // namespace

QueueTableModel::QueueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QueueTableModel::~QueueTableModel() = default;

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedMessage &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case SortRole:
        return sortData(index.row(), index.column());
    case QueueIdRole:
        return m.queueId;
    case QueueNameRole:
        return int(m.queueName);
    case Qt::ToolTipRole:
        return toolTipData(index.row(), index.column());
    case ClassRole:
        return int(m_triage.at(index.row()).cls);
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Age || index.column() == NextRetry)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant QueueTableModel::displayData(int row, int column) const
{
    const QueuedMessage &m = m_messages.at(row);
    switch (column) {
    case Queue:
        return Postfix::queueNameToString(m.queueName);
    case QueueId:
        return m.queueId;
    case Arrival:
        return DisplayFormat::localTime(m.arrivalTime);
    case Age:
        return DisplayFormat::age(ageSeconds(m));
    case Size:
        return DisplayFormat::size(m.messageSize);
    case Sender:
        return m.sender.isEmpty() ? tr("(empty)") : m.sender;
    case Recipients: {
        const QString first = firstRecipient(m);
        if (m.recipients.size() <= 1)
            return first;
        return tr("%1 +%2").arg(first).arg(m.recipients.size() - 1);
    }
    case Reason:
        return shownReason(row);
    case Flags:
        return m.forcedExpire ? tr("forced expire") : QString();
    case Class: {
        const int cls = m_triage.at(row).cls;
        return cls == Diagnosis::MessageClassifier::kNoClass ? QString() : classTitle(cls);
    }
    case NextRetry: {
        TriageText::RetryState state{m_timesRead, m_times.permissionDenied, m_times.retryKnown, {},
                                     m_times.error};
        if (const qint64 t = m_triage.at(row).nextRetry)
            state.nextRetry = t;
        return TriageText::nextRetryText(m, state, nowSeconds());
    }
    case Expires: {
        const qint64 t = m_triage.at(row).expires;
        return TriageText::expiresText(m, t ? std::optional<qint64>(t) : std::nullopt);
    }
    }
    return {};
}

QVariant QueueTableModel::toolTipData(int row, int column) const
{
    const QueuedMessage &m = m_messages.at(row);
    switch (column) {
    case Recipients:
    case Reason:
        return recipientsTooltip(m);
    case Arrival:
        return QDateTime::fromSecsSinceEpoch(m.arrivalTime, QTimeZone::utc()).toString(Qt::ISODate);
    case Age: // Arrival is hidden by default: its time is here
        return tr("arrived %1").arg(DisplayFormat::localTime(m.arrivalTime));
    case Sender:
        return m.sender; // the column elides long addresses
    case Size:
        return tr("%n byte(s)", nullptr, int(qMin<qint64>(m.messageSize, INT_MAX)));
    case Class: // only on hover: the full explanation is built here, not per paint
        return Qt::convertFromPlainText(
            TriageText::classTooltip(m, m_classifier.classify(m), m_classifier), Qt::WhiteSpaceNormal);
    case NextRetry: {
        TriageText::RetryState state{m_timesRead, m_times.permissionDenied, m_times.retryKnown, {},
                                     m_times.error};
        if (const qint64 t = m_triage.at(row).nextRetry)
            state.nextRetry = t;
        return Qt::convertFromPlainText(TriageText::nextRetryTooltip(m, state, nowSeconds()),
                                        Qt::WhiteSpaceNormal);
    }
    case Expires: {
        const qint64 t = m_triage.at(row).expires;
        return Qt::convertFromPlainText(
            TriageText::expiresTooltip(m, t ? std::optional<qint64>(t) : std::nullopt,
                                       m_times.lifetimes, m_timesRead, nowSeconds()),
            Qt::WhiteSpaceNormal);
    }
    default:
        return {};
    }
}

const QString &QueueTableModel::classTitle(int cls) const
{
    QString &title = m_classTitles[std::size_t(cls)];
    if (title.isEmpty())
        title = Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(cls)).title;
    return title;
}

qint64 QueueTableModel::nextRetryKey(int row) const
{
    switch (m_messages.at(row).queueName) {
    case Postfix::QueueName::Active:
        return 0; // being delivered now: before every future time
    case Postfix::QueueName::Deferred: {
        const qint64 t = m_triage.at(row).nextRetry;
        return t ? t : kUnknownRetry;
    }
    case Postfix::QueueName::Hold:
        return kOnHold;
    default:
        return kNotQueued;
    }
}

qint64 QueueTableModel::expiresKey(int row) const
{
    const qint64 t = m_triage.at(row).expires;
    return t ? t : kOnHold;
}

QVariant QueueTableModel::sortData(int row, int column) const
{
    const QueuedMessage &m = m_messages.at(row);
    const SortKeys &k = m_keys.at(row);
    switch (column) {
    case Queue:
        return Postfix::queueNameToString(m.queueName);
    case QueueId:
        return m.queueId;
    case Arrival:
        return m.arrivalTime;
    case Age:
        return ageSeconds(m);
    case Size:
        return m.messageSize;
    case Sender:
        return k.sender;
    case Recipients:
        return k.recipient;
    case Reason:
        return k.reason;
    case Flags:
        return qint64(m.forcedExpire ? 1 : 0);
    case Class: {
        const int cls = m_triage.at(row).cls;
        return qint64(cls == Diagnosis::MessageClassifier::kNoClass ? Diagnosis::reasonClassCount
                                                                    : cls);
    }
    case NextRetry:
        return nextRetryKey(row);
    case Expires:
        return expiresKey(row);
    }
    return {};
}

QueueTableModel::SortKeys QueueTableModel::keysFor(const QueuedMessage &m, const QString &reason)
{
    return {m.sender.toLower(), firstRecipient(m).toLower(), reason.toLower()};
}

QueueTableModel::Triage QueueTableModel::triageFor(const QueuedMessage &m)
{
    const Diagnosis::MessageClassifier::Result r = m_classifier.classify(m);
    return Triage{0, 0, qint8(r.mainClass), qint16(r.exampleRecipient < 32767 ? r.exampleRecipient : -1)};
}

const QString &QueueTableModel::shownReason(int row) const
{
    // The reason of the message's class, so Class and Reason of a row never contradict each
    // other when its recipients are stuck for different reasons (all are in the tooltip).
    static const QString none;
    const QueuedMessage &m = m_messages.at(row);
    const int i = m_triage.at(row).reasonRecipient;
    if (i >= 0 && i < m.recipients.size())
        return Diagnosis::MessageClassifier::reasonOf(m.recipients.at(i));
    for (const Postfix::Recipient &r : m.recipients) {
        if (!Diagnosis::MessageClassifier::reasonOf(r).isEmpty())
            return Diagnosis::MessageClassifier::reasonOf(r);
    }
    return none;
}

bool QueueTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    const QueuedMessage &a = m_messages.at(leftRow);
    const QueuedMessage &b = m_messages.at(rightRow);
    switch (column) {
    case Queue:
        return kQueueRank[int(a.queueName)] < kQueueRank[int(b.queueName)];
    case QueueId:
        return a.queueId < b.queueId;
    case Arrival:
        return a.arrivalTime < b.arrivalTime;
    case Age:
        // Older arrival = larger age; avoids reading the clock per comparison.
        return a.arrivalTime > b.arrivalTime;
    case Size:
        return a.messageSize < b.messageSize;
    case Sender:
        return m_keys.at(leftRow).sender < m_keys.at(rightRow).sender;
    case Recipients:
        return m_keys.at(leftRow).recipient < m_keys.at(rightRow).recipient;
    case Reason:
        return m_keys.at(leftRow).reason < m_keys.at(rightRow).reason;
    case Flags:
        return int(a.forcedExpire) < int(b.forcedExpire);
    case Class: // no reason (-1) sorts last, as in SortRole
        return quint8(m_triage.at(leftRow).cls) < quint8(m_triage.at(rightRow).cls);
    case NextRetry:
        return nextRetryKey(leftRow) < nextRetryKey(rightRow);
    case Expires:
        return expiresKey(leftRow) < expiresKey(rightRow);
    }
    return false;
}

bool QueueTableModel::matchesText(int row, const QStringMatcher &matcher) const
{
    if (matcher.pattern().isEmpty())
        return true;
    const QueuedMessage &m = m_messages.at(row);
    const auto has = [&matcher](const QString &text) {
        return !text.isEmpty() && matcher.indexIn(text) >= 0;
    };
    if (has(m.sender))
        return true;
    for (const Postfix::Recipient &r : m.recipients) {
        if (has(r.address) || has(r.origAddress) || has(r.delayReason) || has(r.bounceReason))
            return true;
    }
    return false;
}

QString QueueTableModel::recipientsTooltip(const QueuedMessage &m) const
{
    QStringList lines;
    lines.reserve(m.recipients.size());
    const qsizetype shown = qMin<qsizetype>(m.recipients.size(), 50);
    for (qsizetype i = 0; i < shown; ++i) {
        const Postfix::Recipient &r = m.recipients.at(i);
        const QString reason = r.delayReason.isEmpty() ? r.bounceReason : r.delayReason;
        lines << (reason.isEmpty() ? r.address : tr("%1: %2").arg(r.address, reason));
    }
    if (m.recipients.size() > shown)
        lines << tr("… and %n more", nullptr, int(m.recipients.size() - shown));
    // A tooltip starting with "<" would be taken as rich text; Qt::convertFromPlainText keeps
    // queue content inert.
    return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal);
}

qint64 QueueTableModel::nowSeconds() const
{
    return m_reference.isValid() ? m_reference.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
}

qint64 QueueTableModel::ageSeconds(const QueuedMessage &m) const
{
    return qMax<qint64>(0, nowSeconds() - m.arrivalTime);
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Queue:
        return tr("Queue");
    case QueueId:
        return tr("Queue ID");
    case Arrival:
        return tr("Arrival");
    case Age:
        return tr("Age");
    case Size:
        return tr("Size");
    case Sender:
        return tr("Sender");
    case Recipients:
        return tr("Recipients");
    case Reason:
        return tr("Reason");
    case Flags:
        return tr("Flags");
    case Class:
        return tr("Class");
    case NextRetry:
        return tr("Next retry");
    case Expires:
        return tr("Expires");
    }
    return {};
}

void QueueTableModel::setReferenceTime(const QDateTime &reference)
{
    m_reference = reference;
    if (!m_messages.isEmpty()) {
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Age));
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, Expires));
    }
}

QDateTime QueueTableModel::referenceTime() const
{
    return m_reference;
}

void QueueTableModel::appendMessages(const QList<QueuedMessage> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_messages.append(batch);
    m_keys.reserve(m_messages.size());
    m_triage.reserve(m_messages.size());
    for (const QueuedMessage &m : batch) {
        ++m_counts[size_t(m.queueName)];
        m_triage.append(triageFor(m));
        m_keys.append(keysFor(m, shownReason(int(m_triage.size()) - 1)));
    }
    computeTimes(first);
    endInsertRows();
}

void QueueTableModel::setMessages(const QList<QueuedMessage> &messages)
{
    beginResetModel();
    m_messages = messages;
    m_keys.clear();
    m_keys.reserve(m_messages.size());
    m_triage.clear();
    m_triage.reserve(m_messages.size());
    m_counts.fill(0);
    for (const QueuedMessage &m : std::as_const(m_messages)) {
        ++m_counts[size_t(m.queueName)];
        m_triage.append(triageFor(m));
        m_keys.append(keysFor(m, shownReason(int(m_triage.size()) - 1)));
    }
    computeTimes(0);
    endResetModel();
}

void QueueTableModel::clear()
{
    m_times = {};
    m_timesRead = false;
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    m_keys.clear();
    m_triage.clear();
    m_counts.fill(0);
    endResetModel();
}

void QueueTableModel::setQueueTimes(const Services::QueueTimes &times)
{
    m_times = times;
    m_timesRead = true;
    computeTimes(0);
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, Expires));
}

bool QueueTableModel::hasQueueTimes() const
{
    return m_timesRead;
}

void QueueTableModel::computeTimes(int first)
{
    // Until the server's lifetimes are read, Expires uses Postfix's defaults (the tooltip says so).
    for (int row = first; row < m_messages.size(); ++row) {
        const QueuedMessage &m = m_messages.at(row);
        Triage &t = m_triage[row];
        t.nextRetry = m.queueName == Postfix::QueueName::Deferred
            ? m_times.nextRetry.value(m.queueId, 0) : 0;
        t.expires = Postfix::expiresAt(m, m_times.lifetimes).value_or(0);
    }
}

int QueueTableModel::messageClass(int row) const
{
    return m_triage.at(row).cls;
}

Diagnosis::MessageClassifier &QueueTableModel::classifier()
{
    return m_classifier;
}

const QueuedMessage &QueueTableModel::message(int row) const
{
    return m_messages.at(row);
}

const QList<QueuedMessage> &QueueTableModel::messages() const
{
    return m_messages;
}

int QueueTableModel::rowOfQueueId(const QString &queueId) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).queueId == queueId)
            return int(i);
    }
    return -1;
}

int QueueTableModel::count(Postfix::QueueName queue) const
{
    return m_counts[size_t(queue)];
}

} // namespace Ui
