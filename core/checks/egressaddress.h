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

private:
    QPointer<CommandRunner> m_runner;
    CheckOptions m_options;
};

} // namespace Checks
