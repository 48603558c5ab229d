// The server list's export and import through the sidebar menu's worker: a round trip between
// two settings files, the status-bar sentence, and a file that is not a server list.
#include "fleet/profilestore.h"
#include "fleet/serverlisttransfer.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestServerListTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportThenImport();
    void notAServerList();
};

void TestServerListTransfer::exportThenImport()
{
    QTemporaryDir dir;
    QSettings from(dir.filePath(u"from.ini"_s), QSettings::IniFormat);
    Fleet::ProfileStore source(&from);
    Fleet::ServerProfile mx = Fleet::ServerProfile::create();
    mx.name = u"mx1"_s;
    mx.group = u"Acme"_s;
    mx.host = u"mx1.example.test"_s;
    mx.user = u"root"_s;
    mx.proxyJump = u"jump@bastion.example.test"_s;
    mx.alerts.deferred = {100, 400};
    source.save(mx);
    QWidget parent;
    Ui::ServerListTransfer exporter(&source, &parent);
    QVERIFY(exporter.menu()->findChild<QAction *>(u"exportServersAction"_s));
    QVERIFY(exporter.menu()->findChild<QAction *>(u"importSshConfigAction"_s));
    QSignalSpy exported(&exporter, &Ui::ServerListTransfer::message);
    const QString file = dir.filePath(u"servers.json"_s);
    QVERIFY(exporter.exportTo(file));
    QVERIFY(exported.at(0).at(0).toString().startsWith(u"Exported 1 servers"_s));

    QSettings to(dir.filePath(u"to.ini"_s), QSettings::IniFormat);
    Fleet::ProfileStore target(&to);
    Ui::ServerListTransfer importer(&target, &parent);
    QSignalSpy imported(&importer, &Ui::ServerListTransfer::message);
    QVERIFY(importer.importFrom(file));
    QCOMPARE(imported.at(0).at(0).toString(), u"Imported 1 servers: 1 added, 0 replaced, 0 renamed."_s);
    const QList<Fleet::ServerProfile> profiles = target.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().id, mx.id);
    QCOMPARE(profiles.first().group, u"Acme"_s);
    QCOMPARE(profiles.first().proxyJump, mx.proxyJump);
    QCOMPARE(profiles.first().alerts.deferred, mx.alerts.deferred);
}

void TestServerListTransfer::notAServerList()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"other.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\":\"something-else\"}");
    out.close();
    QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    Fleet::ProfileStore store(&settings);
    QWidget parent;
    Ui::ServerListTransfer transfer(&store, &parent);
    QSignalSpy message(&transfer, &Ui::ServerListTransfer::message);
    QVERIFY(!transfer.importFrom(file));
    QVERIFY(message.at(0).at(0).toString().startsWith(u"Nothing imported"_s));
    QVERIFY(!transfer.importFrom(dir.filePath(u"missing.json"_s)));
    QVERIFY(message.at(1).at(0).toString().startsWith(u"Could not read"_s));
    QVERIFY(store.profiles().isEmpty());
}

QTEST_MAIN(TestServerListTransfer)
#include "tst_serverlisttransfer.moc"
