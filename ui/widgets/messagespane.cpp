#include "messagespane.h"

#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "previewpane.h"
#include "queuetableview.h"
#include "services/previewloader.h"
#include "services/trailloader.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

MessagesPane::MessagesPane(QueueFilterProxyModel *proxy, QueueTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_table(new QueueTableView(proxy, model, this))
    , m_empty(new QLabel(this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messagesPane"));
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120); // arrowing through rows must not start a postcat per row
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        loadPreview(false);
        if (m_preview->trailWanted())
            loadTrail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagesPane::onCurrentRowChanged);
    connect(m_preview, &PreviewPane::bodyRequested, this, [this] { loadPreview(true); });
    connect(m_preview, &PreviewPane::trailRequested, this, &MessagesPane::loadTrail);
}

MessagesPane::~MessagesPane() = default;

void MessagesPane::setSession(Remote::ServerSession *session)
{
    delete m_previewLoader;
    m_previewLoader = nullptr;
    delete m_trailLoader;
    m_trailLoader = nullptr;
    m_selectedId.clear();
    m_preview->showPlaceholder(tr("Select a message to see its headers."));
    if (!session)
        return;
    m_previewLoader = new Services::PreviewLoader(session, this);
    connect(m_previewLoader, &Services::PreviewLoader::finished, this,
            [this](const Services::PreviewResult &result) {
                m_preview->showResult(result, m_previewWithBody);
            });
    m_trailLoader = new Services::TrailLoader(session, this);
    connect(m_trailLoader, &Services::TrailLoader::finished, m_preview, &PreviewPane::showTrail);
}

void MessagesPane::showMessage(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void MessagesPane::updateEmptyState(bool loading, const QString &emptyText)
{
    if (m_model->rowCount() > 0) {
        if (m_proxy->rowCount() == 0)
            showMessage(tr("No message matches the filter."));
        else
            m_stack->setCurrentWidget(m_table);
        return;
    }
    showMessage(loading ? tr("Loading the queue…") : emptyText);
}

void MessagesPane::rememberSelection()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_selectedId = current.data(QueueTableModel::QueueIdRole).toString();
}

void MessagesPane::restoreSelection()
{
    if (m_selectedId.isEmpty())
        return;
    const int row = m_model->rowOfQueueId(m_selectedId);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else
        m_preview->showPlaceholder(tr("Message %1 has left the queue.").arg(m_selectedId));
}

void MessagesPane::onCurrentRowChanged()
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

void MessagesPane::loadPreview(bool withBody)
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

void MessagesPane::loadTrail()
{
    if (!m_trailLoader || m_selectedId.isEmpty())
        return;
    m_preview->showTrailLoading(m_selectedId);
    m_trailLoader->load(m_selectedId);
}

} // namespace Ui
