#pragma once

#include <QTableView>

namespace Ui {

class CommandLogModel;

// The command log dock's table (objectName "commandLog"): one row per remote command with the
// label, the exact line that ran (stretched: it is what the user checks), status and duration.
// Follows new rows to the bottom. The model is not owned.
class CommandLogView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLogView)

public:
    explicit CommandLogView(CommandLogModel *model, QWidget *parent = nullptr);
    ~CommandLogView() override;
};

} // namespace Ui
