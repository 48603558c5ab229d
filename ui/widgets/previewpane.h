#pragma once

#include "services/previewloader.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {

// Shows one message as postcat reported it, as plain text only (QPlainTextEdit: no rich text, no
// remote content is ever fetched). Headers and envelope by default; the body only after the user
// presses "Show body" (bodyRequested). Also shows why there is nothing to show: the message left
// the queue, or the account may list the queue but not read contents.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void showPlaceholder(const QString &text);
    void showLoading(const QString &queueId);
    void showResult(const Services::PreviewResult &result, bool withBody);
    QString queueId() const;

    static QString formatMessage(const Postfix::PostcatMessage &message, bool withBody);

Q_SIGNALS:
    void bodyRequested(const QString &queueId);

private:
    void setMessageText(const QString &title, const QString &text);

    QLabel *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_showBody;
    QString m_queueId;
};

} // namespace Ui
