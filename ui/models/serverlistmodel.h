#pragma once

#include "fleet/serverprofile.h"

#include <QAbstractListModel>
#include <QIcon>

namespace Ui {

// The sidebar's list of saved servers with a connection-state indicator each. Profiles come from
// Fleet::ProfileStore (setProfiles after every ProfileStore::changed); states from the main
// window as sessions connect and fail. GUI thread only.
class ServerListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListModel)

public:
    enum class Connection { Idle, Connecting, Ready, Failed };
    Q_ENUM(Connection)
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        ConnectionRole,            // int(Connection)
        ReasonRole,                // QString: why it failed, or empty
    };

    explicit ServerListModel(QObject *parent = nullptr);
    ~ServerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Keeps the connection state of profiles that survive; rows are reset (profiles are few).
    void setProfiles(const QList<Fleet::ServerProfile> &profiles);
    void setConnection(const QUuid &id, Connection state, const QString &reason = {});
    Connection connection(const QUuid &id) const;

    int rowOf(const QUuid &id) const; // -1 when absent
    Fleet::ServerProfile profile(int row) const;

private:
    struct Item
    {
        Fleet::ServerProfile profile;
        Connection state = Connection::Idle;
        QString reason;
    };
    QIcon iconFor(Connection state) const;

    QList<Item> m_items;
    QIcon m_icons[4];
};

} // namespace Ui
