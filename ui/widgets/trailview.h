#pragma once

#include "services/trailloader.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Ui {

class TrailModel;

// The "Log trail" tab of the preview: every log line of the selected message (TrailLoader), or a
// plain sentence saying why there is none (loading, no lines, no permission, no log found). The
// exact commands that ran are the status line's tooltip. Log content is shown as plain text only.
// objectName "trailView"; inside: trailStatus (QLabel), trailTable (QTableView).
class TrailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrailView)

public:
    enum class State { Idle, Loading, Lines, NoLines, PermissionDenied, NoLog, Error };
    Q_ENUM(State)

    explicit TrailView(QWidget *parent = nullptr);
    ~TrailView() override;

    void showIdle(const QString &text);
    void showLoading(const QString &queueId);
    void showResult(const Services::TrailResult &result);

    State state() const { return m_state; }
    QString queueId() const { return m_queueId; } // of the result shown or being loaded
    QString statusText() const;
    TrailModel *model() const { return m_model; }

private:
    void setStatus(State state, const QString &text, const QStringList &commands = {});

    TrailModel *m_model;
    QLabel *m_status;
    QTableView *m_table;
    State m_state = State::Idle;
    QString m_queueId;
};

} // namespace Ui
