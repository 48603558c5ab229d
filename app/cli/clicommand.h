#pragma once

#include <QObject>

// One postdesk-cli command run against a ready session. start() once; done() exactly once with
// the exit code and, for failures, the one line for stderr. cancel() (SIGINT/SIGTERM) ends the
// remote command; done() follows.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CliCommand() override = default;

    virtual void start() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void done(int exitCode, const QString &message);
};
