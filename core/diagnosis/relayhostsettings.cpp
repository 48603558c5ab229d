#include "relayhostsettings.h"

#include "saslmap.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

bool isYes(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"yes" || v == u"true" || v == u"1";
}

QStringList words(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return value.toLower().split(separators, Qt::SkipEmptyParts);
}

} // namespace

QStringList RelayHostSettings::parameterNames()
{
    return {QStringLiteral("relayhost"),
            QStringLiteral("smtp_sasl_auth_enable"),
            QStringLiteral("smtp_sasl_password_maps"),
            QStringLiteral("smtp_sasl_security_options"),
            QStringLiteral("smtp_sasl_tls_security_options"),
            QStringLiteral("smtp_sasl_mechanism_filter"),
            QStringLiteral("smtp_tls_security_level"),
            QStringLiteral("smtp_tls_wrappermode"),
            QStringLiteral("smtp_sender_dependent_authentication"),
            QStringLiteral("default_database_type")};
}

RelayHostSettings RelayHostSettings::fromPostconf(const QHash<QString, QString> &values)
{
    RelayHostSettings s;
    for (const QString &name : parameterNames()) {
        if (values.contains(name))
            s.m_values.insert(name, values.value(name).trimmed());
    }
    return s;
}

bool RelayHostSettings::authEnabled() const
{
    return isYes(value(QStringLiteral("smtp_sasl_auth_enable")));
}

bool RelayHostSettings::senderDependent() const
{
    return isYes(value(QStringLiteral("smtp_sender_dependent_authentication")));
}

bool RelayHostSettings::wrapperMode() const
{
    return isYes(value(QStringLiteral("smtp_tls_wrappermode")));
}

QString RelayHostSettings::tlsLevel() const
{
    return value(QStringLiteral("smtp_tls_security_level")).toLower();
}

CheckResult RelayHostSettings::evaluate(const RelayHost &relay, const QStringList &offeredMechanisms) const
{
    struct Problem
    {
        Verdict verdict;
        QString text;
        QString advice;
    };
    QList<Problem> problems;
    const QString level = tlsLevel();
    const bool tlsOff = level.isEmpty() || level == u"none";
    const bool implicitTls = relay.isImplicitTlsPort();

    if (!authEnabled()) {
        problems << Problem{passwordMaps().isEmpty() ? Verdict::Warning : Verdict::Failed,
                            Tr::tr("smtp_sasl_auth_enable = no: Postfix never logs in to the relay."),
                            Tr::tr("Set smtp_sasl_auth_enable = yes (Fixes → Relayhost) unless the relay accepts "
                                   "this server without a login.")};
    } else if (passwordMaps().isEmpty()) {
        problems << Problem{Verdict::Failed,
                            Tr::tr("smtp_sasl_password_maps is empty: Postfix has no login to send."),
                            Tr::tr("Set smtp_sasl_password_maps = %1:/etc/postfix/sasl_passwd and create that file.")
                                    .arg(value(QStringLiteral("default_database_type")).isEmpty()
                                                 ? QStringLiteral("hash")
                                                 : value(QStringLiteral("default_database_type")))};
    }
    if (implicitTls && !wrapperMode()) {
        problems << Problem{Verdict::Failed,
                            Tr::tr("The relay uses port 465 (TLS from the first byte) but smtp_tls_wrappermode = no: "
                                   "Postfix waits for a greeting that never comes."),
                            Tr::tr("Set smtp_tls_wrappermode = yes and smtp_tls_security_level = encrypt (Postfix "
                                   "3.0 or later), or use the relay's port 587.")};
    } else if (!implicitTls && wrapperMode()) {
        problems << Problem{Verdict::Failed,
                            Tr::tr("smtp_tls_wrappermode = yes but the relay port is %1: Postfix starts TLS at once "
                                   "where the relay expects plain SMTP and STARTTLS.").arg(relay.port()),
                            Tr::tr("Set smtp_tls_wrappermode = no for port 587/25, or use port 465.")};
    }
    if (tlsOff && !wrapperMode()) {
        problems << Problem{relay.port() == 25 ? Verdict::Warning : Verdict::Failed,
                            Tr::tr("smtp_tls_security_level = %1: Postfix will not use TLS with the relay, and "
                                   "relays accept logins only over TLS.").arg(level.isEmpty() ? QStringLiteral("(empty)") : level),
                            Tr::tr("Set smtp_tls_security_level = encrypt.")};
    }
    // Which SASL options apply: the TLS ones when the session is encrypted.
    const bool tlsSession = !tlsOff || wrapperMode();
    const QString optionsName = tlsSession ? QStringLiteral("smtp_sasl_tls_security_options")
                                           : QStringLiteral("smtp_sasl_security_options");
    const QStringList options = words(value(optionsName));
    if (authEnabled() && options.contains(u"noplaintext")) {
        const bool onlyPlaintext = !offeredMechanisms.isEmpty()
                && std::all_of(offeredMechanisms.cbegin(), offeredMechanisms.cend(), [](const QString &m) {
                       return m == u"PLAIN" || m == u"LOGIN";
                   });
        problems << Problem{offeredMechanisms.isEmpty() || onlyPlaintext ? Verdict::Failed : Verdict::Warning,
                            Tr::tr("%1 = %2 forbids PLAIN and LOGIN: the log says \"no mechanism available\".")
                                    .arg(optionsName, value(optionsName)),
                            Tr::tr("Set smtp_sasl_tls_security_options = noanonymous (and keep TLS on) so PLAIN/LOGIN "
                                   "go only through TLS.")};
    }
    const QString filter = value(QStringLiteral("smtp_sasl_mechanism_filter"));
    if (!filter.isEmpty() && !filter.contains(u':') && !offeredMechanisms.isEmpty()) {
        const QStringList allowed = words(filter);
        const bool any = std::any_of(offeredMechanisms.cbegin(), offeredMechanisms.cend(),
                                     [&allowed](const QString &m) { return allowed.contains(m.toLower()); });
        if (!any)
            problems << Problem{Verdict::Failed,
                                Tr::tr("smtp_sasl_mechanism_filter = %1 excludes every mechanism the relay offers (%2).")
                                        .arg(filter, offeredMechanisms.join(u' ')),
                                Tr::tr("Empty smtp_sasl_mechanism_filter or add one of the offered mechanisms.")};
    }
    const QList<SaslMap> maps = SaslMap::parseList(passwordMaps());
    if (std::any_of(maps.cbegin(), maps.cend(), [](const SaslMap &m) { return m.holdsLoginInline(); })) {
        problems << Problem{Verdict::Warning,
                            Tr::tr("The relay login is written into main.cf (static:), which every local user can read."),
                            Tr::tr("Move it to /etc/postfix/sasl_passwd (mode 0600, root) and point "
                                   "smtp_sasl_password_maps there.")};
    }

    CheckResult r;
    for (const QString &name : parameterNames()) {
        if (name == u"default_database_type" || !m_values.contains(name))
            continue;
        QString v = value(name);
        if (name == u"smtp_sasl_password_maps") {
            QStringList shown;
            for (const SaslMap &m : maps)
                shown << (m.isValid() ? m.displaySpec() : QStringLiteral("********"));
            v = shown.join(QStringLiteral(", "));
        }
        r.evidence << name + QStringLiteral(" = ") + v;
    }
    if (problems.isEmpty()) {
        r.verdict = Verdict::Ok;
        r.summary = Tr::tr("The SASL and TLS settings for %1 are consistent.").arg(relay.text());
        return r;
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return int(a.verdict) > int(b.verdict); });
    r.verdict = problems.first().verdict;
    r.summary = problems.first().text;
    QStringList advice;
    for (const Problem &p : std::as_const(problems)) {
        if (&p != &problems.first())
            r.summary += u' ' + Tr::tr("Also: %1").arg(p.text);
        if (!advice.contains(p.advice))
            advice << p.advice;
    }
    r.advice = advice.join(u' ');
    return r;
}

} // namespace Diagnosis
