#pragma once

#include "clicommand.h"

#include "services/previewloader.h"

namespace Remote {
class ServerSession;
}

// "show ID": postcat -q through PreviewLoader, printed as plain text or one JSON object.
class ShowCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowCommand)

public:
    ShowCommand(Remote::ServerSession *session, const QString &queueId, Services::PreviewParts parts,
                bool json, QObject *parent = nullptr);
    ~ShowCommand() override;

    void start() override;
    void cancel() override;

private:
    void onFinished(const Services::PreviewResult &result);
    static QByteArray toText(const Services::PreviewResult &result);
    static QByteArray toJson(const Services::PreviewResult &result);

    Services::PreviewLoader *m_loader;
    QString m_queueId;
    Services::PreviewParts m_parts;
    bool m_json;
    bool m_canceled = false;
};
