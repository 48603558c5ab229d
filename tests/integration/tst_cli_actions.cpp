// postdesk-cli's changing commands end to end against the real test server: queue actions with
// preview and --yes, a viewer's refusal, relayhost set/show/remove with rollback, and the audit log
// that records all of it. Only messages injected here are acted on; every test removes them (and
// bounces to their sender) and undoes configuration changes even when it fails.
#include "testserverclient.h"
#include "testserverenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerClient;

class tst_CliActions : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QTemporaryDir m_home;
    QString m_auditPath;
    QString m_sender; // unique per run: what the filters select and the cleanup deletes
    QStringList m_relayBackups; // backups made by relayhost set (rolled back at the latest in cleanup)

    TestServerClient::CliRun cli(const QStringList &args, QHash<QString, QString> secrets = {})
    {
        secrets.insert(u"POSTDESK_AUDIT_LOG"_s, m_auditPath);
        return TestServerClient::runCli(args, m_home.path(), secrets);
    }
    TestServerClient::CliRun root(const QStringList &rest, const QHash<QString, QString> &secrets = {})
    {
        return cli(TestServerClient::asRoot(m_env, rest), secrets);
    }
    static QByteArray describe(const TestServerClient::CliRun &r)
    {
        return "exit " + QByteArray::number(r.exitCode) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
    }

    // queue ID → queue name of the whole queue, as root sees it.
    QHash<QString, Postfix::QueueName> snapshot()
    {
        bool ok = false;
        const auto messages = m_env.queueMessages(&ok);
        if (!ok)
            qFatal("postqueue -j on the test server failed");
        QHash<QString, Postfix::QueueName> map;
        // A retry that happens to run (queue_run_delay) moves deferred mail to active for a
        // moment: that is not a change this test made.
        for (const Postfix::QueuedMessage &m : messages)
            map.insert(m.queueId, m.queueName == Postfix::QueueName::Active ? Postfix::QueueName::Deferred
                                                                            : m.queueName);
        return map;
    }

    QStringList injectDeferred(int count, const QString &sender)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            QString error;
            const QString id = m_env.inject(sender, {u"cli.actions%1@oldcorp.example"_s.arg(i)},
                                            u"postdesk-cli actions test %1"_s.arg(i), &error);
            if (id.isEmpty())
                qFatal("inject failed: %s", qPrintable(error));
            ids.append(id);
        }
        return ids;
    }

    // Deletes every message from our sender and every bounce addressed to it.
    void removeOurMail()
    {
        bool ok = false;
        QByteArray ids;
        for (const Postfix::QueuedMessage &m : m_env.queueMessages(&ok)) {
            bool ours = m.sender.startsWith(u"cli-actions-"_s);
            for (const Postfix::Recipient &r : m.recipients)
                ours = ours || r.address.startsWith(u"cli-actions-"_s);
            if (ours)
                ids += m.queueId.toLatin1() + '\n';
        }
        if (!ids.isEmpty())
            m_env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, u"-"_s}, nullptr, nullptr, ids);
    }

    // Everything except `ours` is exactly as before.
    static void compareOthers(const QHash<QString, Postfix::QueueName> &before,
                              const QHash<QString, Postfix::QueueName> &after, const QStringList &ours)
    {
        QHash<QString, Postfix::QueueName> a = before, b = after;
        for (const QString &id : ours) {
            a.remove(id);
            b.remove(id);
        }
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b, a);
    }

    QList<QJsonObject> auditRecords()
    {
        const auto r = cli({u"audit"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        QList<QJsonObject> records;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                records.append(QJsonDocument::fromJson(line).object());
        }
        return records;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(!qEnvironmentVariableIsEmpty("POSTDESK_CLI"));
        QVERIFY(m_home.isValid());
        m_auditPath = m_home.filePath(u"audit/audit.jsonl"_s);
        m_sender = u"cli-actions-%1@sender.example"_s.arg(QRandomGenerator::global()->generate(), 8, 16,
                                                          QLatin1Char('0'));
        removeOurMail(); // leftovers of an aborted earlier run
    }

    void cleanupTestCase()
    {
        removeOurMail();
        // A relayhost test that died half-way: restore the state before its first change.
        if (!m_relayBackups.isEmpty())
            root({u"rollback"_s, m_relayBackups.first(), u"--yes"_s});
    }

    void previewChangesNothing()
    {
        auto guard = qScopeGuard([this] { removeOurMail(); });
        const QStringList ids = injectDeferred(2, m_sender);
        const auto before = snapshot();
        const auto r = root({u"hold"_s, ids.at(0), ids.at(1)});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains("2 messages"), describe(r));
        QVERIFY2(r.out.contains("postsuper"), describe(r));
        QVERIFY2(r.out.contains("oldcorp.example"), describe(r));
        QVERIFY2(r.out.contains(m_sender.toUtf8()), describe(r));
        QVERIFY2(r.out.contains("--yes"), describe(r));
        QCOMPARE(snapshot(), before);

        // --json: one preview object.
        const auto j = root({u"delete"_s, ids.at(0), u"--json"_s});
        QVERIFY2(j.exitCode == 0, describe(j));
        const QJsonObject preview = QJsonDocument::fromJson(j.out.trimmed()).object();
        QCOMPARE(preview.value(u"type"_s).toString(), u"preview"_s);
        QCOMPARE(preview.value(u"action"_s).toString(), u"delete"_s);
        QCOMPARE(preview.value(u"count"_s).toInt(), 1);
        QCOMPARE(preview.value(u"ids"_s).toArray().first().toString(), ids.at(0));
        QVERIFY(preview.value(u"command"_s).toString().contains(u"postsuper -d"_s));
        QCOMPARE(snapshot(), before);
    }

    void holdAndReleaseByIds()
    {
        auto guard = qScopeGuard([this] { removeOurMail(); });
        const QStringList ids = injectDeferred(3, m_sender);
        const QStringList chosen = ids.mid(0, 2);
        const auto before = snapshot();
        QCOMPARE(before.value(ids.at(2)), Postfix::QueueName::Deferred);

        auto r = root(QStringList{u"hold"_s} + chosen + QStringList{u"--yes"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        auto after = snapshot();
        for (const QString &id : chosen)
            QCOMPARE(after.value(id), Postfix::QueueName::Hold);
        QCOMPARE(after.value(ids.at(2)), Postfix::QueueName::Deferred); // not selected: untouched
        compareOthers(before, after, chosen);

        r = root(QStringList{u"release"_s} + chosen + QStringList{u"--yes"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(result.value(u"type"_s).toString(), u"result"_s);
        QCOMPARE(result.value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(result.value(u"reported"_s).toInt(), 2);
        after = snapshot();
        for (const QString &id : chosen)
            QCOMPARE(after.value(id), Postfix::QueueName::Deferred);
        compareOthers(before, after, chosen);
    }

    void unknownIdIsReported()
    {
        auto guard = qScopeGuard([this] { removeOurMail(); });
        const QStringList ids = injectDeferred(1, m_sender);
        const QString missing = u"ABCDEF987"_s;
        QVERIFY(!snapshot().contains(missing));
        const auto r = root({u"hold"_s, ids.at(0), missing, u"--yes"_s});
        QVERIFY2(r.exitCode == 5, describe(r));
        QVERIFY2(r.out.contains("Not in the queue (1): ABCDEF987"), describe(r));
        QCOMPARE(snapshot().value(ids.at(0)), Postfix::QueueName::Hold);
    }

    void deleteByFilter()
    {
        auto guard = qScopeGuard([this] { removeOurMail(); });
        const QString sender = m_sender;
        const QStringList ids = injectDeferred(3, sender);
        const auto before = snapshot();
        const QString filter = u"sender=%1 domain=oldcorp.example"_s.arg(sender);

        auto r = root({u"delete"_s, u"--filter"_s, filter});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains("3 messages"), describe(r));
        QCOMPARE(snapshot(), before);

        r = root({u"delete"_s, u"--filter"_s, filter, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        const auto after = snapshot();
        for (const QString &id : ids)
            QVERIFY2(!after.contains(id), qPrintable(id));
        compareOthers(before, after, ids);

        // Nothing matches any more: with --yes that is "incomplete", and nothing is touched.
        r = root({u"delete"_s, u"--filter"_s, filter, u"--yes"_s});
        QVERIFY2(r.exitCode == 5, describe(r));
        QCOMPARE(snapshot(), after);
    }

    // Deleting 1000+ messages needs the server name typed as well (--confirm HOST): without it,
    // or with a wrong one, nothing is touched (exit 2). Acts only on mail `grow` adds here.
    void largeDeleteNeedsServerName()
    {
        const QString domain = m_env.value(u"PD_TS_GROW_DOMAIN"_s);
        auto grown = [this, &domain] {
            QStringList ids;
            bool ok = false;
            for (const Postfix::QueuedMessage &m : m_env.queueMessages(&ok)) {
                if (!m.recipients.isEmpty() && m.recipients.first().address.endsWith(u'@' + domain))
                    ids.append(m.queueId);
            }
            return ids;
        };
        auto guard = qScopeGuard([this, grown] {
            QByteArray ids;
            for (const QString &id : grown())
                ids += id.toLatin1() + '\n';
            if (!ids.isEmpty())
                m_env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, u"-"_s}, nullptr, nullptr, ids);
        });
        QString error;
        QVERIFY2(m_env.grow(1000, &error), qPrintable(error));
        const int count = int(grown().size());
        QVERIFY(count >= 1000);
        const auto before = snapshot();
        const QString filter = u"domain=%1"_s.arg(domain);

        auto r = root({u"delete"_s, u"--filter"_s, filter, u"--yes"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains(QByteArray("--confirm " + m_env.host().toUtf8())), describe(r));
        QVERIFY2(r.out.contains("Confirmation: this needs --yes --confirm"), describe(r));
        r = root({u"delete"_s, u"--filter"_s, filter, u"--yes"_s, u"--confirm"_s, u"wrong.example"_s});
        QVERIFY2(r.exitCode == 2, describe(r));
        QCOMPARE(snapshot(), before);

        r = root({u"delete"_s, u"--filter"_s, filter, u"--yes"_s, u"--confirm"_s, m_env.host()});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QByteArray("reported " + QByteArray::number(count))), describe(r));
        QVERIFY(grown().isEmpty());
    }

    // pdadmin acts through `sudo -S` with the password from POSTDESK_SUDO_PASSWORD (the IDs follow
    // the password line on stdin); without the password it is refused before anything is sent.
    void adminWithSudoPassword()
    {
        auto guard = qScopeGuard([this] { removeOurMail(); });
        const QStringList ids = injectDeferred(1, m_sender);
        const QStringList admin{u"--ssh"_s, u"%1@%2:%3"_s.arg(m_env.adminUser(), m_env.host()).arg(m_env.port()),
                                u"--identity"_s, m_env.adminKeyEcdsa(), u"--known-hosts"_s,
                                m_env.knownHostsFile()};
        auto r = cli(admin + QStringList{u"hold"_s, ids.at(0), u"--yes"_s});
        QVERIFY2(r.exitCode == 4 && r.err.contains("password"), describe(r));
        QCOMPARE(snapshot().value(ids.at(0)), Postfix::QueueName::Deferred);
        const QHash<QString, QString> sudo{{u"POSTDESK_SUDO_PASSWORD"_s, m_env.adminPassword()}};
        r = cli(admin + QStringList{u"hold"_s, ids.at(0), u"--yes"_s}, sudo);
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(!r.out.contains(m_env.adminPassword().toUtf8()) && !r.err.contains(m_env.adminPassword().toUtf8()));
        QCOMPARE(snapshot().value(ids.at(0)), Postfix::QueueName::Hold);
    }

    // A relay that rejects the login: --test says so and --yes changes nothing.
    void relayThatRejectsIsNotSet()
    {
        const QByteArray mainCf = m_env.readFile(u"/etc/postfix/main.cf"_s);
        static const QRegularExpression relayForm(u"^\\[([^\\]]+)\\]:(\\d+)$"_s);
        const auto m = relayForm.match(m_env.value(u"PD_TS_RELAY_BAD"_s));
        QVERIFY2(m.hasMatch(), qPrintable(m_env.value(u"PD_TS_RELAY_BAD"_s)));
        const auto r = root({u"relayhost"_s, u"set"_s, u"--host"_s, m.captured(1), u"--port"_s, m.captured(2),
                             u"--user"_s, m_env.value(u"PD_TS_RELAY_BAD_USER"_s), u"--test"_s, u"--yes"_s},
                            {{u"POSTDESK_RELAY_PASSWORD"_s, u"wrong-secret-for-test"_s}});
        QVERIFY2(r.exitCode == 4 && r.err.contains("did not accept the login"), describe(r));
        QVERIFY2(r.out.contains("[FAILED]") && r.out.contains("535"), describe(r));
        QVERIFY(!r.out.contains("wrong-secret-for-test") && !r.err.contains("wrong-secret-for-test"));
        QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), mainCf);
    }

    void viewerIsRefused()
    {
        auto guard = qScopeGuard([this] { removeOurMail(); });
        const QStringList ids = injectDeferred(1, m_sender);
        const auto before = snapshot();
        const QStringList viewer{u"--ssh"_s, u"%1@%2:%3"_s.arg(m_env.viewerUser(), m_env.host()).arg(m_env.port()),
                                 u"--identity"_s, m_env.viewerKey(), u"--known-hosts"_s,
                                 m_env.knownHostsFile()};
        auto r = cli(viewer + QStringList{u"hold"_s, ids.at(0), u"--yes"_s});
        QVERIFY2(r.exitCode == 4, describe(r));
        QVERIFY2(r.err.contains("refused") && r.err.contains("pdviewer"), describe(r));
        QCOMPARE(snapshot(), before);
        r = cli(viewer + QStringList{u"relayhost"_s, u"remove"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, describe(r)); // no relayhost: nothing to do
        QCOMPARE(snapshot(), before);
    }

    void usageErrors()
    {
        auto r = root({u"hold"_s});
        QCOMPARE(r.exitCode, 2);
        r = root({u"hold"_s, u"not-an-id!"_s});
        QCOMPARE(r.exitCode, 2);
        r = root({u"delete"_s, u"--filter"_s, u"bogus=1"_s});
        QCOMPARE(r.exitCode, 2);
        r = root({u"relayhost"_s, u"set"_s, u"--host"_s, u"relay.example"_s, u"--user"_s, u"u"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("POSTDESK_RELAY_PASSWORD"), describe(r));
        r = root({u"rollback"_s, u"../../etc"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"audit"_s, u"--ssh"_s, u"root@127.0.0.1"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void relayhostSetShowRemoveRollback()
    {
        const QString mainCfPath = u"/etc/postfix/main.cf"_s;
        const QString saslPath = m_env.value(u"PD_TS_SASL_PASSWD"_s);
        bool ok = false;
        const QByteArray mainCf = m_env.readFile(mainCfPath, &ok);
        QVERIFY(ok);
        const QByteArray sasl = m_env.readFile(saslPath, &ok);
        QVERIFY(ok);
        // relayhost → relay-ok: keep the seeded queue from being delivered through it by the reload
        // (TestServerEnv::postponeDeferredRetries explains).
        const QByteArray retryTimes = m_env.postponeDeferredRetries();
        auto guard = qScopeGuard([this, retryTimes] {
            if (!m_relayBackups.isEmpty())
                root({u"rollback"_s, m_relayBackups.first(), u"--yes"_s});
            m_env.restoreDeferredRetries(retryTimes);
        });
        const int queuedBefore = int(snapshot().size());

        static const QRegularExpression relayForm(u"^\\[([^\\]]+)\\]:(\\d+)$"_s);
        const auto m = relayForm.match(m_env.value(u"PD_TS_RELAY_OK"_s));
        QVERIFY2(m.hasMatch(), qPrintable(m_env.value(u"PD_TS_RELAY_OK"_s)));
        const QString password = m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s);
        const QHash<QString, QString> secret{{u"POSTDESK_RELAY_PASSWORD"_s, password}};
        const QStringList set{u"relayhost"_s, u"set"_s, u"--host"_s, m.captured(1), u"--port"_s,
                              m.captured(2), u"--user"_s, m_env.value(u"PD_TS_RELAY_OK_USER"_s),
                              u"--test"_s};

        // Preview: the login is tested, the diff shown, nothing written.
        auto r = root(set, secret);
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains("relayhost"), describe(r));
        QVERIFY2(!r.out.contains(password.toUtf8()) && !r.err.contains(password.toUtf8()), "secret printed");
        QCOMPARE(m_env.readFile(mainCfPath), mainCf);

        r = root(set + QStringList{u"--yes"_s, u"--json"_s}, secret);
        QVERIFY2(!r.out.contains(password.toUtf8()) && !r.err.contains(password.toUtf8()), "secret printed");
        QString backup;
        for (const QByteArray &line : r.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"type"_s).toString() == u"result"_s)
                backup = o.value(u"backup"_s).toString();
        }
        if (!backup.isEmpty())
            m_relayBackups.append(backup);
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(!backup.isEmpty(), describe(r));

        r = root({u"relayhost"_s, u"show"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QByteArray("relayhost = " + m_env.value(u"PD_TS_RELAY_OK"_s).toUtf8())), describe(r));
        QVERIFY2(!r.out.contains(password.toUtf8()), "secret printed");

        r = root({u"changes"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(backup.toUtf8()), describe(r));

        r = root({u"relayhost"_s, u"remove"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = root({u"relayhost"_s, u"show"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"relayhost"_s).toString(), QString());

        // Rolling back to the backup made before `set` restores the original files byte for byte.
        r = root({u"rollback"_s, backup});
        QVERIFY2(r.exitCode == 0 && r.out.contains(backup.toUtf8()), describe(r));
        r = root({u"rollback"_s, backup, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        m_relayBackups.clear();
        QCOMPARE(m_env.readFile(mainCfPath), mainCf);
        QCOMPARE(m_env.readFile(saslPath), sasl);

        r = root({u"rollback"_s, u"20000101T000000Z"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 4, describe(r));
        // Nothing went out through the relay while it was set.
        QCOMPARE(int(snapshot().size()), queuedBefore);
    }

    // Runs last (alphabetical order does not matter to QtTest: declaration order does).
    void auditRecordsEverything()
    {
        const QList<QJsonObject> records = auditRecords();
        QSet<QString> actions;
        for (const QJsonObject &o : records) {
            actions.insert(o.value(u"action"_s).toString());
            QCOMPARE(o.value(u"client"_s).toString().isEmpty(), false);
            const QByteArray line = QJsonDocument(o).toJson();
            QVERIFY2(!line.contains(m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s).toUtf8()), "secret audited");
        }
        for (const QString &expected : {u"hold"_s, u"release"_s, u"delete"_s, u"config.relayhost.set"_s,
                                        u"config.relayhost.remove"_s, u"rollback"_s}) {
            QVERIFY2(actions.contains(expected),
                     qPrintable(u"no %1 record among %2"_s.arg(expected, QStringList(actions.values()).join(u' '))));
        }
        // The refused viewer action was never run, so it is not a record with result ok.
        for (const QJsonObject &o : records)
            QVERIFY(o.value(u"account"_s).toString() != m_env.viewerUser() || o.value(u"result"_s).toString() != u"ok"_s);

        const QString csv = m_home.filePath(u"export.csv"_s);
        auto r = cli({u"audit"_s, u"--export"_s, csv, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, describe(r));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), records.size() + 1);
        r = cli({u"audit"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains("config.relayhost.set"), describe(r));
    }
};

QTEST_GUILESS_MAIN(tst_CliActions)
#include "tst_cli_actions.moc"
