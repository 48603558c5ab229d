#include "classifycommand.h"

#include "diagnosis/reasonclassifier.h"
#include "queueformatter.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr qsizetype blockSize = 256 * 1024;
constexpr qsizetype maxLine = 1024 * 1024;
constexpr qsizetype flushAt = 128 * 1024;

} // namespace

ClassifyCommand::ClassifyCommand(bool explain, QObject *parent)
    : ClassifyCommand(explain, false, parent)
{
}

ClassifyCommand::ClassifyCommand(bool explain, bool json, QObject *parent)
    : CliCommand(parent)
    , m_explain(explain)
    , m_json(json)
{
}

ClassifyCommand::~ClassifyCommand() = default;

void ClassifyCommand::start()
{
    if (::fcntl(STDIN_FILENO, F_GETFD) == -1) { // no stdin at all: nothing to classify
        finish(ExitOk);
        return;
    }
    // A notifier on fd 0 works for pipes, terminals and regular files alike (a file is always
    // readable), and keeps the event loop turning between blocks.
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ClassifyCommand::readBlock);
}

void ClassifyCommand::cancel()
{
    finish(ExitOk);
}

void ClassifyCommand::readBlock()
{
    if (m_finished)
        return;
    const qsizetype old = m_pending.size();
    m_pending.resize(old + blockSize);
    ssize_t n;
    do {
        n = ::read(STDIN_FILENO, m_pending.data() + old, std::size_t(blockSize));
    } while (n < 0 && errno == EINTR);
    m_pending.resize(old + (n > 0 ? qsizetype(n) : 0));
    processBuffered(n <= 0);
    if (n <= 0) {
        finish(ExitOk);
        return;
    }
    if (m_out.buffer().size() >= flushAt && !m_out.flush())
        finish(ExitOk); // stdout closed (e.g. piped into head): nothing more to say
}

void ClassifyCommand::processBuffered(bool atEnd)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        if (!m_discarding)
            appendResult(m_out.buffer(), QByteArrayView(m_pending).sliced(start, nl - start), m_explain, m_json);
        m_discarding = false;
        start = nl + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > maxLine) { // over-long line: classify its head now, skip the rest
        if (!m_discarding)
            appendResult(m_out.buffer(), QByteArrayView(m_pending).first(maxLine), m_explain, m_json);
        m_discarding = true;
        m_pending.clear();
    }
    if (atEnd && !m_pending.isEmpty() && !m_discarding) // last line without a line end
        appendResult(m_out.buffer(), m_pending, m_explain, m_json);
    if (atEnd)
        m_pending.clear();
}

void ClassifyCommand::appendResult(QByteArray &out, QByteArrayView line, bool explain, bool json)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line); // invalid UTF-8 → U+FFFD, never an error
    const Diagnosis::ReasonClassifier &classifier = Diagnosis::ReasonClassifier::instance();
    if (!explain && !json) {
        out += Diagnosis::reasonClassKey(classifier.classOf(text)).toLatin1();
        out += '\n';
        return;
    }
    const Diagnosis::Classification c = classifier.classify(text);
    if (json) {
        out += "{\"class\":";
        QueueFormatter::appendJsonString(out, Diagnosis::reasonClassKey(c.cls));
        out += ",\"rule\":";
        QueueFormatter::appendJsonString(out, c.ruleId);
        if (explain) {
            out += ",\"rule_text\":";
            QueueFormatter::appendJsonString(out, c.ruleText);
        }
        out += ",\"reason\":";
        QueueFormatter::appendJsonString(out, c.reason);
        out += "}\n";
        return;
    }
    out += Diagnosis::reasonClassKey(c.cls).toLatin1();
    out += '\t';
    out += c.ruleId.toLatin1();
    out += '\t';
    out += c.ruleText.toUtf8();
    out += '\n';
}

void ClassifyCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_out.flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT done(exitCode, QString()); });
}
