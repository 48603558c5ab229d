#include "hostkeydialog.h"

#include "dialoganswerer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

HostKeyDialog::HostKeyDialog(const Remote::HostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown host key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(
        tr("Postdesk has never connected to this server before. Compare the fingerprint with the "
           "one your administrator gave you (ssh-keygen -lf on the server) before accepting."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), plainLabel(info.host, this));
    form->addRow(tr("Port:"), plainLabel(QString::number(info.port), this));
    form->addRow(tr("Key type:"), plainLabel(info.keyType, this));
    auto *fingerprint = plainLabel(info.sha256Fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("hostKeyFingerprint"));
    QFont mono = fingerprint->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    fingerprint->setFont(mono);
    form->addRow(tr("Fingerprint:"), fingerprint);
    if (!info.knownHostsFile.isEmpty())
        form->addRow(tr("Saved to:"), plainLabel(info.knownHostsFile, this));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *accept = buttons->addButton(tr("&Accept and connect"), QDialogButtonBox::AcceptRole);
    QPushButton *reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    accept->setObjectName(QStringLiteral("acceptHostKeyButton"));
    reject->setObjectName(QStringLiteral("rejectHostKeyButton"));
    accept->setAutoDefault(false);
    reject->setDefault(true);
    reject->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(520, fingerprint->sizeHint().width() + 160));
}

HostKeyDialog::~HostKeyDialog() = default;

void HostKeyDialog::ask(const Remote::HostKeyInfo &info, QWidget *parent, QObject *context,
                        std::function<void(bool)> done)
{
    DialogAnswerer::countHostKeyQuestion();
    if (const auto answer = DialogAnswerer::takeHostKeyAnswer()) {
        QTimer::singleShot(0, context, [done, accept = *answer] { done(accept); });
        return;
    }
    auto *dialog = new HostKeyDialog(info, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context,
            [done](int result) { done(result == QDialog::Accepted); });
    dialog->open();
}

} // namespace Ui
