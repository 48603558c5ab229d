#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLineEdit;

namespace Ui {

// Asks for one secret (SSH password, key passphrase or sudo password). The secret lives only in
// the line edit and the callback; "remember" means the caller stores it in the system keychain.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    struct Answer
    {
        QString secret;
        bool remember = false;
        bool canceled = true;
    };

    SecretDialog(const QString &title, const QString &prompt, bool canRemember,
                 QWidget *parent = nullptr);
    ~SecretDialog() override;

    Answer answer() const;

    // Opens window-modally (no nested event loop) and calls done() once; or answers from the
    // DialogAnswerer test seam without showing anything.
    static void ask(const QString &title, const QString &prompt, bool canRemember, QWidget *parent,
                    QObject *context, std::function<void(const Answer &)> done);

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
};

} // namespace Ui
