#include "messagefilter.h"

#include "diagnosis/reasonclassifier.h"

#include <QCoreApplication>
#include <QSharedPointer>

#include <algorithm>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

// Display and evaluation order of the keys; toString() writes terms in this order.
enum class Key { Queue, Id, Sender, SenderDomain, Recipient, Domain, Class, Reason, AgeOver, AgeUnder };

struct KeySpec
{
    Key key;
    const char *name;
    QChar op;
};

const KeySpec keySpecs[] = {
    {Key::Queue, "queue", u'='},         {Key::Id, "id", u'='},
    {Key::Sender, "sender", u'='},       {Key::SenderDomain, "sender-domain", u'='},
    {Key::Recipient, "recipient", u'='}, {Key::Domain, "domain", u'='},
    {Key::Class, "class", u'='},         {Key::Reason, "reason", u'~'},
    {Key::AgeOver, "age", u'>'},         {Key::AgeUnder, "age", u'<'},
};

constexpr qsizetype maxExpressionLength = 10000;

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

bool inDomain(const QString &domain, const QString &wanted)
{
    return domain == wanted
            || (domain.size() > wanted.size() && domain.endsWith(wanted)
                && domain.at(domain.size() - wanted.size() - 1) == QLatin1Char('.'));
}

bool isNullSender(const QString &sender)
{
    return sender.isEmpty() || sender.compare(QLatin1StringView("MAILER-DAEMON"), Qt::CaseInsensitive) == 0;
}

// "30m", "2h", "3d", "90s", "1w" → seconds; -1 when malformed.
qint64 parseDuration(QStringView text)
{
    if (text.size() < 2 || text.size() > 12)
        return -1;
    const QChar unit = text.back().toLower();
    qint64 factor = 0;
    switch (unit.unicode()) {
    case 's': factor = 1; break;
    case 'm': factor = 60; break;
    case 'h': factor = 3600; break;
    case 'd': factor = 86400; break;
    case 'w': factor = 7 * 86400; break;
    default: return -1;
    }
    bool ok = false;
    const qint64 n = text.chopped(1).toLongLong(&ok);
    if (!ok || n < 0 || n > 100LL * 365 * 86400 / factor || !text.front().isDigit())
        return -1;
    return n * factor;
}

// Splits on spaces/commas outside double quotes; inside quotes \" and \\ escape.
bool tokenize(QStringView text, QStringList *tokens, QString *error)
{
    QString current;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'\\' && i + 1 < text.size() && (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\')) {
                current += text.at(++i);
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
            any = true;
        } else if (c.isSpace() || c == u',') {
            if (any || !current.isEmpty())
                tokens->append(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (inQuotes) {
        *error = Tr::tr("A double quote in the filter is not closed.");
        return false;
    }
    if (any || !current.isEmpty())
        tokens->append(current);
    return true;
}

QString quoteValue(const QString &value)
{
    const bool plain = !value.isEmpty()
            && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
                   return c.isSpace() || c == u',' || c == u'"' || c == u'\\';
               });
    if (plain)
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

} // namespace

struct MessageFilter::Term
{
    Key key = Key::Queue;
    QStringList values;        // canonical text of each alternative (OR)
    QList<qint64> seconds;     // AgeOver / AgeUnder
    QList<Postfix::QueueName> queues;
    QList<Diagnosis::ReasonClass> classes;

    bool matches(const Postfix::QueuedMessage &m, qint64 now) const;
};

bool MessageFilter::Term::matches(const Postfix::QueuedMessage &m, qint64 now) const
{
    switch (key) {
    case Key::Queue:
        return queues.contains(m.queueName);
    case Key::Id:
        return values.contains(m.queueId);
    case Key::Sender:
        return std::any_of(values.cbegin(), values.cend(), [&](const QString &v) {
            if (v == QLatin1StringView("MAILER-DAEMON"))
                return isNullSender(m.sender);
            return m.sender.compare(v, Qt::CaseInsensitive) == 0;
        });
    case Key::SenderDomain: {
        const QString d = domainOf(m.sender);
        return !d.isEmpty() && std::any_of(values.cbegin(), values.cend(),
                                           [&](const QString &v) { return inDomain(d, v); });
    }
    case Key::Recipient:
        return std::any_of(m.recipients.cbegin(), m.recipients.cend(), [&](const auto &r) {
            return std::any_of(values.cbegin(), values.cend(), [&](const QString &v) {
                return r.address.compare(v, Qt::CaseInsensitive) == 0;
            });
        });
    case Key::Domain:
        return std::any_of(m.recipients.cbegin(), m.recipients.cend(), [&](const auto &r) {
            const QString d = domainOf(r.address);
            return !d.isEmpty() && std::any_of(values.cbegin(), values.cend(),
                                               [&](const QString &v) { return inDomain(d, v); });
        });
    case Key::Class: {
        const auto &classifier = Diagnosis::ReasonClassifier::instance();
        return std::any_of(m.recipients.cbegin(), m.recipients.cend(), [&](const auto &r) {
            return !r.delayReason.isEmpty() && classes.contains(classifier.classOf(r.delayReason));
        });
    }
    case Key::Reason:
        return std::any_of(m.recipients.cbegin(), m.recipients.cend(), [&](const auto &r) {
            return std::any_of(values.cbegin(), values.cend(), [&](const QString &v) {
                return r.delayReason.contains(v, Qt::CaseInsensitive);
            });
        });
    case Key::AgeOver:
        return std::any_of(seconds.cbegin(), seconds.cend(),
                           [&](qint64 s) { return now - m.arrivalTime > s; });
    case Key::AgeUnder:
        return std::any_of(seconds.cbegin(), seconds.cend(),
                           [&](qint64 s) { return now - m.arrivalTime < s; });
    }
    return false;
}

namespace {

// Validates one value for key; returns its canonical text or sets *error.
QString canonicalValue(Key key, const QString &value, QString *error,
                       qint64 *seconds, Postfix::QueueName *queue, Diagnosis::ReasonClass *cls)
{
    switch (key) {
    case Key::Queue: {
        *queue = Postfix::queueNameFromString(value.toLower());
        if (*queue == Postfix::QueueName::Unknown) {
            *error = Tr::tr("\"%1\" is not a queue: use maildrop, incoming, active, deferred or hold.")
                             .arg(value.left(40));
            return {};
        }
        return value.toLower();
    }
    case Key::Id: {
        const auto id = Remote::QueueId::parse(value);
        if (!id.ok()) {
            *error = id.error;
            return {};
        }
        return id->toString();
    }
    case Key::Sender:
    case Key::Recipient: {
        if (key == Key::Sender && (value == QLatin1StringView("<>") || isNullSender(value)))
            return QStringLiteral("MAILER-DAEMON");
        const auto address = Remote::EmailAddress::parse(value);
        if (!address.ok()) {
            *error = address.error;
            return {};
        }
        return value;
    }
    case Key::SenderDomain:
    case Key::Domain: {
        const auto domain = Remote::Domain::parse(value);
        if (!domain.ok()) {
            *error = domain.error;
            return {};
        }
        return QString::fromLatin1(domain->bytes());
    }
    case Key::Class:
        if (!Diagnosis::reasonClassFromKey(value, cls)) {
            QStringList keys;
            for (auto c : Diagnosis::allReasonClasses())
                keys << Diagnosis::reasonClassKey(c);
            *error = Tr::tr("\"%1\" is not a reason class; known classes: %2.")
                             .arg(value.left(40), keys.join(QStringLiteral(", ")));
            return {};
        }
        return value;
    case Key::Reason:
        if (value.trimmed().isEmpty()) {
            *error = Tr::tr("reason~ needs a text to look for.");
            return {};
        }
        return value;
    case Key::AgeOver:
    case Key::AgeUnder:
        *seconds = parseDuration(value);
        if (*seconds < 0) {
            *error = Tr::tr("\"%1\" is not a duration: write a number and a unit, e.g. 90s, 30m, 2h, 3d.")
                             .arg(value.left(40));
            return {};
        }
        return value.toLower();
    }
    return {};
}

} // namespace

Remote::Checked<MessageFilter> MessageFilter::parse(QStringView expression)
{
    Remote::Checked<MessageFilter> result;
    if (expression.size() > maxExpressionLength) {
        result.error = Tr::tr("The filter is too long (at most %1 characters).").arg(maxExpressionLength);
        return result;
    }
    QStringList tokens;
    if (!tokenize(expression, &tokens, &result.error))
        return result;
    if (tokens.isEmpty()) {
        result.error = Tr::tr("The filter is empty. To act on a whole queue, say so: queue=deferred.");
        return result;
    }
    QList<QSharedPointer<Term>> terms;
    for (const QString &token : std::as_const(tokens)) {
        const KeySpec *spec = nullptr;
        QString value;
        for (const KeySpec &s : keySpecs) {
            const QString prefix = QString::fromLatin1(s.name) + s.op;
            if (token.startsWith(prefix, Qt::CaseInsensitive)) {
                spec = &s;
                value = token.mid(prefix.size());
                break;
            }
        }
        if (!spec) {
            result.error = Tr::tr("\"%1\" is not a filter term. Use queue=, sender=, sender-domain=, "
                                  "recipient=, domain=, class=, reason~, age>, age< or id=.")
                                   .arg(token.left(60));
            return result;
        }
        if (value.isEmpty()) {
            result.error = Tr::tr("\"%1\" needs a value.").arg(token.left(60));
            return result;
        }
        qint64 seconds = 0;
        auto queue = Postfix::QueueName::Unknown;
        auto cls = Diagnosis::ReasonClass::Other;
        QString error;
        const QString canonical = canonicalValue(spec->key, value, &error, &seconds, &queue, &cls);
        if (!error.isEmpty()) {
            result.error = Tr::tr("In \"%1\": %2").arg(token.left(60), error);
            return result;
        }
        auto it = std::find_if(terms.begin(), terms.end(), [&](const auto &t) { return t->key == spec->key; });
        QSharedPointer<Term> term;
        if (it == terms.end()) {
            term = QSharedPointer<Term>::create();
            term->key = spec->key;
            terms << term;
        } else {
            term = *it;
        }
        if (term->values.contains(canonical))
            continue;
        term->values << canonical;
        term->seconds << seconds;
        term->queues << queue;
        term->classes << cls;
    }
    std::stable_sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) { return a->key < b->key; });
    MessageFilter filter;
    for (const auto &t : std::as_const(terms))
        filter.m_terms << t;
    result.value = filter;
    return result;
}

bool MessageFilter::matches(const Postfix::QueuedMessage &message, qint64 now) const
{
    if (m_terms.isEmpty())
        return false; // an empty filter matches nothing, never everything
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&](const auto &t) { return t->matches(message, now); });
}

QList<Postfix::QueuedMessage> MessageFilter::select(const QList<Postfix::QueuedMessage> &messages,
                                                    qint64 now) const
{
    QList<Postfix::QueuedMessage> out;
    for (const auto &m : messages) {
        if (matches(m, now))
            out << m;
    }
    return out;
}

QString MessageFilter::toString() const
{
    QStringList parts;
    for (const auto &t : m_terms) {
        const auto spec = std::find_if(std::begin(keySpecs), std::end(keySpecs),
                                       [&](const KeySpec &s) { return s.key == t->key; });
        for (const QString &v : t->values)
            parts << QString::fromLatin1(spec->name) + spec->op + quoteValue(v);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Actions
