#include "configchangeview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // server values, never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit *monospaceView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

ConfigChangeView::ConfigChangeView(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(QStringLiteral("configTitle"), this))
    , m_diffLabel(new QLabel(tr("What will change:"), this))
    , m_diff(monospaceView(QStringLiteral("configDiff"), this))
    , m_notes(plainLabel(QStringLiteral("configNotes"), this))
    , m_steps(monospaceView(QStringLiteral("configSteps"), this))
    , m_outcome(plainLabel(QStringLiteral("configOutcome"), this))
{
    setObjectName(QStringLiteral("configChangeView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addWidget(m_diffLabel);
    m_diff->setMinimumHeight(120);
    layout->addWidget(m_diff, 3);
    layout->addWidget(m_notes);
    m_steps->setMaximumHeight(150);
    m_steps->setPlaceholderText(tr("Nothing has been changed yet."));
    layout->addWidget(m_steps, 1);
    m_outcome->hide();
    layout->addWidget(m_outcome);
}

ConfigChangeView::~ConfigChangeView() = default;

void ConfigChangeView::showReading(const QString &text)
{
    m_title->setText(text);
    m_diff->clear();
    m_notes->clear();
    m_notes->hide();
}

void ConfigChangeView::showPlan(const Actions::ConfigChangePlan &plan)
{
    m_title->setText(plan.title);
    m_diff->setPlainText(plan.isEmpty() ? tr("(nothing to change: the server already has these settings)")
                                        : plan.diffText());
    m_notes->setText(plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!plan.notes.isEmpty());
}

void ConfigChangeView::showError(const QString &error)
{
    setBanner(tr("Nothing was changed: %1").arg(error),
              QStringLiteral("background:#fff4e5;color:#5c3b00;border:1px solid #e0a040;padding:6px;"));
}

void ConfigChangeView::clearSteps()
{
    m_steps->clear();
    m_outcome->hide();
}

void ConfigChangeView::addStep(const QString &text)
{
    m_steps->appendPlainText(text);
}

void ConfigChangeView::setDiffVisible(bool visible)
{
    m_diffLabel->setVisible(visible);
    m_diff->setVisible(visible);
    m_steps->setMaximumHeight(visible ? 150 : QWIDGETSIZE_MAX);
}

void ConfigChangeView::showResult(const Actions::ConfigChangeResult &result, const QString &successText)
{
    // The runner reports its steps live; the result's list is the authoritative one (it also
    // holds the steps of a restore after a failure), so show it when it says more.
    if (result.steps.size() > m_steps->blockCount() || m_steps->toPlainText().isEmpty())
        m_steps->setPlainText(result.steps.join(QLatin1Char('\n')));
    QString text = result.ok() && !successText.isEmpty() ? successText : outcomeHeadline(result);
    if (!result.backupId.isEmpty())
        text += QLatin1Char('\n') + tr("Backup on the server: %1").arg(result.backupId);
    if (!result.checkOutput.trimmed().isEmpty() && !result.ok())
        text += QLatin1Char('\n') + tr("postfix check said: %1").arg(result.checkOutput.trimmed());
    using O = Actions::ConfigChangeResult::Outcome;
    switch (result.outcome) {
    case O::Applied:
        setBanner(text, QStringLiteral("background:#e8f5e9;color:#1b4d20;border:1px solid #66bb6a;padding:6px;"));
        break;
    case O::RolledBack:
    case O::RollbackFailed:
        setBanner(text, QStringLiteral("background:#c62828;color:white;font-weight:bold;padding:8px;"));
        break;
    case O::Failed:
    case O::Canceled:
        setBanner(text, QStringLiteral("background:#fff4e5;color:#5c3b00;border:1px solid #e0a040;padding:6px;"));
        break;
    }
}

QString ConfigChangeView::outcomeHeadline(const Actions::ConfigChangeResult &result)
{
    using O = Actions::ConfigChangeResult::Outcome;
    switch (result.outcome) {
    case O::Applied:
        return tr("Applied, checked, reloaded and verified.");
    case O::RolledBack:
        return tr("THE CHANGE FAILED AND WAS ROLLED BACK. The server runs with its previous "
                  "configuration again. Failing step: %1").arg(result.error);
    case O::RollbackFailed:
        return tr("THE CHANGE FAILED AND RESTORING THE BACKUP FAILED TOO. The server needs an "
                  "administrator now: restore the backup by hand. Error: %1").arg(result.error);
    case O::Failed:
        return tr("Nothing was changed: %1").arg(result.error);
    case O::Canceled:
        return tr("Canceled. Anything already changed was restored from the backup.");
    }
    return {};
}

QString ConfigChangeView::outcomeText() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

QString ConfigChangeView::diffText() const
{
    return m_diff->toPlainText();
}

QString ConfigChangeView::stepsText() const
{
    return m_steps->toPlainText();
}

void ConfigChangeView::setBanner(const QString &text, const QString &style)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(style);
    m_outcome->show();
}

} // namespace Ui
