#include "checkresultmodel.h"

#include "widgets/verdicticon.h"

#include <QTextDocument>

#include <algorithm>

namespace Ui {

using Diagnosis::CheckResult;

CheckResultModel::CheckResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CheckResultModel::~CheckResultModel() = default;

int CheckResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int CheckResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Verdict:
            return Diagnosis::verdictTitle(r.verdict);
        case Check:
            return Diagnosis::checkTitle(r.check);
        case Target:
            return r.target.isEmpty() ? tr("this server") : r.target;
        case Summary:
            return r.summary;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Verdict)
            return VerdictIcon::icon(r.verdict);
        break;
    case Qt::ToolTipRole: {
        // The summary column elides long lines; the tooltip has them whole, inert.
        QString tip = Diagnosis::verdictTitle(r.verdict) + QStringLiteral(": ") + r.summary;
        if (!r.advice.isEmpty())
            tip += u'\n' + tr("What to do: %1").arg(r.advice);
        return Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal);
    }
    case SortRole:
        switch (index.column()) {
        case Verdict:
            return int(r.verdict);
        case Check:
            return int(r.check);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case VerdictRole:
        return int(r.verdict);
    case CheckRole:
        return int(r.check);
    case VerdictKeyRole:
        return Diagnosis::verdictKey(r.verdict);
    default:
        break;
    }
    return {};
}

QVariant CheckResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Verdict:
        return tr("Verdict");
    case Check:
        return tr("Check");
    case Target:
        return tr("Target");
    case Summary:
        return tr("Summary");
    }
    return {};
}

void CheckResultModel::append(const CheckResult &result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    endInsertRows();
}

void CheckResultModel::setResults(const QList<CheckResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void CheckResultModel::clear()
{
    setResults({});
}

const CheckResult &CheckResultModel::result(int row) const
{
    return m_results.at(row);
}

int CheckResultModel::count(Diagnosis::Verdict verdict) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [verdict](const CheckResult &r) { return r.verdict == verdict; }));
}

QString CheckResultModel::detailText(const CheckResult &r)
{
    QString text = Diagnosis::verdictTitle(r.verdict).toUpper() + QStringLiteral(" — ")
        + Diagnosis::checkTitle(r.check);
    if (!r.target.isEmpty())
        text += QStringLiteral(" — ") + r.target;
    text += u'\n';
    if (!r.summary.isEmpty())
        text += r.summary + u'\n';
    if (!r.advice.isEmpty())
        text += u'\n' + tr("What to do") + u'\n' + QStringLiteral("  ") + r.advice + u'\n';
    if (!r.evidence.isEmpty()) {
        text += u'\n' + tr("Evidence (as the server printed it)") + u'\n';
        for (const QString &line : r.evidence)
            text += QStringLiteral("  ") + line + u'\n';
    }
    if (!r.commands.isEmpty()) {
        text += u'\n' + tr("Commands run on the server") + u'\n';
        for (const QString &line : r.commands)
            text += QStringLiteral("  $ ") + line + u'\n';
    }
    return text;
}

} // namespace Ui
