#include "secretdialog.h"

#include "dialoganswerer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

SecretDialog::SecretDialog(const QString &title, const QString &prompt, bool canRemember,
                           QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setTextFormat(Qt::PlainText); // prompts can come from the server
    label->setWordWrap(true);
    layout->addWidget(label);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_secret);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_remember->setEnabled(canRemember);
    if (!canRemember)
        m_remember->setToolTip(tr("No system keychain is available."));
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

SecretDialog::~SecretDialog() = default;

SecretDialog::Answer SecretDialog::answer() const
{
    return {m_secret->text(), m_remember->isChecked(), result() != QDialog::Accepted};
}

void SecretDialog::ask(const QString &title, const QString &prompt, bool canRemember,
                       QWidget *parent, QObject *context, std::function<void(const Answer &)> done)
{
    DialogAnswerer::countSecretQuestion();
    if (const auto queued = DialogAnswerer::takeSecretAnswer()) {
        const Answer a{queued->secret, queued->remember && canRemember, queued->cancel};
        QTimer::singleShot(0, context, [done, a] { done(a); });
        return;
    }
    auto *dialog = new SecretDialog(title, prompt, canRemember, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [done, dialog] { done(dialog->answer()); });
    dialog->open();
}

} // namespace Ui
