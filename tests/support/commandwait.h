#pragma once

#include "remote/remotecommand.h"

class QSignalSpy;

namespace TestSupport {

// Waits until `spy`, recording a finished(quint64 id, Remote::CommandResult) signal (of a
// Transport or a ServerSession), has seen `id`, and returns that result. Create the spy before
// starting the command. On timeout the result's error says so, which fails any ok() check.
Remote::CommandResult waitForResult(QSignalSpy &spy, quint64 id, int timeoutMs = 10000);

} // namespace TestSupport
