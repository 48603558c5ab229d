#include "actions/postsupersummary.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::PostsuperSummary;
using Actions::QueueActionKind;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA "/actions/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class tst_PostsuperSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Real stderr captured from postsuper 3.7.11 on the test server (tests/data/PROVENANCE.md).
    void captured_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("fatals");
        QTest::addColumn<int>("released");

        auto row = [](const char *name, QueueActionKind kind, int count, int warnings, int fatals, int released) {
            QTest::newRow(name) << QString::fromLatin1(name) + u".stderr"_s << int(kind) << count << warnings
                                << fatals << released;
        };
        row("postsuper-hold-2-of-3", QueueActionKind::Hold, 2, 0, 0, 0);
        row("postsuper-hold-1", QueueActionKind::Hold, 1, 0, 0, 0);
        row("postsuper-hold-0", QueueActionKind::Hold, 0, 0, 0, 0);
        row("postsuper-release-2", QueueActionKind::Release, 2, 0, 0, 2);
        row("postsuper-invalid-id", QueueActionKind::Hold, 1, 1, 0, 0);
        row("postsuper-requeue-1", QueueActionKind::Requeue, 1, 0, 0, 0);
        row("postsuper-expire-e-held", QueueActionKind::Expire, 1, 0, 0, 0);
        row("postsuper-expire-f-mixed", QueueActionKind::Expire, 2, 0, 0, 1);
        row("postsuper-delete-2", QueueActionKind::Delete, 2, 0, 0, 0);
        row("postsuper-not-superuser", QueueActionKind::Delete, 0, 0, 1, 0);
    }

    void captured()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(int, count);
        QFETCH(int, warnings);
        QFETCH(int, fatals);
        QFETCH(int, released);
        const PostsuperSummary s = PostsuperSummary::parse(fixture(file));
        QCOMPARE(s.countFor(QueueActionKind(kind)), count);
        QCOMPARE(s.warnings.size(), warnings);
        QCOMPARE(s.fatals.size(), fatals);
        QCOMPARE(s.released, released);
        QVERIFY2(s.other.isEmpty(), qPrintable(s.other.join(u" | "_s)));
    }

    void invalidIdWarningText()
    {
        const PostsuperSummary s = PostsuperSummary::parse(fixture(u"postsuper-invalid-id.stderr"_s));
        QCOMPARE(s.warnings, QStringList{u"invalid mail queue id: not an id"_s});
    }

    void superuserFatalText()
    {
        const PostsuperSummary s = PostsuperSummary::parse(fixture(u"postsuper-not-superuser.stderr"_s));
        QCOMPARE(s.fatals, QStringList{u"use of this command is reserved for the superuser"_s});
    }

    void absentSummaryIsZero()
    {
        const PostsuperSummary s = PostsuperSummary::parse("");
        for (auto kind : {QueueActionKind::Hold, QueueActionKind::Release, QueueActionKind::Requeue,
                          QueueActionKind::Expire, QueueActionKind::Delete})
            QCOMPARE(s.countFor(kind), 0);
        QCOMPARE(s.countFor(QueueActionKind::Deliver), -1);
        QCOMPARE(s.countFor(QueueActionKind::FlushAll), -1);
        QCOMPARE(s.countFor(QueueActionKind::FlushSite), -1);
    }

    void garbageIsKeptNotCounted_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<int>("other");
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01 Deleted: 5 messages\n", 25) << 0 << 1;
        QTest::newRow("non-utf8 line") << QByteArray("postsuper: Deleted: 3 messages\n\xc3\x28 junk\n") << 3 << 1;
        QTest::newRow("no prefix") << QByteArray("Deleted: 3 messages\n") << 0 << 1;
        QTest::newRow("other program") << QByteArray("postqueue: Deleted: 3 messages\n") << 0 << 1;
        QTest::newRow("huge number") << QByteArray("postsuper: Deleted: 99999999999 messages\n") << 0 << 1;
        QTest::newRow("crlf") << QByteArray("postsuper: Deleted: 4 messages\r\n") << 4 << 0;
        QTest::newRow("singular") << QByteArray("postsuper: Deleted: 1 message\n") << 1 << 0;
        QTest::newRow("pid prefix") << QByteArray("postsuper[123]: Deleted: 7 messages\n") << 7 << 0;
        QTest::newRow("per-id lines") << QByteArray("postsuper: 4F2A3B1C9D: removed\npostsuper: Deleted: 1 message\n") << 1 << 0;
        QTest::newRow("unknown summary") << QByteArray("postsuper: Vaporized: 3 messages\n") << 0 << 1;
    }

    void garbageIsKeptNotCounted()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, deleted);
        QFETCH(int, other);
        const PostsuperSummary s = PostsuperSummary::parse(input);
        QCOMPARE(s.deleted, deleted);
        QCOMPARE(s.other.size(), other);
    }
};

QTEST_GUILESS_MAIN(tst_PostsuperSummary)
#include "tst_postsupersummary.moc"
