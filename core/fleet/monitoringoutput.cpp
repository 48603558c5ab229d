#include "monitoringoutput.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

using Postfix::QueueName;

constexpr QueueName queueOrder[] = {QueueName::Active, QueueName::Deferred, QueueName::Hold,
                                    QueueName::Incoming, QueueName::Maildrop, QueueName::Unknown};

int exitCodeOf(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Critical:
        return 2;
    case Severity::Unknown:
        break;
    }
    return 3;
}

// The status line must stay one line, and '|' would start the perfdata early.
QString plainText(const QString &text)
{
    QString line = text.simplified();
    line.replace(QLatin1Char('|'), QLatin1Char('/'));
    return line;
}

// 'label'=value[UOM];[warn];[crit];[min];[max] — labels with spaces or quotes are quoted, a quote
// inside doubled. Empty trailing fields are dropped; 0 thresholds mean "off" and stay empty.
QString perfItem(const QString &label, const QString &value, const QString &unit, qint64 warn,
                 qint64 crit, const QString &min, const QString &max = {})
{
    QString name = label;
    if (name.contains(QLatin1Char(' ')) || name.contains(QLatin1Char('\'')) || name.contains(QLatin1Char('='))) {
        name.replace(QLatin1Char('\''), QStringLiteral("''"));
        name = QLatin1Char('\'') + name + QLatin1Char('\'');
    }
    QStringList fields{name + QLatin1Char('=') + value + unit,
                       warn > 0 ? QString::number(warn) : QString(),
                       crit > 0 ? QString::number(crit) : QString(), min, max};
    while (fields.size() > 1 && fields.last().isEmpty())
        fields.removeLast();
    return fields.join(QLatin1Char(';'));
}

QString perfdata(const PollSummary &s, const AlertThresholds &t, std::optional<qint64> growth)
{
    const QString zero = QStringLiteral("0");
    QStringList items;
    for (QueueName queue : queueOrder) {
        if (queue == QueueName::Unknown && s.count(queue) == 0)
            continue;
        const bool deferred = queue == QueueName::Deferred;
        items << perfItem(Postfix::queueNameToString(queue), QString::number(s.count(queue)), {},
                          deferred ? t.deferred.warn : 0, deferred ? t.deferred.crit : 0, zero);
    }
    items << perfItem(QStringLiteral("total"), QString::number(s.total), {}, 0, 0, zero);
    items << perfItem(QStringLiteral("oldest_age"), QString::number(s.oldestAgeSeconds()), QStringLiteral("s"),
                      t.oldestAgeHours.warn * 3600, t.oldestAgeHours.crit * 3600, zero);
    items << perfItem(QStringLiteral("top_sender_share"), QString::number(s.topSenderShare() * 100, 'f', 1),
                      QStringLiteral("%"), t.topSenderPercent.warn, t.topSenderPercent.crit, zero,
                      QStringLiteral("100"));
    if (growth)
        items << perfItem(QStringLiteral("growth"), QString::number(*growth), {}, t.growth.warn,
                          t.growth.crit, {});
    return items.join(QLatin1Char(' '));
}

QString countsText(const PollSummary &s)
{
    return Tr::tr("%n message(s) in the queue (%1 active, %2 deferred, %3 hold)", nullptr,
                  int(qMin<qint64>(s.total, INT_MAX)))
        .arg(s.count(QueueName::Active))
        .arg(s.count(QueueName::Deferred))
        .arg(s.count(QueueName::Hold));
}

} // namespace

NagiosResult nagiosCheck(const QString &serverName, const PollSummary &summary,
                         const AlertThresholds &thresholds, std::optional<qint64> growth)
{
    NagiosResult result;
    const QString name = plainText(serverName);
    if (!summary.ok()) {
        const QString reason = summary.errorText.isEmpty() ? pollErrorKey(summary.error) : summary.errorText;
        result.exitCode = exitCodeOf(Severity::Unknown);
        result.line = QStringLiteral("POSTDESK UNKNOWN - ") + name + QStringLiteral(": ") + plainText(reason);
        return result;
    }
    const QList<AlertState> states = evaluateAlerts(summary, thresholds, growth);
    const Severity worst = worstSeverity(states);
    QStringList problems;
    for (Severity level : {Severity::Critical, Severity::Warning}) {
        for (const AlertState &state : states)
            if (state.severity == level)
                problems << state.text;
    }
    const QString what = problems.isEmpty() ? countsText(summary) : problems.join(QStringLiteral("; "));
    result.exitCode = exitCodeOf(worst);
    result.line = QStringLiteral("POSTDESK ") + severityKey(worst).toUpper() + QStringLiteral(" - ") + name
        + QStringLiteral(": ") + plainText(what) + QStringLiteral(" | ") + perfdata(summary, thresholds, growth);
    return result;
}

namespace {

QByteArray labelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += '"';
    return out;
}

// One metric family: HELP, TYPE, then its samples; nothing at all when it has no samples.
class Family
{
public:
    Family(const char *name, const char *help)
        : m_name(name)
        , m_help(help)
    {
    }
    void add(const QString &server, const QByteArray &value,
             const QList<QPair<const char *, QString>> &labels = {})
    {
        m_body += m_name + "{server=" + labelValue(server);
        for (const auto &[label, text] : labels)
            m_body += QByteArray(",") + label + '=' + labelValue(text);
        m_body += "} " + value + '\n';
    }
    void appendTo(QByteArray &out) const
    {
        if (m_body.isEmpty())
            return;
        out += "# HELP " + m_name + ' ' + m_help + "\n# TYPE " + m_name + " gauge\n" + m_body;
    }

private:
    QByteArray m_name;
    QByteArray m_help;
    QByteArray m_body;
};

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

QByteArray prometheusExposition(const QList<MetricsEntry> &entries)
{
    Family up("postdesk_up", "Whether the last poll of the server succeeded (1) or failed (0).");
    Family duration("postdesk_poll_duration_seconds", "How long the last poll took (connect and listing).");
    Family error("postdesk_poll_error", "Why the last poll failed (always 1; the reason is the error label).");
    Family messages("postdesk_queue_messages", "Messages in each Postfix queue.");
    Family classes("postdesk_queue_class_messages",
                   "Deferred or held messages by the main class of their delay reason.");
    Family oldest("postdesk_queue_oldest_message_age_seconds", "Age of the oldest queued message in seconds.");
    Family share("postdesk_queue_top_sender_share", "Share of the queue held by its most frequent sender (0 to 1).");
    Family recipients("postdesk_queue_recipients", "Recipients of all queued messages.");
    Family bytes("postdesk_queue_bytes", "Size of all queued messages in bytes.");

    for (const MetricsEntry &entry : entries) {
        const PollSummary &s = entry.summary;
        up.add(entry.server, s.ok() ? "1" : "0");
        duration.add(entry.server, QByteArray::number(double(s.elapsedMs) / 1000.0, 'f', 3));
        if (!s.ok()) {
            error.add(entry.server, "1", {{"error", pollErrorKey(s.error)}});
            continue;
        }
        for (QueueName queue : queueOrder)
            messages.add(entry.server, number(s.count(queue)), {{"queue", Postfix::queueNameToString(queue)}});
        for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses())
            classes.add(entry.server, number(s.perClass.at(std::size_t(cls))),
                        {{"class", Diagnosis::reasonClassKey(cls)}});
        oldest.add(entry.server, number(s.oldestAgeSeconds()));
        share.add(entry.server, QByteArray::number(s.topSenderShare(), 'g', 6));
        recipients.add(entry.server, number(s.recipients));
        bytes.add(entry.server, number(s.bytes));
    }
    QByteArray out;
    for (const Family *family : {&up, &duration, &error, &messages, &classes, &oldest, &share, &recipients, &bytes})
        family->appendTo(out);
    return out;
}

} // namespace Fleet
