#pragma once

#include "remote/hostkeyinfo.h"

#include <QDialog>

#include <functional>

namespace Ui {

// Asks whether to trust a host key that is not in known_hosts (HostKeyStatus::Unknown). Shows
// host, port, key type and the SHA256 fingerprint; Reject is the default button. Changed keys
// never come here: they are refused with a banner and no way to connect anyway.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    explicit HostKeyDialog(const Remote::HostKeyInfo &info, QWidget *parent = nullptr);
    ~HostKeyDialog() override;

    // Opens the dialog window-modally (no nested event loop) and calls done(accepted) once; or,
    // when DialogAnswerer has a queued answer, calls done() from the event loop without showing.
    static void ask(const Remote::HostKeyInfo &info, QWidget *parent, QObject *context,
                    std::function<void(bool)> done);
};

} // namespace Ui
