// Queue actions against the real test server: each action changes exactly the selected messages
// (postqueue -j before/after), as root (key), as pdadmin through `sudo -S` (the password line is
// prepended to stdin, the IDs must survive it) and as pdviewer (clear refusal, nothing changed).
// Every test injects its own messages with a unique sender and deletes them (and any bounce to
// that sender) at the end, even when it fails: the seeded queue is asserted by other tests.
#include "testserverclient.h"
#include "testserverenv.h"

#include "actions/actionpreview.h"
#include "actions/auditlog.h"
#include "actions/queueactionrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::QueueActionKind;
using Actions::QueueActionResult;
using Actions::QueueActionRunner;
using Outcome = Actions::QueueActionResult::Outcome;
using Postfix::QueuedMessage;
using Postfix::QueueName;
using TestSupport::TestServerClient;

namespace {

QString uniqueSender(const char *test)
{
    return u"actions-%1-%2@sender.test"_s.arg(QString::fromLatin1(test).toLower())
            .arg(QCoreApplication::applicationPid());
}

QHash<QString, QueuedMessage> byId(const QList<QueuedMessage> &list)
{
    QHash<QString, QueuedMessage> out;
    for (const auto &m : list)
        out.insert(m.queueId, m);
    return out;
}

QSet<QString> idsIn(const QList<QueuedMessage> &list, QueueName queue)
{
    QSet<QString> out;
    for (const auto &m : list) {
        if (m.queueName == queue)
            out.insert(m.queueId);
    }
    return out;
}

QSet<QString> allIds(const QList<QueuedMessage> &list)
{
    QSet<QString> out;
    for (const auto &m : list)
        out.insert(m.queueId);
    return out;
}

// Deletes every message from `sender` and every bounce to it, whatever happened in the test.
struct CleanupGuard
{
    const TestSupport::TestServerEnv &env;
    QString sender;

    ~CleanupGuard()
    {
        bool ok = false;
        const auto list = env.queueMessages(&ok);
        QByteArray ids;
        for (const auto &m : list) {
            bool ours = m.sender.compare(sender, Qt::CaseInsensitive) == 0;
            for (const auto &r : m.recipients)
                ours = ours || r.address.compare(sender, Qt::CaseInsensitive) == 0;
            if (ours)
                ids += m.queueId.toLatin1() + '\n';
        }
        if (ids.isEmpty())
            return;
        int exitCode = -1;
        // maildrop too: a requeued message sits there under its old ID until pickup runs.
        env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, u"-"_s, u"maildrop"_s, u"hold"_s, u"incoming"_s,
                  u"active"_s, u"deferred"_s},
                 &exitCode, nullptr, ids);
        if (exitCode != 0)
            qWarning("cleanup: postsuper -d failed for %s", qPrintable(sender));
    }
};

} // namespace

class tst_ActionsServer : public QObject
{
    Q_OBJECT

    TestSupport::TestServerEnv m_env;
    std::unique_ptr<Remote::ServerSession> m_root;
    std::unique_ptr<Remote::ServerSession> m_admin;
    std::unique_ptr<Remote::ServerSession> m_viewer;
    QTemporaryDir m_dir;
    std::unique_ptr<Actions::AuditLog> m_audit;
    int m_runs = 0;

    // Injects n messages from sender to oldcorp.example (connection refused → deferred).
    QStringList inject(const QString &sender, int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            QString error;
            const QString id = m_env.inject(sender, {u"user%1@oldcorp.example"_s.arg(i)},
                                            u"Postdesk actions test %1"_s.arg(i), &error);
            if (id.isEmpty()) {
                qWarning("inject failed: %s", qPrintable(error));
                return {};
            }
            ids << id;
        }
        return ids;
    }

    // The messages as the preview saw them (a fresh listing, like the GUI's table).
    QList<QueuedMessage> previewed(const QStringList &ids)
    {
        const auto all = byId(m_env.queueMessages());
        QList<QueuedMessage> out;
        for (const QString &id : ids) {
            if (all.contains(id))
                out << all.value(id);
        }
        return out;
    }

    QueueActionResult run(Remote::ServerSession *session, QueueActionKind kind, const QList<QueuedMessage> &messages,
                          const QString &site = {})
    {
        QueueActionRunner runner(session, m_audit.get());
        QSignalSpy finished(&runner, &QueueActionRunner::finished);
        QueueActionRunner::Request request;
        request.kind = kind;
        request.messages = messages;
        request.site = site;
        request.serverName = m_env.name();
        request.filter = u"test"_s;
        runner.start(request);
        ++m_runs;
        if (!finished.wait(120000)) {
            QueueActionResult r;
            r.error = u"test: the runner did not finish"_s;
            return r;
        }
        return finished.first().at(0).value<QueueActionResult>();
    }

    // Everything but `changed` is as before (IDs and queues; active/deferred count as one since
    // qmgr moves seeded mail between them at any time).
    void verifyOthersUnchanged(const QList<QueuedMessage> &before, const QList<QueuedMessage> &after,
                               const QSet<QString> &changed)
    {
        auto norm = [](QueueName q) { return q == QueueName::Active ? QueueName::Deferred : q; };
        const auto afterById = byId(after);
        for (const auto &m : before) {
            if (changed.contains(m.queueId) || m.sender == u"MAILER-DAEMON"_s)
                continue;
            QVERIFY2(afterById.contains(m.queueId), qPrintable(u"%1 disappeared"_s.arg(m.queueId)));
            QCOMPARE(norm(afterById.value(m.queueId).queueName), norm(m.queueName));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Actions::QueueActionResult>();
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_dir.isValid());
        m_audit = std::make_unique<Actions::AuditLog>(m_dir.filePath(u"audit.jsonl"_s));
        m_root = TestServerClient::connect(m_env, u"root"_s, Remote::AuthMethod::KeyFile, m_env.rootKey());
        QCOMPARE(m_root->state(), Remote::ServerSession::State::Ready);
        m_admin = TestServerClient::connect(m_env, m_env.adminUser(), Remote::AuthMethod::KeyFile,
                                            m_env.adminKeyEcdsa());
        QCOMPARE(m_admin->state(), Remote::ServerSession::State::Ready);
        m_admin->setSudoPassword(m_env.adminPassword());
        m_viewer = TestServerClient::connect(m_env, m_env.viewerUser(), Remote::AuthMethod::KeyFile,
                                             m_env.viewerKey());
        QCOMPARE(m_viewer->state(), Remote::ServerSession::State::Ready);
    }

    void holdAndReleaseExactlyTheSelected()
    {
        const QString sender = uniqueSender("hold");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 3);
        QCOMPARE(ids.size(), 3);
        const auto selected = previewed(ids.mid(0, 2));
        QCOMPARE(selected.size(), 2);
        const auto before = m_env.queueMessages();

        auto r = run(m_root.get(), QueueActionKind::Hold, selected);
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        QCOMPARE(r.expected, 2);
        QCOMPARE(r.reported, 2);
        auto after = m_env.queueMessages();
        QCOMPARE(idsIn(after, QueueName::Hold) - idsIn(before, QueueName::Hold), (QSet<QString>{ids[0], ids[1]}));
        QCOMPARE(idsIn(before, QueueName::Hold) - idsIn(after, QueueName::Hold), QSet<QString>{});
        QCOMPARE(byId(after).value(ids[2]).queueName, QueueName::Deferred);
        verifyOthersUnchanged(before, after, {ids[0], ids[1]});

        r = run(m_root.get(), QueueActionKind::Release, previewed(ids.mid(0, 2)));
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        after = m_env.queueMessages();
        QCOMPARE(idsIn(after, QueueName::Hold), idsIn(before, QueueName::Hold));
        verifyOthersUnchanged(before, after, {});
    }

    void adminThroughSudoPassword()
    {
        const QString sender = uniqueSender("sudo");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 3);
        QCOMPARE(ids.size(), 3);
        const auto before = m_env.queueMessages();

        // sudo -S: the password line comes first on stdin; postsuper must still get every ID.
        auto r = run(m_admin.get(), QueueActionKind::Hold, previewed(ids.mid(0, 2)));
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        auto after = m_env.queueMessages();
        QCOMPARE(idsIn(after, QueueName::Hold) - idsIn(before, QueueName::Hold), (QSet<QString>{ids[0], ids[1]}));
        QVERIFY(!r.serverOutput.contains(m_env.adminPassword()));

        r = run(m_admin.get(), QueueActionKind::Delete, previewed({ids[0], ids[2]}));
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        QCOMPARE(r.reported, 2);
        after = m_env.queueMessages();
        QVERIFY(!allIds(after).contains(ids[0]));
        QVERIFY(!allIds(after).contains(ids[2]));
        QCOMPARE(byId(after).value(ids[1]).queueName, QueueName::Hold);
        verifyOthersUnchanged(before, after, {ids[0], ids[1], ids[2]});
    }

    void requeueGivesNewIds()
    {
        const QString sender = uniqueSender("requeue");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 2);
        QCOMPARE(ids.size(), 2);
        const auto before = m_env.queueMessages();
        const auto r = run(m_root.get(), QueueActionKind::Requeue, previewed({ids[0]}));
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        QCOMPARE(r.reported, 1);
        const auto after = byId(m_env.queueMessages());
        // In maildrop under its old name until pickup gives it a new ID.
        QVERIFY(!after.contains(ids[0]) || after.value(ids[0]).queueName == QueueName::Maildrop);
        QCOMPARE(after.value(ids[1]).queueName, QueueName::Deferred);
        verifyOthersUnchanged(before, m_env.queueMessages(), {ids[0]});
    }

    void expireReleasesHeldMail()
    {
        const QString sender = uniqueSender("expire");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 3);
        QCOMPARE(ids.size(), 3);
        auto r = run(m_root.get(), QueueActionKind::Hold, previewed({ids[0]}));
        QCOMPARE(r.outcome, Outcome::Ok);
        const auto before = m_env.queueMessages();
        r = run(m_root.get(), QueueActionKind::Expire, previewed({ids[0], ids[1]}));
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        QVERIFY2(r.command.contains(u"postsuper -f - hold"_s), qPrintable(r.command));
        QCOMPARE(r.reported, 2);
        const auto after = byId(m_env.queueMessages());
        for (const QString &id : {ids[0], ids[1]}) {
            // Either still queued and marked, or already returned to the sender (bounced).
            if (after.contains(id)) {
                QVERIFY(after.value(id).forcedExpire);
                QVERIFY(after.value(id).queueName != QueueName::Hold);
            }
        }
        QVERIFY(!after.value(ids[2]).forcedExpire);
        verifyOthersUnchanged(before, m_env.queueMessages(), {ids[0], ids[1]});
    }

    void deliverNow()
    {
        const QString sender = uniqueSender("deliver");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 2);
        QCOMPARE(ids.size(), 2);
        const auto r = run(m_viewer.get(), QueueActionKind::Deliver, previewed({ids[0]}));
        // postqueue -i needs no privilege (authorized_flush_users = anyone).
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText() + u" / "_s + r.serverOutput));
        QCOMPARE(r.actedIds, QStringList{ids[0]});
    }

    void vanishedBetweenPreviewAndStart()
    {
        const QString sender = uniqueSender("vanished");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 2);
        QCOMPARE(ids.size(), 2);
        const auto selected = previewed(ids);
        int exitCode = -1;
        m_env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, ids[0]}, &exitCode);
        QCOMPARE(exitCode, 0);
        const auto r = run(m_root.get(), QueueActionKind::Hold, selected);
        QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.summaryText()));
        QCOMPARE(r.actedIds, QStringList{ids[1]});
        QCOMPARE(r.dropped.size(), 1);
        QCOMPARE(r.dropped.first().reason, Actions::DroppedMessage::Reason::Vanished);
        QCOMPARE(r.dropped.first().message.queueId, ids[0]);
    }

    void reusedIdIsNotTouched()
    {
        const QString sender = uniqueSender("reused");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 2);
        QCOMPARE(ids.size(), 2);
        auto selected = previewed(ids);
        selected[0].sender = u"someone-else@sender.test"_s;   // the preview saw another message
        selected[1].arrivalTime -= 3600;                      // … or one that arrived earlier
        const auto r = run(m_root.get(), QueueActionKind::Delete, selected);
        QCOMPARE(r.outcome, Outcome::Nothing);
        QCOMPARE(r.dropped.size(), 2);
        for (const auto &d : r.dropped)
            QCOMPARE(d.reason, Actions::DroppedMessage::Reason::Reused);
        const auto after = byId(m_env.queueMessages());
        QVERIFY(after.contains(ids[0]));
        QVERIFY(after.contains(ids[1]));
    }

    void viewerIsRefused()
    {
        const QString sender = uniqueSender("viewer");
        CleanupGuard guard{m_env, sender};
        const QStringList ids = inject(sender, 1);
        QCOMPARE(ids.size(), 1);
        const auto before = m_env.queueMessages();
        const auto r = run(m_viewer.get(), QueueActionKind::Delete, previewed(ids));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"postsuper"_s) || r.error.contains(u"sudo"_s), qPrintable(r.error));
        const auto after = m_env.queueMessages();
        QVERIFY(allIds(after).contains(ids[0]));
        verifyOthersUnchanged(before, after, {});
    }

    void flushSiteNotFastFlush()
    {
        const auto r = run(m_root.get(), QueueActionKind::FlushSite, {}, u"oldcorp.example"_s);
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"fast_flush_domains"_s), qPrintable(r.error));
    }

    void everyRunIsAudited()
    {
        const auto read = m_audit->read();
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.size(), m_runs);
        QCOMPARE(read.damagedLines, 0);
        for (const auto &rec : read.records) {
            QVERIFY(!rec.action.isEmpty());
            QVERIFY(!rec.result.isEmpty());
            QCOMPARE(rec.server, m_env.name());
            const QByteArray json = QJsonDocument(rec.toJson()).toJson();
            QVERIFY(!json.contains(m_env.adminPassword().toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ActionsServer)
#include "tst_actions_server.moc"
