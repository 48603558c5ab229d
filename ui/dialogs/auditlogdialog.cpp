#include "auditlogdialog.h"

#include "models/auditlogmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

AuditLogDialog::AuditLogDialog(const Actions::AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_servers(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditLogModel::SortRole);
    m_proxy->setFilterRole(AuditLogModel::ServerRole);
    m_proxy->setFilterKeyColumn(AuditLogModel::Server);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_servers->setObjectName(QStringLiteral("auditServerFilter"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Server:"), this));
    top->addWidget(m_servers);
    top->addStretch(1);
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("auditReloadButton"));
    top->addWidget(reloadButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *json = buttons->addButton(tr("Export JSON lines…"), QDialogButtonBox::ActionRole);
    json->setObjectName(QStringLiteral("exportJsonButton"));
    QPushButton *csv = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    json->setToolTip(tr("Write the whole audit log to a file, one JSON object per line"));
    csv->setToolTip(tr("Write the whole audit log to a CSV file (for a spreadsheet)"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(json, &QPushButton::clicked, this, [this] { askExport(Actions::AuditLog::Format::JsonLines); });
    connect(csv, &QPushButton::clicked, this, [this] { askExport(Actions::AuditLog::Format::Csv); });
    connect(m_servers, &QComboBox::currentIndexChanged, this,
            [this] { setServerFilter(m_servers->currentData().toString()); });
    resize(1000, 520);
    reload();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    const Actions::AuditLog::ReadResult result = m_log->read();
    m_model->setRecords(result.records);
    const QString keep = m_servers->currentData().toString();
    {
        const QSignalBlocker blocker(m_servers);
        m_servers->clear();
        m_servers->addItem(tr("All servers"), QString());
        for (const QString &server : m_model->servers())
            m_servers->addItem(server, server);
        m_servers->setCurrentIndex(std::max(0, m_servers->findData(keep)));
    }
    setServerFilter(m_servers->currentData().toString());
    QString status;
    if (!result.error.isEmpty())
        status = tr("The audit log could not be read: %1").arg(result.error);
    else
        status = tr("Records: %1 — %2").arg(result.records.size()).arg(QDir::toNativeSeparators(m_log->path()));
    if (result.damagedLines > 0)
        status += QLatin1Char('\n')
            + tr("Damaged lines skipped: %1 (the file was edited or cut short).").arg(result.damagedLines);
    m_status->setText(status);
    m_table->resizeColumnsToContents();
}

void AuditLogDialog::setServerFilter(const QString &server)
{
    if (server.isEmpty())
        m_proxy->setFilterRegularExpression(QRegularExpression());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(server))));
    const int index = m_servers->findData(server);
    if (index >= 0 && index != m_servers->currentIndex()) {
        const QSignalBlocker blocker(m_servers);
        m_servers->setCurrentIndex(index);
    }
}

QString AuditLogDialog::statusText() const
{
    return m_status->text();
}

QString AuditLogDialog::exportTo(const QString &path, Actions::AuditLog::Format format)
{
    const QString error = m_log->exportTo(path, format);
    if (error.isEmpty())
        m_status->setText(tr("Exported the audit log to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(tr("Export failed: %1").arg(error));
    return error;
}

void AuditLogDialog::askExport(Actions::AuditLog::Format format)
{
    const bool csv = format == Actions::AuditLog::Format::Csv;
    auto *files = new QFileDialog(this, csv ? tr("Export the audit log as CSV")
                                            : tr("Export the audit log as JSON lines"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON lines (*.jsonl)"));
    files->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    files->selectFile(csv ? QStringLiteral("postdesk-audit.csv") : QStringLiteral("postdesk-audit.jsonl"));
    connect(files, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    files->open();
}

} // namespace Ui
