#pragma once

#include "cliarguments.h"
#include "clicommand.h"
#include "stdoutwriter.h"

#include <QByteArray>

class QSocketNotifier;

// "classify": reads reason texts or whole log lines on stdin and prints one line per input line
// (an empty input line prints "other", so output line N always answers input line N):
//   default    the class key                      network
//   --explain  class<TAB>rule id<TAB>rule text    network<TAB>network-connect<TAB>the connection …
//   json       JSON Lines {"class","rule","reason"} (constructor flag; see the report for wiring)
// Streams: stdin is read in blocks when readable (a notifier, so SIGINT is handled between
// blocks), CRLF is accepted, invalid UTF-8 is decoded lossily, a line longer than 1 MiB is
// classified by its first 1 MiB. Needs no server; exit 0.
class ClassifyCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifyCommand)

public:
    explicit ClassifyCommand(bool explain, QObject *parent = nullptr);
    ClassifyCommand(bool explain, bool json, QObject *parent = nullptr);
    ~ClassifyCommand() override;

    void start() override;
    void cancel() override;

    // One input line (without its line end) → its output line, appended to out. Exposed for tests.
    static void appendResult(QByteArray &out, QByteArrayView line, bool explain, bool json);

private:
    void readBlock();
    void processBuffered(bool atEnd);
    void finish(int exitCode);

    bool m_explain = false;
    bool m_json = false;
    bool m_discarding = false; // inside an over-long line: drop bytes until its end
    bool m_finished = false;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending; // bytes after the last complete line
    StdoutWriter m_out;
};
