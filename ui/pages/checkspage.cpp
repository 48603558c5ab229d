#include "checkspage.h"

#include "checkinput.h"
#include "checks/diagnosticsrunner.h"
#include "checksettings.h"
#include "models/checkresultmodel.h"
#include "remote/serversession.h"
#include "widgets/checkoptionsbox.h"
#include "widgets/checkselector.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

using Diagnosis::CheckId;
using Diagnosis::CheckResult;
using Diagnosis::Verdict;

ChecksPage::ChecksPage(QWidget *parent)
    : QWidget(parent)
    , m_domains(new QLineEdit(this))
    , m_runAll(new QPushButton(tr("Run all"), this))
    , m_runSelected(new QPushButton(tr("Run selected"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copy(new QPushButton(tr("Copy as text"), this))
    , m_inputError(new QLabel(this))
    , m_status(new QLabel(this))
    , m_selector(new CheckSelector(this))
    , m_options(new CheckOptionsBox(this))
    , m_model(new CheckResultModel(this))
    , m_results(new QTreeView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("checksPage"));
    buildLayout();
    connect(m_runAll, &QPushButton::clicked, this, &ChecksPage::runAll);
    connect(m_runSelected, &QPushButton::clicked, this, &ChecksPage::runSelected);
    connect(m_domains, &QLineEdit::returnPressed, this, &ChecksPage::runSelected);
    connect(m_domains, &QLineEdit::textEdited, this, [this] { setInputError({}); });
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, &ChecksPage::copyResults);
    connect(m_selector, &CheckSelector::selectionChanged, this, &ChecksPage::updateButtons);
    connect(m_options, &CheckOptionsBox::edited, this, [this] {
        setInputError({});
        if (m_options->validationError().isEmpty())
            savePreferences();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecksPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksPage::showDetail);
    setServer(nullptr, {}, {});
}

ChecksPage::~ChecksPage()
{
    delete m_runner; // stops its commands without emitting into a half-destroyed page
    m_runner = nullptr;
}

void ChecksPage::buildLayout()
{
    m_domains->setObjectName(QStringLiteral("checkDomains"));
    m_domains->setPlaceholderText(tr("example.com, example.org"));
    m_domains->setToolTip(tr("Destination domains whose mail is stuck, separated by spaces or "
                             "commas. Filled from the queue's most deferred domains."));
    m_domains->setClearButtonEnabled(true);
    m_runAll->setObjectName(QStringLiteral("runChecksButton"));
    m_runAll->setToolTip(tr("Run every check on the server"));
    m_runSelected->setObjectName(QStringLiteral("runSelectedButton"));
    m_runSelected->setToolTip(tr("Run the ticked checks (Enter in the domain field)"));
    m_cancel->setObjectName(QStringLiteral("cancelChecksButton"));
    m_cancel->setToolTip(tr("Stop the checks; their commands on the server are ended"));
    m_copy->setObjectName(QStringLiteral("copyChecksButton"));
    m_copy->setToolTip(tr("Copy every result with its evidence, commands and advice, for a ticket"));
    m_inputError->setObjectName(QStringLiteral("checkInputError"));
    m_inputError->setTextFormat(Qt::PlainText);
    m_inputError->setWordWrap(true);
    m_inputError->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Destination &domains:"), this);
    label->setBuddy(m_domains);
    top->addWidget(label);
    top->addWidget(m_domains, 1);
    for (QPushButton *b : {m_runAll, m_runSelected, m_cancel, m_copy})
        top->addWidget(b);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(m_selector);
    leftLayout->addWidget(m_options);
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("checkSelectorScroll"));
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTextElideMode(Qt::ElideRight);
    const QFontMetrics fm = m_results->fontMetrics();
    const int icon = m_results->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_results->setColumnWidth(CheckResultModel::Verdict, fm.horizontalAdvance(tr("Unknown")) + icon + 28);
    m_results->setColumnWidth(CheckResultModel::Check, fm.horizontalAdvance(tr("STARTTLS and certificate")) + 16);
    m_results->setColumnWidth(CheckResultModel::Target, fm.horizontalAdvance(QStringLiteral("mx1.example.com:25")) + 24);
    m_results->header()->setStretchLastSection(true);

    m_detail->setObjectName(QStringLiteral("checkDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setPlaceholderText(tr("Select a result to see what to do, the evidence and the commands."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_detail->setFont(mono);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("checkResultSplitter"));
    right->addWidget(m_results);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);

    m_splitter->setObjectName(QStringLiteral("checksSplitter"));
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 750});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_inputError);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);
    setInputError({});
}

void ChecksPage::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_options->setPreferences(ChecksSettings(m_settings).load(m_profile));
}

void ChecksPage::setServer(Remote::ServerSession *session, const QUuid &profile, const QString &serverName)
{
    if (m_runner && m_session == session && m_profile == profile)
        return;
    if (m_running) {
        m_stopReason = tr("Canceled: another server was selected");
        cancel();
    }
    remember();
    delete m_runner;
    m_runner = nullptr;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_profile = profile;
    m_serverName = serverName;
    m_options->setPreferences(ChecksSettings(m_settings).load(profile));
    setInputError({});
    recall();
    if (session) {
        createRunner();
        connect(session, &Remote::ServerSession::stateChanged, this, &ChecksPage::onSessionState);
    }
    onSessionState();
}

Remote::ServerSession *ChecksPage::session() const
{
    return m_session;
}

void ChecksPage::forgetServer(const QUuid &profile)
{
    m_memory.remove(profile);
    if (profile == m_profile)
        setServer(nullptr, {}, {});
}

void ChecksPage::createRunner()
{
    m_runner = new Checks::DiagnosticsRunner(m_session, this);
    connect(m_runner, &Checks::DiagnosticsRunner::checkStarted, m_selector,
            [this](CheckId id) { m_selector->setRunning(id); });
    connect(m_runner, &Checks::DiagnosticsRunner::progress, m_selector, &CheckSelector::setRunning);
    connect(m_runner, &Checks::DiagnosticsRunner::resultReady, this, &ChecksPage::onResult);
    connect(m_runner, &Checks::DiagnosticsRunner::checkFinished, this, &ChecksPage::onCheckFinished);
    connect(m_runner, &Checks::DiagnosticsRunner::finished, this, &ChecksPage::onRunFinished);
}

// What the page shows for a server is kept when another is selected, and comes back with it.
void ChecksPage::remember()
{
    if (m_profile.isNull())
        return;
    ServerMemory &m = m_memory[m_profile];
    m.domainsText = m_domains->text();
    m.prefill = m_prefill;
    m.targets = m_targets;
    m.results = m_model->results();
    m.status = m_status->text();
}

void ChecksPage::recall()
{
    const ServerMemory m = m_memory.value(m_profile);
    m_domains->setText(m.domainsText);
    m_prefill = m.prefill;
    m_targets = m.targets;
    m_model->setResults(m.results);
    m_selector->resetStates();
    m_status->setText(m.status);
    updateButtons();
}

void ChecksPage::setQueue(const QList<Postfix::QueuedMessage> &messages)
{
    m_targets = Checks::targetsFromQueue(messages);
    // The queue fills the field until the user types their own domains into it.
    if (m_domains->text().trimmed().isEmpty() || m_domains->text() == m_prefill) {
        m_prefill = m_targets.domains.join(QStringLiteral(", "));
        m_domains->setText(m_prefill);
    }
}

bool ChecksPage::runAll()
{
    const auto all = Diagnosis::allCheckIds();
    return start(QList<CheckId>(all.begin(), all.end()));
}

bool ChecksPage::runSelected()
{
    return start(m_selector->selected());
}

bool ChecksPage::checkDestination(const QString &domain, const QList<CheckId> &checks)
{
    if (!domain.isEmpty())
        m_domains->setText(domain);
    m_selector->setSelected(checks);
    return start(checks);
}

bool ChecksPage::start(const QList<CheckId> &checks)
{
    if (!isConnected() || !m_runner) {
        setInputError(tr("Not connected: connect to the server first, then run the checks."));
        return false;
    }
    if (checks.isEmpty()) {
        setInputError(tr("Tick at least one check, or use Run all."));
        return false;
    }
    const CheckInput::Parsed domains = CheckInput::domains(m_domains->text());
    if (!domains.ok()) {
        setInputError(domains.error);
        m_domains->setFocus();
        return false;
    }
    if (const QString why = m_options->validationError(); !why.isEmpty()) {
        m_options->setExpanded(true);
        setInputError(why + u' ' + tr("Nothing was sent to the server."));
        return false;
    }
    setInputError({});
    savePreferences();
    const CheckPreferences prefs = m_options->preferences();
    Checks::CheckOptions options;
    options.domains = domains.values;
    if (!prefs.dnsblZones.isEmpty())
        options.dnsblZones = prefs.dnsblZones;
    options.egressAddress = prefs.egressAddress;
    options.relay = prefs.relay;
    options.filterEndpoints = m_targets.filterEndpoints;
    options.connectTimeoutSeconds = prefs.connectTimeoutSeconds;
    options.dnsTimeoutSeconds = prefs.dnsTimeoutSeconds;
    options.maxMxHosts = prefs.maxMxHosts;

    m_stopReason.clear();
    m_model->clear();
    m_selector->resetStates();
    m_resultCount.clear();
    m_worst.clear();
    for (CheckId id : checks)
        m_selector->setWaiting(id);
    m_planned = int(checks.size());
    m_finished = 0;
    setRunning(true);
    m_status->setText(tr("Running %n check(s) on %1…", nullptr, m_planned).arg(m_serverName));
    m_runner->start(checks, options);
    return true;
}

void ChecksPage::cancel()
{
    if (m_runner && m_running)
        m_runner->cancel(); // finished(true) comes back at once
}

bool ChecksPage::isRunning() const
{
    return m_running;
}

void ChecksPage::onResult(const CheckResult &result)
{
    const int key = int(result.check);
    const Verdict before = m_worst.value(key, Verdict::Ok);
    m_worst.insert(key, m_resultCount.value(key) ? Diagnosis::worst(before, result.verdict) : result.verdict);
    ++m_resultCount[key];
    m_model->append(result);
    m_copy->setEnabled(true);
}

void ChecksPage::onCheckFinished(CheckId id)
{
    const int key = int(id);
    m_selector->setDone(id, m_resultCount.value(key), m_worst.value(key, Verdict::Unknown));
    ++m_finished;
    if (m_running)
        m_status->setText(tr("Running checks on %1… %2 of %3 done.")
                              .arg(m_serverName)
                              .arg(m_finished)
                              .arg(m_planned));
}

void ChecksPage::onRunFinished(bool canceled)
{
    if (canceled)
        m_selector->cancelUnfinished();
    m_status->setText(finishedText(canceled));
    setRunning(false);
    // Start the reader at the worst finding.
    if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0) {
        int pick = 0;
        for (int row = 1; row < m_model->rowCount(); ++row) {
            if (int(m_model->result(row).verdict) > int(m_model->result(pick).verdict))
                pick = row;
        }
        m_results->setCurrentIndex(m_model->index(pick, 0));
    }
    Q_EMIT runFinished(canceled);
}

QString ChecksPage::finishedText(bool canceled) const
{
    const QString when = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    QStringList parts;
    for (Verdict v : {Verdict::Failed, Verdict::Warning, Verdict::Unknown, Verdict::Ok}) {
        if (const int n = m_model->count(v))
            parts << tr("%1 %2").arg(n).arg(Diagnosis::verdictTitle(v).toLower());
    }
    const QString counts = parts.isEmpty() ? tr("no results") : parts.join(QStringLiteral(", "));
    if (canceled) {
        const QString why = m_stopReason.isEmpty() ? tr("Canceled") : m_stopReason;
        return tr("%1 at %2 (%3 so far).").arg(why, when, counts);
    }
    return tr("Checks on %1 finished at %2: %3.").arg(m_serverName, when, counts);
}

void ChecksPage::onSessionState()
{
    if (m_running && !isConnected()) {
        m_stopReason = tr("Canceled: the connection to the server was lost");
        cancel();
    }
    if (!m_session)
        m_status->setText(tr("Select a server on the left to run checks on it."));
    else if (!isConnected() && !m_running && m_model->rowCount() == 0 && m_stopReason.isEmpty())
        m_status->setText(tr("Connect to the server to run checks on it."));
    updateButtons();
}

bool ChecksPage::isConnected() const
{
    return m_session && m_session->state() == Remote::ServerSession::State::Ready;
}

void ChecksPage::showDetail()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(CheckResultModel::detailText(m_model->result(current.row())));
}

QString ChecksPage::resultsText() const
{
    return Diagnosis::resultsToText(m_model->results(), m_serverName);
}

void ChecksPage::copyResults()
{
    if (m_model->rowCount() == 0)
        return;
    QGuiApplication::clipboard()->setText(resultsText());
    m_status->setText(tr("Copied %n result(s) to the clipboard.", nullptr, m_model->rowCount()));
}

QString ChecksPage::inputError() const
{
    return m_inputError->text();
}

void ChecksPage::setInputError(const QString &text)
{
    m_inputError->setText(text);
    m_inputError->setVisible(!text.isEmpty());
}

void ChecksPage::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    updateButtons();
    Q_EMIT runningChanged(running);
}

void ChecksPage::updateButtons()
{
    const bool canRun = isConnected() && !m_running;
    m_runAll->setEnabled(canRun);
    m_runSelected->setEnabled(canRun && !m_selector->selected().isEmpty());
    m_cancel->setEnabled(m_running);
    m_copy->setEnabled(m_model->rowCount() > 0);
}

void ChecksPage::savePreferences()
{
    ChecksSettings(m_settings).save(m_profile, m_options->preferences());
}

CheckResultModel *ChecksPage::model() const
{
    return m_model;
}

CheckSelector *ChecksPage::selector() const
{
    return m_selector;
}

} // namespace Ui
