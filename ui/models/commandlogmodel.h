#pragma once

#include "remote/serversession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Ui {

// Every remote command Postdesk ran, newest last, for the command log dock. Fed from
// Remote::ServerSession::commandLogged, which reports an entry when it starts and again when it
// ends: the second report updates the row in place. Rows are keyed by (server, entry id) because
// each session counts its own ids. Old rows are dropped beyond maxEntries(). GUI thread only.
// "What" is the human label; "Command" is the exact line that ran (CommandLogEntry::shellLine, sudo
// prefix included; it never contains secrets, which only go to stdin), so the user can check and
// repeat what Postdesk did on their server.
class CommandLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLogModel)

public:
    enum Column { Started, Server, What, Command, Status, Duration, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CommandLogModel(QObject *parent = nullptr);
    ~CommandLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void record(const QString &server, const Remote::CommandLogEntry &entry);
    void clear();

    int maxEntries() const;
    void setMaxEntries(int max); // at least 1
    const Remote::CommandLogEntry &entry(int row) const;

private:
    struct Row
    {
        QString server;
        Remote::CommandLogEntry entry;
    };
    void dropOldest(int n);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QPair<QString, quint64>, int> m_rowOf;
    int m_max = 5000;
};

} // namespace Ui
