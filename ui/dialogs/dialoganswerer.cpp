#include "dialoganswerer.h"

#include <QList>

namespace Ui {

namespace {
struct Answers
{
    QList<bool> hostKey;
    QList<DialogAnswerer::SecretAnswer> secrets;
    int hostKeyQuestions = 0;
    int secretQuestions = 0;
};

Answers &answers()
{
    static Answers a;
    return a;
}
} // namespace

void DialogAnswerer::setNextHostKeyAnswer(bool accept)
{
    answers().hostKey.append(accept);
}

void DialogAnswerer::setNextSecretAnswer(const SecretAnswer &answer)
{
    answers().secrets.append(answer);
}

void DialogAnswerer::clear()
{
    answers() = Answers();
}

std::optional<bool> DialogAnswerer::takeHostKeyAnswer()
{
    if (answers().hostKey.isEmpty())
        return std::nullopt;
    return answers().hostKey.takeFirst();
}

std::optional<DialogAnswerer::SecretAnswer> DialogAnswerer::takeSecretAnswer()
{
    if (answers().secrets.isEmpty())
        return std::nullopt;
    return answers().secrets.takeFirst();
}

int DialogAnswerer::hostKeyQuestions()
{
    return answers().hostKeyQuestions;
}

int DialogAnswerer::secretQuestions()
{
    return answers().secretQuestions;
}

void DialogAnswerer::countHostKeyQuestion()
{
    ++answers().hostKeyQuestions;
}

void DialogAnswerer::countSecretQuestion()
{
    ++answers().secretQuestions;
}

} // namespace Ui
