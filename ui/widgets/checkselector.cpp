#include "checkselector.h"

#include "verdicticon.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace Ui {

using Diagnosis::CheckId;

CheckSelector::CheckSelector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checkSelector"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(1);
    layout->setColumnStretch(1, 1);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    int row = 0;
    for (CheckId id : Diagnosis::allCheckIds()) {
        Entry &e = entry(id);
        const QString key = Diagnosis::checkKey(id);
        e.box = new QCheckBox(Diagnosis::checkTitle(id), this);
        e.box->setObjectName(QStringLiteral("check_") + key);
        e.box->setChecked(true);
        QFont bold = e.box->font();
        bold.setBold(true);
        e.box->setFont(bold);
        e.box->setToolTip(Qt::convertFromPlainText(Diagnosis::checkDescription(id)));
        connect(e.box, &QCheckBox::toggled, this, &CheckSelector::selectionChanged);

        auto *description = new QLabel(Diagnosis::checkDescription(id), this);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        description->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4);

        e.icon = new QLabel(this);
        e.icon->setFixedSize(iconSize, iconSize);
        e.state = new QLabel(this);
        e.state->setObjectName(QStringLiteral("checkState_") + key);
        e.state->setTextFormat(Qt::PlainText);
        e.state->setWordWrap(true);

        layout->addWidget(e.box, row, 0, 1, 2);
        layout->addWidget(description, row + 1, 0, 1, 2);
        layout->addWidget(e.icon, row + 2, 0, Qt::AlignRight | Qt::AlignTop);
        layout->addWidget(e.state, row + 2, 1);
        layout->setRowMinimumHeight(row + 3, 8);
        row += 4;
    }
    layout->setRowStretch(row, 1);
    resetStates();
}

CheckSelector::~CheckSelector() = default;

CheckSelector::Entry &CheckSelector::entry(CheckId id)
{
    return m_entries[std::size_t(id)];
}

const CheckSelector::Entry &CheckSelector::entry(CheckId id) const
{
    return m_entries[std::size_t(id)];
}

QList<CheckId> CheckSelector::selected() const
{
    QList<CheckId> ids;
    for (CheckId id : Diagnosis::allCheckIds()) {
        if (entry(id).box->isChecked())
            ids.append(id);
    }
    return ids;
}

void CheckSelector::setSelected(const QList<CheckId> &checks)
{
    for (CheckId id : Diagnosis::allCheckIds())
        entry(id).box->setChecked(checks.contains(id));
}

void CheckSelector::display(CheckId id, State state, const QString &text,
                         std::optional<Diagnosis::Verdict> verdict)
{
    Entry &e = entry(id);
    e.value = state;
    e.state->setText(text);
    e.state->setVisible(state != State::Idle);
    if (verdict)
        e.icon->setPixmap(VerdictIcon::pixmap(*verdict, e.icon->width(), devicePixelRatioF()));
    else
        e.icon->clear();
    e.icon->setVisible(verdict.has_value());
}

void CheckSelector::resetStates()
{
    for (CheckId id : Diagnosis::allCheckIds())
        display(id, State::Idle, QString());
}

void CheckSelector::setWaiting(CheckId id)
{
    display(id, State::Waiting, tr("Waiting…"));
}

void CheckSelector::setRunning(CheckId id, const QString &message)
{
    // The message is the check's own progress line ("Connecting to mx.example.com:25…"): plain
    // text from us, naming values from the server — the label is plain text.
    display(id, State::Running, message.isEmpty() ? tr("Running…") : tr("Running: %1").arg(message));
}

void CheckSelector::setDone(CheckId id, int results, Diagnosis::Verdict worst)
{
    if (results == 0) {
        display(id, State::Done, tr("Done: no result"));
        return;
    }
    display(id, State::Done,
         tr("Done: %1 (%n result(s))", nullptr, results).arg(Diagnosis::verdictTitle(worst)), worst);
}

void CheckSelector::cancelUnfinished()
{
    for (CheckId id : Diagnosis::allCheckIds()) {
        const State s = entry(id).value;
        if (s == State::Waiting || s == State::Running)
            display(id, State::Canceled, tr("Canceled"));
    }
}

CheckSelector::State CheckSelector::state(CheckId id) const
{
    return entry(id).value;
}

QString CheckSelector::stateText(CheckId id) const
{
    return entry(id).state->text();
}

} // namespace Ui
