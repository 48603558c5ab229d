#pragma once

#include "actions/queueaction.h"

#include <QString>

#include <optional>

namespace Ui {

// Test seam for the queue actions' questions (the preview dialog, the "Flush a destination" input),
// in the manner of Ui::DialogAnswerer (which the connection dialogs use; this one lives with the
// queue actions so the two slices do not edit one file). When an answer is queued, the next
// question is not shown: QueueActions fills the dialog from the answer and presses the button from
// the event loop, so the dialog's own rules still apply (a wrong typed token leaves the run button
// disabled and the preview is then canceled). Product code never queues answers. GUI thread only.
class PreviewAnswerer final
{
public:
    struct Answer
    {
        enum class Choice { Run, Cancel, Alternative };
        Choice choice = Choice::Run;
        QString typed;                 // typed into the confirmation field (Typed / Server)
        Actions::QueueActionKind alternative = Actions::QueueActionKind::Hold;
    };

    static void setNextAnswer(const Answer &answer); // queued: several answer previews in turn
    static void setNextSiteAnswer(const QString &site); // empty = cancel the input
    static void clear();

    static std::optional<Answer> takeAnswer();
    static std::optional<QString> takeSiteAnswer();

    // How many previews were asked for since clear() (shown or answered), and whether the last
    // answered one had its run button enabled when "pressed".
    static int questions();
    static void countQuestion();
    static bool lastRunWasEnabled();
    static void setLastRunWasEnabled(bool enabled);

private:
    PreviewAnswerer() = delete;
};

} // namespace Ui
