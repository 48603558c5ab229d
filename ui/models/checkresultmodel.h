#pragma once

#include "diagnosis/checkresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

// The results of one diagnostics run (Checks::DiagnosticsRunner::resultReady), in the order they
// arrived, for the Checks page's result view (a QTreeView, objectName "checkResults"). Columns:
// Verdict (VerdictIcon + the verdict's text: never colour alone), Check (its title), Target,
// Summary. Everything in a result is plain text from the server: tooltips go through
// Qt::convertFromPlainText so it can never become markup. GUI thread.
class CheckResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckResultModel)

public:
    enum Column { Verdict, Check, Target, Summary, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // int verdict (worst highest) / check order / lower-cased text
        VerdictRole,                 // int(Diagnosis::Verdict), any column
        CheckRole,                   // int(Diagnosis::CheckId), any column
        VerdictKeyRole,              // "ok" / "warning" / "failed" / "unknown" (tests, scripts)
    };

    explicit CheckResultModel(QObject *parent = nullptr);
    ~CheckResultModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const Diagnosis::CheckResult &result);
    void setResults(const QList<Diagnosis::CheckResult> &results);
    void clear();

    const Diagnosis::CheckResult &result(int row) const;
    const QList<Diagnosis::CheckResult> &results() const { return m_results; }
    int count(Diagnosis::Verdict verdict) const;

    // The detail pane's text for one result: summary, advice, evidence, commands — plain text.
    static QString detailText(const Diagnosis::CheckResult &result);

private:
    QList<Diagnosis::CheckResult> m_results;
};

} // namespace Ui
