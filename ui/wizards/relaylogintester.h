#pragma once

#include "diagnosis/checkresult.h"

#include <QObject>
#include <QPointer>

namespace Checks {
class RelayAuthCheck;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

// "Test login now": runs Checks::RelayAuthCheck once and reports the login test's verdict (its
// first result). relay empty: the server's relayhost; user empty: the login stored on the server
// (sasl_passwd, read as root there). The secret goes to the check's stdin only. One test at a
// time; a new start() cancels the previous one. GUI thread.
class RelayLoginTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayLoginTester)

public:
    explicit RelayLoginTester(Remote::ServerSession *session, QObject *parent = nullptr);
    ~RelayLoginTester() override;

    void start(const QString &relay, const QString &user, const QString &secret);
    void cancel();
    bool isRunning() const;

    // "Login accepted (235) by relay-ok.example:587" style one-liner for a label.
    static QString describe(const Diagnosis::CheckResult &result);

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const Diagnosis::CheckResult &result);

private:
    Remote::ServerSession *m_session;
    QPointer<Checks::RelayAuthCheck> m_check;
};

} // namespace Ui
