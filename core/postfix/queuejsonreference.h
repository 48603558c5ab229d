#pragma once

#include "parseresult.h"
#include "queuedmessage.h"

#include <QByteArrayView>

namespace Postfix {

// The same contract as parseQueueJson(), implemented with QJsonDocument per line. Slower; kept as
// the executable specification that tests compare the hand-written scanner against, and as the
// baseline in bench_queueparse. Issue texts may differ, line numbers and values must not.
Parsed<QueuedMessage> parseQueueJsonReference(QByteArrayView jsonLines);

} // namespace Postfix
