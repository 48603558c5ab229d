#pragma once

#include "services/logstatsloader.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace Remote {
class ServerSession;
}

namespace Ui {

class BarChartWidget;
class LogEventFilterProxyModel;
class LogEventModel;

// The mail log of one server for a time window: window selector (last hour / 24 hours / 7 days /
// custom), Load and Cancel with progress; the delivery and reject events with filters (status,
// reason class, recipient domain, sender, text) and the raw line of the selected event; and the
// statistics of the window: totals, deliveries per hour, top senders with their share (an
// outsized share is highlighted: the compromised-mailbox signature) and top deferred domains.
// Talks to the server only through Services::LogStatsLoader; nothing here waits on the network.
// The session is not owned; setSession(nullptr) before it goes away.
// objectNames: logPage, logWindowCombo, logSinceEdit, logUntilEdit, logLoadButton,
// logCancelButton, logProgress, logStatus, logStatusFilter, logClassFilter, logDomainFilter,
// logSenderFilter, logTextFilter, logTable, logEmptyState, logRawLine, logTotals, logPerHourChart,
// logSenderWarning, logTopSenders, logTopDeferredDomains.
class LogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    enum class Range { LastHour, LastDay, LastWeek, Custom };

    explicit LogPage(QWidget *parent = nullptr);
    ~LogPage() override;

    void setSession(Remote::ServerSession *session);
    Remote::ServerSession *session() const;

    void load();   // the selected window; restarts a running load
    void cancel();
    bool isLoading() const;
    bool hasResult() const; // a load finished (successfully) since the session was set

    void setRange(Range range);
    Services::LogWindow selectedWindow(const QDateTime &nowUtc) const;

    // Shows a finished load. load() ends here; tests may call it with a result of their own.
    void showResult(const Services::LogStatsResult &result);

    LogEventModel *model() const;
    LogEventFilterProxyModel *proxy() const;
    BarChartWidget *perHourChart() const;
    QSplitter *splitter() const;

    // The compromised-mailbox signature: one sender with this share of all accepted mail.
    static bool isOutsizedShare(qint64 count, qint64 total);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void statisticsChanged(const Services::LogStatistics &stats, int utcOffsetSeconds);
    void queueIdActivated(const QString &queueId); // an event was double-clicked

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWindowBar();
    QWidget *buildFilterBar();
    QWidget *buildStatsPanel();
    void applyFilters();
    void setLoading(bool loading);
    void showStatistics(const Services::LogStatsResult &result);
    void showTopSenders(const Services::LogStatistics &stats);
    void showTopDomains(const Services::LogStatistics &stats);
    void showEmptyText(const QString &text); // instead of the table
    void onCurrentRowChanged();

    QPointer<Remote::ServerSession> m_session;
    Services::LogStatsLoader *m_loader = nullptr;
    LogEventModel *m_model;
    LogEventFilterProxyModel *m_proxy;
    bool m_loading = false;
    bool m_hasResult = false;

    QComboBox *m_range;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QPushButton *m_loadButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_statusFilter;
    QComboBox *m_classFilter;
    QLineEdit *m_domainFilter;
    QLineEdit *m_senderFilter;
    QLineEdit *m_textFilter;
    QTimer *m_filterTimer;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QPlainTextEdit *m_raw;
    QLabel *m_totals;
    BarChartWidget *m_perHour;
    QLabel *m_senderWarning;
    QTableWidget *m_topSenders;
    QTableWidget *m_topDomains;
    QSplitter *m_splitter;
};

} // namespace Ui
