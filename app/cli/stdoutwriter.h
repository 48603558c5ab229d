#pragma once

#include <QByteArray>
#include <QFile>

// Binary stdout for large listings: callers format straight into buffer() and flush() once per
// batch, so nothing is converted twice and writes happen in blocks, not per line.
class StdoutWriter
{
public:
    StdoutWriter();
    ~StdoutWriter();

    QByteArray &buffer() { return m_buffer; }
    bool flush();       // false when stdout is gone (closed pipe)

private:
    QFile m_out;
    QByteArray m_buffer;
};
