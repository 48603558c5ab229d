#include "previewpane.h"

#include "trailview.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_trail(new TrailView(this))
    , m_text(new QPlainTextEdit(this))
    , m_showBody(new QPushButton(tr("Show &body"), this))
{
    setObjectName(QStringLiteral("previewPane"));
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_showBody->setObjectName(QStringLiteral("showBodyButton"));
    m_showBody->setToolTip(tr("Read the message body from the server (postcat -b). The body may "
                              "contain personal data."));
    m_showBody->setEnabled(false);
    connect(m_showBody, &QPushButton::clicked, this, [this] {
        if (!m_queueId.isEmpty())
            Q_EMIT bodyRequested(m_queueId);
    });

    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, tr("&Message"));
    m_tabs->addTab(m_trail, tr("&Log trail"));
    m_tabs->setTabToolTip(1, tr("This message's lines in the mail log on the server"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (trailWanted() && !m_queueId.isEmpty() && m_trail->queueId() != m_queueId)
            Q_EMIT trailRequested(m_queueId);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_showBody);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    showPlaceholder(tr("Select a message to see its headers."));
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::showPlaceholder(const QString &text)
{
    m_queueId.clear();
    m_showBody->setEnabled(false);
    setMessageText(tr("Preview"), text);
    m_trail->showIdle(text);
}

void PreviewPane::showLoading(const QString &queueId)
{
    if (queueId != m_queueId) {
        if (trailWanted())
            m_trail->showLoading(queueId); // QueuePage loads it together with the preview
        else
            resetTrail();
    }
    m_queueId = queueId;
    m_showBody->setEnabled(false);
    setMessageText(queueId, tr("Loading %1…").arg(queueId));
}

void PreviewPane::showResult(const Services::PreviewResult &result, bool withBody)
{
    m_queueId = result.queueId;
    if (result.gone) {
        m_showBody->setEnabled(false);
        setMessageText(result.queueId, tr("This message has left the queue."));
        return;
    }
    if (result.permissionDenied) {
        m_showBody->setEnabled(false);
        setMessageText(result.queueId,
                       result.error.isEmpty()
                           ? tr("This account can list the queue but cannot read message contents.")
                           : result.error);
        return;
    }
    if (!result.error.isEmpty()) {
        m_showBody->setEnabled(true); // lets the user retry
        setMessageText(result.queueId, tr("Could not read the message: %1").arg(result.error));
        return;
    }
    m_showBody->setEnabled(!withBody);
    const QString subject = result.message.subject();
    setMessageText(subject.isEmpty() ? result.queueId
                                     : tr("%1 — %2").arg(result.queueId, subject),
                   formatMessage(result.message, withBody));
}

QString PreviewPane::queueId() const
{
    return m_queueId;
}

bool PreviewPane::trailWanted() const
{
    return m_tabs->currentWidget() == m_trail;
}

void PreviewPane::showTrailLoading(const QString &queueId)
{
    m_trail->showLoading(queueId);
}

void PreviewPane::showTrail(const Services::TrailResult &result)
{
    if (result.queueId == m_queueId)
        m_trail->showResult(result);
}

TrailView *PreviewPane::trailView() const
{
    return m_trail;
}

void PreviewPane::resetTrail()
{
    m_trail->showIdle(tr("Open this tab to search the mail log for the selected message."));
}

QString PreviewPane::formatMessage(const Postfix::PostcatMessage &message, bool withBody)
{
    QString out;
    if (!message.headers.isEmpty()) {
        for (const auto &h : message.headers)
            out += h.first + QStringLiteral(": ") + h.second + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (!message.envelope.isEmpty()) {
        out += tr("— Envelope —") + QLatin1Char('\n');
        for (const auto &e : message.envelope)
            out += e.first + QStringLiteral(": ") + e.second + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (withBody) {
        out += tr("— Body —") + QLatin1Char('\n') + message.body;
        if (message.bodyTruncated)
            out += QLatin1Char('\n') + tr("[… body cut at the size limit]");
    }
    return out;
}

void PreviewPane::setMessageText(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setPlainText(text);
}

} // namespace Ui
