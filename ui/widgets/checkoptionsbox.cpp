#include "checkoptionsbox.h"

#include "checkinput.h"
#include "checks/checkoptions.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

CheckOptionsBox::CheckOptionsBox(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_zones(new QLineEdit(m_body))
    , m_egress(new QLineEdit(m_body))
    , m_relay(new QLineEdit(m_body))
    , m_connectTimeout(new QSpinBox(m_body))
    , m_dnsTimeout(new QSpinBox(m_body))
    , m_maxMx(new QSpinBox(m_body))
{
    setObjectName(QStringLiteral("checkOptions"));
    m_toggle->setObjectName(QStringLiteral("checkOptionsToggle"));
    m_toggle->setText(tr("Options"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("DNSBL zones, egress address, relay and timeouts, kept for this server"));
    connect(m_toggle, &QToolButton::toggled, this, &CheckOptionsBox::setExpanded);

    m_zones->setObjectName(QStringLiteral("checkDnsblZones"));
    m_zones->setPlaceholderText(Checks::CheckOptions::defaultDnsblZones().join(u' '));
    m_zones->setToolTip(tr("DNS blocklist zones to query for the server's outgoing address, "
                           "separated by spaces. Empty: the usual public lists."));
    m_egress->setObjectName(QStringLiteral("checkEgressAddress"));
    m_egress->setPlaceholderText(tr("detect on the server"));
    m_egress->setToolTip(tr("The server's public sending address, when it sits behind NAT and "
                            "cannot find it itself."));
    m_relay->setObjectName(QStringLiteral("checkRelay"));
    m_relay->setPlaceholderText(tr("the server's relayhost"));
    m_relay->setToolTip(tr("A relay to test instead of relayhost, written like relayhost: "
                           "[smtp.example.com]:587"));
    const auto spin = [](QSpinBox *box, const char *name, int low, int high, const QString &suffix) {
        box->setObjectName(QLatin1StringView(name));
        box->setRange(low, high);
        box->setSuffix(suffix);
    };
    spin(m_connectTimeout, "checkConnectTimeout", 1, ChecksSettings::maxTimeoutSeconds, tr(" s"));
    spin(m_dnsTimeout, "checkDnsTimeout", 1, ChecksSettings::maxTimeoutSeconds, tr(" s"));
    spin(m_maxMx, "checkMaxMx", 1, ChecksSettings::maxMxHostsLimit, QString());
    m_connectTimeout->setToolTip(tr("Per connection, greeting and TLS handshake step"));
    m_dnsTimeout->setToolTip(tr("Per DNS query"));
    m_maxMx->setToolTip(tr("How many MX hosts of each domain are connected to"));

    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(8, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("DNSBL zones:"), m_zones);
    form->addRow(tr("Egress address:"), m_egress);
    form->addRow(tr("Relay:"), m_relay);
    form->addRow(tr("Connect timeout:"), m_connectTimeout);
    form->addRow(tr("DNS timeout:"), m_dnsTimeout);
    form->addRow(tr("MX hosts per domain:"), m_maxMx);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);

    for (QLineEdit *edit : {m_zones, m_egress, m_relay})
        connect(edit, &QLineEdit::textEdited, this, &CheckOptionsBox::edited);
    for (QSpinBox *box : {m_connectTimeout, m_dnsTimeout, m_maxMx}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    setPreferences(CheckPreferences{});
    setExpanded(false);
}

CheckOptionsBox::~CheckOptionsBox() = default;

void CheckOptionsBox::setPreferences(const CheckPreferences &p)
{
    m_loading = true;
    m_zones->setText(p.dnsblZones.join(u' '));
    m_egress->setText(p.egressAddress);
    m_relay->setText(p.relay);
    m_connectTimeout->setValue(p.connectTimeoutSeconds);
    m_dnsTimeout->setValue(p.dnsTimeoutSeconds);
    m_maxMx->setValue(p.maxMxHosts);
    m_loading = false;
}

CheckPreferences CheckOptionsBox::preferences() const
{
    CheckPreferences p;
    const CheckInput::Parsed zones = CheckInput::dnsblZones(m_zones->text());
    p.dnsblZones = zones.ok() ? zones.values : m_zones->text().split(u' ', Qt::SkipEmptyParts);
    p.egressAddress = m_egress->text().trimmed();
    p.relay = m_relay->text().trimmed();
    p.connectTimeoutSeconds = m_connectTimeout->value();
    p.dnsTimeoutSeconds = m_dnsTimeout->value();
    p.maxMxHosts = m_maxMx->value();
    return p;
}

QString CheckOptionsBox::validationError() const
{
    const CheckInput::Parsed zones = CheckInput::dnsblZones(m_zones->text());
    if (!zones.ok())
        return zones.error;
    if (QString why = CheckInput::egressAddressError(m_egress->text()); !why.isEmpty())
        return why;
    return CheckInput::relayError(m_relay->text());
}

void CheckOptionsBox::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

bool CheckOptionsBox::isExpanded() const
{
    return m_toggle->isChecked();
}

} // namespace Ui
