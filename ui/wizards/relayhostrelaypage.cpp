#include "relayhostrelaypage.h"

#include "remote/commandarguments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Ui {

namespace {

using Security = Actions::RelayhostInput::Security;

struct Preset
{
    Security security;
    int port;
};
constexpr Preset presets[] = {{Security::StartTls, 587}, {Security::Wrapper, 465}, {Security::None, 25}};

} // namespace

RelayhostRelayPage::RelayhostRelayPage(QWidget *parent)
    : QWizardPage(parent)
    , m_host(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_mxLookup(new QCheckBox(tr("Look up the relay's MX records (rarely wanted)"), this))
    , m_problem(new QLabel(this))
    , m_preview(new QLabel(this))
{
    setTitle(tr("Relay"));
    setSubTitle(tr("Postfix will hand all outgoing mail to this relay (smarthost) instead of "
                   "delivering it directly. Your mail provider tells you the host and port."));
    m_host->setObjectName(QStringLiteral("relayHost"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_security->setObjectName(QStringLiteral("relaySecurity"));
    m_security->addItem(tr("587 — STARTTLS (recommended)"));
    m_security->addItem(tr("465 — TLS from the first byte (wrapper mode)"));
    m_security->addItem(tr("25 — no TLS required (not recommended)"));
    m_port->setObjectName(QStringLiteral("relayPort"));
    m_port->setRange(0, 65535); // 0 is shown as a problem rather than silently clamped
    m_port->setValue(587);
    m_mxLookup->setObjectName(QStringLiteral("relayMxLookup"));
    m_mxLookup->setToolTip(tr("Off: Postfix connects to exactly this host ([host]:port). On: it "
                              "looks up the MX records of the name first (host:port)."));
    m_problem->setObjectName(QStringLiteral("relayHostProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    m_problem->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("relayhostPreview"));
    m_preview->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_mxLookup);
    form->addRow(tr("relayhost will be:"), m_preview);
    form->addRow(QString(), m_problem);

    registerField(QStringLiteral("relayHost"), m_host);
    registerField(QStringLiteral("relayPort"), m_port);
    registerField(QStringLiteral("relaySecurity"), m_security);
    registerField(QStringLiteral("relayMxLookup"), m_mxLookup);

    connect(m_security, &QComboBox::currentIndexChanged, this, &RelayhostRelayPage::presetChanged);
    connect(m_host, &QLineEdit::textChanged, this, &RelayhostRelayPage::updateProblem);
    connect(m_port, &QSpinBox::valueChanged, this, &RelayhostRelayPage::updateProblem);
    connect(m_mxLookup, &QCheckBox::toggled, this, &RelayhostRelayPage::updateProblem);
    updateProblem();
}

RelayhostRelayPage::~RelayhostRelayPage() = default;

bool RelayhostRelayPage::isComplete() const
{
    return validateHost(m_host->text()).isEmpty() && validatePort(m_port->value()).isEmpty();
}

QString RelayhostRelayPage::validateHost(const QString &host)
{
    const QString text = host.trimmed();
    if (text.isEmpty())
        return tr("Enter the relay's host name, for example smtp.example.com.");
    if (text.contains(QLatin1Char('[')) || text.contains(QLatin1Char(']')))
        return tr("Enter the host name without brackets; the wizard adds them.");
    if (Remote::IpAddress::parse(text).ok())
        return {};
    if (text.contains(QLatin1Char(':')))
        return tr("Enter the host name without a port; choose the port below.");
    const Remote::Checked<Remote::Domain> domain = Remote::Domain::parse(text);
    if (!domain.ok())
        return tr("\"%1\" is not a valid host name: %2").arg(text, domain.error);
    return {};
}

QString RelayhostRelayPage::validatePort(int port)
{
    if (port < 1 || port > 65535)
        return tr("The port must be between 1 and 65535.");
    return {};
}

Actions::RelayhostInput::Security RelayhostRelayPage::securityAt(int presetIndex)
{
    if (presetIndex < 0 || presetIndex >= int(std::size(presets)))
        return Security::StartTls;
    return presets[presetIndex].security;
}

void RelayhostRelayPage::presetChanged(int index)
{
    if (index >= 0 && index < int(std::size(presets)))
        m_port->setValue(presets[index].port);
    updateProblem();
}

void RelayhostRelayPage::updateProblem()
{
    QString problem = validateHost(m_host->text());
    if (problem.isEmpty())
        problem = validatePort(m_port->value());
    // Quiet while the field is still empty: the placeholder says what to type.
    m_problem->setText(m_host->text().isEmpty() ? QString() : problem);
    if (problem.isEmpty()) {
        Actions::RelayhostInput in;
        in.host = m_host->text().trimmed();
        in.port = m_port->value();
        in.mxLookup = m_mxLookup->isChecked();
        m_preview->setText(Actions::RelayhostPlan::relayhostValue(in));
    } else {
        m_preview->clear();
    }
    Q_EMIT completeChanged();
}

} // namespace Ui
