#include "postsupersummary.h"

#include <QRegularExpression>

namespace Actions {

namespace {

// "Deleted: 3 messages" after the "postsuper: " prefix. Only these exact summary forms count:
// a per-ID line ("4F2A3B1C9D: removed") or anything else must never be mistaken for a count.
struct SummaryKey
{
    QLatin1StringView label;
    int PostsuperSummary::*field;
};

const SummaryKey summaryKeys[] = {
    {QLatin1StringView("Deleted"), &PostsuperSummary::deleted},
    {QLatin1StringView("Requeued"), &PostsuperSummary::requeued},
    {QLatin1StringView("Placed on hold"), &PostsuperSummary::held},
    {QLatin1StringView("Released from hold"), &PostsuperSummary::released},
    {QLatin1StringView("Force-expired"), &PostsuperSummary::expired},
};

// Per-ID progress lines postsuper prints before its summary ("ID: removed", "ID: placed on
// hold", …). They are expected, not "other" output.
bool isPerIdLine(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
            "^[0-9A-Za-z]{6,32}: (removed|requeued|placed on hold|released from hold|expired)$"));
    return re.match(text).hasMatch();
}

} // namespace

int PostsuperSummary::countFor(QueueActionKind kind) const
{
    switch (kind) {
    case QueueActionKind::Hold:
        return held;
    case QueueActionKind::Release:
        return released;
    case QueueActionKind::Requeue:
        return requeued;
    case QueueActionKind::Expire:
        return expired;
    case QueueActionKind::Delete:
        return deleted;
    case QueueActionKind::Deliver:
    case QueueActionKind::FlushAll:
    case QueueActionKind::FlushSite:
        return -1;
    }
    return -1;
}

PostsuperSummary PostsuperSummary::parse(QByteArrayView stdErr)
{
    static const QRegularExpression summary(QStringLiteral("^([A-Za-z -]+): ([0-9]{1,9}) messages?$"));
    PostsuperSummary result;
    const QString text = QString::fromUtf8(stdErr.data(), stdErr.size()); // invalid bytes → U+FFFD
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QString rest = line;
        // The program name prefix is "postsuper: " (or "postsuper[PID]: " when syslog-style).
        static const QRegularExpression prefix(QStringLiteral("^postsuper(\\[[0-9]+\\])?: "));
        const auto p = prefix.match(rest);
        if (p.hasMatch())
            rest = rest.mid(p.capturedLength());
        if (rest.startsWith(QLatin1StringView("warning: "))) {
            result.warnings << rest.mid(9);
            continue;
        }
        if (rest.startsWith(QLatin1StringView("fatal: "))) {
            result.fatals << rest.mid(7);
            continue;
        }
        bool counted = false;
        if (p.hasMatch()) {
            const auto m = summary.match(rest);
            if (m.hasMatch()) {
                for (const SummaryKey &key : summaryKeys) {
                    if (m.capturedView(1) == key.label) {
                        result.*key.field += m.capturedView(2).toInt();
                        counted = true;
                        break;
                    }
                }
            }
            if (!counted && isPerIdLine(rest))
                continue;
        }
        if (!counted)
            result.other << line.left(1000);
    }
    return result;
}

} // namespace Actions
