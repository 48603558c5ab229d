#include "serverlistmodel.h"

#include <QTextDocument>

// postdesk.qrc is compiled into the static postdesk_ui library: register it explicitly, since
// nothing else references its object file (Q_INIT_RESOURCE must be outside any namespace).
static void initPostdeskResources()
{
    Q_INIT_RESOURCE(postdesk);
}

namespace Ui {

namespace {
QString connectionText(ServerListModel::Connection state)
{
    switch (state) {
    case ServerListModel::Connection::Idle:
        return ServerListModel::tr("not connected");
    case ServerListModel::Connection::Connecting:
        return ServerListModel::tr("connecting");
    case ServerListModel::Connection::Ready:
        return ServerListModel::tr("ready");
    case ServerListModel::Connection::Failed:
        return ServerListModel::tr("failed");
    }
    return {};
}
} // namespace

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    initPostdeskResources();
    m_icons[int(Connection::Idle)] = QIcon(QStringLiteral(":/postdesk/state-idle.svg"));
    m_icons[int(Connection::Connecting)] = QIcon(QStringLiteral(":/postdesk/state-connecting.svg"));
    m_icons[int(Connection::Ready)] = QIcon(QStringLiteral(":/postdesk/state-ready.svg"));
    m_icons[int(Connection::Failed)] = QIcon(QStringLiteral(":/postdesk/state-failed.svg"));
}

ServerListModel::~ServerListModel() = default;

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.profile.displayName();
    case Qt::DecorationRole:
        return iconFor(item.state);
    case Qt::ToolTipRole: {
        const QString where = item.profile.host.isEmpty()
            ? tr("this machine")
            : QStringLiteral("%1@%2:%3").arg(item.profile.user, item.profile.host).arg(item.profile.port);
        QString text = tr("%1\nState: %2").arg(where, connectionText(item.state));
        if (!item.reason.isEmpty())
            text += QLatin1Char('\n') + item.reason;
        return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
    }
    case IdRole:
        return item.profile.id;
    case ConnectionRole:
        return int(item.state);
    case ReasonRole:
        return item.reason;
    default:
        return {};
    }
}

void ServerListModel::setProfiles(const QList<Fleet::ServerProfile> &profiles)
{
    QList<Item> items;
    items.reserve(profiles.size());
    for (const Fleet::ServerProfile &p : profiles) {
        Item item{p, Connection::Idle, {}};
        const int old = rowOf(p.id);
        if (old >= 0) {
            item.state = m_items.at(old).state;
            item.reason = m_items.at(old).reason;
        }
        items.append(item);
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ServerListModel::setConnection(const QUuid &id, Connection state, const QString &reason)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_items[row].state = state;
    m_items[row].reason = reason;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {Qt::DecorationRole, Qt::ToolTipRole, ConnectionRole, ReasonRole});
}

ServerListModel::Connection ServerListModel::connection(const QUuid &id) const
{
    const int row = rowOf(id);
    return row < 0 ? Connection::Idle : m_items.at(row).state;
}

int ServerListModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).profile.id == id)
            return int(i);
    }
    return -1;
}

Fleet::ServerProfile ServerListModel::profile(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).profile : Fleet::ServerProfile();
}

QIcon ServerListModel::iconFor(Connection state) const
{
    return m_icons[int(state)];
}

} // namespace Ui
