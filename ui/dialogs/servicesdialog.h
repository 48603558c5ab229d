#pragma once

#include "actions/serviceactionrunner.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Remote {
class ServerSession;
}

namespace Ui {

// "Services…" (objectName servicesDialog): restart postfix / amavis / dovecot, and `plesk repair
// mail` only when the probe found plesk (else disabled with the reason); the output live and the
// state read back afterwards. One action at a time (Actions::ServiceActionRunner); closing while
// one runs cancels it. Unit states are read once when the dialog opens (systemctl show; the
// amavis unit's name differs per distribution).
class ServicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesDialog)

public:
    ServicesDialog(Remote::ServerSession *session, Actions::AuditLog *audit, const QString &serverName,
                   QWidget *parent = nullptr);
    ~ServicesDialog() override;

    Actions::ServiceActionRunner *runner() const; // test seam
    // Why `plesk repair mail` is unavailable; empty when the probe found plesk.
    QString pleskUnavailableReason() const;

Q_SIGNALS:
    void serviceRestarted(); // a restart or repair succeeded

public Q_SLOTS:
    void reject() override;

private:
    void readUnitStates();
    void onStates(quint64 id, const QByteArray &stdOut, const QString &error);
    void startRestart(const QString &unit);
    void onFinished(const Actions::ServiceActionResult &result);
    void setBusy(bool busy);

    Remote::ServerSession *m_session;
    Actions::ServiceActionRunner *m_runner;
    QLabel *m_states;
    QPushButton *m_postfix;
    QPushButton *m_amavis;
    QPushButton *m_dovecot;
    QPushButton *m_plesk;
    QPlainTextEdit *m_output;
    QLabel *m_result;
    QString m_amavisUnit = QStringLiteral("amavis.service");
    quint64 m_statesCommand = 0;
    bool m_streamed = false; // output() arrived for the current action
};

} // namespace Ui
