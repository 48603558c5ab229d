#pragma once

#include "remote/serversession.h"
#include "remote/transport.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

class QTimer;

namespace TestSupport {

// A scripted Remote::Transport for unit tests of anything that runs commands (services, models,
// the CLI, ServerSession itself). No threads, no network: everything happens on the test's event
// loop, so use QSignalSpy::wait / QTRY_* to let it progress.
//
//     auto *fake = new TestSupport::FakeTransport;               // the session will own it
//     fake->respondToProbe(TestSupport::FakeTransport::probeOutput({.uid = 0}));
//     fake->on("/usr/sbin/postqueue -j",
//              TestSupport::FakeTransport::Response::fromFile(u"postqueue-json/postdesk__edge-cases.jsonl"_s));
//     fake->onMatch(QRegularExpression(u"postcat -qh? "_s), {.stdErr = "postcat: fatal: …", .exitCode = 1});
//     Remote::ServerSession session(params, nullptr, fake->factory());
//     session.connectToServer();                                  // opened → probe → ready()
//     …
//     QCOMPARE(fake->calls().last().command.shellLine, "/usr/sbin/postqueue -j");
//
// Matching: an exact shell line wins over regexes; regexes are tried in the order added
// (QRegularExpression::match, so anchor them yourself). An unmatched line finishes with exit 127
// and stderr "fake: no response for: LINE" unless setFallback() says otherwise.
// Connection behaviour is chosen before open(): immediate (default), host key question, secret
// prompt, or failure. While open, simulateConnectionLost() behaves like a dropped SSH link.
class FakeTransport final : public Remote::Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTransport)

public:
    struct Response
    {
        QByteArray stdOut;            // whole stdout (also what streamed chunks add up to)
        QByteArray stdErr;
        int exitCode = 0;
        int delayMs = 0;              // time until finished() (and until the first chunk)
        QList<QByteArray> chunks;     // when set and streamOutput: emitted as output() one by one;
                                      // stdOut defaults to their concatenation
        QString error;                // transport-level error instead of an exit code
        bool hang = false;            // never finishes by itself (for cancel / timeout / loss tests)

        // stdout from POSTDESK_TEST_DATA/relativePath (QFAILs loudly through qFatal when missing)
        static Response fromFile(const QString &relativePath, int exitCode = 0);
    };

    struct Call
    {
        quint64 id = 0;
        Remote::RemoteCommand command; // exactly what the transport got, stdinData included
    };

    // KEY=VALUE output of the ServerSession probe, for respondToProbe().
    struct ProbeSetup
    {
        int uid = 0;
        QString user = QStringLiteral("root");
        bool postfix = true;
        QString mailVersion = QStringLiteral("3.7.11");
        QString mailOwner = QStringLiteral("postfix");
        bool sudoNoPassword = false;
        bool sudo = true;
        QStringList missingTools; // probed as absent ("dig", "nc", …): diagnostics fall back
    };
    static QByteArray probeOutput(const ProbeSetup &setup);

    explicit FakeTransport(QObject *parent = nullptr);
    ~FakeTransport() override;

    // A factory for ServerSession that hands out this object once (the session then owns it).
    Remote::ServerSession::TransportFactory factory();

    // --- canned answers
    void on(const QByteArray &shellLine, const Response &response);
    void onMatch(const QRegularExpression &pattern, const Response &response);
    void setFallback(const Response &response);
    void respondToProbe(const QByteArray &probeOutput); // answers Remote::ServerProbe::script()

    // --- connection behaviour (set before open())
    void setOpenDelay(int ms);
    void requireHostKeyApproval(const Remote::HostKeyInfo &info); // reject → HostKeyRejected
    // Emits secretNeeded(kind) until provideSecret() gives `expected`; after `attempts` wrong
    // answers (or a cancel) → failed(AuthFailed).
    void requireSecret(Remote::Transport::SecretKind kind, const QString &expected, int attempts = 3);
    void failOnOpen(const Remote::TransportError &error);

    // --- while open
    // Every running/queued command finishes with error "connection to fake lost", then
    // failed(ConnectionLost), then closed().
    void simulateConnectionLost(const QString &message = QStringLiteral("connection to fake lost"));

    // --- what happened
    const QList<Call> &calls() const { return m_calls; }
    QList<QByteArray> shellLines() const;
    int runningCount() const { return int(m_running.size()); }
    bool isOpen() const { return m_state == State::Open; }
    int secretPrompts() const { return m_secretPrompts; }
    QList<quint64> canceledIds() const { return m_canceled; }

public Q_SLOTS:
    void open() override;
    void approveHostKey(bool accept) override;
    void provideSecret(Remote::Transport::SecretKind kind, const QString &secret, bool cancel) override;
    void run(quint64 id, const Remote::RemoteCommand &command) override;
    void cancel(quint64 id) override;
    void close() override;

private:
    enum class State { Idle, Opening, AwaitHostKey, AwaitSecret, Open, Closed };
    struct Running
    {
        Remote::RemoteCommand command;
        Response response;
        QTimer *timer = nullptr;
    };
    const Response &responseFor(const QByteArray &shellLine) const;
    void proceedAfterHostKey();
    void becomeOpen();
    void start(quint64 id, const Remote::RemoteCommand &command);
    void complete(quint64 id);
    void fail(const Remote::TransportError &error);
    void finishAll(const Remote::CommandResult &result);

    State m_state = State::Idle;
    QHash<QByteArray, Response> m_exact;
    QList<QPair<QRegularExpression, Response>> m_patterns;
    Response m_fallback;
    bool m_hasFallback = false;
    int m_openDelayMs = 0;
    std::optional<Remote::HostKeyInfo> m_hostKey;
    std::optional<Remote::TransportError> m_openFailure;
    bool m_needSecret = false;
    Remote::Transport::SecretKind m_secretKind = Remote::Transport::SecretKind::Password;
    QString m_expectedSecret;
    int m_secretAttemptsLeft = 0;
    int m_secretPrompts = 0;
    QList<QPair<quint64, Remote::RemoteCommand>> m_queued;
    QHash<quint64, Running> m_running;
    QList<Call> m_calls;
    QList<quint64> m_canceled;
    bool m_factoryUsed = false;
};

} // namespace TestSupport
