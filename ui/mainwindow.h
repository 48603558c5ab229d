#pragma once

// Stable objectNames (GUI tests and the integration test find widgets by these; do not rename):
//   serverList      QListView     sidebar of saved servers (ServerListModel, state icon + tooltip)
//   addServerButton QPushButton   first-run call to action when there are no profiles
//   queueTable      QTableView    the queue (QueueFilterProxyModel over QueueTableModel)
//   filterEdit      QLineEdit     text filter (sender / recipient / domain / reason), Ctrl+F
//   queueFilter     QComboBox     all / active / deferred / hold / incoming / maildrop
//   emptyState      QLabel        shown instead of the table ("Queue is empty.", …)
//   loadProgress    QProgressBar  busy while loading; loadStatus QLabel; cancelButton QPushButton
//   previewText     QPlainTextEdit  postcat headers / envelope / body, plain text
//   showBodyButton  QPushButton   loads the body on explicit request
//   refreshAction   QAction (F5); cancelAction (Esc); findAction (Ctrl+F); connectAction;
//   addServerAction, editServerAction, removeServerAction; autoRefreshCombo QComboBox
//   commandLog      QTableView    in the dock "commandLogDock" (CommandLogModel: What = label,
//                                 Command = the exact line that ran)
//   queueCounts     QLabel        status bar: counts per queue, total, "as of HH:MM:SS"
//   errorBanner     QLabel        red banner (changed host key and other refusals; selectable)
//   welcomePage     QWidget       first run, holds addServerButton
//   viewTabs        QTabWidget    Queue | Log | Charts | Checks of the selected server;
//                                 showQueueAction (Ctrl+1), showLogAction (Ctrl+2),
//                                 showChartsAction (Ctrl+3), showChecksAction (Ctrl+4)
//   queuePage, logPage (see pages/logpage.h), chartsPage (see charts/chartspage.h),
//   checksPage (see pages/checkspage.h; "Check this destination" from the queue page lands there)
//   Dialogs: hostKeyDialog (hostKeyFingerprint, acceptHostKeyButton, rejectHostKeyButton),
//   secretDialog (secretEdit, rememberSecret), serverDialog.
//   dashboardPage   DashboardPage the fleet (see fleet/dashboardpage.h): first page of the central
//                   stack when profiles exist; showDashboardAction (Ctrl+0) and the sidebar's
//                   dashboardButton bring it back; a card's openRequested selects that server.

#include "charts/queuesizehistory.h"
#include "remote/serversession.h"

#include <QHash>
#include <QMainWindow>
#include <QUuid>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace Fleet {
class AlertEvaluator;
class CredentialStore;
class FleetPoller;
class HistoryStore;
class ProfileStore;
struct ServerProfile;
} // namespace Fleet

namespace Services {
struct QueueSnapshot;
}
namespace Actions {
class AuditLog;
}

namespace Ui {

class ChartsPage;
class ChecksPage;
class CommandLogModel;
class DashboardPage;
class FleetController;
class LogPage;
class ErrorBanner;
class FixesMenu;
class QueueActions;
class QueuePage;
class ServerEditor;
class ServerListModel;
class SessionController;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QSettings *settings = nullptr; // required, not owned: profiles and window state
        // Empty = the real transports (SSH / local). Tests inject TestSupport::FakeTransport.
        Remote::ServerSession::TransportFactory transportFactory;
        bool useKeychain = true;       // false: never touch the system keychain (tests, demo)
        QString auditLogPath;          // empty = Actions::AuditLog::defaultPath()
        QString historyPath;           // empty = Fleet::HistoryStore::defaultPath(); ":memory:" ok
        bool startPolling = true;      // false: the dashboard polls only on "Poll all now"
        int minimumPollSeconds = 5;    // the poller's lower bound of a profile's interval (tests)
        // The dashboard poller's transports. Empty: the real ones, unless transportFactory is
        // set (a test's fake for the open server) — then the dashboard never polls by itself.
        Remote::ServerSession::TransportFactory pollTransportFactory;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool connectToProfile(const QString &name); // --connect NAME; false when there is none
    void selectProfile(const QUuid &id);
    QUuid currentProfile() const;
    SessionController *controller(const QUuid &id) const;
    QueuePage *queuePage() const;
    LogPage *logPage() const;
    ChartsPage *chartsPage() const;
    ChecksPage *checksPage() const;
    QueueActions *queueActions() const;
    FixesMenu *fixesMenu() const;
    Actions::AuditLog *auditLog() const;
    QTabWidget *viewTabs() const;
    DashboardPage *dashboard() const;
    Fleet::FleetPoller *fleetPoller() const;
    Fleet::HistoryStore *historyStore() const;
    Fleet::AlertEvaluator *alerts() const;
    void showDashboard();
    QList<QueueSizeSample> queueHistory(const QUuid &id) const; // this session's queue loads

    void refresh();
    void showBanner(const QString &text); // empty hides it

Q_SIGNALS:
    void queueLoaded(); // a load of the current server finished (tests, screenshots)
    void logLoaded();   // a mail-log load of the current server finished (same)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildSidebar();
    void buildCommandLog();
    void buildViews();
    void buildDashboard();
    void onQueueFinished(const Services::QueueSnapshot &snapshot);
    void showQueuedMessage(const QString &queueId);
    void checkDestination(const QString &domain, int reasonClass);
    void reloadProfiles();
    void onServerActivated();
    void releaseController(const QUuid &id);
    SessionController *ensureController(const Fleet::ServerProfile &profile);
    void updateCounts();
    void updateActions();
    void setAutoRefresh(int seconds);
    void restoreState();
    void saveState();

    Options m_options;
    Fleet::ProfileStore *m_profiles;
    Fleet::CredentialStore *m_credentials = nullptr;
    ServerEditor *m_editor = nullptr;
    ServerListModel *m_serverModel;
    CommandLogModel *m_logModel;
    QHash<QUuid, SessionController *> m_controllers;
    QUuid m_current;

    QSplitter *m_mainSplitter;
    QListView *m_serverList;
    QStackedWidget *m_centralStack;
    WelcomePage *m_welcome;
    QueuePage *m_queuePage;
    LogPage *m_logPage;
    ChartsPage *m_chartsPage;
    ChecksPage *m_checksPage;
    QTabWidget *m_views;
    QueueSizeHistory m_history;
    FleetController *m_fleet = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QAction *m_dashboardAction = nullptr;
    ErrorBanner *m_banner;
    QLabel *m_counts;
    QComboBox *m_autoRefresh;
    QTimer *m_autoRefreshTimer;
    QAction *m_refreshAction;
    QAction *m_cancelAction;
    QAction *m_connectAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    std::unique_ptr<Actions::AuditLog> m_audit;
    QueueActions *m_queueActions = nullptr;
    FixesMenu *m_fixesMenu = nullptr;
    QAction *m_actionsButton = nullptr; // toolbar entries of the two menus (hidden when read-only)
    QAction *m_fixesButton = nullptr;
};

} // namespace Ui
