#pragma once

#include <QByteArray>
#include <QFile>

// Buffered binary stdout for large listings: callers append to buffer() and call
// maybeFlush(); nothing is converted twice and the write happens in big blocks.
class StdoutWriter
{
public:
    StdoutWriter();
    ~StdoutWriter();

    QByteArray &buffer() { return m_buffer; }
    void maybeFlush();  // writes once the buffer holds a few hundred KB
    bool flush();       // false when stdout is gone (closed pipe)

private:
    QFile m_out;
    QByteArray m_buffer;
};
