#include "tuningdialog.h"

#include "actions/configchangerunner.h"
#include "configchangedialog.h"
#include "fixes/fixtargets.h"
#include "remote/commandarguments.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

const QStringList &retryNames()
{
    static const QStringList names{QStringLiteral("maximal_queue_lifetime"), QStringLiteral("bounce_queue_lifetime"),
                                   QStringLiteral("minimal_backoff_time"), QStringLiteral("maximal_backoff_time"),
                                   QStringLiteral("queue_run_delay")};
    return names;
}

} // namespace

TuningDialog::TuningDialog(Remote::ServerSession *session, Actions::AuditLog *audit, const QString &serverName,
                           const QList<Postfix::QueuedMessage> &queue, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_audit(audit)
    , m_serverName(serverName)
    , m_reader(new Actions::ConfigChangeRunner(session, audit, this))
    , m_presets(Actions::TuningPresets::retryPresets())
    , m_current(plainLabel(QStringLiteral("tuningCurrent"), this))
    , m_presetList(new QListWidget(this))
    , m_presetDescription(plainLabel(QStringLiteral("retryPresetDescription"), this))
    , m_retryApply(new QPushButton(tr("&Preview and apply…"), this))
    , m_domain(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_rateDelay(new QLineEdit(QStringLiteral("1s"), this))
    , m_throttleProblem(plainLabel(QStringLiteral("throttleProblem"), this))
    , m_throttleApply(new QPushButton(tr("&Throttle…"), this))
    , m_throttleRemove(new QPushButton(tr("&Remove throttle…"), this))
    , m_removeTransport(new QCheckBox(tr("Also remove the slow transport (no other destination is "
                                         "throttled)"), this))
{
    setObjectName(QStringLiteral("tuningDialog"));
    setWindowTitle(tr("Retry and throttling — %1").arg(serverName));
    m_reader->setServerName(serverName);
    auto *layout = new QVBoxLayout(this);

    auto *retry = new QGroupBox(tr("Retry presets"), this);
    auto *retryLayout = new QVBoxLayout(retry);
    m_current->setText(tr("Reading the current values…"));
    retryLayout->addWidget(m_current);
    m_presetList->setObjectName(QStringLiteral("retryPresetList"));
    for (const Actions::RetryPreset &preset : m_presets)
        m_presetList->addItem(preset.title);
    m_presetList->setMaximumHeight(90);
    retryLayout->addWidget(m_presetList);
    retryLayout->addWidget(m_presetDescription);
    m_retryApply->setObjectName(QStringLiteral("retryApplyButton"));
    m_retryApply->setEnabled(false);
    retryLayout->addWidget(m_retryApply, 0, Qt::AlignRight);
    layout->addWidget(retry);

    auto *throttle = new QGroupBox(tr("Throttle a destination"), this);
    auto *form = new QFormLayout(throttle);
    auto *explain = plainLabel(QString(), throttle);
    explain->setText(tr("When a receiving provider limits this server (421/450 4.7.x, \"too many "
                        "connections\"), faster retries make it worse. Postfix's fix: deliver to that "
                        "domain through a dedicated transport with fewer parallel connections and a "
                        "pause between messages."));
    form->addRow(explain);
    m_domain->setObjectName(QStringLiteral("throttleDomain"));
    m_domain->setPlaceholderText(tr("provider.example"));
    m_domain->setText(FixTargets::throttlingTopDomain(queue));
    form->addRow(tr("&Domain:"), m_domain);
    m_concurrency->setObjectName(QStringLiteral("throttleConcurrency"));
    m_concurrency->setRange(1, 20);
    m_concurrency->setValue(2);
    form->addRow(tr("Parallel &connections:"), m_concurrency);
    m_rateDelay->setObjectName(QStringLiteral("throttleRateDelay"));
    m_rateDelay->setToolTip(tr("Pause between two deliveries to this domain, e.g. 1s, 10s, 1m."));
    form->addRow(tr("&Pause between messages:"), m_rateDelay);
    m_throttleProblem->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    form->addRow(m_throttleProblem);
    m_removeTransport->setObjectName(QStringLiteral("throttleRemoveTransport"));
    form->addRow(m_removeTransport);
    auto *throttleButtons = new QHBoxLayout;
    m_throttleApply->setObjectName(QStringLiteral("throttleApplyButton"));
    m_throttleRemove->setObjectName(QStringLiteral("throttleRemoveButton"));
    throttleButtons->addStretch(1);
    throttleButtons->addWidget(m_throttleRemove);
    throttleButtons->addWidget(m_throttleApply);
    form->addRow(throttleButtons);
    layout->addWidget(throttle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reader, &Actions::ConfigChangeRunner::valuesRead, this, &TuningDialog::onValuesRead);
    connect(m_presetList, &QListWidget::currentRowChanged, this, &TuningDialog::showPreset);
    connect(m_retryApply, &QPushButton::clicked, this, &TuningDialog::previewRetry);
    connect(m_domain, &QLineEdit::textChanged, this, &TuningDialog::updateThrottle);
    connect(m_rateDelay, &QLineEdit::textChanged, this, &TuningDialog::updateThrottle);
    connect(m_throttleApply, &QPushButton::clicked, this, [this] { previewThrottle(false); });
    connect(m_throttleRemove, &QPushButton::clicked, this, [this] { previewThrottle(true); });
    if (!m_presets.isEmpty())
        m_presetList->setCurrentRow(0);
    updateThrottle();
    m_reader->readValues(namesToRead());
    resize(640, 620);
}

TuningDialog::~TuningDialog() = default;

ConfigChangeDialog *TuningDialog::changeDialog() const
{
    return m_change;
}

QStringList TuningDialog::namesToRead()
{
    return retryNames()
        + QStringList{QStringLiteral("transport_maps"), QStringLiteral("default_database_type"),
                      QStringLiteral("config_directory")};
}

QString TuningDialog::validateThrottle(const QString &domain, const QString &rateDelay)
{
    const QString d = domain.trimmed();
    if (d.isEmpty())
        return tr("Enter the destination domain to slow down.");
    const Remote::Checked<Remote::Domain> parsed = Remote::Domain::parse(d);
    if (!parsed.ok())
        return tr("\"%1\" is not a valid domain: %2").arg(d, parsed.error);
    static const QRegularExpression delay(QStringLiteral("^(\\d{1,4})([smh]?)$"));
    const QRegularExpressionMatch m = delay.match(rateDelay.trimmed());
    if (!m.hasMatch())
        return tr("Enter the pause as a number with s, m or h, for example 1s or 10s.");
    const int unit = m.captured(2) == u"h" ? 3600 : m.captured(2) == u"m" ? 60 : 1;
    if (m.captured(1).toInt() * unit > 3600)
        return tr("A pause longer than one hour would stall the destination; use at most 1h.");
    return {};
}

void TuningDialog::onValuesRead(const QHash<QString, QString> &values, const QString &error)
{
    if (!error.isEmpty()) {
        m_current->setText(tr("Could not read the current values: %1").arg(error));
        return;
    }
    m_values = values;
    QStringList lines;
    for (const QString &name : retryNames())
        lines << QStringLiteral("%1 = %2").arg(name, values.value(name));
    m_current->setText(tr("Now: %1").arg(lines.join(QStringLiteral(", "))));
    showPreset(m_presetList->currentRow());
}

void TuningDialog::showPreset(int row)
{
    if (row < 0 || row >= m_presets.size()) {
        m_presetDescription->clear();
        m_retryApply->setEnabled(false);
        return;
    }
    const Actions::RetryPreset &preset = m_presets.at(row);
    QStringList lines{preset.description, QString()};
    for (const auto &[name, value] : preset.values) {
        const QString now = m_values.value(name);
        lines << (now.isEmpty() || now == value ? QStringLiteral("%1 = %2").arg(name, value)
                                                : QStringLiteral("%1: %2 → %3").arg(name, now, value));
    }
    m_presetDescription->setText(lines.join(QLatin1Char('\n')));
    m_retryApply->setEnabled(true);
}

void TuningDialog::updateThrottle()
{
    const QString problem = validateThrottle(m_domain->text(), m_rateDelay->text());
    m_throttleProblem->setText(m_domain->text().isEmpty() ? QString() : problem);
    m_throttleApply->setEnabled(problem.isEmpty());
    m_throttleRemove->setEnabled(Remote::Domain::parse(m_domain->text().trimmed()).ok());
}

Actions::TuningPresets::Throttle TuningDialog::throttleInput() const
{
    Actions::TuningPresets::Throttle t;
    t.domain = m_domain->text().trimmed();
    t.concurrency = m_concurrency->value();
    t.rateDelay = m_rateDelay->text().trimmed();
    if (!t.rateDelay.isEmpty() && t.rateDelay.back().isDigit())
        t.rateDelay += QLatin1Char('s');
    return t;
}

ConfigChangeDialog *TuningDialog::openChange(const QString &title)
{
    if (m_change)
        m_change->close();
    auto *dialog = new ConfigChangeDialog(m_session, m_audit, m_serverName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    connect(dialog, &ConfigChangeDialog::applied, this, [this] {
        Q_EMIT applied();
        m_reader->readValues(namesToRead()); // show the new values
    });
    m_change = dialog;
    dialog->open();
    return dialog;
}

void TuningDialog::previewRetry()
{
    const int row = m_presetList->currentRow();
    if (row < 0 || row >= m_presets.size())
        return;
    const Actions::RetryPreset preset = m_presets.at(row);
    openChange(tr("Retry preset: %1").arg(preset.title))->start(Actions::TuningPresets::retryPlan(preset));
}

void TuningDialog::previewThrottle(bool remove)
{
    const Actions::TuningPresets::Throttle input = throttleInput();
    const bool lastDomain = m_removeTransport->isChecked();
    ConfigChangeDialog *dialog = openChange(remove ? tr("Stop throttling %1").arg(input.domain)
                                                   : tr("Throttle %1").arg(input.domain));
    // The plan needs the server's map type, config folder and transport_maps as they are now.
    dialog->start(namesToRead(), [input, remove, lastDomain](const QHash<QString, QString> &values) {
        const QString type = values.value(QStringLiteral("default_database_type"));
        const QString dir = values.value(QStringLiteral("config_directory"));
        const QString maps = values.value(QStringLiteral("transport_maps"));
        return remove ? Actions::TuningPresets::removeThrottlePlan(input.domain, type, dir, maps, lastDomain)
                      : Actions::TuningPresets::throttlePlan(input, type, dir, maps);
    });
}

} // namespace Ui
