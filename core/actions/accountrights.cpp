#include "accountrights.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

// One "(RUNAS) TAGS: CMD, CMD" entry of `sudo -l` output.
struct SudoRule
{
    bool runAsRoot = false;      // runas list names ALL or root
    bool runAsMailOwner = false; // runas list names ALL or the mail owner
    bool noPassword = false;     // NOPASSWD: tag
    bool all = false;            // command ALL
    QStringList commands;        // absolute paths (arguments dropped); negated entries left out
};

struct SudoList
{
    bool parsed = false;             // "may run the following commands" seen
    bool mayNotRun = false;          // "Sorry, user X may not run sudo"
    bool passwordRequired = false;   // "a password is required" (sudo -n -l without NOPASSWD)
    QList<SudoRule> rules;
};

SudoRule parseRule(QStringView entry, const QString &mailOwner)
{
    SudoRule rule;
    const qsizetype close = entry.indexOf(u')');
    QStringView runAs = entry.mid(1, close - 1);
    QStringView rest = entry.mid(close + 1).trimmed();
    // "(ALL : ALL)": users before the colon, groups after; only the users matter for sudo -u.
    const qsizetype colon = runAs.indexOf(u':');
    if (colon >= 0)
        runAs = runAs.left(colon);
    for (QStringView user : runAs.split(u',')) {
        user = user.trimmed();
        if (user == u"ALL" || user == u"root")
            rule.runAsRoot = true;
        if (user == u"ALL" || user == mailOwner)
            rule.runAsMailOwner = true;
    }
    // Tags: upper-case words followed by a colon ("NOPASSWD: SETENV: /usr/sbin/postsuper").
    static const QRegularExpression tag(QStringLiteral("^([A-Z_]+):\\s*"));
    for (;;) {
        const QRegularExpressionMatch m = tag.match(rest);
        if (!m.hasMatch())
            break;
        if (m.capturedView(1) == u"NOPASSWD")
            rule.noPassword = true;
        else if (m.capturedView(1) == u"PASSWD")
            rule.noPassword = false;
        rest = rest.mid(m.capturedLength(0));
    }
    for (QStringView command : rest.split(u',')) {
        command = command.trimmed();
        if (command.isEmpty() || command.startsWith(u'!'))
            continue; // negations only take rights away; ignoring them errs on "cannot"
        if (command == u"ALL") {
            rule.all = true;
            continue;
        }
        const qsizetype space = command.indexOf(u' ');
        rule.commands.append((space < 0 ? command : command.left(space)).toString());
    }
    return rule;
}

SudoList parseSudoList(QByteArrayView text, const QString &mailOwner)
{
    SudoList list;
    const QString all = QString::fromUtf8(text);
    list.mayNotRun = all.contains(QLatin1String("may not run sudo"));
    list.passwordRequired = all.contains(QLatin1String("password is required"));
    bool inRules = false;
    for (QStringView line : QStringView(all).split(u'\n')) {
        if (line.contains(QLatin1String("may run the following commands"))) {
            inRules = true;
            list.parsed = true;
            continue;
        }
        if (!inRules)
            continue;
        const QStringView entry = line.trimmed();
        if (entry.isEmpty())
            continue;
        if (!line.front().isSpace()) { // the next section's header
            inRules = false;
            continue;
        }
        if (entry.startsWith(u'(') && entry.contains(u')'))
            list.rules.append(parseRule(entry, mailOwner));
    }
    return list;
}

bool commandMatches(const QString &path, const QString &tool)
{
    return path == tool || path.endsWith(QLatin1Char('/') + tool);
}

// May the rules run `tool` (a base name) as root / as the mail owner? `passwordKnown` lets
// PASSWD rules count (sudo -S); otherwise only NOPASSWD rules work with sudo -n.
bool allows(const SudoList &list, const QString &tool, bool asMailOwner, bool passwordKnown)
{
    for (const SudoRule &rule : list.rules) {
        if (!(asMailOwner ? rule.runAsMailOwner : rule.runAsRoot))
            continue;
        if (!rule.noPassword && !passwordKnown)
            continue;
        if (rule.all)
            return true;
        for (const QString &command : rule.commands) {
            if (commandMatches(command, tool))
                return true;
        }
    }
    return false;
}

QStringList allowedCommands(const SudoList &list)
{
    QStringList commands;
    for (const SudoRule &rule : list.rules) {
        for (const QString &command : rule.commands) {
            if (!commands.contains(command))
                commands.append(command);
        }
    }
    return commands;
}

void grantAll(AccountRights &rights)
{
    rights.readContents = true;
    rights.queueActions = true;
    rights.configChanges = true;
    rights.restartServices = true;
}

// sudo is in use (the session will wrap with -n or -S): fill the rights from the rules, or assume
// everything when the rules could not be listed (the action itself is the final judge).
void applySudo(AccountRights &rights, const SudoList &list, bool passwordKnown)
{
    const bool viaPassword = rights.via == AccountRights::Via::SudoPassword;
    if (!list.parsed) {
        grantAll(rights);
        rights.notes.append(viaPassword
                ? Tr::tr("sudo asks for a password; Postdesk sends the stored password. Its rules "
                         "could not be listed, so each action finds out when it runs.")
                : Tr::tr("sudo works without a password; its rules could not be listed."));
        return;
    }
    bool anyAll = false;
    for (const SudoRule &rule : list.rules)
        anyAll = anyAll || (rule.all && rule.runAsRoot && (rule.noPassword || passwordKnown));
    rights.queueActions = allows(list, QStringLiteral("postsuper"), false, passwordKnown);
    rights.readContents = allows(list, QStringLiteral("postcat"), true, passwordKnown)
            || allows(list, QStringLiteral("postcat"), false, passwordKnown);
    // Configuration changes run postconf, postfix check/reload, postmap and fixed /bin/sh scripts
    // (backup, restore, map edits) as root: all of them are needed.
    rights.configChanges = allows(list, QStringLiteral("postconf"), false, passwordKnown)
            && allows(list, QStringLiteral("postfix"), false, passwordKnown)
            && allows(list, QStringLiteral("postmap"), false, passwordKnown)
            && allows(list, QStringLiteral("sh"), false, passwordKnown);
    rights.restartServices = allows(list, QStringLiteral("systemctl"), false, passwordKnown)
            || allows(list, QStringLiteral("postfix"), false, passwordKnown);
    if (!anyAll) {
        const QStringList commands = allowedCommands(list);
        rights.notes.append(commands.isEmpty()
                ? Tr::tr("sudo lists no command this account may run as root.")
                : Tr::tr("sudo allows only: %1.").arg(commands.join(QStringLiteral(", "))));
    }
}

} // namespace

AccountRights AccountRights::from(const Remote::ServerCapabilities &capabilities, Remote::SudoMode mode,
                                  bool sudoPasswordKnown, QByteArrayView sudoList)
{
    AccountRights rights;
    rights.account = capabilities.loginUser;
    const bool hasPostfix = capabilities.hasPostfix();
    // postqueue -j/-p/-f/-i/-s are open to every user by default (authorized_mailq_users,
    // authorized_flush_users = static:anyone); a site that narrows them gets "permission denied"
    // from the command itself.
    rights.listQueue = hasPostfix;
    rights.flush = hasPostfix;

    const SudoList list = parseSudoList(sudoList, capabilities.mailOwner);
    const bool hasSudo = capabilities.binaries.contains(QStringLiteral("sudo"));

    if (capabilities.uid == 0) {
        rights.via = Via::Root;
        grantAll(rights);
        return rights;
    }

    // Mirrors ServerSession's choice of sudo (Auto: -n when `sudo -n true` worked, else -S when a
    // password is known), so what is shown is what will happen.
    Remote::SudoMode effective = mode;
    if (effective == Remote::SudoMode::Auto) {
        effective = capabilities.sudoNoPassword
                ? Remote::SudoMode::NoPassword
                : (sudoPasswordKnown && hasSudo ? Remote::SudoMode::Password : Remote::SudoMode::None);
    }
    if (effective == Remote::SudoMode::Password && !sudoPasswordKnown) {
        rights.passwordNeeded = true;
        effective = Remote::SudoMode::None;
    }

    const bool mailOwner = !capabilities.loginUser.isEmpty()
            && capabilities.loginUser == capabilities.mailOwner;

    if (effective == Remote::SudoMode::NoPassword || effective == Remote::SudoMode::Password) {
        rights.via = effective == Remote::SudoMode::NoPassword ? Via::SudoNoPassword : Via::SudoPassword;
        rights.passwordNeeded = effective == Remote::SudoMode::Password;
        // `sudo -n true` working proves that rules without NOPASSWD work too (root's own rules,
        // or a cached sudo ticket); otherwise sudo -n can use only NOPASSWD rules.
        applySudo(rights, list,
                  effective == Remote::SudoMode::Password || capabilities.sudoNoPassword);
        if (mailOwner)
            rights.readContents = true;
        return rights;
    }

    if (mailOwner) {
        rights.via = Via::MailOwner;
        rights.readContents = true;
        rights.notes.append(Tr::tr("As the mail owner this account reads messages but cannot act on "
                                   "the queue or change the configuration: that needs root."));
    }
    if (list.mayNotRun) {
        rights.notes.append(Tr::tr("sudo says this account may not run sudo."));
    } else if (mode == Remote::SudoMode::None) {
        rights.notes.append(Tr::tr("The server profile is set not to use sudo."));
    } else if (rights.passwordNeeded || (hasSudo && list.passwordRequired)) {
        rights.passwordNeeded = true;
        rights.notes.append(Tr::tr("sudo asks for a password: store the sudo password in the server "
                                   "profile to act on the queue (if this account has sudo rights at "
                                   "all)."));
    } else if (hasSudo && !list.parsed && !list.mayNotRun) {
        // `sudo -n true` failed and the rules are unknown: either no sudo at all or sudo with a
        // password. Say both instead of guessing.
        rights.notes.append(Tr::tr("sudo does not work without a password here; if this account may "
                                   "use sudo with a password, provide it to act on the queue."));
    } else if (list.parsed && !list.rules.isEmpty()) {
        // NOPASSWD rules for single commands, but `sudo -n true` is not among them: the session
        // only uses sudo when that probe works or a password is known.
        rights.notes.append(Tr::tr("sudo allows some commands without a password, but not "
                                   "`sudo -n true`: set the profile's sudo mode to \"without "
                                   "password\" to use them."));
    }
    return rights;
}

QString AccountRights::summaryText() const
{
    QStringList can;
    QStringList cannot;
    const auto sort = [&](bool allowed, const QString &what) { (allowed ? can : cannot).append(what); };
    sort(listQueue, Tr::tr("list the queue"));
    sort(flush, Tr::tr("flush"));
    sort(readContents, Tr::tr("read messages"));
    sort(queueActions, Tr::tr("act on the queue"));
    sort(configChanges, Tr::tr("change the configuration"));
    sort(restartServices, Tr::tr("restart services"));

    QString how;
    switch (via) {
    case Via::Root:
        how = Tr::tr("root");
        break;
    case Via::MailOwner:
        how = Tr::tr("the mail owner");
        break;
    case Via::SudoNoPassword:
        how = Tr::tr("sudo without a password");
        break;
    case Via::SudoPassword:
        how = Tr::tr("sudo with a password");
        break;
    case Via::None:
        how = passwordNeeded ? Tr::tr("sudo needs a password") : Tr::tr("without sudo");
        break;
    }

    const QString name = account.isEmpty() ? Tr::tr("This account") : account;
    QString text;
    if (cannot.isEmpty())
        text = Tr::tr("%1: can do everything Postdesk offers (%2).").arg(name, how);
    else if (can.isEmpty())
        text = Tr::tr("%1: cannot %2 (%3).").arg(name, cannot.join(Tr::tr(", ")), how);
    else
        text = Tr::tr("%1: can %2; cannot %3 (%4).")
                       .arg(name, can.join(Tr::tr(", ")), cannot.join(Tr::tr(", ")), how);
    if (!notes.isEmpty())
        text += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    return text;
}

} // namespace Actions
