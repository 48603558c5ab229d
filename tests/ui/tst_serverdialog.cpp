#include "dialogs/alertthresholdseditor.h"
#include "dialogs/serverdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Fleet::CredentialStore::Kind;

class TestServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsProfileAndKeepsSecretsApart();
    void validates();
    void noKeychainNoPasswordFields();
    void fleetFields();
    void alertThresholdsValidated();
};

namespace {
template <typename T>
T *child(QWidget &w, const QString &name)
{
    T *c = w.findChild<T *>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}
} // namespace

void TestServerDialog::editsProfileAndKeepsSecretsApart()
{
    Fleet::ServerProfile original = Fleet::ServerProfile::create();
    Ui::ServerDialog dialog(original, true);
    child<QLineEdit>(dialog, u"serverNameEdit"_s)->setText(u"  mx1 Frankfurt "_s);
    child<QLineEdit>(dialog, u"serverHostEdit"_s)->setText(u"mx1.example.org"_s);
    child<QSpinBox>(dialog, u"serverPortSpin"_s)->setValue(2222);
    child<QLineEdit>(dialog, u"serverUserEdit"_s)->setText(u"admin"_s);
    auto *auth = child<QComboBox>(dialog, u"serverAuthCombo"_s);
    auth->setCurrentIndex(auth->findData(int(Remote::AuthMethod::Password)));
    auto *sudo = child<QComboBox>(dialog, u"serverSudoCombo"_s);
    sudo->setCurrentIndex(sudo->findData(int(Remote::SudoMode::Password)));
    child<QLineEdit>(dialog, u"sshPasswordEdit"_s)->setText(u"ssh-secret"_s);
    child<QLineEdit>(dialog, u"keyPassphraseEdit"_s)->setText(u"ignored: not key auth"_s);
    child<QLineEdit>(dialog, u"sudoPasswordEdit"_s)->setText(u"sudo-secret"_s);

    const Fleet::ServerProfile p = dialog.profile();
    QCOMPARE(p.id, original.id);
    QCOMPARE(p.name, u"mx1 Frankfurt"_s);
    QCOMPARE(p.host, u"mx1.example.org"_s);
    QCOMPARE(p.port, 2222);
    QCOMPARE(p.user, u"admin"_s);
    QCOMPARE(p.auth, Remote::AuthMethod::Password);
    QCOMPARE(p.sudoMode, Remote::SudoMode::Password);
    const auto secrets = dialog.secrets();
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets.value(Kind::SshPassword), u"ssh-secret"_s);
    QCOMPARE(secrets.value(Kind::SudoPassword), u"sudo-secret"_s);
    QVERIFY(!secrets.contains(Kind::KeyPassphrase));
    QVERIFY(child<QLineEdit>(dialog, u"sshPasswordEdit"_s)->echoMode() == QLineEdit::Password);
}

void TestServerDialog::validates()
{
    Ui::ServerDialog dialog(Fleet::ServerProfile::create(), true);
    dialog.show();
    dialog.accept(); // no name
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    child<QLineEdit>(dialog, u"serverNameEdit"_s)->setText(u"mx"_s);
    child<QLineEdit>(dialog, u"serverHostEdit"_s)->setText(u"mx.example.org"_s);
    auto *auth = child<QComboBox>(dialog, u"serverAuthCombo"_s);
    auth->setCurrentIndex(auth->findData(int(Remote::AuthMethod::KeyFile)));
    child<QLineEdit>(dialog, u"serverUserEdit"_s)->setText(u"root"_s);
    dialog.accept(); // no key file
    QVERIFY(dialog.isVisible());
    child<QLineEdit>(dialog, u"serverKeyFileEdit"_s)->setText(u"/home/admin/.ssh/id_ed25519"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestServerDialog::noKeychainNoPasswordFields()
{
    Ui::ServerDialog dialog(Fleet::ServerProfile::create(), false);
    QVERIFY(!child<QLineEdit>(dialog, u"sshPasswordEdit"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, u"sudoPasswordEdit"_s)->isEnabled());
}

void TestServerDialog::fleetFields()
{
    Fleet::ServerProfile original = Fleet::ServerProfile::create();
    original.name = u"mx1"_s;
    original.group = u"Acme"_s;
    original.pollIntervalSeconds = 45; // not one of the offered intervals: kept
    Ui::ServerDialog dialog(original, true);
    dialog.setGroups({u"Acme"_s, u"Bakery"_s, QString()});
    auto *group = child<QComboBox>(dialog, u"serverGroupCombo"_s);
    QCOMPARE(group->currentText(), u"Acme"_s);
    QCOMPARE(group->count(), 2);
    auto *poll = child<QComboBox>(dialog, u"serverPollCombo"_s);
    QCOMPARE(dialog.profile().pollIntervalSeconds, 45);
    QCOMPARE(poll->itemData(0).toInt(), 0); // off first

    group->setEditText(u" Bakery "_s);
    poll->setCurrentIndex(poll->findData(600));
    child<QLineEdit>(dialog, u"serverLogFileEdit"_s)->setText(u"/var/log/mail/mail.log"_s);
    child<QLineEdit>(dialog, u"serverJumpEdit"_s)->setText(u"jump@bastion:2200"_s);
    child<QSpinBox>(dialog, u"alertDeferredWarnSpin"_s)->setValue(100);
    child<QSpinBox>(dialog, u"alertDeferredCritSpin"_s)->setValue(400);
    child<QSpinBox>(dialog, u"alertGrowthWindowSpin"_s)->setValue(30);
    child<QSpinBox>(dialog, u"alertSenderMinimumSpin"_s)->setValue(0);

    const Fleet::ServerProfile p = dialog.profile();
    QCOMPARE(p.group, u"Bakery"_s);
    QCOMPARE(p.pollIntervalSeconds, 600);
    QCOMPARE(p.logFile, u"/var/log/mail/mail.log"_s);
    QCOMPARE(p.proxyJump, u"jump@bastion:2200"_s);
    QCOMPARE(p.alerts.deferred, (Fleet::Threshold{100, 400}));
    QCOMPARE(p.alerts.growthWindowMinutes, 30);
    QCOMPARE(p.alerts.topSenderMinimumMessages, 0);
    QCOMPARE(p.alerts.growth, original.alerts.growth);           // untouched fields keep theirs
    QCOMPARE(p.alerts.clearPercent, original.alerts.clearPercent); // not shown: kept
}

void TestServerDialog::alertThresholdsValidated()
{
    Fleet::ServerProfile original = Fleet::ServerProfile::create();
    original.name = u"local"_s;
    Ui::ServerDialog dialog(original, true);
    dialog.show();
    auto *alerts = dialog.findChild<Ui::AlertThresholdsEditor *>();
    QVERIFY(alerts);
    QVERIFY(!alerts->isExpanded());
    QVERIFY(!child<QWidget>(dialog, u"alertsSection"_s)->isVisible());
    child<QSpinBox>(dialog, u"alertOldestWarnSpin"_s)->setValue(80);
    child<QSpinBox>(dialog, u"alertOldestCritSpin"_s)->setValue(72);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(dialog, u"serverDialogError"_s)->text().contains(u"oldest message"_s));
    child<QSpinBox>(dialog, u"alertOldestCritSpin"_s)->setValue(0); // critical off: fine
    child<QLineEdit>(dialog, u"serverJumpEdit"_s)->setText(u"-oProxyCommand=evil"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    child<QLineEdit>(dialog, u"serverJumpEdit"_s)->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
