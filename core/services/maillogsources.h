#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Services {

// Where a server keeps its Postfix log, as the locator found it. Order: the live file first,
// then rotated ones newest → oldest (mail.log, mail.log.1, mail.log.2.gz, …).
struct MailLogFile
{
    QString path;            // absolute, validated plain path
    qint64 size = -1;
    qint64 mtime = 0;        // epoch seconds
    bool compressed = false; // .gz (read with zcat/zgrep), .xz/.bz2 likewise when the tool exists
    bool readable = false;   // by the login account; otherwise the reads need root (sudo)
    bool xz = false;         // .xz (needs xzgrep on the server); compressed is set too
    bool live = false;       // the file Postfix/syslog writes now (not a rotation)
};

struct MailLogSources
{
    QList<MailLogFile> files;
    bool journald = false;    // no file found but journalctl exists: read SYSLOG_FACILITY=2
    QString maillogFile;      // postconf -h maillog_file (Postfix >= 3.4), empty when unset
    QString command;          // what ran, for the command log / tooltips
    QString error;            // plain words ("no mail log found on this server: …"); empty on success
    QString journalctl;       // absolute paths on the server; empty when missing
    QString zgrep;
    QString xzgrep;
    bool journalReadable = false; // root or in adm/systemd-journal/wheel: sees the whole journal
    QStringList notes;        // plain words about files left out (odd paths, .bz2, too many rotations)
    qint64 locatedAtMs = 0;   // desktop clock when located (the per-session cache expires)
    bool ok() const { return error.isEmpty(); }
};

} // namespace Services

Q_DECLARE_METATYPE(Services::MailLogSources)
