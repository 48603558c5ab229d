#include "relayauthcheck.h"

#include "diagnosis/smtptranscript.h"
#include "postfix/queuetimes.h"
#include "remote/relaycommands.h"

namespace Checks {

using Diagnosis::CheckResult;
using Diagnosis::Verdict;
using Remote::CommandResult;

namespace {

// Why a command gave no usable answer, in plain words (never its stdin).
QString failureText(const CommandResult &r)
{
    if (!r.error.isEmpty())
        return r.error;
    if (r.timedOut)
        return RelayAuthCheck::tr("it did not finish in time");
    const QString err = QString::fromUtf8(r.stdErr).trimmed().section(u'\n', 0, 0).left(300);
    return err.isEmpty() ? RelayAuthCheck::tr("exit status %1").arg(r.exitCode) : err;
}

CheckResult unknown(const QString &target, const QString &summary, const QString &line)
{
    CheckResult r;
    r.target = target;
    r.verdict = Verdict::Unknown;
    r.summary = summary;
    if (!line.isEmpty())
        r.commands << line;
    return r;
}

QString lineOf(const Remote::CatalogResult &built)
{
    return built.ok() ? CommandRunner::displayLine(built.command) : QString();
}

} // namespace

RelayAuthCheck::RelayAuthCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::RelayAuth, session, options, parent)
{
}

RelayAuthCheck::~RelayAuthCheck() = default;

void RelayAuthCheck::run()
{
    const Remote::RelayCommands commands(capabilities());
    setProgress(tr("Reading the relay settings…"));
    const auto built = commands.settings(Diagnosis::RelayHostSettings::parameterNames());
    const QString line = lineOf(built);
    runner().run(built, [this, line](const CommandResult &r) { onSettings(r, line); });
}

void RelayAuthCheck::onSettings(const CommandResult &result, const QString &line)
{
    m_settingsLine = line;
    if (!result.ok() || result.stdOut.trimmed().isEmpty()) {
        report(unknown(QStringLiteral("main.cf"),
                       tr("Could not read the relay settings: %1").arg(failureText(result)), line));
        done();
        return;
    }
    m_settings = Diagnosis::RelayHostSettings::fromPostconf(Postfix::parsePostconfValues(result.stdOut));
    const bool fromOptions = !options().relay.trimmed().isEmpty();
    const QStringList relays = Diagnosis::RelayHost::splitList(fromOptions ? options().relay : m_settings.relayhost());
    if (relays.isEmpty()) {
        CheckResult r;
        r.verdict = Verdict::Ok;
        r.summary = tr("no relayhost: mail goes straight to the recipients' MX");
        r.evidence << QStringLiteral("relayhost =");
        r.commands << line;
        report(r);
        done();
        return;
    }
    m_relay = Diagnosis::RelayHost::parse(relays.first());
    if (!m_relay.isValid()) {
        CheckResult r = unknown(relays.first().left(120), tr("The relay \"%1\" is not valid: %2")
                                                                 .arg(relays.first().left(120), m_relay.error()),
                                line);
        if (!fromOptions) {
            r.verdict = Verdict::Failed;
            r.summary = tr("relayhost = %1 is not valid: %2").arg(relays.first().left(120), m_relay.error());
            r.advice = tr("Write relayhost as [host]:port, e.g. [smtp.example.com]:587, then postfix reload.");
        }
        report(r);
        done();
        return;
    }

    const Remote::RelayCommands commands(capabilities());
    ++m_pending;
    const auto plugins = commands.saslPlugins();
    runner().run(plugins, [this, l = lineOf(plugins)](const CommandResult &r) {
        if (r.failure == CommandResult::Failure::None && r.error.isEmpty() && !r.timedOut) {
            m_pluginsResult = Diagnosis::evaluateSaslPlugins(r.stdOut); // find exits 1 for a missing folder
            m_pluginsResult->commands << l;
        } else {
            m_pluginsResult = unknown({}, tr("Could not list the SASL plugins: %1").arg(failureText(r)), l);
        }
        m_pluginsResult->target = tr("Cyrus SASL client plugins");
        stepDone();
    });

    if (!options().relayUser.isEmpty())
        m_login = Diagnosis::SaslLogin{options().relayUser, options().relayPassword};
    const QList<Diagnosis::SaslMap> maps = Diagnosis::SaslMap::parseList(m_settings.passwordMaps());
    if (maps.isEmpty()) {
        m_noLoginReason = tr("no password table is configured (smtp_sasl_password_maps)");
        startLoginTest();
        return;
    }
    startTableChecks(maps.first());
}

void RelayAuthCheck::startTableChecks(const Diagnosis::SaslMap &map)
{
    const Remote::RelayCommands commands(capabilities());
    if (!map.isValid()) {
        CheckResult r;
        r.target = QStringLiteral("smtp_sasl_password_maps");
        r.verdict = Verdict::Failed;
        r.summary = map.error();
        r.advice = tr("Set smtp_sasl_password_maps = %1:/etc/postfix/sasl_passwd.")
                           .arg(m_settings.value(QStringLiteral("default_database_type")).isEmpty()
                                        ? QStringLiteral("hash")
                                        : m_settings.value(QStringLiteral("default_database_type")));
        r.commands << m_settingsLine;
        m_keyResult = r;
        m_noLoginReason = tr("the password table setting is not usable");
        startLoginTest();
        return;
    }
    if (map.holdsLoginInline()) {
        const auto login = Diagnosis::SaslLogin::fromMapValue(map.lookupSpec().section(u':', 1));
        CheckResult r;
        r.target = map.displaySpec();
        r.commands << m_settingsLine;
        if (login) {
            if (!m_login)
                m_login = login;
            r.verdict = Verdict::Ok;
            r.summary = tr("The login (user %1) is written into main.cf and used for every relay.").arg(login->user);
        } else {
            r.verdict = Verdict::Failed;
            r.summary = tr("The inline table holds no user:password.");
            m_noLoginReason = r.summary;
        }
        m_keyResult = r;
        startLoginTest();
        return;
    }
    if (map.isPlainFile()) {
        QStringList paths = {map.path(), map.path() + QStringLiteral(".db"), map.path() + QStringLiteral(".lmdb")};
        if (map.indexSuffix() == u".cdb")
            paths << map.path() + QStringLiteral(".cdb");
        const auto stat = commands.statFiles(paths);
        ++m_pending;
        runner().run(stat, [this, map, l = lineOf(stat)](const CommandResult &r) {
            // stat exits 1 when one of the candidates is missing; the others still print.
            if (r.error.isEmpty() && !r.timedOut && r.failure == CommandResult::Failure::None
                && (r.exitCode == 0 || r.exitCode == 1)) {
                m_filesResult = map.evaluateFiles(Diagnosis::SaslMap::parseStat(r.stdOut));
                m_filesResult->commands << l;
            } else {
                m_filesResult = unknown({}, tr("Could not look at the table files: %1").arg(failureText(r)), l);
            }
            m_filesResult->target = map.path();
            stepDone();
        });
    }
    QStringList keys = m_relay.lookupKeys() + m_relay.otherKeyForms();
    const auto lookup = commands.lookupKeys(map.type(), map.path(), keys);
    ++m_pending;
    setProgress(tr("Looking up the stored login for %1…").arg(m_relay.text()));
    runner().run(lookup, [this, map, l = lineOf(lookup)](const CommandResult &r) { onLookup(r, l, map); });
}

void RelayAuthCheck::onLookup(const CommandResult &result, const QString &line, const Diagnosis::SaslMap &map)
{
    const QString mapName = map.displaySpec();
    if (result.failure == CommandResult::Failure::PermissionDenied) {
        m_keyResult = unknown(mapName, tr("needs root (or sudo) to read the stored login"), line);
        m_keyResult->advice = tr("Connect as root or as an account with sudo rights to test the stored login; "
                                 "the file checks below work without it.");
        m_noLoginReason = tr("reading the stored login needs root (or sudo)");
    } else if (result.error.isEmpty() && !result.timedOut && !result.canceled
               && (result.exitCode == 0 || (result.exitCode == 1 && !result.stdErr.contains("fatal:")))) {
        const QHash<QString, QString> found = Diagnosis::SaslMap::parseLookup(result.stdOut);
        m_keyResult = Diagnosis::SaslMap::evaluateKeys(m_relay, found, mapName, m_settings.senderDependent());
        m_keyResult->target = mapName;
        m_keyResult->commands << line;
        for (const QString &key : m_relay.lookupKeys()) {
            if (!found.contains(key))
                continue;
            if (!m_login)
                m_login = Diagnosis::SaslLogin::fromMapValue(found.value(key));
            break;
        }
        if (!m_login)
            m_noLoginReason = tr("no stored login matches the relay");
    } else if (result.exitCode == 1 && result.stdErr.contains("fatal:")) {
        CheckResult r;
        r.target = mapName;
        r.verdict = Verdict::Failed;
        r.summary = tr("Postfix cannot read %1: %2").arg(mapName, failureText(result));
        r.advice = tr("Run \"postmap %1\" and \"postfix reload\".").arg(map.lookupSpec());
        r.evidence << QString::fromUtf8(result.stdErr).trimmed().section(u'\n', 0, 2);
        r.commands << line;
        m_keyResult = r;
        m_noLoginReason = tr("the password table cannot be read");
    } else {
        m_keyResult = unknown(mapName, tr("Could not look up the stored login: %1").arg(failureText(result)), line);
        m_noLoginReason = tr("the stored login could not be read");
    }
    startLoginTest();
    stepDone();
}

void RelayAuthCheck::startLoginTest()
{
    const Remote::RelayCommands commands(capabilities());
    const bool wrapper = m_relay.isImplicitTlsPort() || m_settings.wrapperMode();
    const int seconds = qMax(1, options().connectTimeoutSeconds);
    const auto built = commands.loginTest(m_relay.host(), m_relay.port(),
                                          wrapper ? Remote::RelayCommands::TlsMode::Wrapper
                                                  : Remote::RelayCommands::TlsMode::StartTls,
                                          m_login ? m_login->authStdin() : QByteArray(), seconds,
                                          capabilities().hostname);
    const bool tried = m_login.has_value();
    m_login.reset();
    ++m_pending;
    setProgress(tr("Testing the login at %1…").arg(m_relay.displayName()));
    runner().run(built, [this, tried, seconds, l = lineOf(built)](const CommandResult &r) {
        const QString target = m_relay.displayName();
        if (r.failure == CommandResult::Failure::Refused || r.failure == CommandResult::Failure::PermissionDenied) {
            m_loginResult = unknown(target, r.error, l);
        } else if (!r.error.isEmpty() || r.timedOut || r.canceled) {
            m_loginResult = unknown(target, tr("The login test did not complete: %1").arg(failureText(r)), l);
        } else {
            const auto transcript = Diagnosis::SmtpTranscript::parse(r.stdOut, r.stdErr);
            m_mechanisms = transcript.mechanisms();
            m_loginResult = transcript.evaluate(target, seconds);
            m_loginResult->commands << l;
            if (transcript.outcome() == Diagnosis::SmtpTranscript::Outcome::NotTried && !tried)
                m_loginResult->summary += u' '
                        + tr("Not tested because %1.")
                                  .arg(m_noLoginReason.isEmpty() ? tr("no login is available") : m_noLoginReason);
        }
        m_loginResult->target = target;
        stepDone();
    });
}

void RelayAuthCheck::stepDone()
{
    if (--m_pending > 0)
        return;
    reportAll();
    done();
}

void RelayAuthCheck::reportAll()
{
    if (m_loginResult)
        report(*m_loginResult);
    CheckResult settings = m_settings.evaluate(m_relay, m_mechanisms);
    settings.target = QStringLiteral("main.cf");
    settings.commands << m_settingsLine;
    report(settings);
    for (const auto &r : {m_keyResult, m_filesResult, m_pluginsResult}) {
        if (r)
            report(*r);
    }
}

} // namespace Checks
