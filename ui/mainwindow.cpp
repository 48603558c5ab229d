#include "mainwindow.h"

#include "actions/auditlog.h"
#include "actions/queueactions.h"
#include "charts/chartspage.h"
#include "checks/diagnosetargets.h"
#include "fixes/fixesmenu.h"
#include "fleet/alertnotifier.h"
#include "fleet/credentialstore.h"
#include "fleet/dashboardpage.h"
#include "fleet/fleetcontroller.h"
#include "fleet/profilestore.h"
#include "fleet/serverlisttransfer.h"
#include "models/commandlogmodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "models/serverlistmodel.h"
#include "pages/checkspage.h"
#include "pages/logpage.h"
#include "pages/queuepage.h"
#include "pages/welcomepage.h"
#include "servereditor.h"
#include "services/queueloader.h"
#include "sessioncontroller.h"
#include "widgets/commandlogview.h"
#include "widgets/errorbanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using Connection = ServerListModel::Connection;

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_profiles(new Fleet::ProfileStore(options.settings, this))
    , m_serverModel(new ServerListModel(this))
    , m_logModel(new CommandLogModel(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_serverList(new QListView(this))
    , m_centralStack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_queuePage(new QueuePage(this))
    , m_logPage(new LogPage(this))
    , m_chartsPage(new ChartsPage(this))
    , m_checksPage(new ChecksPage(this))
    , m_views(new QTabWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_counts(new QLabel(this))
    , m_autoRefresh(new QComboBox(this))
    , m_autoRefreshTimer(new QTimer(this))
    , m_audit(std::make_unique<Actions::AuditLog>(options.auditLogPath))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Postdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/postdesk/postdesk.svg")));
    if (options.useKeychain)
        m_credentials = new Fleet::CredentialStore(this);
    m_editor = new ServerEditor(m_profiles, m_credentials, this, this);
    m_queueActions = new QueueActions(m_queuePage, m_audit.get(), this);
    m_fixesMenu = new FixesMenu(m_audit.get(), m_credentials, this);
    m_fixesMenu->setRightsProbe(m_queueActions->rightsProbe()); // one `sudo -n -l` per connection
    connect(m_editor, &ServerEditor::releaseServer, this, &MainWindow::releaseController);
    connect(m_editor, &ServerEditor::saved, this, &MainWindow::selectProfile);

    connect(m_welcome, &WelcomePage::addServerRequested, m_editor, &ServerEditor::addServer);
    m_centralStack->addWidget(m_welcome);
    buildDashboard();
    buildViews();
    m_centralStack->addWidget(m_views);

    buildSidebar();
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_centralStack);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({200, 1080});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    buildActions();
    buildCommandLog();
    m_counts->setObjectName(QStringLiteral("queueCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_counts, 1);

    connect(m_queuePage, &QueuePage::countsChanged, this, &MainWindow::updateCounts);
    // Queue-size history and queue charts follow every finished load.
    connect(m_queuePage, &QueuePage::loadFinished, this, &MainWindow::onQueueFinished);
    connect(m_queuePage, &QueuePage::loadingChanged, this, [this](bool loading) {
        updateActions();
        if (!loading)
            Q_EMIT queueLoaded();
    });
    connect(m_logPage, &LogPage::loadingChanged, this, [this](bool loading) {
        updateActions();
        if (!loading)
            Q_EMIT logLoaded();
    });
    connect(m_profiles, &Fleet::ProfileStore::changed, this, &MainWindow::reloadProfiles);
    m_autoRefreshTimer->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        if (!m_queuePage->isLoading())
            refresh(); // the queue only: the log is read on request

    });

    reloadProfiles();
    restoreState();
    updateActions();
    // Otherwise the server list takes the focus when the window shows and, with it, selects its
    // first server: the dashboard would never be seen first.
    if (m_centralStack->currentWidget() == m_dashboard)
        m_dashboard->setFocus();
}

MainWindow::~MainWindow()
{
    m_queueActions->setServer(nullptr, {});
    m_fixesMenu->setServer(nullptr, {});
    m_queuePage->setSession(nullptr); // loaders go before the sessions they listen to
    m_logPage->setSession(nullptr);
    m_checksPage->setServer(nullptr, {}, {});
}

void MainWindow::buildViews()
{
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_queuePage, tr("&Queue"));
    m_views->addTab(m_logPage, tr("&Log"));
    m_views->addTab(m_chartsPage, tr("C&harts"));
    m_views->addTab(m_checksPage, tr("Chec&ks"));
    m_views->setTabToolTip(0, tr("The queue of this server (Ctrl+1)"));
    m_views->setTabToolTip(1, tr("Deliveries and statistics from the mail log (Ctrl+2)"));
    m_views->setTabToolTip(2, tr("Charts of the queue and the log (Ctrl+3)"));
    m_views->setTabToolTip(3, tr("Diagnostics run on this server: port 25, DNS, TLS, relay, "
                                 "blocklists, services (Ctrl+4)"));
    const char *names[] = {"showQueueAction", "showLogAction", "showChartsAction", "showChecksAction"};
    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(m_views->tabText(i).remove(u'&'), this);
        action->setObjectName(QLatin1StringView(names[i]));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, m_views, [this, i] { m_views->setCurrentIndex(i); });
        addAction(action);
    }
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_logPage, &LogPage::statisticsChanged, m_chartsPage, &ChartsPage::setLogStatistics);
    connect(m_logPage, &LogPage::queueIdActivated, this, &MainWindow::showQueuedMessage);
    m_checksPage->setSettings(m_options.settings);
    connect(m_queuePage, &QueuePage::checkDestinationRequested, this, &MainWindow::checkDestination);
    connect(m_checksPage, &ChecksPage::runningChanged, this, &MainWindow::updateActions);
}

void MainWindow::buildDashboard()
{
    FleetController::Options fleet;
    fleet.historyPath = m_options.historyPath;
    fleet.startPolling = m_options.startPolling;
    fleet.minimumIntervalSeconds = m_options.minimumPollSeconds;
    fleet.transportFactory = m_options.pollTransportFactory;
    fleet.pollingAllowed = m_options.pollTransportFactory || !m_options.transportFactory;
    fleet.credentials = m_credentials;
    m_fleet = new FleetController(m_profiles, fleet, this);
    m_dashboard = new DashboardPage(m_fleet->model(), this);
    m_dashboard->setHistoryStore(m_fleet->history());
    m_fleet->notifier()->setAlertList(m_dashboard->alertList());
    m_centralStack->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardPage::openRequested, this, &MainWindow::selectProfile);
    connect(m_dashboard, &DashboardPage::pollAllRequested, m_fleet, &FleetController::pollAll);
    connect(m_fleet, &FleetController::polled, m_dashboard, &DashboardPage::noteHistoryChanged);
    m_dashboardAction = new QAction(tr("Dashboard"), this);
    m_dashboardAction->setObjectName(QStringLiteral("showDashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_dashboardAction->setToolTip(tr("Every server at a glance (Ctrl+0)"));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    addAction(m_dashboardAction);
    if (!m_fleet->historyError().isEmpty())
        statusBar()->showMessage(tr("Queue history is not kept: %1").arg(m_fleet->historyError()));
}

void MainWindow::showDashboard()
{
    if (m_profiles->profiles().isEmpty())
        return;
    m_centralStack->setCurrentWidget(m_dashboard);
    m_dashboard->setFocus();
}

void MainWindow::checkDestination(const QString &domain, int reasonClass)
{
    const Diagnosis::ReasonClass cls = reasonClass < 0 ? Diagnosis::ReasonClass::Other
                                                       : Diagnosis::ReasonClass(reasonClass);
    m_views->setCurrentWidget(m_checksPage);
    m_checksPage->checkDestination(domain, Checks::checksForClass(cls));
}

void MainWindow::onQueueFinished(const Services::QueueSnapshot &snapshot)
{
    if (!snapshot.ok() || snapshot.mailSystemDown) {
        m_fleet->ingest(m_current, snapshot); // the card says why (a cancel is ignored there)
        return;
    }
    // Emitted after the page took the result in: the model is complete.
    const QueueTableModel *model = m_queuePage->model();
    QList<Postfix::QueuedMessage> messages;
    messages.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        messages << model->message(row);
    QueueSizeSample sample;
    sample.time = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    sample.total = messages.size();
    sample.deferred = model->count(Postfix::QueueName::Deferred);
    m_history.record(m_current, sample);
    m_chartsPage->setQueueHistory(m_history.samples(m_current));
    m_chartsPage->setQueue(messages, sample.time);
    m_checksPage->setQueue(messages);
    m_fixesMenu->setQueue(messages);
    Services::QueueSnapshot full = snapshot; // the page keeps the messages in its model only
    full.messages = messages;
    m_fleet->ingest(m_current, full);
}

void MainWindow::showQueuedMessage(const QString &queueId)
{
    const int row = m_queuePage->model()->rowOfQueueId(queueId);
    const QModelIndex index = row < 0 ? QModelIndex()
                                      : m_queuePage->proxy()->mapFromSource(m_queuePage->model()->index(row, 0));
    if (!index.isValid()) {
        statusBar()->showMessage(row < 0 ? tr("%1 is not in the queue (as of the last refresh).").arg(queueId)
                                         : tr("%1 is hidden by the queue filter.").arg(queueId),
                                 6000);
        return;
    }
    m_views->setCurrentWidget(m_queuePage);
    if (auto *table = m_queuePage->findChild<QTableView *>(QStringLiteral("queueTable"))) {
        table->setCurrentIndex(index);
        table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

void MainWindow::buildSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(6, 6, 0, 0);
    auto *title = new QLabel(tr("Servers"), sidebar);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *dashboard = new QToolButton(sidebar);
    dashboard->setObjectName(QStringLiteral("dashboardButton"));
    dashboard->setDefaultAction(m_dashboardAction);
    dashboard->setToolButtonStyle(Qt::ToolButtonTextOnly);
    dashboard->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    dashboard->setAutoRaise(true);
    layout->addWidget(dashboard);
    // Import from ~/.ssh/config, import/export of the server list: a menu beside the title.
    auto *transfer = new ServerListTransfer(m_profiles, this, this);
    connect(transfer, &ServerListTransfer::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    auto *menuButton = new QToolButton(sidebar);
    menuButton->setObjectName(QStringLiteral("serverListMenuButton"));
    menuButton->setText(tr("Import / export"));
    menuButton->setMenu(transfer->menu());
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setAutoRaise(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(menuButton);
    layout->addLayout(titleRow);
    m_serverList->setObjectName(QStringLiteral("serverList"));
    m_serverList->setModel(m_serverModel);
    m_serverList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serverList->setUniformItemSizes(true);
    layout->addWidget(m_serverList, 1);
    connect(m_serverList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onServerActivated);
    connect(m_serverList, &QListView::clicked, this, &MainWindow::onServerActivated); // back from the dashboard
    m_mainSplitter->addWidget(sidebar);
}

void MainWindow::buildActions()
{
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_connectAction = bar->addAction(tr("Connect"), this, [this] {
        if (SessionController *c = controller(m_current))
            c->connectToServer();
    });
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_refreshAction = bar->addAction(tr("Refresh"), this, [this] {
        if (m_centralStack->currentWidget() == m_dashboard)
            return m_fleet->pollAll();
        SessionController *c = controller(m_current);
        if (m_views->currentWidget() == m_logPage && c && c->connection() == Connection::Ready)
            m_logPage->load();
        else
            refresh();
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Load the queue again, or the log on the Log tab (F5)"));
    m_cancelAction = bar->addAction(tr("Cancel"), this, [this] {
        if (m_views->currentWidget() == m_queuePage && m_queueActions->isRunning())
            m_queueActions->cancel();
        else if (m_views->currentWidget() == m_logPage && m_logPage->isLoading())
            m_logPage->cancel();
        else if (m_views->currentWidget() == m_checksPage && m_checksPage->isRunning())
            m_checksPage->cancel();
        else
            m_queuePage->cancel();
    });
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop loading, a running queue action, or the checks on the "
                                  "Checks tab (Esc)"));
    auto *find = new QAction(tr("Filter"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_queuePage, &QueuePage::focusFilter);
    addAction(find);

    bar->addSeparator();
    const auto addMenuButton = [bar](QMenu *menu, const QString &objectName, const QString &toolTip) {
        auto *button = new QToolButton(bar);
        button->setObjectName(objectName);
        button->setText(menu->title());
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolTip(toolTip);
        return bar->addWidget(button);
    };
    m_actionsButton = addMenuButton(m_queueActions->menu(), QStringLiteral("queueActionsButton"),
                                    tr("Hold, release, requeue, expire, delete or deliver the selected "
                                       "or filtered messages; flush the queue"));
    m_fixesButton = addMenuButton(m_fixesMenu, QStringLiteral("fixesButton"),
                                  tr("Relayhost, retry and throttling settings, services, and the "
                                     "server's change history with rollback"));
    connect(m_queueActions, &QueueActions::finished, this, [this] { refresh(); });
    connect(m_queueActions, &QueueActions::runningChanged, this, &MainWindow::updateActions);
    connect(m_fixesMenu, &FixesMenu::fixApplied, this, [this] {
        m_queueActions->setFixApplied();
        refresh();
    });
    connect(m_fixesMenu, &FixesMenu::requeueRequested, this,
            [this](const QList<Postfix::QueuedMessage> &messages) {
                m_views->setCurrentWidget(m_queuePage);
                m_queueActions->run(Actions::QueueActionKind::Requeue, messages);
            });

    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Auto-refresh: "), bar));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshCombo"));
    m_autoRefresh->addItem(tr("Off"), 0);
    for (int s : {30, 60, 120, 300, 900})
        m_autoRefresh->addItem(s < 60 ? tr("every %1 s").arg(s) : tr("every %1 min").arg(s / 60), s);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this,
            [this] { setAutoRefresh(m_autoRefresh->currentData().toInt()); });
    bar->addWidget(m_autoRefresh);

    bar->addSeparator();
    bar->addAction(tr("Add server…"), m_editor, &ServerEditor::addServer)
        ->setObjectName(QStringLiteral("addServerAction"));
    m_editAction = bar->addAction(tr("Edit…"), this,
                                  [this] { m_editor->editServer(m_profiles->profile(m_current)); });
    m_editAction->setObjectName(QStringLiteral("editServerAction"));
    m_removeAction = bar->addAction(tr("Remove"), this,
                                    [this] { m_editor->removeServer(m_profiles->profile(m_current)); });
    m_removeAction->setObjectName(QStringLiteral("removeServerAction"));
}

void MainWindow::buildCommandLog()
{
    auto *dock = new QDockWidget(tr("Command log"), this);
    dock->setObjectName(QStringLiteral("commandLogDock"));
    dock->setWidget(new CommandLogView(m_logModel, dock));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {140}, Qt::Vertical);
}

void MainWindow::reloadProfiles()
{
    const QList<Fleet::ServerProfile> profiles = m_profiles->profiles();
    m_serverModel->setProfiles(profiles);
    for (const Fleet::ServerProfile &p : profiles) {
        if (SessionController *c = controller(p.id))
            m_serverModel->setConnection(p.id, c->connection(), c->reason());
    }
    if (profiles.isEmpty()) {
        m_centralStack->setCurrentWidget(m_welcome);
    } else {
        if (m_centralStack->currentWidget() == m_welcome)
            m_centralStack->setCurrentWidget(m_current.isNull() ? static_cast<QWidget *>(m_dashboard) : m_views);
        const int row = m_serverModel->rowOf(m_current);
        if (row >= 0)
            m_serverList->setCurrentIndex(m_serverModel->index(row));
    }
    updateActions();
}

void MainWindow::onServerActivated()
{
    const QModelIndex idx = m_serverList->currentIndex();
    if (!idx.isValid())
        return;
    selectProfile(idx.data(ServerListModel::IdRole).toUuid());
}

void MainWindow::selectProfile(const QUuid &id)
{
    const int row = m_serverModel->rowOf(id);
    if (row < 0)
        return;
    if (m_serverList->currentIndex().row() != row)
        m_serverList->setCurrentIndex(m_serverModel->index(row)); // comes back here
    m_centralStack->setCurrentWidget(m_views);
    if (id == m_current && m_queuePage->session())
        return;
    m_current = id;
    m_fleet->setOpen(id);
    showBanner({});
    SessionController *c = ensureController(m_serverModel->profile(row));
    m_queuePage->setSession(c->session());
    m_logPage->setSession(c->session());
    m_checksPage->setServer(c->session(), id, c->profile().displayName());
    m_queueActions->setServer(c->session(), c->profile());
    m_fixesMenu->setServer(c->session(), c->profile());
    m_chartsPage->clear();
    m_chartsPage->setQueueHistory(m_history.samples(id));
    switch (c->connection()) {
    case Connection::Ready:
        refresh();
        break;
    case Connection::Connecting:
        m_queuePage->showMessage(tr("Connecting to %1…").arg(c->profile().displayName()));
        break;
    case Connection::Idle:
    case Connection::Failed:
        c->connectToServer();
        break;
    }
    updateActions();
}

bool MainWindow::connectToProfile(const QString &name)
{
    for (const Fleet::ServerProfile &p : m_profiles->profiles()) {
        if (p.name == name) {
            selectProfile(p.id);
            return true;
        }
    }
    return false;
}

QUuid MainWindow::currentProfile() const
{
    return m_current;
}

SessionController *MainWindow::controller(const QUuid &id) const
{
    return m_controllers.value(id);
}

QueuePage *MainWindow::queuePage() const
{
    return m_queuePage;
}

LogPage *MainWindow::logPage() const
{
    return m_logPage;
}

ChartsPage *MainWindow::chartsPage() const
{
    return m_chartsPage;
}

ChecksPage *MainWindow::checksPage() const
{
    return m_checksPage;
}

QueueActions *MainWindow::queueActions() const
{
    return m_queueActions;
}

FixesMenu *MainWindow::fixesMenu() const
{
    return m_fixesMenu;
}

Actions::AuditLog *MainWindow::auditLog() const
{
    return m_audit.get();
}

QTabWidget *MainWindow::viewTabs() const
{
    return m_views;
}

DashboardPage *MainWindow::dashboard() const
{
    return m_dashboard;
}

Fleet::FleetPoller *MainWindow::fleetPoller() const
{
    return m_fleet->poller();
}

Fleet::HistoryStore *MainWindow::historyStore() const
{
    return m_fleet->history();
}

Fleet::AlertEvaluator *MainWindow::alerts() const
{
    return m_fleet->alerts();
}

QList<QueueSizeSample> MainWindow::queueHistory(const QUuid &id) const
{
    return m_history.samples(id);
}

SessionController *MainWindow::ensureController(const Fleet::ServerProfile &profile)
{
    if (SessionController *existing = controller(profile.id))
        return existing;
    auto *c = new SessionController(profile, m_options.transportFactory, m_credentials, this, this);
    m_controllers.insert(profile.id, c);
    const QUuid id = profile.id;
    connect(c, &SessionController::connectionChanged, this,
            [this, id, c](Connection state, const QString &reason) {
                m_serverModel->setConnection(id, state, reason);
                if (id != m_current)
                    return;
                if (state == Connection::Connecting)
                    m_queuePage->showMessage(tr("Connecting to %1…").arg(c->profile().displayName()));
                else if (state == Connection::Failed && !c->refusedHostKey())
                    m_queuePage->showMessage(tr("Could not connect to %1:\n%2\n\nPress Connect to "
                                                "try again.").arg(c->profile().displayName(), reason));
                updateActions();
            });
    connect(c, &SessionController::ready, this, [this, id] {
        if (id == m_current)
            refresh();
    });
    connect(c, &SessionController::hostKeyRefused, this, [this, id, c](const QString &message) {
        if (id != m_current)
            return;
        showBanner(message);
        // The details are in the banner; "try again" would be the wrong advice here.
        m_queuePage->showMessage(tr("Not connected to %1: its host key has changed (details in "
                                    "the red banner above). Postdesk did not log in.")
                                     .arg(c->profile().displayName()));
    });
    connect(c, &SessionController::commandLogged, m_logModel, &CommandLogModel::record);
    return c;
}

void MainWindow::refresh()
{
    SessionController *c = controller(m_current);
    if (!c)
        return;
    if (c->connection() != Connection::Ready) {
        c->connectToServer(); // ready() refreshes
        return;
    }
    m_queuePage->refresh();
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->showMessage(text);
}

void MainWindow::releaseController(const QUuid &id)
{
    if (SessionController *c = m_controllers.take(id)) {
        if (m_queuePage->session() == c->session())
            m_queuePage->setSession(nullptr);
        if (m_logPage->session() == c->session())
            m_logPage->setSession(nullptr);
        if (m_checksPage->session() == c->session()) {
            m_checksPage->setServer(nullptr, {}, {});
            m_queueActions->setServer(nullptr, {});
            m_fixesMenu->setServer(nullptr, {});
        }
        m_checksPage->forgetServer(id);
        c->deleteLater();
    }
    if (m_current == id) {
        m_current = QUuid(); // the next selection connects afresh with the new settings
        m_fleet->setOpen({});
    }
}

void MainWindow::updateCounts()
{
    m_counts->setText(m_queuePage->countsText());
}

void MainWindow::updateActions()
{
    SessionController *c = controller(m_current);
    const bool hasServer = m_serverModel->rowOf(m_current) >= 0;
    m_refreshAction->setEnabled(c != nullptr);
    const QWidget *view = m_views->currentWidget();
    m_cancelAction->setEnabled(view == m_logPage       ? m_logPage->isLoading()
                               : view == m_checksPage ? m_checksPage->isRunning()
                                                      : m_queuePage->isLoading()
                                                            || m_queueActions->isRunning());
    m_connectAction->setEnabled(c && c->connection() != Connection::Ready
                                && c->connection() != Connection::Connecting);
    m_editAction->setEnabled(hasServer);
    m_removeAction->setEnabled(hasServer);
    // Read-only profiles (support staff) see no actions at all; the account's real rights are
    // shown by the menus themselves.
    const bool readOnly = c && c->profile().readOnly;
    m_actionsButton->setVisible(hasServer && !readOnly);
    m_fixesButton->setVisible(hasServer && !readOnly);
    m_actionsButton->setEnabled(c && c->connection() == Connection::Ready);
    m_fixesButton->setEnabled(c && c->connection() == Connection::Ready);
}

void MainWindow::setAutoRefresh(int seconds)
{
    if (seconds <= 0)
        m_autoRefreshTimer->stop();
    else
        m_autoRefreshTimer->start(seconds * 1000);
    m_options.settings->setValue(QStringLiteral("window/autoRefreshSeconds"), seconds);
}

void MainWindow::restoreState()
{
    QSettings *s = m_options.settings;
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(s->value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_queuePage->splitter()->restoreState(s->value(QStringLiteral("window/queueSplitter")).toByteArray());
    m_logPage->splitter()->restoreState(s->value(QStringLiteral("window/logSplitter")).toByteArray());
    const int seconds = s->value(QStringLiteral("window/autoRefreshSeconds"), 0).toInt();
    const int index = m_autoRefresh->findData(seconds);
    m_autoRefresh->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::saveState()
{
    QSettings *s = m_options.settings;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s->setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    s->setValue(QStringLiteral("window/queueSplitter"), m_queuePage->splitter()->saveState());
    s->setValue(QStringLiteral("window/logSplitter"), m_logPage->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace Ui
