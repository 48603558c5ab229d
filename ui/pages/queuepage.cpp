#include "queuepage.h"

#include "models/displayformat.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "remote/serversession.h"
#include "widgets/previewpane.h"

#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using Postfix::QueueName;

namespace {
constexpr QueueName kQueueOrder[] = {QueueName::Active, QueueName::Deferred, QueueName::Hold,
                                     QueueName::Incoming, QueueName::Maildrop};

// Default widths for a ~1280 px window; the user's own widths are restored from the header state.
constexpr int kColumnWidths[] = {66, 96, 134, 84, 70, 175, 175, 300, 86};
} // namespace

QueuePage::QueuePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueTableModel(this))
    , m_proxy(new QueueFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_queueFilter(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_loadStatus(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_filterTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("queuePage"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by sender, recipient, domain or reason (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_queueFilter->setObjectName(QStringLiteral("queueFilter"));
    m_queueFilter->addItem(tr("All queues"), -1);
    for (QueueName q : kQueueOrder)
        m_queueFilter->addItem(Postfix::queueNameToString(q), int(q));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0); // total size is unknown while postqueue streams
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_loadStatus->setObjectName(QStringLiteral("loadStatus"));
    m_loadStatus->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_queueFilter);
    bar->addWidget(m_progress);
    bar->addWidget(m_loadStatus);
    bar->addWidget(m_cancel);
    setLoading(false);

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueTableModel::Age, Qt::DescendingOrder); // oldest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed row heights: a view must never measure 100,000 rows.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Reason takes what is left; its full text (all recipients) is in the tooltip.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QueueTableModel::Reason, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Columns with fixed-shape text are as wide as their widest text in this font; the text
    // columns get defaults for a ~1280 px window. The user's own widths win once moved.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [&fm](QStringView sample) { return fm.horizontalAdvance(sample.toString()) + 18; };
    for (int c = 0; c < QueueTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, kColumnWidths[c]);
    m_table->setColumnWidth(QueueTableModel::Queue, fit(u"deferred"));
    m_table->setColumnWidth(QueueTableModel::QueueId, fit(u"DDDDDDDDDD"));
    m_table->setColumnWidth(QueueTableModel::Arrival, fit(u"2026-12-28 20:58:58"));
    m_table->setColumnWidth(QueueTableModel::Age, fit(u"23 h 58 min"));
    m_table->setColumnWidth(QueueTableModel::Size, fit(u"888.8 MiB"));
    m_table->setColumnWidth(QueueTableModel::Flags, fit(u"forced expire"));
    // The reason is what the user reads: it is the last column and takes all the width left.
    // Arrival is hidden by default (Age says the same and its tooltip has the time); the header's
    // context menu shows or hides the other columns. Flags shows only when a message has one.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(QueueTableModel::Flags),
                        header->visualIndex(QueueTableModel::Reason));
    header->setSectionHidden(QueueTableModel::Arrival, true);
    header->setSectionHidden(QueueTableModel::Flags, true); // until a load has a flagged message
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueuePage::showColumnMenu);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont big = m_empty->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_empty->setFont(big);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({420, 260});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setTextFilter(m_filter->text());
        updateEmptyState();
        Q_EMIT countsChanged();
    });
    connect(m_queueFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int q = m_queueFilter->currentData().toInt();
        m_proxy->setQueueFilter(q < 0 ? std::nullopt : std::optional<QueueName>(QueueName(q)));
        updateEmptyState();
        Q_EMIT countsChanged();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QueuePage::cancel);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120); // arrowing through rows must not start a postcat per row
    connect(m_previewTimer, &QTimer::timeout, this, [this] { loadPreview(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePage::onCurrentRowChanged);
    connect(m_preview, &PreviewPane::bodyRequested, this, [this] { loadPreview(true); });

    showMessage(tr("Select a server on the left."));
}

QueuePage::~QueuePage() = default;

void QueuePage::setSession(Remote::ServerSession *session)
{
    if (m_session == session)
        return;
    delete m_loader;
    m_loader = nullptr;
    delete m_previewLoader;
    m_previewLoader = nullptr;
    m_session = session;
    m_model->clear();
    m_selectedId.clear();
    m_snapshotTime = {};
    m_preview->showPlaceholder(tr("Select a message to see its headers."));
    setLoading(false);
    if (!session) {
        Q_EMIT countsChanged();
        return;
    }
    m_loader = new Services::QueueLoader(session, this);
    m_loader->setKeepMessages(false); // the model holds the one copy
    connect(m_loader, &Services::QueueLoader::batchReady, this, &QueuePage::onBatch);
    connect(m_loader, &Services::QueueLoader::progress, this, &QueuePage::onProgress);
    connect(m_loader, &Services::QueueLoader::finished, this, &QueuePage::onFinished);
    m_previewLoader = new Services::PreviewLoader(session, this);
    connect(m_previewLoader, &Services::PreviewLoader::finished, this,
            [this](const Services::PreviewResult &result) {
                m_preview->showResult(result, m_previewWithBody);
            });
    Q_EMIT countsChanged();
}

Remote::ServerSession *QueuePage::session() const
{
    return m_session;
}

void QueuePage::refresh()
{
    if (!m_loader)
        return;
    // QueueLoader::cancel() reports the old load as canceled at once; let that happen before this
    // load's state is set up, so the old finished() cannot end the new load's progress display.
    if (m_loader->isRunning())
        m_loader->cancel();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_selectedId = current.data(QueueTableModel::QueueIdRole).toString();
    m_model->clear();
    m_model->setReferenceTime(QDateTime::currentDateTimeUtc());
    // Sorting 2000-row batches into a 100k-row proxy one by one is quadratic: append unsorted
    // while loading and sort once in onFinished().
    m_proxy->setDynamicSortFilter(false);
    m_emptyText.clear();
    setLoading(true);
    m_loadStatus->setText(tr("Loading…"));
    updateEmptyState();
    m_loader->start();
}

void QueuePage::cancel()
{
    if (m_loader && m_loader->isRunning())
        m_loader->cancel();
}

bool QueuePage::isLoading() const
{
    return m_loading;
}

void QueuePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void QueuePage::showMessage(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void QueuePage::onBatch(const QList<Postfix::QueuedMessage> &batch)
{
    m_model->appendMessages(batch);
    if (m_stack->currentWidget() != m_table)
        updateEmptyState();
    Q_EMIT countsChanged();
}

void QueuePage::onProgress(qint64 bytes, qint64 messages)
{
    m_loadStatus->setText(tr("Loading… %1 messages, %2")
                              .arg(messages)
                              .arg(DisplayFormat::size(bytes)));
}

void QueuePage::onFinished(const Services::QueueSnapshot &snapshot)
{
    m_proxy->setDynamicSortFilter(true); // the one sort of this load
    m_snapshotTime = snapshot.takenAt;
    m_model->setReferenceTime(snapshot.takenAt);
    setLoading(false);

    const bool noPostfix = m_session && m_session->state() == Remote::ServerSession::State::Ready
        && !m_session->capabilities().hasPostfix();
    if (snapshot.canceled) {
        m_emptyText = tr("Loading was canceled. Press F5 to load the queue again.");
        m_loadStatus->setText(m_model->rowCount() ? tr("Canceled: partial listing") : QString());
    } else if (noPostfix) {
        m_emptyText = tr("Postfix is not installed on this server.");
    } else if (!snapshot.error.isEmpty()) {
        m_emptyText = snapshot.mailSystemDown
            ? tr("The mail system is down: Postfix is not running on this server.")
            : snapshot.error;
        m_loadStatus->setText(m_model->rowCount() ? snapshot.error : QString());
    } else if (snapshot.mailSystemDown) {
        m_emptyText = tr("The mail system is down: Postfix is not running on this server.");
        m_loadStatus->setText(tr("mail system is down"));
    } else {
        m_emptyText = tr("Queue is empty.");
        m_loadStatus->setText(snapshot.issues.isEmpty()
                                  ? QString()
                                  : tr("%n line(s) could not be read", nullptr,
                                       int(snapshot.issues.size())));
    }
    m_loadStatus->setVisible(!m_loadStatus->text().isEmpty());
    updateFlagsColumn();
    updateEmptyState();

    if (!m_selectedId.isEmpty()) {
        const int row = m_model->rowOfQueueId(m_selectedId);
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        else
            m_preview->showPlaceholder(tr("Message %1 has left the queue.").arg(m_selectedId));
    }
    Q_EMIT countsChanged();
}

void QueuePage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(QueueTableModel::QueueIdRole).toString();
    if (id == m_preview->queueId() && !m_previewTimer->isActive())
        return;
    m_selectedId = id;
    m_preview->showLoading(id);
    m_previewTimer->start();
}

void QueuePage::loadPreview(bool withBody)
{
    if (!m_previewLoader || m_selectedId.isEmpty())
        return;
    m_previewWithBody = withBody;
    Services::PreviewParts parts = {Services::PreviewPart::Envelope, Services::PreviewPart::Headers};
    if (withBody)
        parts |= Services::PreviewPart::Body;
    if (withBody)
        m_preview->showLoading(m_selectedId);
    m_previewLoader->load(m_selectedId, parts);
}

void QueuePage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        if (m_proxy->rowCount() == 0) {
            m_empty->setText(tr("No message matches the filter."));
            m_stack->setCurrentWidget(m_empty);
        } else {
            m_stack->setCurrentWidget(m_table);
        }
        return;
    }
    m_empty->setText(m_loading ? tr("Loading the queue…") : m_emptyText);
    m_stack->setCurrentWidget(m_empty);
}

void QueuePage::setLoading(bool loading)
{
    const bool changed = loading != m_loading;
    m_loading = loading;
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_loadStatus->show();
    if (changed)
        Q_EMIT loadingChanged(loading);
}

QString QueuePage::countsText() const
{
    if (!m_session || (!m_loading && !m_snapshotTime.isValid()))
        return {};
    QStringList parts;
    for (QueueName q : kQueueOrder) {
        if (const int n = m_model->count(q))
            parts << tr("%1 %2").arg(Postfix::queueNameToString(q)).arg(n);
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!text.isEmpty())
        text += QStringLiteral(" — ");
    text += tr("total %1").arg(m_model->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" (showing %1)").arg(m_proxy->rowCount());
    if (m_loading)
        text += tr(" — loading…");
    else if (m_snapshotTime.isValid())
        text += tr(" — as of %1").arg(m_snapshotTime.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    return text;
}

void QueuePage::updateFlagsColumn()
{
    // An always-empty column would take width from Reason: Flags shows only when a message of
    // this load has one (forced expiry is rare). One pass, stopping at the first hit.
    bool anyFlag = false;
    for (int r = 0; r < m_model->rowCount() && !anyFlag; ++r)
        anyFlag = m_model->message(r).forcedExpire;
    m_table->horizontalHeader()->setSectionHidden(QueueTableModel::Flags, !anyFlag);
}

void QueuePage::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < QueueTableModel::ColumnCount; ++c) {
        if (c == QueueTableModel::Reason || c == QueueTableModel::Flags)
            continue; // Reason is never hidden; Flags follows the data (updateFlagsColumn)
        QAction *toggle = menu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(c));
        connect(toggle, &QAction::toggled, header,
                [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu->popup(header->mapToGlobal(pos));
}

QueueTableModel *QueuePage::model() const
{
    return m_model;
}

QueueFilterProxyModel *QueuePage::proxy() const
{
    return m_proxy;
}

QSplitter *QueuePage::splitter() const
{
    return m_splitter;
}

} // namespace Ui
