#pragma once

#include <QString>
#include <QStringList>

namespace Ui {

// Validation of what the user types on the Checks page, before anything is sent: a bad value
// gets a plain sentence naming it, and no check runs. The checks validate again (defence in
// depth); these give the user the message next to the field. Pure functions.
class CheckInput final
{
public:
    struct Parsed
    {
        QStringList values; // normalised (lower-cased, A-label form)
        QString error;      // empty = valid
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int maxDomains = 10;
    static constexpr int maxZones = 20;

    // Destination domains separated by spaces, commas or semicolons; "@example.com" and
    // "user@example.com" are taken as their domain (pasted from the queue). Empty is valid.
    static Parsed domains(const QString &text);
    // DNSBL zones, same separators; each a domain name.
    static Parsed dnsblZones(const QString &text);
    // Empty, or an IPv4/IPv6 address. Returns an error sentence, empty when valid.
    static QString egressAddressError(const QString &text);
    // Empty, or relayhost syntax: "[host]:port", "host:port", "[host]", "host".
    static QString relayError(const QString &text);
};

} // namespace Ui
