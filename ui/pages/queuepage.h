#pragma once

#include "services/queueloader.h"
#include "services/queuetimesloader.h"

#include <QDateTime>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QMenu;
class QTabWidget;
class QTableView;

namespace Remote {
class ServerSession;
}

namespace Ui {

class ActionBanner;
class ClassSummaryView;
class MessagesPane;
class QueueFilterBar;
class QueueFilterProxyModel;
class QueueTableModel;
class ShapeView;

// The queue of one server: the filter bar (text, queue, class), progress with cancel while
// loading, and three tabs (objectName "queueTabs"):
//   Messages — the sortable table (or an empty-state message instead of a blank table) above the
//              preview pane (postcat headers and the message's log trail);
//   By class — ClassSummaryView ("classSummary"): why mail is stuck, per reason class; clicking a
//              class filters the table to it and shows the Messages tab;
//   Shape    — ShapeView ("shapeView"): domain × age matrix and top senders; double-clicking a
//              domain filters the table to it.
// "Check this destination" (QActions checkRowDestinationAction in the table's context menu,
// checkClassDestinationAction in the By class table's): asks for the diagnostics of the row's
// first deferred recipient's domain / the class's most deferred domain through
// checkDestinationRequested(); enabled only while the session is ready.
// Talks to the server only through the Services loaders (queue, queue times, preview, trail), so
// nothing here waits on the network. The session is not owned; setSession(nullptr) before the
// session goes away. The summary and shape are computed from the loaded snapshot when their tab
// is shown (not for every load nobody looks at).
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
    QTabWidget *tabs() const;

    // What the summary and the shape view do on a click, also for tests and screenshots.
    void filterByClass(std::optional<int> cls);
    void filterByDomain(const QString &domain, bool isSenderDomain);

    // "Check this destination" for a row of the table (a proxy index) or a reason class
    // (int(Diagnosis::ReasonClass), -1 = no reason yet); emit checkDestinationRequested.
    void checkRowDestination(const QModelIndex &proxyIndex);
    void checkClassDestination(int cls);
    // The domain of the first recipient with a delay reason (else the first recipient).
    static QString destinationOf(const Postfix::QueuedMessage &message);

    // For the queue actions (Ui::QueueActions). The table allows extended selection.
    // selectedMessages: the selected rows as listed; filteredMessages: every row the filters let
    // through (all rows when no filter is set); filterDescription: the filters in plain words for
    // the audit record ("" = none); isFiltered: any filter set.
    QList<Postfix::QueuedMessage> selectedMessages() const;
    QList<Postfix::QueuedMessage> filteredMessages() const;
    QString filterDescription() const;
    bool isFiltered() const;
    QTableView *table() const;
    ActionBanner *actionBanner() const; // "actionBanner" above the tabs: action progress / result

Q_SIGNALS:
    void countsChanged();
    void loadingChanged(bool loading);
    void queueTimesLoaded(); // the Next retry / Expires columns were filled for the current load
    // A load ended (ok, failed or canceled), after the page has taken in its result: the model
    // holds the complete listing when snapshot.ok().
    void loadFinished(const Services::QueueSnapshot &snapshot);
    // "Check this destination": `domain` may be empty (the class has no destination, e.g. the
    // content filter); `reasonClass` is int(Diagnosis::ReasonClass) or -1.
    void checkDestinationRequested(const QString &domain, int reasonClass);
    // The table's context menu for a row is being built: add entries to `menu` now (synchronous;
    // the menu is shown right after and deleted when closed). Queue actions use this.
    void contextMenuAboutToShow(QMenu *menu);

private:
    void createLoaders(Remote::ServerSession *session);
    void onBatch(const QList<Postfix::QueuedMessage> &batch);
    void onProgress(qint64 bytes, qint64 messages);
    void onFinished(const Services::QueueSnapshot &snapshot);
    void rebuildSummary();
    void updateEmptyState();
    void updateOverviews(); // summary / shape of the current tab, when stale
    void updateTabTitles();
    void setLoading(bool loading);
    void buildCheckActions();
    void updateCheckActions();
    QList<Postfix::QueuedMessage> messagesOf(const QModelIndexList &proxyRows) const;

    QPointer<Remote::ServerSession> m_session;
    Services::QueueLoader *m_loader = nullptr;
    Services::QueueTimesLoader *m_timesLoader = nullptr;
    QueueTableModel *m_model;
    QueueFilterProxyModel *m_proxy;

    QueueFilterBar *m_filterBar;
    QProgressBar *m_progress;
    QLabel *m_loadStatus;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    MessagesPane *m_messages;
    ClassSummaryView *m_summary;
    ShapeView *m_shape;
    ActionBanner *m_actionBanner;
    QAction *m_checkRow;
    QAction *m_checkClass;
    QPersistentModelIndex m_menuRow; // the row / class the open context menu is about
    int m_menuClass = -1;

    QString m_emptyText;      // why the last load has no rows (or an error), empty = table
    QDateTime m_snapshotTime; // start of the last finished load
    bool m_loading = false;
    bool m_shapeStale = true;
};

} // namespace Ui
