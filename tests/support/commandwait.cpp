#include "commandwait.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace TestSupport {

Remote::CommandResult waitForResult(QSignalSpy &spy, quint64 id, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (true) {
        for (const auto &args : std::as_const(spy)) {
            if (args.at(0).toULongLong() == id)
                return args.at(1).value<Remote::CommandResult>();
        }
        if (clock.elapsed() >= timeoutMs)
            break;
        spy.wait(100);
    }
    Remote::CommandResult none;
    none.error = QStringLiteral("test: no finished() for command %1 within %2 ms").arg(id).arg(timeoutMs);
    return none;
}

} // namespace TestSupport
