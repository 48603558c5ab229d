#pragma once

#include "services/previewloader.h"
#include "services/trailloader.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Ui {

class TrailView;

// Shows one message as postcat reported it, as plain text only (QPlainTextEdit: no rich text, no
// remote content is ever fetched). Headers and envelope by default; the body only after the user
// presses "Show body" (bodyRequested). Also shows why there is nothing to show: the message left
// the queue, or the account may list the queue but not read contents.
// Two tabs (objectName "previewTabs"): "Message" (previewText) and "Log trail" (TrailView,
// objectName "trailView"). The trail is loaded only while its tab is shown: trailWanted() tells
// the page whether to load it with the preview, and trailRequested() asks for it when the user
// opens the tab on a message whose trail is not there yet.
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

    bool trailWanted() const; // the Log trail tab is the current one
    void showTrailLoading(const QString &queueId);
    void showTrail(const Services::TrailResult &result); // ignored unless for queueId()
    TrailView *trailView() const;

    static QString formatMessage(const Postfix::PostcatMessage &message, bool withBody);

Q_SIGNALS:
    void bodyRequested(const QString &queueId);
    void trailRequested(const QString &queueId);

private:
    void setMessageText(const QString &title, const QString &text);

    void resetTrail();

    QLabel *m_title;
    QTabWidget *m_tabs;
    TrailView *m_trail;
    QPlainTextEdit *m_text;
    QPushButton *m_showBody;
    QString m_queueId;
};

} // namespace Ui
