// Import from an SSH client config: the hosts listed with their values, a host that already has
// a profile unchecked and marked, Import saves the checked ones as profiles.
#include "dialogs/sshimportdialog.h"
#include "fleet/profilestore.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestSshImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndImports();
    void missingFileSaysSo();
};

void TestSshImportDialog::listsAndImports()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"config"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host mx1\n"
               "    HostName mx1.example.test\n"
               "    User root\n"
               "    Port 2222\n"
               "Host mx2\n"
               "    HostName 192.0.2.20\n"
               "    User admin\n"
               "    ProxyJump jump@bastion.example.test:2200\n"
               "Host old\n"
               "    HostName old.example.test\n"
               "    User root\n"
               "Host *.example.test\n"
               "    IdentityFile ~/.ssh/id_ed25519\n");
    file.close();

    QSettings settings(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
    Fleet::ProfileStore store(&settings);
    Fleet::ServerProfile existing = Fleet::ServerProfile::create();
    existing.name = u"Old server"_s;
    existing.host = u"old.example.test"_s;
    existing.user = u"root"_s;
    store.save(existing);

    Ui::SshImportDialog dialog(&store);
    dialog.setConfigPath(config);
    auto *list = dialog.findChild<QTreeWidget *>(u"sshHostList"_s);
    QVERIFY(list);
    QCOMPARE(dialog.hostCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), u"mx1"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"mx1.example.test"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"2222"_s);
    QCOMPARE(list->topLevelItem(1)->text(5), u"jump@bastion.example.test:2200"_s);
    QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(list->topLevelItem(2)->checkState(0), Qt::Unchecked); // same host, port and user
    QVERIFY(list->topLevelItem(2)->text(6).contains(u"already imported"_s));
    auto *import = dialog.findChild<QPushButton *>(u"sshImportButton"_s);
    QCOMPARE(import->text(), u"Import 2 servers"_s);

    QSignalSpy imported(&dialog, &Ui::SshImportDialog::imported);
    dialog.accept();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.at(0).at(0).toInt(), 2);
    const QList<Fleet::ServerProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 3);
    Fleet::ServerProfile mx2;
    for (const Fleet::ServerProfile &p : profiles) {
        if (p.name == u"mx2"_s)
            mx2 = p;
    }
    QVERIFY(mx2.isValid());
    QCOMPARE(mx2.host, u"192.0.2.20"_s);
    QCOMPARE(mx2.user, u"admin"_s);
    QCOMPARE(mx2.proxyJump, u"jump@bastion.example.test:2200"_s);
}

void TestSshImportDialog::missingFileSaysSo()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
    Fleet::ProfileStore store(&settings);
    Ui::SshImportDialog dialog(&store);
    dialog.setConfigPath(dir.filePath(u"no-such-config"_s));
    QCOMPARE(dialog.hostCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"sshImportButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"sshImportIssues"_s)->text().isEmpty());
}

QTEST_MAIN(TestSshImportDialog)
#include "tst_sshimportdialog.moc"
