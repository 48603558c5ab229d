#include "trailview.h"

#include "models/trailmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Ui {

TrailView::TrailView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrailModel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("trailView"));
    m_status->setObjectName(QStringLiteral("trailStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_table->setObjectName(QStringLiteral("trailTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A trail has tens of lines, not thousands: the message column wraps so a deferral's whole
    // reason is readable without a tooltip, and rows take the height they need.
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 16; };
    m_table->setColumnWidth(TrailModel::Time, fit(QStringLiteral("2026-12-28 20:58:58")));
    m_table->setColumnWidth(TrailModel::Program, fit(QStringLiteral("postfix/cleanup")));
    m_table->setColumnWidth(TrailModel::QueueId, fit(QStringLiteral("DDDDDDDDDDD")));
    m_table->setColumnWidth(TrailModel::Status, fit(QStringLiteral("deferred")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    showIdle(tr("Select a message to see its lines in the mail log."));
}

TrailView::~TrailView() = default;

void TrailView::showIdle(const QString &text)
{
    m_queueId.clear();
    m_model->setEvents({});
    setStatus(State::Idle, text);
}

void TrailView::showLoading(const QString &queueId)
{
    m_queueId = queueId;
    m_model->setEvents({});
    setStatus(State::Loading, tr("Searching the mail log for %1…").arg(queueId));
}

void TrailView::showResult(const Services::TrailResult &result)
{
    m_queueId = result.queueId;
    m_model->setEvents(result.events);
    const QString files = result.searchedFiles.join(QStringLiteral(", "));
    if (result.permissionDenied) {
        setStatus(State::PermissionDenied,
                  tr("This account may not read the mail log%1. The log is readable by root and "
                     "the adm group: connect as such a user, or allow sudo for this server.")
                      .arg(files.isEmpty() ? QString() : tr(" (%1)").arg(files)),
                  result.commands);
        return;
    }
    if (!result.error.isEmpty()) {
        if (result.searchedFiles.isEmpty())
            setStatus(State::NoLog, tr("No mail log found on this server: %1").arg(result.error),
                      result.commands);
        else
            setStatus(State::Error, tr("Could not read the mail log: %1").arg(result.error),
                      result.commands);
        return;
    }
    if (result.events.isEmpty()) {
        setStatus(State::NoLines,
                  tr("No log lines found for %1 in %2. The lines may be in a log that was rotated "
                     "away, or logging was off when the message arrived.")
                      .arg(result.queueId, files.isEmpty() ? tr("the mail log") : files),
                  result.commands);
        return;
    }
    QString text = tr("%n log line(s) for %1", nullptr, int(result.events.size())).arg(result.queueId);
    if (result.followedIds.size() > 1)
        text += tr(" (followed %1)").arg(result.followedIds.join(QStringLiteral(" → ")));
    if (!files.isEmpty())
        text += tr(" from %1").arg(files);
    if (result.truncated)
        text += tr(" — only the newest lines are shown");
    setStatus(State::Lines, text, result.commands);
    m_table->scrollToBottom(); // the latest attempt is what matters most
}

QString TrailView::statusText() const
{
    return m_status->text();
}

void TrailView::setStatus(State state, const QString &text, const QStringList &commands)
{
    m_state = state;
    m_status->setText(text);
    m_status->setToolTip(commands.isEmpty()
                             ? QString()
                             : Qt::convertFromPlainText(tr("Ran on the server:\n%1")
                                                            .arg(commands.join(QLatin1Char('\n'))),
                                                        Qt::WhiteSpaceNormal));
    m_table->setVisible(state == State::Lines);
}

} // namespace Ui
