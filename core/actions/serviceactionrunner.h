#pragma once

#include <QObject>
#include <QString>

namespace Remote {
class ServerSession;
}

namespace Actions {

class AuditLog;

struct ServiceActionResult
{
    QString action;         // "restart postfix.service", "plesk repair mail"
    bool ok = false;
    QString output;         // what the command printed (plain text, capped)
    QString error;          // plain words when !ok
    QString stateAfter;     // "active (running)" read back with systemctl show / postfix status
};

// Restarts a service (systemctl restart UNIT, UNIT from Remote::ServiceCommands::knownUnits()) or
// runs `plesk repair mail -y` (Plesk servers only; output streamed through output()). Reads the
// state back afterwards. Audited. One at a time; cancel() stops the command.
class ServiceActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceActionRunner)

public:
    explicit ServiceActionRunner(Remote::ServerSession *session, AuditLog *audit = nullptr,
                                 QObject *parent = nullptr);
    ~ServiceActionRunner() override;

    void setServerName(const QString &name);
    void restart(const QString &unit);
    void pleskRepairMail();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void output(const QString &text);
    void finished(const Actions::ServiceActionResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Actions

Q_DECLARE_METATYPE(Actions::ServiceActionResult)
