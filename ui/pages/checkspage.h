#pragma once

#include "checks/diagnosetargets.h"
#include "diagnosis/checkresult.h"
#include "postfix/queuedmessage.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTreeView;

namespace Checks {
class DiagnosticsRunner;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class CheckOptionsBox;
class CheckResultModel;
class CheckSelector;

// The Checks tab: diagnostics run *on* the selected server (Checks::DiagnosticsRunner over its
// session) for the destination domains the user gives — prefilled from the most deferred domains
// of the last queue load (Checks::targetsFromQueue). Validated before anything is sent: a bad
// domain or option gets a sentence under the field and nothing runs.
// Live progress per check (CheckSelector), the results (CheckResultModel in a QTreeView), the
// selected result's evidence, commands and advice as plain text, and "Copy as text" for a ticket.
// Nothing here waits: the runner reports through signals. Switching to another server, losing
// the connection or setServer(nullptr) cancels a run; each server's last results and domains come
// back when it is selected again. Options are kept per server in QSettings (ChecksSettings).
// objectNames: checksPage, checkDomains, runChecksButton ("Run all"), runSelectedButton,
// cancelChecksButton, copyChecksButton, checkInputError, checkStatus, checkSelector (check_<key>,
// checkState_<key>), checkOptions (see CheckOptionsBox), checkResults, checkDetail, checksSplitter.
class ChecksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPage)

public:
    explicit ChecksPage(QWidget *parent = nullptr);
    ~ChecksPage() override;

    void setSettings(QSettings *settings); // not owned; per-server options live there
    void setServer(Remote::ServerSession *session, const QUuid &profile, const QString &serverName);
    Remote::ServerSession *session() const;
    void forgetServer(const QUuid &profile); // the profile was removed or changed

    // The last complete queue listing of the current server: domains and filter endpoints.
    void setQueue(const QList<Postfix::QueuedMessage> &messages);

    // false (with the reason in checkInputError / checkStatus) when nothing was started.
    bool runAll();
    bool runSelected();
    // "Check this destination": `domain` into the field (kept when empty), exactly `checks`
    // ticked, and run them.
    bool checkDestination(const QString &domain, const QList<Diagnosis::CheckId> &checks);
    void cancel();
    bool isRunning() const;

    CheckResultModel *model() const;
    CheckSelector *selector() const;
    QString resultsText() const; // Diagnosis::resultsToText of the shown results
    QString inputError() const;  // empty when the last input was valid

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(bool canceled);

private:
    struct ServerMemory
    {
        QString domainsText;
        QString prefill; // what the queue last put in the field; user edits differ from it
        Checks::DiagnoseTargets targets;
        QList<Diagnosis::CheckResult> results;
        QString status;
    };

    void buildLayout();
    bool start(const QList<Diagnosis::CheckId> &checks);
    void createRunner();
    void onResult(const Diagnosis::CheckResult &result);
    void onCheckFinished(Diagnosis::CheckId id);
    void onRunFinished(bool canceled);
    void onSessionState();
    void showDetail();
    void copyResults();
    void setInputError(const QString &text);
    void setRunning(bool running);
    void updateButtons();
    void savePreferences();
    void remember();
    void recall();
    bool isConnected() const;
    QString finishedText(bool canceled) const;

    QPointer<Remote::ServerSession> m_session;
    Checks::DiagnosticsRunner *m_runner = nullptr;
    QSettings *m_settings = nullptr;
    QUuid m_profile;
    QString m_serverName;
    QHash<QUuid, ServerMemory> m_memory;
    Checks::DiagnoseTargets m_targets;
    QString m_prefill;
    QHash<int, int> m_resultCount;             // per CheckId, this run
    QHash<int, Diagnosis::Verdict> m_worst;    // per CheckId, this run
    int m_planned = 0;
    int m_finished = 0;
    bool m_running = false;
    QString m_stopReason; // why a run was canceled by the page itself (connection lost)

    QLineEdit *m_domains;
    QPushButton *m_runAll;
    QPushButton *m_runSelected;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QLabel *m_inputError;
    QLabel *m_status;
    CheckSelector *m_selector;
    CheckOptionsBox *m_options;
    CheckResultModel *m_model;
    QTreeView *m_results;
    QPlainTextEdit *m_detail;
    QSplitter *m_splitter;
};

} // namespace Ui
