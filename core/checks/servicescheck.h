#pragma once

#include "check.h"

namespace Checks {

// services: postfix status and postfix check warnings, amavis, dovecot (systemctl or process
// list), Plesk detection (version file) and whether plesk repair mail is available.
class ServicesCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesCheck)

public:
    ServicesCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~ServicesCheck() override;

protected:
    void run() override;
};

} // namespace Checks
