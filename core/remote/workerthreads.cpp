#include "workerthreads.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorkers, "postdesk.session")

namespace Remote {

namespace {

// Touched from the GUI thread (retire, exit) and from worker threads (finished): guarded.
QMutex mutex;
QList<QThread *> stopping;
bool postRoutineAdded = false;

void forget(QThread *thread)
{
    QMutexLocker lock(&mutex);
    stopping.removeAll(thread);
}

void waitAtExit()
{
    const int left = WorkerThreads::waitForAll(5000);
    if (left > 0)
        qCWarning(lcWorkers) << left << "SSH worker thread(s) did not stop in time at exit";
}

} // namespace

void WorkerThreads::prepare(QThread *thread, QObject *worker)
{
    {
        QMutexLocker lock(&mutex);
        stopping.append(thread);
        if (!std::exchange(postRoutineAdded, true))
            qAddPostRoutine(waitAtExit);
    }
    // finished is emitted in the worker thread: delete the worker there (allowed after the loop
    // ended), and hand the QThread object back to its own thread's event loop for deletion.
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater, Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, thread, [thread] { forget(thread); },
                     Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

void WorkerThreads::quitThread(QThread *thread)
{
    thread->quit();
}

int WorkerThreads::waitForAll(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    QList<QThread *> threads;
    {
        QMutexLocker lock(&mutex);
        threads = stopping;
    }
    int running = 0;
    for (QThread *thread : threads) {
        // Still listed means not finished yet, so not deleted yet either.
        if (!thread->wait(deadline))
            ++running;
    }
    return running;
}

int WorkerThreads::stoppingCount()
{
    QMutexLocker lock(&mutex);
    return int(stopping.size());
}

} // namespace Remote
