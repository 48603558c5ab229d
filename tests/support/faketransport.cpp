#include "faketransport.h"

#include "remote/serverprobe.h"

#include <QFile>
#include <QTimer>

namespace TestSupport {

using namespace Remote;

FakeTransport::Response FakeTransport::Response::fromFile(const QString &relativePath, int exitCode)
{
    const QString path = QStringLiteral(POSTDESK_TEST_DATA "/") + relativePath;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("FakeTransport: fixture %s cannot be read", qPrintable(path));
    Response r;
    r.stdOut = f.readAll();
    r.exitCode = exitCode;
    return r;
}

QByteArray FakeTransport::probeOutput(const ProbeSetup &s)
{
    QByteArray out = "uid=" + QByteArray::number(s.uid) + "\nuser=" + s.user.toUtf8() + '\n';
    for (const QString &tool : ServerProbe::toolNames()) {
        QByteArray path;
        if (s.missingTools.contains(tool))
            path.clear();
        else if (tool == u"sudo")
            path = s.sudo ? "/usr/bin/sudo" : "";
        else if (!tool.startsWith(u"post"))
            path = "/usr/bin/" + tool.toLatin1(); // systemctl, journalctl, find, grep, zgrep, …
        else if (s.postfix)
            path = "/usr/sbin/" + tool.toLatin1();
        out += "bin." + tool.toLatin1() + '=' + path + '\n';
    }
    if (s.postfix) {
        out += "mail_version=" + s.mailVersion.toUtf8() + "\nmyhostname=mx.example.test\nmail_owner="
                + s.mailOwner.toUtf8() + "\nqueue_directory=/var/spool/postfix\n";
    }
    out += "now=1700000000\nutc_offset=+0000\ntz=Etc/UTC\n";
    out += s.sudoNoPassword ? "sudo_nopasswd=1\n" : "sudo_nopasswd=0\n";
    out += "probe_end=1\n";
    return out;
}

FakeTransport::FakeTransport(QObject *parent)
    : Transport(parent)
{
    m_fallback.exitCode = 127;
}

FakeTransport::~FakeTransport() = default;

ServerSession::TransportFactory FakeTransport::factory()
{
    return [this](const ConnectionParams &) -> Transport * {
        if (m_factoryUsed)
            qFatal("FakeTransport::factory(): used twice; make a new FakeTransport per connect");
        m_factoryUsed = true;
        return this;
    };
}

void FakeTransport::on(const QByteArray &shellLine, const Response &response)
{
    m_exact.insert(shellLine, response);
}

void FakeTransport::onMatch(const QRegularExpression &pattern, const Response &response)
{
    m_patterns.append({pattern, response});
}

void FakeTransport::setFallback(const Response &response)
{
    m_fallback = response;
    m_hasFallback = true;
}

void FakeTransport::respondToProbe(const QByteArray &probeOutput)
{
    Response r;
    r.stdOut = probeOutput;
    on(ServerProbe::script(), r);
}

void FakeTransport::setOpenDelay(int ms) { m_openDelayMs = ms; }

void FakeTransport::requireHostKeyApproval(const HostKeyInfo &info) { m_hostKey = info; }

void FakeTransport::requireSecret(SecretKind kind, const QString &expected, int attempts)
{
    m_needSecret = true;
    m_secretKind = kind;
    m_expectedSecret = expected;
    m_secretAttemptsLeft = attempts;
}

void FakeTransport::failOnOpen(const TransportError &error) { m_openFailure = error; }

QList<QByteArray> FakeTransport::shellLines() const
{
    QList<QByteArray> lines;
    for (const Call &c : m_calls)
        lines << c.command.shellLine;
    return lines;
}

const FakeTransport::Response &FakeTransport::responseFor(const QByteArray &shellLine) const
{
    const auto it = m_exact.constFind(shellLine);
    if (it != m_exact.constEnd())
        return *it;
    const QString line = QString::fromUtf8(shellLine);
    for (const auto &[pattern, response] : m_patterns) {
        if (pattern.match(line).hasMatch())
            return response;
    }
    return m_fallback;
}

void FakeTransport::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Opening;
    QTimer::singleShot(m_openDelayMs, this, [this] {
        if (m_state != State::Opening)
            return;
        if (m_openFailure) {
            fail(*m_openFailure);
            return;
        }
        if (m_hostKey) {
            m_state = State::AwaitHostKey;
            Q_EMIT hostKeyNeedsApproval(*m_hostKey);
            return;
        }
        proceedAfterHostKey();
    });
}

void FakeTransport::proceedAfterHostKey()
{
    if (m_needSecret) {
        m_state = State::AwaitSecret;
        ++m_secretPrompts;
        Q_EMIT secretNeeded(m_secretKind, QStringLiteral("fake secret prompt"));
        return;
    }
    becomeOpen();
}

void FakeTransport::becomeOpen()
{
    m_state = State::Open;
    Q_EMIT opened();
    const auto queued = std::exchange(m_queued, {});
    for (const auto &[id, command] : queued)
        start(id, command);
}

void FakeTransport::approveHostKey(bool accept)
{
    if (m_state != State::AwaitHostKey)
        return;
    if (!accept) {
        fail({TransportError::Kind::HostKeyRejected, QStringLiteral("host key rejected"),
              m_hostKey.value_or(HostKeyInfo{}), {}});
        return;
    }
    proceedAfterHostKey();
}

void FakeTransport::provideSecret(SecretKind kind, const QString &secret, bool cancel)
{
    if (m_state != State::AwaitSecret)
        return;
    if (cancel) {
        fail({TransportError::Kind::AuthFailed, QStringLiteral("login canceled")});
        return;
    }
    if (kind == m_secretKind && secret == m_expectedSecret) {
        becomeOpen();
        return;
    }
    if (--m_secretAttemptsLeft <= 0) {
        fail({TransportError::Kind::AuthFailed, QStringLiteral("wrong secret")});
        return;
    }
    ++m_secretPrompts;
    Q_EMIT secretNeeded(m_secretKind, QStringLiteral("wrong, try again"));
}

void FakeTransport::run(quint64 id, const RemoteCommand &command)
{
    if (m_state == State::Closed) {
        CommandResult r;
        r.error = QStringLiteral("not connected");
        Q_EMIT finished(id, r);
        return;
    }
    if (m_state != State::Open) {
        m_queued.append({id, command});
        return;
    }
    start(id, command);
}

void FakeTransport::start(quint64 id, const RemoteCommand &command)
{
    m_calls.append({id, command});
    Running job;
    job.command = command;
    job.response = responseFor(command.shellLine);
    if (&job.response == &m_fallback || (!m_hasFallback && job.response.exitCode == 127
                                          && job.response.stdErr.isEmpty() && job.response.stdOut.isEmpty())) {
        job.response.stdErr = "fake: no response for: " + command.shellLine;
    }
    if (job.response.stdOut.isEmpty() && !job.response.chunks.isEmpty())
        job.response.stdOut = job.response.chunks.join();
    if (!job.response.hang) {
        job.timer = new QTimer(this);
        job.timer->setSingleShot(true);
        connect(job.timer, &QTimer::timeout, this, [this, id] { complete(id); });
        job.timer->start(job.response.delayMs);
    }
    m_running.insert(id, job);
}

void FakeTransport::complete(quint64 id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Running job = *it;
    m_running.erase(it);
    if (job.timer)
        job.timer->deleteLater();
    const Response &resp = job.response;
    if (job.command.streamOutput) {
        const QList<QByteArray> chunks = resp.chunks.isEmpty() ? QList<QByteArray>{resp.stdOut} : resp.chunks;
        for (const QByteArray &chunk : chunks) {
            if (!chunk.isEmpty())
                Q_EMIT output(id, chunk);
        }
    }
    CommandResult r;
    if (!job.command.streamOutput || job.command.keepStdout)
        r.stdOut = resp.stdOut;
    r.stdErr = resp.stdErr;
    r.error = resp.error;
    r.exitCode = resp.error.isEmpty() ? resp.exitCode : -1;
    r.elapsedMs = resp.delayMs;
    if (qint64(resp.stdOut.size() + r.stdErr.size()) > job.command.maxOutputBytes) {
        r.error = QStringLiteral("output exceeded %1 MB").arg(double(job.command.maxOutputBytes) / (1024 * 1024));
        r.exitCode = -1;
    }
    Q_EMIT finished(id, r);
}

void FakeTransport::cancel(quint64 id)
{
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        if (m_queued.at(i).first == id) {
            m_queued.removeAt(i);
            m_canceled << id;
            CommandResult r;
            r.canceled = true;
            Q_EMIT finished(id, r);
            return;
        }
    }
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    delete it->timer;
    m_running.erase(it);
    m_canceled << id;
    CommandResult r;
    r.canceled = true;
    Q_EMIT finished(id, r);
}

void FakeTransport::finishAll(const CommandResult &result)
{
    const auto running = std::exchange(m_running, {});
    for (auto it = running.begin(); it != running.end(); ++it) {
        delete it->timer;
        Q_EMIT finished(it.key(), result);
    }
    const auto queued = std::exchange(m_queued, {});
    for (const auto &entry : queued)
        Q_EMIT finished(entry.first, result);
}

void FakeTransport::fail(const TransportError &error)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    CommandResult r;
    r.error = error.message;
    finishAll(r);
    Q_EMIT failed(error);
    Q_EMIT closed();
}

void FakeTransport::simulateConnectionLost(const QString &message)
{
    fail({TransportError::Kind::ConnectionLost, message});
}

void FakeTransport::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    CommandResult r;
    r.canceled = true;
    finishAll(r);
    Q_EMIT closed();
}

} // namespace TestSupport
