#include "auditcommand.h"

#include "stdoutwriter.h"

#include "actions/auditlog.h"

#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

AuditCommand::AuditCommand(const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
{
}

AuditCommand::~AuditCommand() = default;

void AuditCommand::start()
{
    // done() must not be emitted from inside start(): the runner connects first.
    QTimer::singleShot(0, this, &AuditCommand::run);
}

void AuditCommand::cancel()
{
}

void AuditCommand::run()
{
    const Actions::AuditLog log;
    if (!m_args.action.exportPath.isEmpty()) {
        const QString error = log.exportTo(m_args.action.exportPath, m_args.action.exportFormat);
        if (!error.isEmpty()) {
            Q_EMIT done(ExitRemote, error);
            return;
        }
        Q_EMIT done(ExitOk, QString());
        return;
    }
    const Actions::AuditLog::ReadResult read = log.read();
    if (!read.error.isEmpty()) {
        Q_EMIT done(ExitRemote, read.error);
        return;
    }
    StdoutWriter out;
    for (const Actions::AuditRecord &r : read.records) {
        if (m_args.json) {
            out.buffer() += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
            continue;
        }
        QString line = QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(r.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    r.server, r.account, r.action, r.result);
        if (r.expected >= 0 || r.reported >= 0)
            line += tr("  expected %1, reported %2").arg(r.expected).arg(r.reported);
        if (!r.ids.isEmpty())
            line += tr("  %n ID(s)", nullptr, int(r.ids.size()));
        if (!r.backup.isEmpty())
            line += tr("  backup %1").arg(r.backup);
        if (!r.detail.isEmpty())
            line += QStringLiteral("  — ") + r.detail.simplified();
        out.buffer() += line.toUtf8() + '\n';
    }
    if (read.records.isEmpty() && !m_args.json)
        out.buffer() += tr("The audit log %1 has no records.\n").arg(log.path()).toUtf8();
    out.flush();
    if (read.damagedLines > 0)
        std::fputs(qPrintable(tr("warning: %n damaged line(s) of %1 were skipped\n", nullptr, read.damagedLines)
                                      .arg(log.path())),
                   stderr);
    Q_EMIT done(ExitOk, QString());
}
