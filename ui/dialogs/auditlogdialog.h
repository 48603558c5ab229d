#pragma once

#include "actions/auditlog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {

class AuditLogModel;

// The local audit log (Actions::AuditLog): every queue action, change, rollback and service action,
// newest first, filterable by server, exportable as JSON lines or CSV (the whole log). Modeless;
// the log is read when the dialog opens and on "Reload" (a line is small, the file is local).
// objectNames: auditLogDialog, auditTable, auditServerFilter, auditStatus, auditReloadButton,
// exportJsonButton, exportCsvButton.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    // log: not owned, outlives the dialog.
    explicit AuditLogDialog(const Actions::AuditLog *log, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    void reload();
    void setServerFilter(const QString &server); // "" = all servers
    AuditLogModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString statusText() const;

    // Writes the whole log to `path`; "" on success, else the plain-words error (also shown).
    QString exportTo(const QString &path, Actions::AuditLog::Format format);

private:
    void askExport(Actions::AuditLog::Format format);

    const Actions::AuditLog *m_log;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_servers;
    QLabel *m_status;
};

} // namespace Ui
