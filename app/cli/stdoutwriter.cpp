#include "stdoutwriter.h"

#include <cstdio>

namespace {
constexpr qsizetype initialCapacity = 256 * 1024;
}

StdoutWriter::StdoutWriter()
{
    m_out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_buffer.reserve(initialCapacity);
}

StdoutWriter::~StdoutWriter()
{
    flush();
}

bool StdoutWriter::flush()
{
    const char *data = m_buffer.constData();
    qint64 left = m_buffer.size();
    while (left > 0) {
        const qint64 written = m_out.write(data, left);
        if (written <= 0) {
            m_buffer.clear();
            return false;
        }
        data += written;
        left -= written;
    }
    m_buffer.resize(0); // keeps the capacity for the next batch
    return true;
}
