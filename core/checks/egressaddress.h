#pragma once

#include "checkoptions.h"

#include <QPointer>
#include <QStringList>

#include <functional>

namespace Checks {

class CommandRunner;

struct EgressResult
{
    QString address;     // the IPv4 (or IPv6) address mail leaves from; empty when unknown
    enum class Source { Option, BindAddress, Route, Interface, None };
    Source source = Source::None;
    bool isPrivate = false; // RFC 1918 / CGNAT / ULA / loopback: the public address is behind NAT
    QStringList evidence;   // e.g. "smtp_bind_address = ", "192.0.2.1 via … src 192.0.2.25"
    QStringList commands;
    QString error;          // plain words when nothing usable was found

    bool ok() const { return !address.isEmpty(); }
};

// Finds the address the server sends mail from, on the server (never from the desktop):
// CheckOptions::egressAddress when set; else postconf smtp_bind_address; else the source address
// of the kernel's route towards a documentation address (ip route get — no packet is sent);
// else the first global-scope address (ip -o addr). Used by the rbl and dns (PTR) checks.
class EgressAddress
{
public:
    using Done = std::function<void(const EgressResult &result)>;

    EgressAddress(CommandRunner &runner, const CheckOptions &options);
    void find(Done done);

    // Pure helpers (tested with captured output).
    // "smtp_bind_address = 192.0.2.25" lines of postconf → the value of `name` (may be empty).
    static QString postconfValue(const QByteArray &postconfOutput, const QString &name);
    // "192.0.2.1 dev lo src 192.0.2.25 uid 0 …" → "192.0.2.25"; empty when there is no src.
    static QString routeSource(const QByteArray &ipRouteGet);
    // "1: lo    inet 192.0.2.25/32 scope global lo…" → the first IPv4 address (else the first IPv6).
    static QString firstGlobalAddress(const QByteArray &ipAddrShow);
    // RFC 1918, CGNAT 100.64/10, loopback, link-local, ULA fc00::/7: not reachable from outside.
    static bool isPrivateAddress(const QString &address);
    // Advice for a private egress address (the public one is behind NAT).
    static QString privateAdvice();

private:
    QPointer<CommandRunner> m_runner;
    CheckOptions m_options;
};

} // namespace Checks
