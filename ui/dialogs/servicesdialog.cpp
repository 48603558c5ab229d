#include "servicesdialog.h"

#include "diagnosis/servicestatus.h"
#include "remote/servicecommands.h"
#include "remote/serversession.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

QPushButton *actionButton(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(tip);
    return button;
}

} // namespace

ServicesDialog::ServicesDialog(Remote::ServerSession *session, Actions::AuditLog *audit,
                               const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_runner(new Actions::ServiceActionRunner(session, audit, this))
    , m_states(new QLabel(this))
    , m_postfix(actionButton(tr("Restart &Postfix"), QStringLiteral("restartPostfix"),
                             tr("Stops and starts Postfix; mail in the queue stays."), this))
    , m_amavis(actionButton(tr("Restart &Amavis"), QStringLiteral("restartAmavis"),
                            tr("The content filter; mail waits in the queue while it is down."), this))
    , m_dovecot(actionButton(tr("Restart &Dovecot"), QStringLiteral("restartDovecot"),
                             tr("IMAP/POP3 and, on many servers, local delivery and SMTP login."), this))
    , m_plesk(actionButton(tr("Plesk: &repair mail"), QStringLiteral("pleskRepair"),
                           tr("plesk repair mail -y: Plesk rewrites its mail configuration."), this))
    , m_output(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("servicesDialog"));
    setWindowTitle(tr("Services — %1").arg(serverName));
    m_runner->setServerName(serverName);
    auto *layout = new QVBoxLayout(this);
    m_states->setObjectName(QStringLiteral("serviceStates"));
    m_states->setTextFormat(Qt::PlainText);
    m_states->setWordWrap(true);
    layout->addWidget(m_states);
    auto *grid = new QGridLayout;
    grid->addWidget(m_postfix, 0, 0);
    grid->addWidget(m_amavis, 0, 1);
    grid->addWidget(m_dovecot, 0, 2);
    grid->addWidget(m_plesk, 1, 0, 1, 3);
    layout->addLayout(grid);
    m_output->setObjectName(QStringLiteral("serviceOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("What the server prints appears here."));
    layout->addWidget(m_output, 1);
    m_result->setObjectName(QStringLiteral("serviceResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3); // outcome + state line
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServicesDialog::reject);
    layout->addWidget(buttons);

    const QString plesk = pleskUnavailableReason();
    m_plesk->setEnabled(plesk.isEmpty());
    if (!plesk.isEmpty())
        m_plesk->setToolTip(plesk);

    connect(m_postfix, &QPushButton::clicked, this, [this] { startRestart(QStringLiteral("postfix.service")); });
    connect(m_amavis, &QPushButton::clicked, this, [this] { startRestart(m_amavisUnit); });
    connect(m_dovecot, &QPushButton::clicked, this, [this] { startRestart(QStringLiteral("dovecot.service")); });
    connect(m_plesk, &QPushButton::clicked, this, [this] {
        m_output->clear();
        m_result->clear();
        m_streamed = false;
        setBusy(true);
        m_runner->pleskRepairMail();
    });
    connect(m_runner, &Actions::ServiceActionRunner::output, this, [this](const QString &text) {
        m_streamed = true;
        m_output->moveCursor(QTextCursor::End);
        m_output->insertPlainText(text);
    });
    connect(m_runner, &Actions::ServiceActionRunner::finished, this, &ServicesDialog::onFinished);
    connect(m_session, &Remote::ServerSession::finished, this,
            [this](quint64 id, const Remote::CommandResult &result) {
                if (id == m_statesCommand)
                    onStates(id, result.stdOut,
                             Remote::ServiceCommands::failureText(result, QStringLiteral("systemctl")));
            });
    resize(620, 460);
    readUnitStates();
}

ServicesDialog::~ServicesDialog()
{
    if (m_statesCommand)
        m_session->cancel(m_statesCommand);
}

Actions::ServiceActionRunner *ServicesDialog::runner() const
{
    return m_runner;
}

QString ServicesDialog::pleskUnavailableReason() const
{
    if (m_session->capabilities().binaries.contains(QStringLiteral("plesk")))
        return {};
    return tr("This is not a Plesk server (the plesk command was not found), so there is no Plesk "
              "mail repair.");
}

void ServicesDialog::reject()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    QDialog::reject();
}

void ServicesDialog::readUnitStates()
{
    const Remote::ServiceCommands commands(m_session->capabilities());
    const Remote::CatalogResult built = commands.unitStates(Remote::ServiceCommands::knownUnits());
    if (!built.ok()) {
        m_states->setText(tr("Service states unknown: %1").arg(built.error));
        return;
    }
    m_states->setText(tr("Reading the service states…"));
    m_statesCommand = m_session->run(built.command);
}

void ServicesDialog::onStates(quint64, const QByteArray &stdOut, const QString &error)
{
    m_statesCommand = 0;
    const Postfix::Parsed<Diagnosis::UnitState> parsed = Diagnosis::ServiceStatus::parseSystemctlShow(stdOut);
    QStringList lines;
    for (const Diagnosis::UnitState &state : parsed.values) {
        if (!state.exists())
            continue;
        lines << state.line();
        if (state.id.startsWith(u"amavis"))
            m_amavisUnit = state.id; // amavis.service (Debian) / amavisd.service (RHEL)
    }
    if (lines.isEmpty())
        m_states->setText(error.isEmpty() ? tr("The service manager (systemd) did not answer; Postfix "
                                               "is restarted with its own commands.")
                                          : tr("Service states unknown: %1").arg(error));
    else
        m_states->setText(lines.join(QLatin1Char('\n')));
}

void ServicesDialog::startRestart(const QString &unit)
{
    m_output->clear();
    m_result->clear();
    m_streamed = false;
    setBusy(true);
    m_output->appendPlainText(tr("Restarting %1…").arg(unit));
    m_output->appendPlainText(QString()); // streamed output starts on its own line
    m_runner->restart(unit);
}

void ServicesDialog::onFinished(const Actions::ServiceActionResult &result)
{
    setBusy(false);
    if (!m_streamed && !result.output.isEmpty())
        m_output->appendPlainText(result.output);
    QString text = result.ok ? tr("%1: done.").arg(result.action)
                             : tr("%1 failed: %2").arg(result.action, result.error);
    if (!result.stateAfter.isEmpty())
        text += QLatin1Char('\n') + tr("State now: %1").arg(result.stateAfter);
    m_result->setText(text);
    m_result->setStyleSheet(result.ok ? QStringLiteral("color:#1b5e20;") : QStringLiteral("color:#b71c1c;"));
    if (result.ok)
        Q_EMIT serviceRestarted();
}

void ServicesDialog::setBusy(bool busy)
{
    for (QPushButton *button : {m_postfix, m_amavis, m_dovecot})
        button->setEnabled(!busy);
    m_plesk->setEnabled(!busy && pleskUnavailableReason().isEmpty());
}

} // namespace Ui
