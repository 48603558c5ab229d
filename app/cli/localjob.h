#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <thread>

// Blocking work of a CLI command that reads local files (trail/logstats --file) on its own
// thread, so the main event loop keeps handling SIGINT/SIGTERM. The result is delivered on the
// context object's thread; cancel() sets the flag the work polls; the destructor cancels and
// joins. Header-only: a tiny template shared by the two log commands.
template <typename Result>
class LocalJob
{
public:
    LocalJob() = default;
    LocalJob(const LocalJob &) = delete;
    LocalJob &operator=(const LocalJob &) = delete;
    ~LocalJob()
    {
        cancel();
        join();
    }

    void start(QObject *context, std::function<Result(const std::atomic_bool *cancel)> work,
               std::function<void(const Result &)> done)
    {
        m_worker = std::thread([this, context, work = std::move(work), done = std::move(done)] {
            const Result result = work(&m_cancel);
            QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        });
    }
    void cancel() { m_cancel = true; }
    void join()
    {
        if (m_worker.joinable() && m_worker.get_id() != std::this_thread::get_id())
            m_worker.join();
    }

private:
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
};
