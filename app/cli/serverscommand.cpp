#include "serverscommand.h"

#include "cliprofiles.h"
#include "stdoutwriter.h"

#include "fleet/profileexchange.h"
#include "fleet/profilestore.h"
#include "fleet/sshconfigimport.h"

#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace {

// "user@host:port", with " via JUMP" when the profile goes through a jump host.
QString targetOf(const Fleet::ServerProfile &p)
{
    QString target = p.host.isEmpty() ? QStringLiteral("localhost") : p.host;
    if (!p.user.isEmpty())
        target = p.user + u'@' + target;
    if (p.port != 22)
        target += u':' + QString::number(p.port);
    if (!p.proxyJump.isEmpty())
        target += ServersCommand::tr(" via %1").arg(p.proxyJump);
    return target;
}

QByteArray padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ').toUtf8();
}

} // namespace

ServersCommand::ServersCommand(const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
{
}

ServersCommand::~ServersCommand() = default;

void ServersCommand::start()
{
    // done() must not be emitted from inside start(): the runner connects first.
    QTimer::singleShot(0, this, &ServersCommand::run);
}

void ServersCommand::cancel()
{
}

void ServersCommand::run()
{
    const CliProfiles profiles(m_args.fleet.settingsFile);
    switch (m_args.fleet.serversVerb) {
    case FleetArguments::ServersVerb::List:
        list(profiles);
        break;
    case FleetArguments::ServersVerb::Export:
        exportTo(profiles);
        break;
    case FleetArguments::ServersVerb::Import:
        importFrom(profiles);
        break;
    case FleetArguments::ServersVerb::ImportSshConfig:
        importSshConfig(profiles);
        break;
    }
}

void ServersCommand::list(const CliProfiles &profiles)
{
    const QList<Fleet::ServerProfile> all = profiles.all();
    StdoutWriter out;
    if (m_args.json) {
        out.buffer() += Fleet::exportProfiles(all);
        out.flush();
        Q_EMIT done(ExitOk, QString());
        return;
    }
    if (all.isEmpty()) {
        out.buffer() += tr("No saved servers (add them in Postdesk, or: postdesk-cli servers import "
                           "FILE | import-ssh-config).\n").toUtf8();
        out.flush();
        Q_EMIT done(ExitOk, QString());
        return;
    }
    qsizetype nameWidth = 4, groupWidth = 5, targetWidth = 6;
    for (const Fleet::ServerProfile &p : all) {
        nameWidth = qMax(nameWidth, p.displayName().size());
        groupWidth = qMax(groupWidth, p.groupName().size());
        targetWidth = qMax(targetWidth, targetOf(p).size());
    }
    out.buffer() += padded(tr("NAME"), nameWidth + 2) + padded(tr("GROUP"), groupWidth + 2)
            + padded(tr("TARGET"), targetWidth + 2) + padded(tr("POLL"), 7) + tr("ID").toUtf8() + '\n';
    for (const Fleet::ServerProfile &p : all) {
        const QString poll = p.pollIntervalSeconds > 0 ? tr("%1s").arg(p.pollIntervalSeconds) : tr("off");
        out.buffer() += padded(p.displayName(), nameWidth + 2) + padded(p.groupName(), groupWidth + 2)
                + padded(targetOf(p), targetWidth + 2) + padded(poll, 7)
                + p.id.toString(QUuid::WithoutBraces).toUtf8() + '\n';
    }
    out.flush();
    Q_EMIT done(ExitOk, QString());
}

void ServersCommand::exportTo(const CliProfiles &profiles)
{
    const QList<Fleet::ServerProfile> all = profiles.all();
    const QByteArray json = Fleet::exportProfiles(all);
    if (m_args.fleet.file == u"-") {
        StdoutWriter out;
        out.buffer() += json;
        out.flush();
        Q_EMIT done(ExitOk, QString());
        return;
    }
    QSaveFile file(m_args.fleet.file);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        Q_EMIT done(ExitRemote, tr("cannot write %1: %2").arg(m_args.fleet.file, file.errorString()));
        return;
    }
    StdoutWriter out;
    out.buffer() += tr("Exported %n server(s) to %1 (no passwords or passphrases).\n", nullptr, int(all.size()))
                            .arg(m_args.fleet.file).toUtf8();
    out.flush();
    Q_EMIT done(ExitOk, QString());
}

void ServersCommand::importFrom(const CliProfiles &profiles)
{
    QFile file(m_args.fleet.file);
    const bool opened = m_args.fleet.file == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened) {
        Q_EMIT done(ExitUsage, tr("cannot read %1: %2").arg(m_args.fleet.file, file.errorString()));
        return;
    }
    const Fleet::ProfileImport imported = Fleet::importProfiles(file.readAll());
    if (!imported.ok()) {
        Q_EMIT done(ExitUsage, tr("%1: %2").arg(m_args.fleet.file, imported.error));
        return;
    }
    Fleet::ProfileStore store(profiles.settings());
    const Fleet::ProfileMerge merge = Fleet::mergeProfiles(store.profiles(), imported.profiles);
    for (const Fleet::ServerProfile &p : merge.toSave)
        store.save(p);
    StdoutWriter out;
    for (const QString &issue : imported.issues)
        out.buffer() += tr("warning: %1\n").arg(issue).toUtf8();
    out.buffer() += tr("Imported %1 server(s) from %2: %3 added, %4 replaced, %5 renamed "
                       "(a server of that name existed).\n")
                            .arg(merge.toSave.size()).arg(m_args.fleet.file).arg(merge.added)
                            .arg(merge.replaced).arg(merge.renamed).toUtf8();
    out.flush();
    Q_EMIT done(ExitOk, QString());
}

void ServersCommand::importSshConfig(const CliProfiles &profiles)
{
    if (!m_args.fleet.file.isEmpty() && !QFile::exists(m_args.fleet.file)) {
        Q_EMIT done(ExitUsage, tr("cannot read %1: no such file").arg(m_args.fleet.file));
        return;
    }
    const Fleet::SshConfigParse parse = Fleet::readSshConfig(m_args.fleet.file);
    Fleet::ProfileStore store(profiles.settings());
    QStringList saved;
    for (const Fleet::ServerProfile &p : store.profiles())
        saved.append(p.displayName().toLower());
    StdoutWriter out;
    for (const QString &issue : parse.issues)
        out.buffer() += tr("warning: %1\n").arg(issue).toUtf8();
    int added = 0;
    for (const Fleet::SshConfigHost &host : parse.hosts) {
        if (saved.contains(host.alias.toLower())) {
            out.buffer() += tr("%1: already saved, skipped\n").arg(host.alias).toUtf8();
            continue;
        }
        const Fleet::ServerProfile profile = host.toProfile();
        store.save(profile);
        saved.append(host.alias.toLower());
        ++added;
        out.buffer() += tr("%1: added (%2)\n").arg(host.alias, targetOf(profile)).toUtf8();
        for (const QString &warning : host.warnings)
            out.buffer() += tr("%1: warning: %2\n").arg(host.alias, warning).toUtf8();
    }
    out.buffer() += tr("%n server(s) added from the SSH config.\n", nullptr, added).toUtf8();
    out.flush();
    Q_EMIT done(ExitOk, QString());
}
