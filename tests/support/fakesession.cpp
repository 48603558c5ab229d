#include "fakesession.h"

#include <QSignalSpy>

namespace TestSupport {

FakeSession readyFakeSession(const FakeTransport::ProbeSetup &probe,
                             const std::function<void(FakeTransport *)> &answers, bool noSudoForNonRoot)
{
    FakeSession s;
    auto *fake = new FakeTransport;
    fake->respondToProbe(FakeTransport::probeOutput(probe));
    if (answers)
        answers(fake);
    s.fake = fake;
    Remote::ConnectionParams params;
    params.host = QStringLiteral("fake.example");
    params.user = probe.user;
    s.session = std::make_unique<Remote::ServerSession>(params, nullptr, fake->factory());
    if (noSudoForNonRoot && probe.uid != 0)
        s.session->setSudoMode(Remote::SudoMode::None);
    QSignalSpy ready(s.session.get(), &Remote::ServerSession::ready);
    s.session->connectToServer();
    if (!ready.wait(5000))
        qWarning("session not ready: %s", qPrintable(s.session->lastError()));
    return s;
}

} // namespace TestSupport
