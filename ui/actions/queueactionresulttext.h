#pragma once

#include "actions/queueaction.h"
#include "widgets/actionbanner.h"

namespace Ui {

// How a finished queue action is shown in the queue page's banner: the tone (Ok only when the
// server reported exactly the expected count) and the "Details…" text — every dropped message
// with its reason, the warnings, the exact command and what the server wrote. Pure functions.
struct QueueActionResultText
{
    static ActionBanner::Tone tone(const Actions::QueueActionResult &result);
    static QString details(const Actions::QueueActionResult &result);
};

} // namespace Ui
