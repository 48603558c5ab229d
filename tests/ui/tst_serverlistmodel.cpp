#include "models/serverlistmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::ServerListModel;

namespace {
Fleet::ServerProfile profile(const QString &name, const QString &host = u"mx.example.test"_s)
{
    Fleet::ServerProfile p = Fleet::ServerProfile::create();
    p.name = name;
    p.host = host;
    p.user = u"root"_s;
    return p;
}
} // namespace

class TestServerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndRoles();
    void stateSurvivesReload();
    void unknownIdIgnored();
};

void TestServerListModel::rowsAndRoles()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto a = profile(u"mx1"_s);
    const auto b = profile(u"<b>bold</b>"_s, {});
    model.setProfiles({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"mx1"_s);
    QCOMPARE(model.index(0).data(ServerListModel::IdRole).toUuid(), a.id);
    QCOMPARE(model.index(0).data(ServerListModel::ConnectionRole).toInt(),
             int(ServerListModel::Connection::Idle));
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"root@mx.example.test:22"_s));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(u"this machine"_s));
    QCOMPARE(model.rowOf(b.id), 1);
    QCOMPARE(model.profile(1).id, b.id);
    QVERIFY(!model.profile(7).isValid());
}

void TestServerListModel::stateSurvivesReload()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto a = profile(u"mx1"_s);
    const auto b = profile(u"mx2"_s);
    model.setProfiles({a, b});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setConnection(b.id, ServerListModel::Connection::Failed, u"Connection refused <script>"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.connection(b.id), ServerListModel::Connection::Failed);
    const QString tip = model.index(1).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(u"failed"_s));
    QVERIFY(tip.contains(u"&lt;script&gt;"_s)); // reasons are plain text
    model.setProfiles({b, profile(u"mx3"_s)});
    QCOMPARE(model.rowOf(a.id), -1);
    QCOMPARE(model.connection(b.id), ServerListModel::Connection::Failed);
    QCOMPARE(model.index(0).data(ServerListModel::ReasonRole).toString(), u"Connection refused <script>"_s);
}

void TestServerListModel::unknownIdIgnored()
{
    ServerListModel model;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setConnection(QUuid::createUuid(), ServerListModel::Connection::Ready);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.connection(QUuid::createUuid()), ServerListModel::Connection::Idle);
}

QTEST_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
