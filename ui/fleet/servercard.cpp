#include "servercard.h"

#include "fleettext.h"
#include "sparklinewidget.h"
#include "severityicon.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStringList>
#include <QVBoxLayout>

namespace Ui {

namespace {
QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

ServerCard::ServerCard(const FleetEntry &entry, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_name(textLabel(QStringLiteral("nameLabel"), this))
    , m_state(textLabel(QStringLiteral("stateLabel"), this))
    , m_counts(textLabel(QStringLiteral("countsLabel"), this))
    , m_detail(textLabel(QStringLiteral("detailLabel"), this))
    , m_trend(textLabel(QStringLiteral("trendLabel"), this))
    , m_sparkline(new SparklineWidget(this))
    , m_polled(textLabel(QStringLiteral("polledLabel"), this))
    , m_alerts(textLabel(QStringLiteral("alertsLabel"), this))
{
    setObjectName(objectNameFor(entry.id));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMinimumWidth(260);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_name->setFont(bold);
    m_name->setWordWrap(false);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    for (QLabel *small : {m_polled, m_detail}) {
        small->setForegroundRole(QPalette::PlaceholderText);
    }
    m_alerts->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    titles->addWidget(m_name);
    titles->addWidget(m_state);
    head->addLayout(titles, 1);
    auto *trendRow = new QHBoxLayout;
    trendRow->addWidget(m_trend);
    trendRow->addWidget(m_sparkline, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(3);
    layout->addLayout(head);
    layout->addWidget(m_counts);
    layout->addWidget(m_detail);
    layout->addLayout(trendRow);
    layout->addWidget(m_alerts);
    layout->addWidget(m_polled);
    setEntry(entry, QDateTime::currentDateTimeUtc());
}

ServerCard::~ServerCard() = default;

QString ServerCard::objectNameFor(const QUuid &id)
{
    return QStringLiteral("serverCard_") + id.toString(QUuid::WithoutBraces);
}

QUuid ServerCard::id() const
{
    return m_entry.id;
}

Fleet::Severity ServerCard::severity() const
{
    return m_entry.severity();
}

QString ServerCard::stateText() const
{
    return m_state->text();
}

QString ServerCard::countsText() const
{
    return m_counts->text();
}

QString ServerCard::trendText() const
{
    return m_trend->text();
}

const FleetEntry &ServerCard::entry() const
{
    return m_entry;
}

void ServerCard::setEntry(const FleetEntry &entry, const QDateTime &now)
{
    m_entry = entry;
    m_name->setText(entry.name);
    m_name->setToolTip(tr("%1 (client: %2)").arg(entry.name, entry.group));
    m_state->setText(FleetText::stateText(entry));
    QString counts = FleetText::countsText(entry);
    if (!counts.isEmpty() && entry.failed())
        counts = tr("last known: %1").arg(counts);
    m_counts->setText(counts);
    m_counts->setVisible(!counts.isEmpty());
    QStringList detail;
    for (const QString &part : {FleetText::oldestText(entry), FleetText::dominantClassText(entry)}) {
        if (!part.isEmpty())
            detail << part;
    }
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    m_detail->setVisible(!detail.isEmpty());
    m_trend->setText(FleetText::trendText(entry));
    m_sparkline->setPoints(entry.recent);
    m_sparkline->setColor(SeverityIcon::accent(entry.severity()));
    const QString alerts = FleetText::alertsText(entry);
    m_alerts->setText(alerts);
    m_alerts->setVisible(!alerts.isEmpty() && !entry.failed());
    m_icon->setPixmap(SeverityIcon::pixmap(entry.severity(), 28, devicePixelRatioF()));
    m_icon->setToolTip(Fleet::severityTitle(entry.severity()));
    applyFrameStyle();
    updateTime(now);
}

void ServerCard::updateTime(const QDateTime &now)
{
    m_polled->setText(FleetText::lastPolledText(m_entry, now));
    setAccessibleName(tr("%1: %2").arg(m_entry.name, m_state->text()));
    setAccessibleDescription(QStringList{m_counts->text(), m_detail->text(), m_trend->text(),
                                         m_alerts->text(), m_polled->text()}
                                 .join(u'\n')
                                 .trimmed());
}

void ServerCard::applyFrameStyle()
{
    const QColor accent = SeverityIcon::accent(m_entry.severity());
    const QString border = hasFocus() ? palette().color(QPalette::Highlight).name()
                                      : palette().color(QPalette::Mid).name();
    setStyleSheet(QStringLiteral("Ui--ServerCard { border: %1px solid %2; border-left: 6px solid %3;"
                                 " border-radius: 4px; background: palette(base); }")
                      .arg(hasFocus() ? 2 : 1)
                      .arg(border, accent.name()));
}

void ServerCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        event->accept(); // the release comes here too
        return;
    }
    QFrame::mousePressEvent(event);
}

void ServerCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT openRequested(m_entry.id);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void ServerCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT openRequested(m_entry.id);
        return;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

void ServerCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    applyFrameStyle();
}

void ServerCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    applyFrameStyle();
}

} // namespace Ui
