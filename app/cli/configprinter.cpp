#include "configprinter.h"

#include "cliarguments.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QByteArray ConfigPrinter::planText(const Actions::ConfigChangePlan &plan)
{
    QString t = plan.title + QLatin1Char('\n') + plan.diffText();
    if (!t.endsWith(QLatin1Char('\n')))
        t += QLatin1Char('\n');
    for (const QString &note : plan.notes)
        t += Tr::tr("Note: %1\n").arg(note);
    return t.toUtf8();
}

QJsonObject ConfigPrinter::planJson(const Actions::ConfigChangePlan &plan)
{
    QJsonObject o = plan.toAuditJson();
    o.insert(QStringLiteral("type"), QStringLiteral("plan"));
    o.insert(QStringLiteral("diff"), plan.diffText());
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes));
    return o;
}

QString ConfigPrinter::outcomeKey(Actions::ConfigChangeResult::Outcome outcome)
{
    using O = Actions::ConfigChangeResult::Outcome;
    switch (outcome) {
    case O::Applied:
        return QStringLiteral("applied");
    case O::RolledBack:
        return QStringLiteral("rolled_back");
    case O::RollbackFailed:
        return QStringLiteral("rollback_failed");
    case O::Failed:
        return QStringLiteral("failed");
    case O::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

int ConfigPrinter::exitCode(Actions::ConfigChangeResult::Outcome outcome)
{
    using O = Actions::ConfigChangeResult::Outcome;
    switch (outcome) {
    case O::Applied:
        return ExitOk;
    case O::RolledBack:
        return ExitRolledBack;
    case O::RollbackFailed:
        return ExitRollbackFailed;
    case O::Failed:
    case O::Canceled:
        break;
    }
    return ExitRemote;
}

QByteArray ConfigPrinter::resultText(const Actions::ConfigChangeResult &r)
{
    QString t = r.summaryText() + QLatin1Char('\n');
    if (!r.backupId.isEmpty())
        t += Tr::tr("Backup: %1 (postdesk-cli rollback %1)\n").arg(r.backupId);
    if (!r.error.isEmpty() && !t.contains(r.error))
        t += Tr::tr("Error: %1\n").arg(r.error);
    if (!r.checkOutput.trimmed().isEmpty() && !r.ok())
        t += Tr::tr("postfix check said:\n%1\n").arg(r.checkOutput.trimmed());
    return t.toUtf8();
}

QJsonObject ConfigPrinter::resultJson(const Actions::ConfigChangeResult &r)
{
    QJsonObject verified;
    for (auto it = r.verified.cbegin(); it != r.verified.cend(); ++it)
        verified.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("outcome"), outcomeKey(r.outcome)},
                       {QStringLiteral("summary"), r.summaryText()},
                       {QStringLiteral("backup"), r.backupId},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("steps"), QJsonArray::fromStringList(r.steps)},
                       {QStringLiteral("check_output"), r.checkOutput},
                       {QStringLiteral("verified"), verified}};
}

QByteArray ConfigPrinter::backupsText(const QList<Actions::BackupInfo> &backups)
{
    if (backups.isEmpty())
        return Tr::tr("No Postdesk backups on this server.\n").toUtf8();
    QString t = QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(Tr::tr("BACKUP"), -19)
                        .arg(Tr::tr("TIME (UTC)"), -19)
                        .arg(Tr::tr("KIND"), -22)
                        .arg(Tr::tr("ACCOUNT"), -10)
                        .arg(Tr::tr("WHAT"));
    for (const Actions::BackupInfo &b : backups) {
        QString what = b.title;
        if (b.rolledBack)
            what += Tr::tr(" [rolled back]");
        if (!b.files.isEmpty())
            what += QStringLiteral(" (") + b.files.join(QStringLiteral(", ")) + QLatin1Char(')');
        t += QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(b.id, -19)
                     .arg(b.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                     .arg(b.kind, -22)
                     .arg(b.account, -10)
                     .arg(what);
    }
    return t.toUtf8();
}
