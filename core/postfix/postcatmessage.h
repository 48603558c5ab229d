#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Postfix {

// postcat output split into its sections. Text is decoded leniently (invalid UTF-8 becomes U+FFFD)
// and is only ever shown as plain text.
struct PostcatMessage
{
    QString queuePath;                             // "deferred/4/4F2A…" from the section markers
    QList<QPair<QString, QString>> envelope;       // record name → value, in order
    QList<QPair<QString, QString>> headers;        // unfolded header name → value, in order
    QString body;                                  // empty unless the body was requested
    bool bodyTruncated = false;                    // the caller cut the output at a size limit

    QString header(QStringView name) const;        // first header with this name, case-insensitive
    QString subject() const { return header(u"Subject"); }
};

} // namespace Postfix
