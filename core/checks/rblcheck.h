#pragma once

#include "check.h"

namespace Checks {

// rbl: the egress address (EgressAddress) on each CheckOptions::dnsblZones zone through the
// server's resolver; decodes return codes (Spamhaus 127.255.255.x = query refused → unknown, not
// listed), and asks each zone's RFC 5782 test entry (127.0.0.2 must be listed) so a silent or
// refusing list shows as unknown rather than clean.
class RblCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RblCheck)

public:
    RblCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~RblCheck() override;

protected:
    void run() override;

private:
    void query(const QString &address, const QStringList &egressEvidence, const QStringList &egressCommands);
    void reportForAllZones(Diagnosis::Verdict verdict, const QString &summary, const QStringList &evidence,
                           const QStringList &commands, const QString &advice);

    QStringList m_zones; // validated, lower-case
};

} // namespace Checks
