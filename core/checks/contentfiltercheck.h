#pragma once

#include "check.h"

namespace Checks {

// content_filter: content_filter / smtpd_proxy_filter and master.cf -o overrides, plus
// CheckOptions::filterEndpoints: is anything listening (ss -ltn), is the service (amavis) active,
// recent errors in its log.
class ContentFilterCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentFilterCheck)

public:
    ContentFilterCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~ContentFilterCheck() override;

protected:
    void run() override;
};

} // namespace Checks
