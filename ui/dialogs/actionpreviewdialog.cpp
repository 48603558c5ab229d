#include "actionpreviewdialog.h"

#include "models/displayformat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

using Actions::ActionPreview;
using Actions::QueueActionKind;

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // addresses and domains from the queue: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString rankedList(const QList<QPair<QString, int>> &items, int others)
{
    QStringList parts;
    for (const auto &[name, count] : items)
        parts << ActionPreviewDialog::tr("%1 (%2)").arg(name.isEmpty() ? QStringLiteral("<>") : name).arg(count);
    if (others > 0)
        parts << ActionPreviewDialog::tr("and %n more", nullptr, others);
    return parts.isEmpty() ? ActionPreviewDialog::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

ActionPreviewDialog::ActionPreviewDialog(const ActionPreview &preview, const QString &serverName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
{
    setObjectName(QStringLiteral("actionPreviewDialog"));
    setWindowTitle(tr("%1 — preview").arg(Actions::queueActionTitle(preview.kind)));
    build(serverName);
    updateRunButton();
    resize(760, sizeHint().height());
}

ActionPreviewDialog::~ActionPreviewDialog() = default;

QString ActionPreviewDialog::messagesText(int count)
{
    // Spelled out instead of "%n message(s)": the English UI ships without a numerus translation.
    return count == 1 ? tr("1 message") : tr("%1 messages").arg(count);
}

QString ActionPreviewDialog::runButtonText(const ActionPreview &preview)
{
    const QString n = messagesText(preview.count);
    switch (preview.kind) {
    case QueueActionKind::Hold:
        return tr("Put %1 on hold").arg(n);
    case QueueActionKind::Release:
        return tr("Release %1").arg(n);
    case QueueActionKind::Requeue:
        return tr("Requeue %1").arg(n);
    case QueueActionKind::Expire:
        return tr("Force-expire %1").arg(n);
    case QueueActionKind::Delete:
        return tr("Delete %1").arg(n);
    case QueueActionKind::Deliver:
        return tr("Deliver %1 now").arg(n);
    case QueueActionKind::FlushAll:
        return tr("Flush all deferred mail");
    case QueueActionKind::FlushSite:
        return tr("Flush this destination");
    }
    return {};
}

QString ActionPreviewDialog::alternativeText(QueueActionKind kind)
{
    switch (kind) {
    case QueueActionKind::Hold:
        return tr("Hold instead");
    case QueueActionKind::Expire:
        return tr("Force-expire instead");
    case QueueActionKind::Release:
        return tr("Release instead");
    case QueueActionKind::Requeue:
        return tr("Requeue instead");
    case QueueActionKind::Delete:
        return tr("Delete instead");
    case QueueActionKind::Deliver:
        return tr("Deliver now instead");
    case QueueActionKind::FlushAll:
    case QueueActionKind::FlushSite:
        break;
    }
    return tr("%1 instead").arg(Actions::queueActionTitle(kind));
}

void ActionPreviewDialog::build(const QString &serverName)
{
    const ActionPreview &p = m_preview;
    auto *layout = new QVBoxLayout(this);

    QString headline;
    if (Actions::actsOnMessages(p.kind))
        headline = tr("%1: %2 on %3").arg(Actions::queueActionTitle(p.kind), messagesText(p.count), serverName);
    else
        headline = tr("%1 on %2").arg(Actions::queueActionTitle(p.kind), serverName);
    QLabel *head = plainLabel(headline, this, QStringLiteral("previewHeadline"));
    QFont bold = head->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    head->setFont(bold);
    layout->addWidget(head);
    layout->addWidget(plainLabel(Actions::queueActionExplanation(p.kind), this,
                                 QStringLiteral("previewExplanation")));

    if (!p.unavailable.isEmpty()) {
        QLabel *no = plainLabel(p.unavailable, this, QStringLiteral("previewUnavailable"));
        no->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        layout->addWidget(no);
    }

    if (Actions::actsOnMessages(p.kind)) {
        auto *form = new QFormLayout;
        form->addRow(tr("Recipient domains:"),
                     plainLabel(rankedList(p.recipientDomains, p.otherDomains), this,
                                QStringLiteral("previewDomains")));
        form->addRow(tr("Senders:"), plainLabel(rankedList(p.senders, p.otherSenders), this,
                                                QStringLiteral("previewSenders")));
        layout->addLayout(form);
        layout->addWidget(buildSample(), 1);
    }
    if (!p.excluded.isEmpty()) {
        layout->addWidget(plainLabel(
            tr("%1 of the selection left alone: in a queue this action does not apply to.")
                .arg(messagesText(int(p.excluded.size()))),
            this, QStringLiteral("previewExcluded")));
    }

    layout->addWidget(new QLabel(tr("Command that will run on the server:"), this));
    auto *command = new QPlainTextEdit(p.command, this);
    command->setObjectName(QStringLiteral("previewCommand"));
    command->setReadOnly(true);
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setLineWrapMode(QPlainTextEdit::NoWrap);
    command->setFixedHeight(command->fontMetrics().lineSpacing() * 2 + 16);
    layout->addWidget(command);

    if (!p.warnings.isEmpty()) {
        QStringList lines;
        for (const QString &w : p.warnings)
            lines << QStringLiteral("⚠ ") + w;
        QLabel *warnings = plainLabel(lines.join(u'\n'), this, QStringLiteral("previewWarnings"));
        warnings->setStyleSheet(QStringLiteral("color: #b26a00;"));
        layout->addWidget(warnings);
    }

    if (QWidget *confirm = buildConfirmation(serverName))
        layout->addWidget(confirm);

    auto *buttons = new QDialogButtonBox(this);
    for (QueueActionKind alt : p.alternatives) {
        auto *button = buttons->addButton(alternativeText(alt), QDialogButtonBox::ActionRole);
        button->setObjectName(QStringLiteral("alternative_") + Actions::queueActionKey(alt));
        button->setToolTip(Actions::queueActionExplanation(alt));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, alt] { chooseAlternative(alt); });
    }
    m_run = buttons->addButton(runButtonText(p), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("previewRunButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("previewCancelButton"));
    // Enter must never destroy mail by reflex: destructive actions default to Cancel.
    const bool destructive = Actions::isDestructive(p.kind);
    m_run->setAutoDefault(!destructive);
    m_run->setDefault(!destructive);
    cancel->setDefault(destructive);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *ActionPreviewDialog::buildSample()
{
    const ActionPreview &p = m_preview;
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(p.sample.size() < p.count
                                     ? tr("Sample (%1 of %2, oldest first):").arg(p.sample.size()).arg(p.count)
                                     : tr("Messages:"),
                                 box));
    auto *table = new QTableWidget(int(p.sample.size()), 5, box);
    table->setObjectName(QStringLiteral("previewSample"));
    table->setHorizontalHeaderLabels({tr("Queue ID"), tr("Queue"), tr("Arrived"), tr("Sender"),
                                      tr("Recipients")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < p.sample.size(); ++row) {
        const Postfix::QueuedMessage &m = p.sample.at(row);
        QStringList recipients;
        for (const Postfix::Recipient &r : m.recipients)
            recipients << r.address;
        const QStringList cells = {m.queueId, Postfix::queueNameToString(m.queueName),
                                   DisplayFormat::localTime(m.arrivalTime),
                                   m.sender.isEmpty() ? QStringLiteral("<>") : m.sender,
                                   recipients.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    const int rows = std::min<int>(int(p.sample.size()), 6);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + table->verticalHeader()->defaultSectionSize() * std::max(rows, 1) + 4);
    layout->addWidget(table);
    return box;
}

QWidget *ActionPreviewDialog::buildConfirmation(const QString &serverName)
{
    const ActionPreview &p = m_preview;
    if (p.confirmation == ActionPreview::Confirmation::Simple)
        return nullptr;
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString text = p.confirmation == ActionPreview::Confirmation::Server
        ? tr("This is a large or whole-queue action. Type the server name “%1” to confirm:")
              .arg(p.confirmationToken.isEmpty() ? serverName : p.confirmationToken)
        : tr("Type the number of messages (%1) to confirm:").arg(p.confirmationToken);
    QLabel *label = plainLabel(text, box, QStringLiteral("previewConfirmLabel"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_confirm = new QLineEdit(box);
    m_confirm->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirm->setClearButtonEnabled(true);
    label->setBuddy(m_confirm);
    layout->addWidget(label, 1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QLineEdit::textChanged, this, &ActionPreviewDialog::updateRunButton);
    return box;
}

bool ActionPreviewDialog::canConfirm() const
{
    if (!m_preview.canRun())
        return false;
    if (m_preview.confirmation == ActionPreview::Confirmation::Simple)
        return true;
    // Exact after trimming: the point is that the user read the count / the server name.
    return !m_preview.confirmationToken.isEmpty() && m_confirm
        && m_confirm->text().trimmed() == m_preview.confirmationToken;
}

QString ActionPreviewDialog::typedConfirmation() const
{
    return m_confirm ? m_confirm->text() : QString();
}

void ActionPreviewDialog::setTypedConfirmation(const QString &text)
{
    if (m_confirm)
        m_confirm->setText(text);
}

void ActionPreviewDialog::chooseAlternative(QueueActionKind kind)
{
    if (!m_preview.alternatives.contains(kind))
        return;
    m_alternative = kind;
    done(AlternativeChosen);
}

void ActionPreviewDialog::updateRunButton()
{
    const bool ok = canConfirm();
    m_run->setEnabled(ok);
    if (!m_preview.canRun())
        m_run->setToolTip(m_preview.unavailable.isEmpty() ? tr("No message to act on.") : m_preview.unavailable);
    else if (!ok)
        m_run->setToolTip(tr("Type the confirmation above first."));
    else
        m_run->setToolTip({});
    if (m_confirm && ok)
        m_run->setDefault(true); // the token was typed deliberately: Enter may now confirm
}

} // namespace Ui
