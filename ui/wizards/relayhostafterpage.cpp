#include "relayhostafterpage.h"

#include "relayhostwizard.h"
#include "relaylogintester.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

RelayhostAfterPage::RelayhostAfterPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_retest(new QPushButton(tr("&Test the login again"), this))
    , m_retestResult(new QLabel(this))
    , m_requeue(new QPushButton(this))
{
    setTitle(tr("Done"));
    setSubTitle(tr("The relay is configured. Check that the server can log in with what it has "
                   "now, then retry the mail that was waiting."));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_retest->setObjectName(QStringLiteral("relayRetestButton"));
    m_retestResult->setObjectName(QStringLiteral("relayRetestResult"));
    m_retestResult->setTextFormat(Qt::PlainText);
    m_retestResult->setWordWrap(true);
    m_requeue->setObjectName(QStringLiteral("relayRequeueButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_retest, 0, Qt::AlignLeft);
    layout->addWidget(m_retestResult);
    layout->addSpacing(12);
    layout->addWidget(m_requeue, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_retest, &QPushButton::clicked, this, [this] {
        auto *w = qobject_cast<RelayhostWizard *>(wizard());
        m_retest->setEnabled(false);
        m_retestResult->setText(tr("Testing the login stored on the server…"));
        // Empty relay and user: the check reads relayhost and sasl_passwd as they are now.
        w->loginTester()->start({}, {}, {});
    });
    connect(m_requeue, &QPushButton::clicked, this, [this] {
        auto *w = qobject_cast<RelayhostWizard *>(wizard());
        Q_EMIT w->requeueRequested(w->requeueCandidates());
        w->accept();
    });
}

RelayhostAfterPage::~RelayhostAfterPage() = default;

void RelayhostAfterPage::initializePage()
{
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    if (!m_connected) {
        m_connected = true;
        connect(w->loginTester(), &RelayLoginTester::finished, this, &RelayhostAfterPage::onTested);
        connect(w->loginTester(), &RelayLoginTester::progress, this, [this](const QString &text) {
            if (wizard()->currentId() == RelayhostWizard::AfterPageId)
                m_retestResult->setText(text);
        });
    }
    m_summary->setText(tr("Applied. Backup on the server: %1").arg(w->result().backupId));
    const qsizetype n = w->requeueCandidates().size();
    m_requeue->setText(n == 0 ? tr("No deferred mail waits for the relay")
                              : tr("&Requeue the %n message(s) deferred by relay, network or "
                                   "authentication problems…", nullptr, int(n)));
    m_requeue->setEnabled(n > 0);
}

void RelayhostAfterPage::onTested(const Diagnosis::CheckResult &result)
{
    if (wizard()->currentId() != RelayhostWizard::AfterPageId)
        return;
    m_retestResult->setText(RelayLoginTester::describe(result));
    m_retestResult->setStyleSheet(result.verdict == Diagnosis::Verdict::Ok ? QStringLiteral("color:#1b5e20;")
                                                                            : QStringLiteral("color:#b71c1c;"));
    m_retest->setEnabled(true);
}

} // namespace Ui
