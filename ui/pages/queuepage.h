#pragma once

#include "services/previewloader.h"
#include "services/queueloader.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Remote {
class ServerSession;
}

namespace Ui {

class PreviewPane;
class QueueFilterProxyModel;
class QueueTableModel;

// The queue of one server: filter box, queue-name filter, the sortable table (or an empty-state
// message instead of a blank table), progress with cancel while loading, and the preview pane.
// Talks to the server only through Services::QueueLoader / PreviewLoader, so nothing here waits
// on the network. The session is not owned; setSession(nullptr) before the session goes away.
class QueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    explicit QueuePage(QWidget *parent = nullptr);
    ~QueuePage() override;

    void setSession(Remote::ServerSession *session);
    Remote::ServerSession *session() const;

    void refresh();           // (re)loads the queue; restarts a running load
    void cancel();            // stops a running load (Esc)
    bool isLoading() const;
    void focusFilter();       // Ctrl+F

    // Shown instead of the table: no server, connecting, failed, …
    void showMessage(const QString &text);

    QString countsText() const; // "deferred 40 · active 3 · total 43 — as of 10:42:05"
    QueueTableModel *model() const;
    QueueFilterProxyModel *proxy() const;
    QSplitter *splitter() const;

Q_SIGNALS:
    void countsChanged();
    void loadingChanged(bool loading);

private:
    void onBatch(const QList<Postfix::QueuedMessage> &batch);
    void onProgress(qint64 bytes, qint64 messages);
    void onFinished(const Services::QueueSnapshot &snapshot);
    void onCurrentRowChanged();
    void loadPreview(bool withBody);
    void updateEmptyState();
    void setLoading(bool loading);
    void showColumnMenu(const QPoint &pos);
    void updateFlagsColumn();

    QPointer<Remote::ServerSession> m_session;
    Services::QueueLoader *m_loader = nullptr;
    Services::PreviewLoader *m_previewLoader = nullptr;
    QueueTableModel *m_model;
    QueueFilterProxyModel *m_proxy;

    QLineEdit *m_filter;
    QComboBox *m_queueFilter;
    QProgressBar *m_progress;
    QLabel *m_loadStatus;
    QPushButton *m_cancel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    QTimer *m_filterTimer;
    QTimer *m_previewTimer;

    QString m_emptyText;      // why the last load has no rows (or an error), empty = table
    QString m_selectedId;     // kept across refreshes
    QDateTime m_snapshotTime; // start of the last finished load
    bool m_loading = false;
    bool m_previewWithBody = false;
};

} // namespace Ui
