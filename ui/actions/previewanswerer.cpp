#include "previewanswerer.h"

#include <QList>

namespace Ui {

namespace {
struct State
{
    QList<PreviewAnswerer::Answer> answers;
    std::optional<QString> site;
    int questions = 0;
    bool lastRunEnabled = false;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

void PreviewAnswerer::setNextAnswer(const Answer &answer)
{
    state().answers.append(answer);
}

void PreviewAnswerer::setNextSiteAnswer(const QString &site)
{
    state().site = site;
}

void PreviewAnswerer::clear()
{
    state() = State{};
}

std::optional<PreviewAnswerer::Answer> PreviewAnswerer::takeAnswer()
{
    if (state().answers.isEmpty())
        return std::nullopt;
    return state().answers.takeFirst();
}

std::optional<QString> PreviewAnswerer::takeSiteAnswer()
{
    return std::exchange(state().site, std::nullopt);
}

int PreviewAnswerer::questions()
{
    return state().questions;
}

void PreviewAnswerer::countQuestion()
{
    ++state().questions;
}

bool PreviewAnswerer::lastRunWasEnabled()
{
    return state().lastRunEnabled;
}

void PreviewAnswerer::setLastRunWasEnabled(bool enabled)
{
    state().lastRunEnabled = enabled;
}

} // namespace Ui
