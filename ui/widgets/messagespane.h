#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Remote {
class ServerSession;
}
namespace Services {
class PreviewLoader;
class TrailLoader;
} // namespace Services

namespace Ui {

class PreviewPane;
class QueueFilterProxyModel;
class QueueTableModel;
class QueueTableView;

// The "Messages" tab of the queue page: the table (or an empty-state sentence instead of a blank
// table, objectName "emptyState") above the preview pane (splitter "queueSplitter"). Owns the
// per-message loaders: selecting a row loads its postcat preview and, while the Log trail tab is
// shown, its trail — debounced, so arrowing through rows does not start a command per row.
// The selected queue ID survives reloads (rememberSelection / restoreSelection).
class MessagesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesPane)

public:
    MessagesPane(QueueFilterProxyModel *proxy, QueueTableModel *model, QWidget *parent = nullptr);
    ~MessagesPane() override;

    void setSession(Remote::ServerSession *session); // nullptr: drop the loaders

    void showMessage(const QString &text);          // the empty state, whatever the rows
    void updateEmptyState(bool loading, const QString &emptyText);
    void rememberSelection();                       // before a reload
    void restoreSelection();                        // after it finished

    QueueTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    PreviewPane *preview() const { return m_preview; }

private:
    void onCurrentRowChanged();
    void loadPreview(bool withBody);
    void loadTrail();

    QueueFilterProxyModel *m_proxy;
    QueueTableModel *m_model;
    QStackedWidget *m_stack;
    QueueTableView *m_table;
    QLabel *m_empty;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    QTimer *m_previewTimer;
    Services::PreviewLoader *m_previewLoader = nullptr;
    Services::TrailLoader *m_trailLoader = nullptr;
    QString m_selectedId;
    bool m_previewWithBody = false;
};

} // namespace Ui
