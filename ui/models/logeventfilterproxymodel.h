#pragma once

#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace Ui {

class LogEventModel;

// Filters and sorts a LogEventModel for the Log page: status, reason class, recipient domain,
// sender and free text (the whole raw line), all combined with AND; text filters are
// case-insensitive substrings. Sorts by LogEventModel::SortRole. GUI thread only.
class LogEventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogEventFilterProxyModel)

public:
    explicit LogEventFilterProxyModel(QObject *parent = nullptr);
    ~LogEventFilterProxyModel() override;

    void setEventModel(LogEventModel *model);

    void setStatusFilter(int status); // int(Postfix::LogStatus); -1 = any
    void setClassFilter(int cls);     // int(Diagnosis::ReasonClass); -1 = any
    void setDomainFilter(const QString &text);
    void setSenderFilter(const QString &text);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static bool contains(const QStringMatcher &matcher, const QString &text);
    void changed();

    LogEventModel *m_events = nullptr;
    int m_status = -1;
    int m_class = -1;
    QStringMatcher m_domain;
    QStringMatcher m_sender;
    QStringMatcher m_text;
};

} // namespace Ui
