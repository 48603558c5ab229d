#pragma once

#include "postfix/postcatmessage.h"

#include <QFlags>
#include <QObject>

namespace Remote {
class ServerSession;
}

namespace Services {

enum class PreviewPart { Envelope = 0x1, Headers = 0x2, Body = 0x4 };
Q_DECLARE_FLAGS(PreviewParts, PreviewPart)

struct PreviewResult
{
    QString queueId;
    Postfix::PostcatMessage message;
    bool gone = false;             // the message left the queue meanwhile (not an error)
    bool permissionDenied = false; // the account cannot read queue files (no root/postfix/sudo)
    QString error;                 // plain words; empty on success (also empty when gone)
    QString command;               // the command that ran, for the command log / tooltips
    bool ok() const { return error.isEmpty() && !gone && !permissionDenied; }
};

// Runs postcat -q (privilege MailOwner; headers and envelope by default, the body only when asked,
// output capped) for one queue ID and parses it. A newer load() supersedes an older one: only the
// latest request's finished() is emitted. Lives on the GUI thread; never blocks.
class PreviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewLoader)

public:
    explicit PreviewLoader(Remote::ServerSession *session, QObject *parent = nullptr);
    ~PreviewLoader() override;

    void load(const QString &queueId, PreviewParts parts = {PreviewPart::Envelope, PreviewPart::Headers});
    void cancel();

Q_SIGNALS:
    void finished(const Services::PreviewResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Services

Q_DECLARE_OPERATORS_FOR_FLAGS(Services::PreviewParts)
Q_DECLARE_METATYPE(Services::PreviewResult)
