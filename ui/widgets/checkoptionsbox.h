#pragma once

#include "checksettings.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Ui {

// The "Options" area of the Checks page, folded away behind a toggle (objectName
// "checkOptionsToggle") until wanted: DNSBL zones ("checkDnsblZones", empty = the default public
// lists), egress address override ("checkEgressAddress"), relay override ("checkRelay"),
// per-step connect timeout ("checkConnectTimeout"), DNS timeout ("checkDnsTimeout") and MX hosts
// per domain ("checkMaxMx"). The page loads and saves them per server (ChecksSettings); edits emit
// edited(). validationError() says what is wrong in plain words, empty when all is usable.
class CheckOptionsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckOptionsBox)

public:
    explicit CheckOptionsBox(QWidget *parent = nullptr);
    ~CheckOptionsBox() override;

    void setPreferences(const CheckPreferences &preferences); // does not emit edited()
    CheckPreferences preferences() const;                     // as typed (zones normalised when valid)
    QString validationError() const;

    void setExpanded(bool expanded);
    bool isExpanded() const;

Q_SIGNALS:
    void edited();

private:
    QToolButton *m_toggle;
    QWidget *m_body;
    QLineEdit *m_zones;
    QLineEdit *m_egress;
    QLineEdit *m_relay;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_dnsTimeout;
    QSpinBox *m_maxMx;
    bool m_loading = false;
};

} // namespace Ui
