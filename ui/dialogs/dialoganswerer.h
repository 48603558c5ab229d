#pragma once

#include <QString>

#include <optional>

namespace Ui {

// Test seam for the dialogs that ask the user something during a connection (KeePassXC's
// MessageBox::setNextAnswer idea). When an answer is queued, the next dialog of that kind is not
// shown: the answer is delivered from the event loop as if the user had clicked. Product code
// never queues answers. GUI thread only.
class DialogAnswerer final
{
public:
    struct SecretAnswer
    {
        QString secret;
        bool remember = false;
        bool cancel = false;
    };

    static void setNextHostKeyAnswer(bool accept);
    static void setNextSecretAnswer(const SecretAnswer &answer);
    static void clear();

    // Used by the code that would show the dialog; each call consumes the queued answer.
    static std::optional<bool> takeHostKeyAnswer();
    static std::optional<SecretAnswer> takeSecretAnswer();

    // How many host-key / secret questions were asked since the last clear() (shown or answered).
    static int hostKeyQuestions();
    static int secretQuestions();
    static void countHostKeyQuestion();
    static void countSecretQuestion();

private:
    DialogAnswerer() = delete;
};

} // namespace Ui
