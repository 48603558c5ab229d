#include "classsummaryview.h"

#include "models/classsummarymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

ClassSummaryView::ClassSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClassSummaryModel(this))
    , m_caption(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("classSummary"));
    m_caption->setObjectName(QStringLiteral("classSummaryCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("classSummaryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(ClassSummaryModel::Class, fm.horizontalAdvance(QStringLiteral("Recipient unknown----")));
    m_table->setColumnWidth(ClassSummaryModel::Messages, fm.horizontalAdvance(QStringLiteral("Messages----")));
    m_table->setColumnWidth(ClassSummaryModel::Share, fm.horizontalAdvance(QStringLiteral("100 %----")));
    m_table->setColumnWidth(ClassSummaryModel::Example, 320);
    m_table->setCursor(Qt::PointingHandCursor);
    // Few rows (at most one per class): fitting their heights to the wrapped text is cheap.
    // Queued: the stretched last section gets its width only in the next layout pass.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClassSummaryView::fitRows,
            Qt::QueuedConnection);
    connect(header, &QHeaderView::sectionResized, this, &ClassSummaryView::fitRows,
            Qt::QueuedConnection);
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT classActivated(index.data(ClassSummaryModel::ClassRole).toInt());
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT classActivated(index.data(ClassSummaryModel::ClassRole).toInt());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    clear(tr("No queue loaded."));
}

ClassSummaryView::~ClassSummaryView() = default;

void ClassSummaryView::rebuild(QueueTableModel &queue, const QDateTime &snapshotTime)
{
    m_model->rebuild(queue);
    const QString when = snapshotTime.isValid()
        ? snapshotTime.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
    if (m_model->totalMessages() == 0)
        m_caption->setText(tr("The queue is empty."));
    else
        m_caption->setText(tr("Why %n message(s) are stuck, by the class of their reason (whole "
                              "queue as of %1). Click a class to list its messages.",
                              nullptr, m_model->totalMessages())
                               .arg(when));
}

void ClassSummaryView::clear(const QString &why)
{
    m_model->clear();
    m_caption->setText(why);
}

ClassSummaryModel *ClassSummaryView::model() const
{
    return m_model;
}

QTableView *ClassSummaryView::table() const
{
    return m_table;
}

void ClassSummaryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QMetaObject::invokeMethod(this, &ClassSummaryView::fitRows, Qt::QueuedConnection);
}

void ClassSummaryView::fitRows()
{
    m_table->resizeRowsToContents();
}

} // namespace Ui
