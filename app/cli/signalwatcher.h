#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT/SIGTERM as a Qt signal (self-pipe: the handler only writes one byte). One instance.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
