#include "changesdialog.h"

#include "actions/configchangerunner.h"
#include "fixes/configchangeview.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum Column { TimeColumn, WhatColumn, AccountColumn, FilesColumn };

QString kindText(const Actions::BackupInfo &info)
{
    QString text = info.title;
    if (text.isEmpty())
        text = info.kind == u"rollback" ? ChangesDialog::tr("Before a rollback") : info.kind;
    if (info.rolledBack)
        text += ChangesDialog::tr(" (failed; rolled back automatically)");
    return text;
}

} // namespace

ChangesDialog::ChangesDialog(Remote::ServerSession *session, Actions::AuditLog *audit,
                             const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_runner(new Actions::ConfigChangeRunner(session, audit, this))
    , m_serverName(serverName)
    , m_table(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&load"), this))
    , m_rollback(new QPushButton(tr("&Roll back…"), this))
    , m_confirm(new QFrame(this))
    , m_confirmText(new QLabel(m_confirm))
    , m_view(new ConfigChangeView(this))
{
    setObjectName(QStringLiteral("changesDialog"));
    setWindowTitle(tr("Changes and rollback — %1").arg(serverName));
    m_runner->setServerName(serverName);
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("changesStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Time"), tr("What"), tr("Account"), tr("Files")});
    m_table->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);

    auto *row = new QHBoxLayout;
    m_refresh->setObjectName(QStringLiteral("changesRefreshButton"));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollback->setToolTip(tr("Restore the files saved in this backup exactly as they were, then "
                              "check and reload Postfix. The current state is backed up first."));
    row->addWidget(m_refresh);
    row->addStretch(1);
    row->addWidget(m_rollback);
    layout->addLayout(row);

    m_confirm->setObjectName(QStringLiteral("rollbackConfirmBar"));
    m_confirm->setFrameShape(QFrame::StyledPanel);
    m_confirm->setStyleSheet(QStringLiteral("#rollbackConfirmBar{background:#fff4e5;border:1px solid #e0a040;}"));
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText, 1);
    auto *yes = new QPushButton(tr("Roll &back now"), m_confirm);
    yes->setObjectName(QStringLiteral("rollbackConfirmButton"));
    auto *no = new QPushButton(tr("&Keep the current configuration"), m_confirm);
    no->setObjectName(QStringLiteral("rollbackCancelButton"));
    confirmLayout->addWidget(no);
    confirmLayout->addWidget(yes);
    m_confirm->hide();
    layout->addWidget(m_confirm);

    m_view->hide();
    m_view->setDiffVisible(false);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangesDialog::reject);
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ChangesDialog::refresh);
    connect(m_rollback, &QPushButton::clicked, this, &ChangesDialog::askRollback);
    connect(yes, &QPushButton::clicked, this, &ChangesDialog::confirmRollback);
    connect(no, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_pendingId.clear();
        updateButtons();
    });
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &ChangesDialog::updateButtons);
    connect(m_runner, &Actions::ConfigChangeRunner::backupsListed, this, &ChangesDialog::onListed);
    connect(m_runner, &Actions::ConfigChangeRunner::step, this, [this](const QString &text) {
        if (m_rollingBack)
            m_view->addStep(text);
    });
    connect(m_runner, &Actions::ConfigChangeRunner::finished, this, &ChangesDialog::onFinished);
    resize(780, 560);
    refresh();
}

ChangesDialog::~ChangesDialog() = default;

Actions::ConfigChangeRunner *ChangesDialog::runner() const
{
    return m_runner;
}

QList<Actions::BackupInfo> ChangesDialog::backups() const
{
    return m_backups;
}

bool ChangesDialog::selectBackup(const QString &id)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->data(TimeColumn, Qt::UserRole).toString() == id) {
            m_table->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ChangesDialog::reject()
{
    if (m_rollingBack)
        return; // a rollback half done is worse than a dialog that stays until it finished
    if (m_runner->isRunning())
        m_runner->cancel();
    QDialog::reject();
}

void ChangesDialog::refresh()
{
    if (m_runner->isRunning())
        return;
    m_status->setText(tr("Reading the backups on %1…").arg(m_serverName));
    m_refresh->setEnabled(false);
    m_rollback->setEnabled(false);
    m_runner->listBackups();
}

void ChangesDialog::onListed(const QList<Actions::BackupInfo> &backups, const QString &error)
{
    m_refresh->setEnabled(true);
    m_backups = backups;
    m_table->clear();
    for (const Actions::BackupInfo &info : backups) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(TimeColumn, QLocale().toString(info.time.toLocalTime(), QLocale::ShortFormat));
        item->setData(TimeColumn, Qt::UserRole, info.id);
        item->setToolTip(TimeColumn, tr("Backup %1").arg(info.id));
        item->setText(WhatColumn, kindText(info));
        item->setText(AccountColumn, info.account);
        item->setText(FilesColumn, info.files.join(QStringLiteral(", ")));
        item->setToolTip(FilesColumn, info.files.join(QLatin1Char('\n')));
    }
    for (int c = TimeColumn; c <= AccountColumn; ++c)
        if (c != WhatColumn)
            m_table->resizeColumnToContents(c);
    if (!error.isEmpty())
        m_status->setText(tr("Could not read the backups: %1").arg(error));
    else if (backups.isEmpty())
        m_status->setText(tr("Postdesk has not changed the configuration of %1 yet.").arg(m_serverName));
    else
        m_status->setText(tr("%n backup(s) on the server, newest first. Each was made right before a "
                             "change.", nullptr, int(backups.size())));
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    updateButtons();
    Q_EMIT listed();
}

QString ChangesDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item ? item->data(TimeColumn, Qt::UserRole).toString() : QString();
}

void ChangesDialog::updateButtons()
{
    const bool idle = !m_runner->isRunning() && !m_rollingBack;
    m_rollback->setEnabled(idle && !selectedId().isEmpty() && m_confirm->isHidden());
    m_refresh->setEnabled(idle);
}

void ChangesDialog::askRollback()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_pendingId = id;
    const QTreeWidgetItem *item = m_table->currentItem();
    m_confirmText->setText(tr("Roll back to the state before \"%1\" (%2)? The files of backup %3 are "
                              "restored exactly and Postfix is reloaded. The current configuration is "
                              "backed up first, so this can be undone too.")
                               .arg(item->text(WhatColumn), item->text(TimeColumn), id));
    m_confirm->show();
    updateButtons();
}

void ChangesDialog::confirmRollback()
{
    if (m_pendingId.isEmpty() || m_runner->isRunning())
        return;
    m_confirm->hide();
    m_rollingBack = true;
    m_view->show();
    m_view->showReading(tr("Rolling back to backup %1").arg(m_pendingId));
    m_view->clearSteps();
    updateButtons();
    m_rolledBackTo = m_pendingId;
    m_runner->rollback(m_pendingId);
    m_pendingId.clear();
}

void ChangesDialog::onFinished(const Actions::ConfigChangeResult &result)
{
    if (!m_rollingBack)
        return;
    m_rollingBack = false;
    m_view->showResult(result, tr("Rolled back to backup %1, checked and reloaded.").arg(m_rolledBackTo));
    if (result.ok())
        Q_EMIT rolledBack(result);
    refresh();
}

} // namespace Ui
