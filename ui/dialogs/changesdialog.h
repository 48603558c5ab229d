#pragma once

#include "actions/configchange.h"

#include <QDialog>

class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Actions {
class AuditLog;
class ConfigChangeRunner;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class ConfigChangeView;

// "Changes and rollback…" (objectName changesDialog): the configuration backups Postdesk made on
// this server, newest first (time, what, account, files), and "Roll back…" — confirmed inline
// (no modal box: rollbackConfirmButton / rollbackCancelButton), then ConfigChangeRunner::rollback
// with the steps live and the outcome; the list is read again afterwards.
class ChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesDialog)

public:
    ChangesDialog(Remote::ServerSession *session, Actions::AuditLog *audit, const QString &serverName,
                  QWidget *parent = nullptr);
    ~ChangesDialog() override;

    Actions::ConfigChangeRunner *runner() const; // test seam
    QList<Actions::BackupInfo> backups() const;  // as listed, newest first
    // Selects the row of backup `id`; false when it is not listed.
    bool selectBackup(const QString &id);

Q_SIGNALS:
    void rolledBack(const Actions::ConfigChangeResult &result); // Outcome::Applied only
    void listed();                                              // the table was (re)filled

public Q_SLOTS:
    void reject() override;

private:
    void refresh();
    void onListed(const QList<Actions::BackupInfo> &backups, const QString &error);
    void askRollback();
    void confirmRollback();
    void onFinished(const Actions::ConfigChangeResult &result);
    QString selectedId() const;
    void updateButtons();

    Actions::ConfigChangeRunner *m_runner;
    QString m_serverName;
    QTreeWidget *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_rollback;
    QFrame *m_confirm;
    QLabel *m_confirmText;
    ConfigChangeView *m_view;
    QList<Actions::BackupInfo> m_backups;
    QString m_pendingId;
    QString m_rolledBackTo;
    bool m_rollingBack = false;
};

} // namespace Ui
