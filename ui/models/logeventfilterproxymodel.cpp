#include "logeventfilterproxymodel.h"

#include "logeventmodel.h"

namespace Ui {

LogEventFilterProxyModel::LogEventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LogEventModel::SortRole);
    for (QStringMatcher *m : {&m_domain, &m_sender, &m_text})
        m->setCaseSensitivity(Qt::CaseInsensitive);
}

LogEventFilterProxyModel::~LogEventFilterProxyModel() = default;

void LogEventFilterProxyModel::setEventModel(LogEventModel *model)
{
    m_events = model;
    setSourceModel(model);
}

void LogEventFilterProxyModel::changed()
{
    // Qt 6.4 has no begin/endFilterChange(); invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

void LogEventFilterProxyModel::setStatusFilter(int status)
{
    if (status != m_status) {
        m_status = status;
        changed();
    }
}

void LogEventFilterProxyModel::setClassFilter(int cls)
{
    if (cls != m_class) {
        m_class = cls;
        changed();
    }
}

void LogEventFilterProxyModel::setDomainFilter(const QString &text)
{
    if (text.trimmed() != m_domain.pattern()) {
        m_domain.setPattern(text.trimmed());
        changed();
    }
}

void LogEventFilterProxyModel::setSenderFilter(const QString &text)
{
    if (text.trimmed() != m_sender.pattern()) {
        m_sender.setPattern(text.trimmed());
        changed();
    }
}

void LogEventFilterProxyModel::setTextFilter(const QString &text)
{
    if (text.trimmed() != m_text.pattern()) {
        m_text.setPattern(text.trimmed());
        changed();
    }
}

bool LogEventFilterProxyModel::contains(const QStringMatcher &matcher, const QString &text)
{
    return matcher.pattern().isEmpty() || matcher.indexIn(text) >= 0;
}

bool LogEventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_events)
        return true;
    const Postfix::LogEvent &e = m_events->event(sourceRow);
    if (m_status >= 0 && int(e.status) != m_status)
        return false;
    if (m_class >= 0 && m_events->reasonClass(sourceRow) != m_class)
        return false;
    if (!m_domain.pattern().isEmpty()) {
        const qsizetype at = e.to.lastIndexOf(u'@');
        if (at < 0 || !contains(m_domain, e.to.mid(at + 1)))
            return false;
    }
    if (!contains(m_sender, e.from))
        return false;
    if (m_text.pattern().isEmpty())
        return true;
    if (!e.rawLine.isEmpty())
        return contains(m_text, e.rawLine);
    return contains(m_text, e.queueId) || contains(m_text, e.from) || contains(m_text, e.to)
        || contains(m_text, e.relay) || contains(m_text, e.reason);
}

} // namespace Ui
