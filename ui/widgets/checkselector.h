#pragma once

#include "diagnosis/checkresult.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QLabel;

namespace Ui {

// The eight checks of the Checks page, one block each: a checkbox with the check's title
// (objectName "check_<key>", e.g. "check_smtp_reachability"), its one-line description, and its
// live state (objectName "checkState_<key>"): waiting / running with the latest progress message /
// done with the worst verdict (VerdictIcon + text) / canceled. GUI thread.
class CheckSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSelector)

public:
    enum class State { Idle, Waiting, Running, Done, Canceled };

    explicit CheckSelector(QWidget *parent = nullptr);
    ~CheckSelector() override;

    QList<Diagnosis::CheckId> selected() const; // CheckId order
    void setSelected(const QList<Diagnosis::CheckId> &checks); // exactly these ticked

    void resetStates();                          // all Idle
    void setWaiting(Diagnosis::CheckId id);
    void setRunning(Diagnosis::CheckId id, const QString &message = {});
    // Done: `results` results reported, the worst of them `worst` (ignored when results == 0).
    void setDone(Diagnosis::CheckId id, int results, Diagnosis::Verdict worst);
    void cancelUnfinished();                     // Waiting / Running → Canceled
    State state(Diagnosis::CheckId id) const;
    QString stateText(Diagnosis::CheckId id) const;

Q_SIGNALS:
    void selectionChanged();

private:
    struct Entry
    {
        QCheckBox *box = nullptr;
        QLabel *icon = nullptr;
        QLabel *state = nullptr;
        State value = State::Idle;
    };
    void display(Diagnosis::CheckId id, State state, const QString &text,
              std::optional<Diagnosis::Verdict> verdict = std::nullopt);
    Entry &entry(Diagnosis::CheckId id);
    const Entry &entry(Diagnosis::CheckId id) const;

    std::array<Entry, Diagnosis::checkIdCount> m_entries;
};

} // namespace Ui
