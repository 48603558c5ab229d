#include "alertthresholdseditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {
QWidget *pairRow(QSpinBox *warn, QSpinBox *crit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(new QLabel(AlertThresholdsEditor::tr("warning at"), row));
    h->addWidget(warn, 1);
    h->addWidget(new QLabel(AlertThresholdsEditor::tr("critical at"), row));
    h->addWidget(crit, 1);
    return row;
}
} // namespace

AlertThresholdsEditor::AlertThresholdsEditor(const Fleet::AlertThresholds &t, QWidget *parent)
    : QWidget(parent)
    , m_base(t)
    , m_toggle(new QToolButton(this))
    , m_section(new QWidget(this))
{
    m_deferred = {spin("alertDeferredWarnSpin", 10'000'000, {}), spin("alertDeferredCritSpin", 10'000'000, {}),
                  tr("deferred messages")};
    m_growth = {spin("alertGrowthWarnSpin", 10'000'000, {}), spin("alertGrowthCritSpin", 10'000'000, {}),
                tr("growth")};
    m_window = spin("alertGrowthWindowSpin", 24 * 60, tr(" min"));
    m_window->setMinimum(1);
    m_oldest = {spin("alertOldestWarnSpin", 24 * 365, tr(" h")), spin("alertOldestCritSpin", 24 * 365, tr(" h")),
                tr("oldest message")};
    m_sender = {spin("alertSenderWarnSpin", 100, tr(" %")), spin("alertSenderCritSpin", 100, tr(" %")),
                tr("one sender's share")};
    m_senderMinimum = spin("alertSenderMinimumSpin", 10'000'000, tr(" messages"));

    m_deferred.warn->setValue(int(t.deferred.warn));
    m_deferred.crit->setValue(int(t.deferred.crit));
    m_growth.warn->setValue(int(t.growth.warn));
    m_growth.crit->setValue(int(t.growth.crit));
    m_window->setValue(t.growthWindowMinutes);
    m_oldest.warn->setValue(int(t.oldestAgeHours.warn));
    m_oldest.crit->setValue(int(t.oldestAgeHours.crit));
    m_sender.warn->setValue(int(t.topSenderPercent.warn));
    m_sender.crit->setValue(int(t.topSenderPercent.crit));
    m_senderMinimum->setValue(t.topSenderMinimumMessages);

    m_toggle->setObjectName(QStringLiteral("alertsToggle"));
    m_toggle->setText(tr("Alerts"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolTip(tr("When the dashboard warns about this server (0 = off)"));
    m_section->setObjectName(QStringLiteral("alertsSection"));
    auto *form = new QFormLayout(m_section);
    form->setContentsMargins(16, 0, 0, 0);
    form->addRow(tr("Deferred messages:"), pairRow(m_deferred.warn, m_deferred.crit, m_section));
    form->addRow(tr("Queue growth:"), pairRow(m_growth.warn, m_growth.crit, m_section));
    form->addRow(tr("… within:"), m_window);
    form->addRow(tr("Oldest message:"), pairRow(m_oldest.warn, m_oldest.crit, m_section));
    form->addRow(tr("One sender's share:"), pairRow(m_sender.warn, m_sender.crit, m_section));
    form->addRow(tr("… when the queue holds at least:"), m_senderMinimum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_section);
    connect(m_toggle, &QToolButton::toggled, this, &AlertThresholdsEditor::setExpanded);
    setExpanded(false);
}

AlertThresholdsEditor::~AlertThresholdsEditor() = default;

QSpinBox *AlertThresholdsEditor::spin(const char *objectName, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QLatin1StringView(objectName));
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setSpecialValueText(tr("off"));
    box->setGroupSeparatorShown(true);
    return box;
}

void AlertThresholdsEditor::setExpanded(bool expanded)
{
    const QSignalBlocker block(m_toggle);
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_section->setVisible(expanded);
}

bool AlertThresholdsEditor::isExpanded() const
{
    return m_toggle->isChecked();
}

Fleet::AlertThresholds AlertThresholdsEditor::thresholds() const
{
    Fleet::AlertThresholds t = m_base;
    t.deferred = {m_deferred.warn->value(), m_deferred.crit->value()};
    t.growth = {m_growth.warn->value(), m_growth.crit->value()};
    t.growthWindowMinutes = m_window->value();
    t.oldestAgeHours = {m_oldest.warn->value(), m_oldest.crit->value()};
    t.topSenderPercent = {m_sender.warn->value(), m_sender.crit->value()};
    t.topSenderMinimumMessages = m_senderMinimum->value();
    return t;
}

QString AlertThresholdsEditor::problem() const
{
    for (const Pair *p : {&m_deferred, &m_growth, &m_oldest, &m_sender}) {
        if (p->warn->value() > 0 && p->crit->value() > 0 && p->warn->value() >= p->crit->value())
            return tr("Alerts: the warning level of %1 must be below its critical level.").arg(p->what);
    }
    return {};
}

} // namespace Ui
