#pragma once

#include "actions/auditlog.h"

#include <QAbstractTableModel>

namespace Ui {

// The audit log as a table, newest first (Actions::AuditLog::read() gives oldest first).
// DisplayRole is the formatted text; SortRole the raw value (time as epoch ms, counts as int);
// ServerRole the record's server name (the dialog's server filter matches it exactly).
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Time, Server, Account, Action, Count, Result, Detail, Ids, Backup, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ServerRole };

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRecords(const QList<Actions::AuditRecord> &oldestFirst);
    const Actions::AuditRecord &record(int row) const;
    QStringList servers() const; // distinct server names, sorted

    // "12 / 12", "12 / 9", "12", "" — expected / reported, as the audit line holds them.
    static QString countText(const Actions::AuditRecord &record);

private:
    QVariant display(const Actions::AuditRecord &record, int column) const;

    QList<Actions::AuditRecord> m_records; // newest first
};

} // namespace Ui
