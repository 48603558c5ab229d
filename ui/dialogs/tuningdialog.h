#pragma once

#include "actions/tuningpresets.h"
#include "postfix/queuedmessage.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Actions {
class AuditLog;
class ConfigChangeRunner;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class ConfigChangeDialog;

// "Retry and throttling…" (objectName tuningDialog): the retry presets (queue and bounce
// lifetimes, backoff) with their description and the values that would change, and the
// throttling fix for one destination (a dedicated slow transport: concurrency, rate delay; the
// domain is prefilled from the queue's throttling class) with its removal. Every change opens the
// shared ConfigChangeDialog (diff, apply, outcome). Reads the current values once when shown.
class TuningDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TuningDialog)

public:
    // session, audit: not owned, outlive the dialog. queue: the last listing (throttling domain).
    TuningDialog(Remote::ServerSession *session, Actions::AuditLog *audit, const QString &serverName,
                 const QList<Postfix::QueuedMessage> &queue, QWidget *parent = nullptr);
    ~TuningDialog() override;

    // The ConfigChangeDialog opened by the last "Preview…" button, while it is open (test seam).
    ConfigChangeDialog *changeDialog() const;

    // Plain-words problems with the throttle inputs; empty when valid.
    static QString validateThrottle(const QString &domain, const QString &rateDelay);
    // The parameters this dialog reads (current retry values and what the throttle plans need).
    static QStringList namesToRead();

Q_SIGNALS:
    void applied(); // a change from this dialog was applied

private:
    void onValuesRead(const QHash<QString, QString> &values, const QString &error);
    void showPreset(int row);
    void updateThrottle();
    void previewRetry();
    void previewThrottle(bool remove);
    ConfigChangeDialog *openChange(const QString &title);
    Actions::TuningPresets::Throttle throttleInput() const;

    Remote::ServerSession *m_session;
    Actions::AuditLog *m_audit;
    QString m_serverName;
    Actions::ConfigChangeRunner *m_reader;
    QList<Actions::RetryPreset> m_presets;
    QHash<QString, QString> m_values;
    QLabel *m_current;
    QListWidget *m_presetList;
    QLabel *m_presetDescription;
    QPushButton *m_retryApply;
    QLineEdit *m_domain;
    QSpinBox *m_concurrency;
    QLineEdit *m_rateDelay;
    QLabel *m_throttleProblem;
    QPushButton *m_throttleApply;
    QPushButton *m_throttleRemove;
    QCheckBox *m_removeTransport;
    QPointer<ConfigChangeDialog> m_change;
};

} // namespace Ui
