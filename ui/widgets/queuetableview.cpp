#include "queuetableview.h"

#include "models/queuetablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace Ui {

namespace {
// Visual order. Hidden by default, to leave Reason its room: Queue (Next retry says "on hold",
// "in progress", "new" or when the deferred retry is; the queue filter selects by queue),
// Arrival (Age says the same; its tooltip has the time) and Size (matters less for triage than
// why and until when). Reason is last and stretches. All come back through the header menu.
constexpr QueueTableModel::Column kVisualOrder[] = {
    QueueTableModel::Queue,     QueueTableModel::QueueId,    QueueTableModel::Arrival,
    QueueTableModel::Age,       QueueTableModel::Size,       QueueTableModel::Sender,
    QueueTableModel::Recipients, QueueTableModel::Class,     QueueTableModel::NextRetry,
    QueueTableModel::Expires,   QueueTableModel::Flags,      QueueTableModel::Reason,
};
static_assert(std::size(kVisualOrder) == QueueTableModel::ColumnCount);
} // namespace

QueueTableView::QueueTableView(QAbstractItemModel *proxy, QueueTableModel *source, QWidget *parent)
    : QTableView(parent)
    , m_source(source)
{
    setObjectName(QStringLiteral("queueTable"));
    setModel(proxy);
    setSortingEnabled(true);
    sortByColumn(QueueTableModel::Age, Qt::DescendingOrder); // oldest first
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setUpColumns();
}

QueueTableView::~QueueTableView() = default;

void QueueTableView::setUpColumns()
{
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QueueTableModel::Reason, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // Columns with fixed-shape text are as wide as their widest text in this font; the address
    // columns get defaults that leave Reason room in a ~1280 px window. The user's widths win.
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 14; };
    setColumnWidth(QueueTableModel::Queue, fit(QStringLiteral("deferred")));
    setColumnWidth(QueueTableModel::QueueId, fit(QStringLiteral("DDDDDDDDDD")));
    setColumnWidth(QueueTableModel::Arrival, fit(QStringLiteral("2026-12-28 20:58:58")));
    setColumnWidth(QueueTableModel::Age, fit(QStringLiteral("23 h 58 min")));
    setColumnWidth(QueueTableModel::Size, fit(QStringLiteral("888.8 MiB")));
    setColumnWidth(QueueTableModel::Sender, 110);
    setColumnWidth(QueueTableModel::Recipients, 110);
    setColumnWidth(QueueTableModel::Class, fit(QStringLiteral("Network / port")));
    setColumnWidth(QueueTableModel::NextRetry, fit(QStringLiteral("in 4 h 10 min")));
    setColumnWidth(QueueTableModel::Expires, fit(QStringLiteral("28 Nov 20:58")));
    setColumnWidth(QueueTableModel::Flags, fit(QStringLiteral("forced expire")));
    for (int v = 0; v < QueueTableModel::ColumnCount; ++v)
        header->moveSection(header->visualIndex(kVisualOrder[v]), v);
    header->setSectionHidden(QueueTableModel::Queue, true);
    header->setSectionHidden(QueueTableModel::Arrival, true);
    header->setSectionHidden(QueueTableModel::Size, true);
    header->setSectionHidden(QueueTableModel::Flags, true); // until a load has a flagged message
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueTableView::showColumnMenu);
}

void QueueTableView::updateFlagsColumn()
{
    // An always-empty column would take width from Reason: Flags shows only when a message of
    // this load has one (forced expiry is rare). One pass, stopping at the first hit.
    bool anyFlag = false;
    for (int r = 0; r < m_source->rowCount() && !anyFlag; ++r)
        anyFlag = m_source->message(r).forcedExpire;
    horizontalHeader()->setSectionHidden(QueueTableModel::Flags, !anyFlag);
}

void QueueTableView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QueueTableModel::Column c : kVisualOrder) {
        if (c == QueueTableModel::Reason || c == QueueTableModel::Flags)
            continue; // Reason is never hidden; Flags follows the data (updateFlagsColumn)
        QAction *toggle = menu->addAction(m_source->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(c));
        connect(toggle, &QAction::toggled, header,
                [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu->popup(header->mapToGlobal(pos));
}

} // namespace Ui
