#include "shapeview.h"

#include "heatmapdelegate.h"
#include "models/shapemodel.h"
#include "models/topsendersmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

namespace {
constexpr int kTopSenders = 20;

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
}
} // namespace

ShapeView::ShapeView(QWidget *parent)
    : QWidget(parent)
    , m_shape(new ShapeModel(this))
    , m_senders(new TopSendersModel(this))
    , m_mode(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_matrix(new QTableView(this))
    , m_top(new QTableView(this))
{
    setObjectName(QStringLiteral("shapeView"));
    m_mode->setObjectName(QStringLiteral("shapeMode"));
    m_mode->addItem(tr("By recipient domain"), false);
    m_mode->addItem(tr("By sender domain"), true);
    m_mode->setToolTip(tr("Group the recipients by the domain they are sent to, or by the domain "
                          "of the envelope sender."));
    m_caption->setObjectName(QStringLiteral("shapeCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);

    m_matrix->setObjectName(QStringLiteral("shapeTable"));
    m_matrix->setModel(m_shape);
    setUpTable(m_matrix);
    m_matrix->setItemDelegate(new HeatmapDelegate(ShapeModel::HeatRole, m_matrix));
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->horizontalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().horizontalAdvance(
                                                            QStringLiteral("≥ 21.3 h")) + 10);
    m_matrix->setCursor(Qt::PointingHandCursor);
    connect(m_shape, &QAbstractItemModel::modelReset, this, [this] {
        m_matrix->setColumnWidth(ShapeModel::Domain,
                                 m_matrix->fontMetrics().horizontalAdvance(QStringLiteral("bulk-receiver.example")) + 12);
    });
    connect(m_matrix, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString domain = index.data(ShapeModel::DomainRole).toString();
        if (!domain.isEmpty())
            Q_EMIT domainActivated(domain, bySender());
    });

    m_top->setObjectName(QStringLiteral("topSenders"));
    m_top->setModel(m_senders);
    setUpTable(m_top);
    m_top->setAlternatingRowColors(true);
    m_top->horizontalHeader()->setSectionResizeMode(TopSendersModel::Sender, QHeaderView::Stretch);
    for (int c = TopSendersModel::Messages; c < TopSendersModel::ColumnCount; ++c)
        m_top->setColumnWidth(c, m_top->fontMetrics().horizontalAdvance(QStringLiteral("Messages")) + 10);
    // A narrow pane: who and how much of the queue; recipients and size are in the tooltip.
    m_top->hideColumn(TopSendersModel::Recipients);
    m_top->hideColumn(TopSendersModel::Size);

    auto *topTitle = new QLabel(tr("Top senders (messages in the queue)"), this);
    topTitle->setTextFormat(Qt::PlainText);
    auto *topBox = new QWidget(this);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(topTitle);
    topLayout->addWidget(m_top, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("shapeSplitter"));
    split->addWidget(m_matrix);
    split->addWidget(topBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({820, 260});
    split->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_caption, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ShapeView::recompute);
    clear(tr("No queue loaded."));
}

ShapeView::~ShapeView() = default;

void ShapeView::setMessages(const QList<Postfix::QueuedMessage> &messages, qint64 nowEpoch)
{
    m_messages = messages;
    m_now = nowEpoch;
    recompute();
}

void ShapeView::clear(const QString &why)
{
    m_messages.clear();
    m_shape->setShape({});
    m_senders->setSenders({}, 0);
    m_caption->setText(why);
}

bool ShapeView::bySender() const
{
    return m_mode->currentData().toBool();
}

void ShapeView::setBySender(bool bySender)
{
    m_mode->setCurrentIndex(bySender ? 1 : 0);
}

ShapeModel *ShapeView::shapeModel() const
{
    return m_shape;
}

TopSendersModel *ShapeView::sendersModel() const
{
    return m_senders;
}

void ShapeView::recompute()
{
    if (m_messages.isEmpty()) {
        m_shape->setShape({});
        m_senders->setSenders({}, 0);
        return;
    }
    Postfix::QueueShapeOptions options;
    options.by = bySender() ? Postfix::QueueShapeOptions::By::SenderDomain
                            : Postfix::QueueShapeOptions::By::RecipientDomain;
    options.maxRows = 200; // beyond that a table of domains stops being an overview
    const Postfix::QueueShape shape = Postfix::computeQueueShape(m_messages, m_now, options);
    m_shape->setShape(shape);
    m_senders->setSenders(Postfix::topSenders(m_messages, kTopSenders), m_messages.size());
    m_caption->setText(tr("%n recipient(s) by domain and age (whole queue). Darker = more. "
                          "Double-click a domain to list its messages.",
                          nullptr, int(qMin<qint64>(shape.totals.total, INT_MAX))));
}

} // namespace Ui
