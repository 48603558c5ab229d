#include "sshcommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

bool sessionDead(ssh_session session)
{
    return !ssh_is_connected(session) || (ssh_get_status(session) & (SSH_CLOSED | SSH_CLOSED_ERROR));
}

} // namespace

SshCommand::SshCommand(quint64 id, const RemoteCommand &command)
    : m_id(id)
    , m_command(command)
{
    m_clock.start();
}

SshCommand::~SshCommand()
{
    abort();
}

void SshCommand::onExitStatus(ssh_session, ssh_channel, int status, void *self)
{
    auto *c = static_cast<SshCommand *>(self);
    c->m_haveExit = true;
    c->m_result.exitCode = status;
}

void SshCommand::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *,
                              const char *, void *self)
{
    auto *c = static_cast<SshCommand *>(self);
    c->m_haveExit = true;
    c->m_exitSignal = QString::fromLatin1(signal ? signal : "?");
}

SshCommand::Step SshCommand::fail(ssh_session session, const QString &what)
{
    if (sessionDead(session))
        return Step::SessionLost;
    m_result.error = what + QStringLiteral(": ") + QString::fromUtf8(ssh_get_error(session));
    return Step::Failed;
}

bool SshCommand::writeStdin()
{
    const QByteArray &data = m_command.stdinData;
    while (m_stdinWritten < data.size()) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            return true;
        const qsizetype chunk = std::min({data.size() - m_stdinWritten, qsizetype(window), qsizetype(32768)});
        const int n = ssh_channel_write(m_channel, data.constData() + m_stdinWritten, uint32_t(chunk));
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        m_stdinWritten += n;
    }
    if (!m_eofSent) {
        if (ssh_channel_send_eof(m_channel) == SSH_ERROR)
            return false;
        m_eofSent = true;
    }
    return true;
}

SshCommand::Step SshCommand::pump(ssh_session session,
                                  const std::function<void(const QByteArray &)> &onStdout)
{
    if (m_stage == Stage::New) {
        m_channel = ssh_channel_new(session);
        if (m_channel == nullptr)
            return fail(session, Tr::tr("could not create a channel"));
        ssh_callbacks_init(&m_callbacks);
        m_callbacks.userdata = this;
        m_callbacks.channel_exit_status_function = &SshCommand::onExitStatus;
        m_callbacks.channel_exit_signal_function = &SshCommand::onExitSignal;
        ssh_set_channel_callbacks(m_channel, &m_callbacks);
        m_stage = Stage::Opening;
    }
    if (m_stage == Stage::Opening) {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return sessionDead(session) ? Step::SessionLost : Step::Running;
        if (rc != SSH_OK)
            return fail(session, Tr::tr("the server refused a new channel"));
        m_stage = Stage::Exec;
    }
    if (m_stage == Stage::Exec) {
        const int rc = ssh_channel_request_exec(m_channel, m_command.shellLine.constData());
        if (rc == SSH_AGAIN)
            return sessionDead(session) ? Step::SessionLost : Step::Running;
        if (rc != SSH_OK)
            return fail(session, Tr::tr("the server refused to run the command"));
        m_stage = Stage::Streaming;
    }
    if (!writeStdin())
        return fail(session, Tr::tr("could not send input"));

    static thread_local QByteArray buffer(256 * 1024, Qt::Uninitialized);
    m_moreBuffered = false;
    for (int stream = 0; stream < 2; ++stream) {
        // Bounded per pump, so one chatty command cannot starve the others or the event loop.
        constexpr int maxRounds = 16;
        int round = 0;
        for (; round < maxRounds && !m_eof[stream]; ++round) {
            const int n = ssh_channel_read_nonblocking(m_channel, buffer.data(), uint32_t(buffer.size()), stream);
            if (n == 0)
                break;
            if (n == SSH_EOF) {
                m_eof[stream] = true;
                break;
            }
            if (n < 0)
                return fail(session, Tr::tr("reading the output failed"));
            m_bytes += n;
            if (m_bytes > m_command.maxOutputBytes)
                return Step::OutputCapped;
            const QByteArray chunk(buffer.constData(), n);
            if (stream == 1) {
                m_result.stdErr += chunk;
            } else {
                if (!m_command.streamOutput || m_command.keepStdout)
                    m_result.stdOut += chunk;
                if (m_command.streamOutput)
                    onStdout(chunk);
            }
        }
        if (round == maxRounds)
            m_moreBuffered = true;
    }
    if (sessionDead(session))
        return Step::SessionLost;
    const bool closed = ssh_channel_is_closed(m_channel) != 0;
    if ((m_eof[0] && m_eof[1] && m_haveExit) || (closed && (m_haveExit || (m_eof[0] && m_eof[1])))) {
        if (!m_exitSignal.isEmpty()) {
            m_result.exitCode = -1;
            m_result.error = Tr::tr("the command was killed by signal %1").arg(m_exitSignal);
        } else if (!m_haveExit) {
            m_result.error = Tr::tr("the command ended without an exit status");
        }
        m_result.elapsedMs = m_clock.elapsed();
        return Step::Done;
    }
    return Step::Running;
}

void SshCommand::abort()
{
    if (m_channel == nullptr)
        return;
    if (m_stage == Stage::Streaming && ssh_channel_is_open(m_channel))
        ssh_channel_request_send_signal(m_channel, "TERM");
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_remove_channel_callbacks(m_channel, &m_callbacks);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

} // namespace Remote
