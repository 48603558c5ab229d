#include "commandlogview.h"

#include "models/commandlogmodel.h"

#include <QHeaderView>

namespace Ui {

CommandLogView::CommandLogView(CommandLogModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("commandLog"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // the queue ID at the end of a line stays visible
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    const auto fit = [this](const QString &sample) {
        return fontMetrics().horizontalAdvance(sample) + 20;
    };
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    setColumnWidth(CommandLogModel::Started, fit(QStringLiteral("88:88:88")));
    setColumnWidth(CommandLogModel::Server, 130);
    setColumnWidth(CommandLogModel::What, 230);
    setColumnWidth(CommandLogModel::Status, fit(QStringLiteral("connection lost")));
    setColumnWidth(CommandLogModel::Duration, fit(QStringLiteral("888.8 s")));
    header->setSectionResizeMode(CommandLogModel::Command, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scrollToBottom(); });
}

CommandLogView::~CommandLogView() = default;

} // namespace Ui
