#pragma once

#include "faketransport.h"

#include "remote/serversession.h"

#include <QPointer>

#include <memory>

namespace TestSupport {

// A ServerSession over a FakeTransport that has answered the probe and is ready — the start of
// most loader tests. Answer further commands through `fake` (owned by the session).
struct FakeSession
{
    std::unique_ptr<Remote::ServerSession> session;
    QPointer<FakeTransport> fake;
};

// `answers` (optional) registers responses before the session connects. A non-root probe gets
// SudoMode::None when `noSudoForNonRoot`, so privileged commands are refused, not wrapped.
FakeSession readyFakeSession(const FakeTransport::ProbeSetup &probe,
                             const std::function<void(FakeTransport *)> &answers = {},
                             bool noSudoForNonRoot = false);

} // namespace TestSupport
