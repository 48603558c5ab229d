#include "actions/actionpreview.h"
#include "actions/queueactioncommand.h"

#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using Actions::ActionPreview;
using Actions::DroppedMessage;
using Actions::PreviewContext;
using Actions::QueueActionKind;
using Postfix::QueuedMessage;
using Postfix::QueueName;

namespace {

QueuedMessage message(const QString &id, QueueName queue, const QString &sender, const QStringList &rcpts,
                      qint64 arrival, const QString &reason = {})
{
    QueuedMessage m;
    m.queueId = id;
    m.queueName = queue;
    m.sender = sender;
    m.arrivalTime = arrival;
    for (const QString &r : rcpts)
        m.recipients << Postfix::Recipient{r, {}, reason, {}};
    return m;
}

const QString refused = u"connect to mail.oldcorp.example[127.0.0.20]:25: Connection refused"_s;

QList<QueuedMessage> deferred(int n, const QString &reason = refused)
{
    QList<QueuedMessage> out;
    for (int i = 0; i < n; ++i)
        out << message(u"%1"_s.arg(0xA00000 + i, 0, 16).toUpper(), QueueName::Deferred,
                       u"s%1@shop.example"_s.arg(i % 3), {u"r%1@d%2.example"_s.arg(i).arg(i % 12)},
                       1795400000 + (n - i), reason);
    return out;
}

PreviewContext context(int total = 300, const QString &version = u"3.7.11"_s)
{
    PreviewContext c;
    c.serverName = u"mail.pdts.test"_s;
    c.capabilities.postfixVersion = QVersionNumber::fromString(version);
    c.totalInQueue = total;
    return c;
}

QStringList ids(const QList<QueuedMessage> &list)
{
    QStringList out;
    for (const auto &m : list)
        out << m.queueId;
    return out;
}

} // namespace

class tst_ActionPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (auto kind : {QueueActionKind::Hold, QueueActionKind::Release, QueueActionKind::Requeue,
                          QueueActionKind::Expire, QueueActionKind::Delete, QueueActionKind::Deliver,
                          QueueActionKind::FlushAll, QueueActionKind::FlushSite}) {
            QueueActionKind back = QueueActionKind::Hold;
            QVERIFY(Actions::queueActionFromKey(Actions::queueActionKey(kind), &back));
            QCOMPARE(back, kind);
            QVERIFY(!Actions::queueActionTitle(kind).isEmpty());
            QVERIFY(!Actions::queueActionExplanation(kind).isEmpty());
        }
        QueueActionKind untouched = QueueActionKind::Release;
        QVERIFY(!Actions::queueActionFromKey(u"purge", &untouched));
        QCOMPARE(untouched, QueueActionKind::Release);
        QCOMPARE(Actions::queueActionKey(QueueActionKind::FlushSite), u"flush_site"_s);
    }

    void summaryAndSample()
    {
        const auto messages = deferred(25);
        const ActionPreview p = Actions::buildPreview(QueueActionKind::Hold, messages, context());
        QCOMPARE(p.count, 25);
        QCOMPARE(p.recipientDomains.size(), 10);
        QCOMPARE(p.otherDomains, 2);
        QCOMPARE(p.recipientDomains.first().second, 3); // d0..d0 (i%12 == 0: 0, 12, 24)
        QCOMPARE(p.senders.size(), 3);
        QCOMPARE(p.senders.first(), qMakePair(u"s0@shop.example"_s, 9));
        QCOMPARE(p.sample.size(), 10);
        QVERIFY(p.sample.first().arrivalTime <= p.sample.last().arrivalTime); // oldest first
        QCOMPARE(p.sample.first().queueId, messages.last().queueId);
        QCOMPARE(p.command, u"/usr/sbin/postsuper -h - active deferred   (25 queue IDs on stdin, one per line)"_s);
        QCOMPARE(p.confirmation, ActionPreview::Confirmation::Typed);
        QCOMPARE(p.confirmationToken, u"25"_s);
        QVERIFY(p.canRun());
    }

    void excludesWrongQueue()
    {
        auto messages = deferred(2);
        messages << message(u"B0B0B0"_s, QueueName::Hold, u"x@y.example"_s, {u"a@b.example"_s}, 1);
        const ActionPreview p = Actions::buildPreview(QueueActionKind::Hold, messages, context());
        QCOMPARE(p.count, 2);
        QCOMPARE(p.excluded.size(), 1);
        QCOMPARE(p.excluded.first().reason, DroppedMessage::Reason::NotApplicable);
        QVERIFY(!ids(p.messages).contains(u"B0B0B0"_s));
        const ActionPreview r = Actions::buildPreview(QueueActionKind::Release, messages, context());
        QCOMPARE(ids(r.messages), QStringList{u"B0B0B0"_s});
        QCOMPARE(r.command, u"/usr/sbin/postsuper -H - hold   (1 queue ID on stdin)"_s);
        const ActionPreview d = Actions::buildPreview(QueueActionKind::Deliver, messages, context());
        QCOMPARE(d.count, 2);
    }

    void confirmationLevels_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("level");
        using C = ActionPreview::Confirmation;
        QTest::newRow("hold 1") << int(QueueActionKind::Hold) << 1 << 300 << int(C::Simple);
        QTest::newRow("hold 5") << int(QueueActionKind::Hold) << 5 << 300 << int(C::Simple);
        QTest::newRow("hold 6") << int(QueueActionKind::Hold) << 6 << 300 << int(C::Typed);
        QTest::newRow("hold all") << int(QueueActionKind::Hold) << 30 << 30 << int(C::Typed);
        QTest::newRow("delete 1") << int(QueueActionKind::Delete) << 1 << 300 << int(C::Simple);
        QTest::newRow("delete 2") << int(QueueActionKind::Delete) << 2 << 300 << int(C::Typed);
        QTest::newRow("expire 3") << int(QueueActionKind::Expire) << 3 << 300 << int(C::Typed);
        QTest::newRow("delete whole queue") << int(QueueActionKind::Delete) << 30 << 30 << int(C::Server);
        QTest::newRow("expire whole queue") << int(QueueActionKind::Expire) << 30 << 30 << int(C::Server);
        QTest::newRow("delete 1000") << int(QueueActionKind::Delete) << 1000 << 5000 << int(C::Server);
        QTest::newRow("delete 999") << int(QueueActionKind::Delete) << 999 << 5000 << int(C::Typed);
        QTest::newRow("requeue 1000") << int(QueueActionKind::Requeue) << 1000 << 5000 << int(C::Typed);
    }

    void confirmationLevels()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        QFETCH(int, total);
        QFETCH(int, level);
        const ActionPreview p = Actions::buildPreview(QueueActionKind(kind), deferred(count), context(total));
        QCOMPARE(int(p.confirmation), level);
        if (p.confirmation == ActionPreview::Confirmation::Server)
            QCOMPARE(p.confirmationToken, u"mail.pdts.test"_s);
        else if (p.confirmation == ActionPreview::Confirmation::Typed)
            QCOMPARE(p.confirmationToken, QString::number(count));
    }

    void deleteOffersAlternatives()
    {
        ActionPreview p = Actions::buildPreview(QueueActionKind::Delete, deferred(3), context());
        QCOMPARE(p.alternatives, (QList<QueueActionKind>{QueueActionKind::Hold, QueueActionKind::Expire}));
        p = Actions::buildPreview(QueueActionKind::Delete, deferred(3), context(300, u"3.4.14"_s));
        QCOMPARE(p.alternatives, QList<QueueActionKind>{QueueActionKind::Hold});
        QVERIFY(Actions::buildPreview(QueueActionKind::Hold, deferred(3), context()).alternatives.isEmpty());
    }

    void expireUnavailableOnOldPostfix()
    {
        const ActionPreview p = Actions::buildPreview(QueueActionKind::Expire, deferred(3), context(300, u"3.4.14"_s));
        QVERIFY(!p.canRun());
        QVERIFY2(p.unavailable.contains(u"3.5"_s), qPrintable(p.unavailable));
    }

    void expireOfHeldUsesDashF()
    {
        auto messages = deferred(1);
        messages << message(u"B0B0B0"_s, QueueName::Hold, u"x@y.example"_s, {u"a@b.example"_s}, 1);
        const ActionPreview p = Actions::buildPreview(QueueActionKind::Expire, messages, context());
        QVERIFY2(p.command.startsWith(u"/usr/sbin/postsuper -f - hold active deferred "_s), qPrintable(p.command));
        const ActionPreview e = Actions::buildPreview(QueueActionKind::Expire, deferred(1), context());
        QVERIFY2(e.command.startsWith(u"/usr/sbin/postsuper -e - active deferred "_s), qPrintable(e.command));
    }

    void retryWarning()
    {
        // Mostly "connection refused": flushing will not help and the preview says so.
        ActionPreview p = Actions::buildPreview(QueueActionKind::FlushAll, deferred(10), context());
        QVERIFY(p.canRun());
        QCOMPARE(p.confirmation, ActionPreview::Confirmation::Simple);
        QCOMPARE(p.command, u"/usr/sbin/postqueue -f"_s);
        QVERIFY2(p.warnings.join(u' ').contains(u"TUNING_README"_s), qPrintable(p.warnings.join(u'\n')));
        PreviewContext fixed = context();
        fixed.fixAppliedSince = true;
        p = Actions::buildPreview(QueueActionKind::FlushAll, deferred(10), fixed);
        QVERIFY(!p.warnings.join(u' ').contains(u"TUNING_README"_s));
        p = Actions::buildPreview(QueueActionKind::Deliver, deferred(10), context());
        QVERIFY(p.warnings.join(u' ').contains(u"TUNING_README"_s));
        // A mix: the largest class (4 of 10 refused, the rest spread) still warns, as "the
        // largest part".
        QList<Postfix::QueuedMessage> mix = deferred(4);
        const QStringList others = {u"host x[192.0.2.1] said: 452 4.2.2 Mailbox full"_s,
                                    u"Host or domain name not found. Name service error for name=a.example type=MX: Host not found, try again"_s,
                                    u"TLS is required, but was not offered by host x[192.0.2.1]"_s};
        for (int i = 0; i < 6; ++i) {
            QueuedMessage m = deferred(1, others.at(i % 3)).constFirst();
            m.queueId = u"B%1"_s.arg(i + 10, 0, 16).toUpper();
            mix << m;
        }
        p = Actions::buildPreview(QueueActionKind::FlushAll, mix, context());
        QVERIFY2(p.warnings.join(u' ').contains(u"The largest part of this mail (40%)"_s),
                 qPrintable(p.warnings.join(u'\n')));
        // Unclassified reasons: no warning.
        p = Actions::buildPreview(QueueActionKind::Deliver, deferred(10, u"something odd"_s), context());
        QVERIFY(!p.warnings.join(u' ').contains(u"TUNING_README"_s));
    }

    void flushSite()
    {
        PreviewContext c = context();
        c.site = u"d1.example"_s;
        ActionPreview p = Actions::buildPreview(QueueActionKind::FlushSite, deferred(24), c);
        QCOMPARE(p.command, u"/usr/sbin/postqueue -s d1.example"_s);
        QCOMPARE(p.count, 2); // the deferred messages for that site, shown for information
        QVERIFY(p.warnings.join(u' ').contains(u"fast_flush_domains"_s));
        c.site = u"[192.0.2.1]"_s;
        p = Actions::buildPreview(QueueActionKind::FlushSite, deferred(3), c);
        QVERIFY(p.canRun());
        QCOMPARE(p.command, u"/usr/sbin/postqueue -s '[192.0.2.1]'"_s);
        c.site = u"bad site; reboot"_s;
        p = Actions::buildPreview(QueueActionKind::FlushSite, deferred(3), c);
        QVERIFY(!p.canRun());
        QVERIFY(!p.unavailable.isEmpty());
    }

    void deliverBatches()
    {
        const auto built = Actions::QueueActionCommand::build(QueueActionKind::Deliver, deferred(1201),
                                                              context().capabilities);
        QVERIFY(built.ok());
        QCOMPARE(built.commands.size(), 3);
        const QByteArray last = built.commands.last().command.shellLine;
        const qsizetype ids = last.indexOf("sh /usr/sbin/postqueue ") + 23;
        QCOMPARE(last.mid(ids).split(' ').size(), 201);
    }

    void emptySelectionCannotRun()
    {
        const ActionPreview p = Actions::buildPreview(QueueActionKind::Delete, {}, context());
        QVERIFY(!p.canRun());
        QCOMPARE(p.count, 0);
    }

    void revalidate()
    {
        const auto before = deferred(5);
        auto now = before;
        now.removeAt(1);                                    // vanished
        now[1].sender = u"other@else.example"_s;            // reused (index 2 before)
        now[2].queueName = QueueName::Hold;                 // moved to hold (index 3 before)
        now[3].queueName = QueueName::Active;               // deferred → active: still fine for hold
        now << message(u"FFFFFF"_s, QueueName::Deferred, u"n@new.example"_s, {u"a@b.example"_s}, 5);
        auto previewed = before;
        previewed << before.first(); // duplicates are acted on once
        const auto r = Actions::revalidate(QueueActionKind::Hold, previewed, now);
        QCOMPARE(ids(r.confirmed), (QStringList{before[0].queueId, before[4].queueId}));
        QCOMPARE(r.confirmed.last().queueName, QueueName::Active);
        QCOMPARE(r.dropped.size(), 3);
        QCOMPARE(r.dropped[0].reason, DroppedMessage::Reason::Vanished);
        QCOMPARE(r.dropped[0].message.queueId, before[1].queueId);
        QCOMPARE(r.dropped[1].reason, DroppedMessage::Reason::Reused);
        QVERIFY2(r.dropped[1].detail.contains(u"other@else.example"_s), qPrintable(r.dropped[1].detail));
        QCOMPARE(r.dropped[2].reason, DroppedMessage::Reason::WrongQueue);
        QVERIFY(r.dropped[2].detail.contains(u"hold"_s));
    }

    void revalidateArrivalChange()
    {
        const auto before = deferred(1);
        auto now = before;
        now[0].arrivalTime += 1;
        const auto r = Actions::revalidate(QueueActionKind::Delete, before, now);
        QVERIFY(r.confirmed.isEmpty());
        QCOMPARE(r.dropped.first().reason, DroppedMessage::Reason::Reused);
    }

    void summaryTexts()
    {
        Actions::QueueActionResult r;
        r.kind = QueueActionKind::Delete;
        r.outcome = Actions::QueueActionResult::Outcome::Mismatch;
        r.expected = 10;
        r.reported = 9;
        QVERIFY2(r.summaryText().contains(u"9 of 10"_s), qPrintable(r.summaryText()));
        r.outcome = Actions::QueueActionResult::Outcome::Ok;
        r.expected = 12;
        r.kind = QueueActionKind::Hold;
        QCOMPARE(r.summaryText(), u"Put 12 messages on hold."_s);
        r.outcome = Actions::QueueActionResult::Outcome::Nothing;
        r.dropped.resize(3);
        QVERIFY(r.summaryText().contains(u"all 3"_s));
        r.outcome = Actions::QueueActionResult::Outcome::Failed;
        r.error = u"permission denied"_s;
        QVERIFY(r.summaryText().contains(u"permission denied"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ActionPreview)
#include "tst_actionpreview.moc"
