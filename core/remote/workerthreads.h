#pragma once

#include <QObject>

class QThread;

namespace Remote {

// Stops the worker threads of SSH transports without blocking the caller (the GUI thread): a
// retired thread runs `close` on its worker, quits its event loop and is deleted once it has
// finished. Only when the application shuts down (QCoreApplication's destructor, through a post
// routine) does anyone wait for threads that are still stopping — bounded, so a worker stuck in
// libssh cannot hang the exit either.
class WorkerThreads
{
public:
    // `worker` lives in `thread`; `close` is invoked in the thread, then the thread quits. The
    // worker is deleted in its thread when it finishes, the thread object afterwards.
    template <typename Close>
    static void retire(QThread *thread, QObject *worker, Close close)
    {
        prepare(thread, worker);
        QMetaObject::invokeMethod(worker, [close, thread] { close(); quitThread(thread); },
                                  Qt::QueuedConnection);
    }

    // Waits up to `msecs` in total for every retired thread; returns how many are still running.
    static int waitForAll(int msecs);
    static int stoppingCount();

private:
    static void prepare(QThread *thread, QObject *worker);
    static void quitThread(QThread *thread);
};

} // namespace Remote
