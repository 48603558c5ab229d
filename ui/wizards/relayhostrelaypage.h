#pragma once

#include "actions/relayhostplan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {

// Relayhost wizard, page 1: the relay's host, the port with presets (587 STARTTLS, 465 TLS
// wrapper, 25 without TLS requirement) and "look up MX records" (off: "[host]:port", the usual).
// Fields: relayHost, relayPort, relaySecurity (preset index), relayMxLookup.
class RelayhostRelayPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostRelayPage)

public:
    explicit RelayhostRelayPage(QWidget *parent = nullptr);
    ~RelayhostRelayPage() override;

    bool isComplete() const override;

    // Plain-words problem with a host the user typed; empty when it is a valid host name or IP
    // address.
    static QString validateHost(const QString &host);
    static QString validatePort(int port);
    static Actions::RelayhostInput::Security securityAt(int presetIndex);

private:
    void presetChanged(int index);
    void updateProblem();

    QLineEdit *m_host;
    QComboBox *m_security;
    QSpinBox *m_port;
    QCheckBox *m_mxLookup;
    QLabel *m_problem;
    QLabel *m_preview;
};

} // namespace Ui
