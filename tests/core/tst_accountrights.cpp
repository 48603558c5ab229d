#include "actions/accountrights.h"

#include <QFile>
#include <QTest>

using Actions::AccountRights;
using Remote::ServerCapabilities;
using Remote::SudoMode;

namespace {

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/accountrights/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

// What the probe reports on the test server for each account.
ServerCapabilities caps(const QString &user, int uid, bool sudoNoPassword)
{
    ServerCapabilities c;
    c.binaries.insert(QStringLiteral("postqueue"), QStringLiteral("/usr/sbin/postqueue"));
    c.binaries.insert(QStringLiteral("postsuper"), QStringLiteral("/usr/sbin/postsuper"));
    c.binaries.insert(QStringLiteral("sudo"), QStringLiteral("/usr/bin/sudo"));
    c.postfixVersion = QVersionNumber(3, 7, 11);
    c.loginUser = user;
    c.uid = uid;
    c.sudoNoPassword = sudoNoPassword;
    c.canRoot = uid == 0 || sudoNoPassword;
    c.canMailOwner = c.canRoot;
    return c;
}

// Not captured: the test server has no partial sudoers rule. Written in `sudo -l`'s format
// (sudo 1.9.13, Debian 12) for a support account allowed postsuper and postqueue only.
const QByteArray partialSudoRules =
        "Matching Defaults entries for support on mail:\n"
        "    env_reset, secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin\n"
        "\n"
        "User support may run the following commands on mail:\n"
        "    (root) NOPASSWD: /usr/sbin/postsuper, /usr/sbin/postqueue -f\n"
        "    (postfix) NOPASSWD: /usr/sbin/postcat\n"
        "    (root) /usr/sbin/postconf\n";

} // namespace

class TstAccountRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void root()
    {
        const auto r = AccountRights::from(caps(QStringLiteral("root"), 0, true), SudoMode::Auto, false,
                                           data(QStringLiteral("sudo-n-l-root.stdout")));
        QCOMPARE(r.via, AccountRights::Via::Root);
        QVERIFY(r.listQueue && r.readContents && r.queueActions && r.flush && r.configChanges
                && r.restartServices);
        QVERIFY(!r.passwordNeeded);
        QCOMPARE(r.account, QStringLiteral("root"));
        QVERIFY2(r.summaryText().contains(QStringLiteral("everything")), qPrintable(r.summaryText()));
    }

    // pdadmin: sudo ALL with a password; `sudo -n -l` fails ("a password is required").
    void adminWithoutPassword()
    {
        const auto r = AccountRights::from(caps(QStringLiteral("pdadmin"), 1001, false), SudoMode::Auto,
                                           false, data(QStringLiteral("sudo-n-l-pdadmin.stderr")));
        QCOMPARE(r.via, AccountRights::Via::None);
        QVERIFY(r.passwordNeeded);
        QVERIFY(r.listQueue && r.flush);
        QVERIFY(!r.queueActions && !r.configChanges && !r.readContents);
        QVERIFY2(r.summaryText().contains(QStringLiteral("password")), qPrintable(r.summaryText()));
    }

    void adminWithPassword()
    {
        // sudo -n -l printed nothing on stdout: rules unknown, sudo -S will be used.
        auto r = AccountRights::from(caps(QStringLiteral("pdadmin"), 1001, false), SudoMode::Auto, true,
                                     data(QStringLiteral("sudo-n-l-pdadmin.stdout")));
        QCOMPARE(r.via, AccountRights::Via::SudoPassword);
        QVERIFY(r.passwordNeeded);
        QVERIFY(r.queueActions && r.configChanges && r.readContents && r.restartServices);
        // With the rules listed (sudo -S -l with the password): (ALL : ALL) ALL.
        r = AccountRights::from(caps(QStringLiteral("pdadmin"), 1001, false), SudoMode::Password, true,
                                data(QStringLiteral("sudo-S-l-pdadmin.stdout")));
        QCOMPARE(r.via, AccountRights::Via::SudoPassword);
        QVERIFY(r.queueActions && r.configChanges && r.readContents && r.restartServices);
        QVERIFY(r.notes.isEmpty());
    }

    void adminPasswordModeWithoutPassword()
    {
        const auto r = AccountRights::from(caps(QStringLiteral("pdadmin"), 1001, false),
                                           SudoMode::Password, false, {});
        QCOMPARE(r.via, AccountRights::Via::None);
        QVERIFY(r.passwordNeeded);
        QVERIFY(!r.queueActions);
    }

    void viewer()
    {
        auto r = AccountRights::from(caps(QStringLiteral("pdviewer"), 1002, false), SudoMode::Auto, false,
                                     data(QStringLiteral("sudo-n-l-pdviewer.stdout")));
        QCOMPARE(r.via, AccountRights::Via::None);
        QVERIFY(r.listQueue && r.flush);
        QVERIFY(!r.readContents && !r.queueActions && !r.configChanges && !r.restartServices);
        const QString text = r.summaryText();
        QVERIFY2(text.startsWith(QStringLiteral("pdviewer: can list the queue, flush; cannot ")),
                 qPrintable(text));
        // With the password tried, sudo says it plainly.
        r = AccountRights::from(caps(QStringLiteral("pdviewer"), 1002, false), SudoMode::None, false,
                                data(QStringLiteral("sudo-S-l-pdviewer.stderr")));
        QVERIFY(!r.queueActions && !r.passwordNeeded);
        QVERIFY2(r.summaryText().contains(QStringLiteral("may not run sudo")), qPrintable(r.summaryText()));
    }

    void noSudoProfile()
    {
        const auto r = AccountRights::from(caps(QStringLiteral("pdadmin"), 1001, true), SudoMode::None,
                                           true, data(QStringLiteral("sudo-S-l-pdadmin.stdout")));
        QCOMPARE(r.via, AccountRights::Via::None);
        QVERIFY(!r.queueActions);
    }

    void sudoNoPasswordAll()
    {
        const auto r = AccountRights::from(caps(QStringLiteral("ops"), 1003, true), SudoMode::Auto, false,
                                           data(QStringLiteral("sudo-n-l-root.stdout")));
        QCOMPARE(r.via, AccountRights::Via::SudoNoPassword);
        QVERIFY(r.queueActions && r.configChanges && r.readContents && r.restartServices);
        QVERIFY(!r.passwordNeeded);
    }

    void partialRules()
    {
        // NOPASSWD only for postsuper/postqueue (root) and postcat (postfix); postconf needs a
        // password that is not known.
        const auto r = AccountRights::from(caps(QStringLiteral("support"), 1004, false),
                                           SudoMode::NoPassword, false, partialSudoRules);
        QCOMPARE(r.via, AccountRights::Via::SudoNoPassword);
        QVERIFY(r.queueActions);
        QVERIFY(r.readContents);
        QVERIFY(!r.configChanges);
        QVERIFY(!r.restartServices);
        QVERIFY2(r.summaryText().contains(QStringLiteral("sudo allows only: /usr/sbin/postsuper, "
                                                         "/usr/sbin/postqueue, /usr/sbin/postcat")),
                 qPrintable(r.summaryText()));
        // Auto mode: `sudo -n true` is not allowed, so the session would not use sudo: say so.
        const auto automatic = AccountRights::from(caps(QStringLiteral("support"), 1004, false),
                                                   SudoMode::Auto, false, partialSudoRules);
        QVERIFY(!automatic.queueActions);
        QVERIFY2(automatic.summaryText().contains(QStringLiteral("without password")),
                 qPrintable(automatic.summaryText()));
    }

    void mailOwner()
    {
        auto c = caps(QStringLiteral("postfix"), 101, false);
        const auto r = AccountRights::from(c, SudoMode::Auto, false, {});
        QCOMPARE(r.via, AccountRights::Via::MailOwner);
        QVERIFY(r.readContents);
        QVERIFY(!r.queueActions);
    }

    void garbageAndNoPostfix()
    {
        ServerCapabilities c;
        c.loginUser = QStringLiteral("x");
        c.uid = 1000;
        const auto r = AccountRights::from(c, SudoMode::Auto, false,
                                           QByteArrayView("\xff\xfe(garbage\n    (((\n    )ALL"));
        QVERIFY(!r.listQueue && !r.flush && !r.queueActions);
        QVERIFY(!r.summaryText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAccountRights)
#include "tst_accountrights.moc"
