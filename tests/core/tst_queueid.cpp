#include "postfix/queueparsers.h"

#include <QTest>

using namespace Postfix;
using namespace Qt::StringLiterals;

// isValidQueueId() is the command catalog's security boundary for IDs: everything that is not
// exactly a Postfix queue ID must be refused, whatever it looks like.
class TestQueueId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void everyAsciiCharacterOutsideTheAlphabet();
};

void TestQueueId::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    // Real IDs from the corpus.
    QTest::newRow("short 11") << u"C420820802"_s << true;
    QTest::newRow("short 12") << u"10DFD11830F2"_s << true;
    QTest::newRow("short ConSol") << u"AAAAAAAAAAA"_s << true;
    QTest::newRow("long postqf") << u"4Jgt2V6BKNz1xy5"_s << true;
    QTest::newRow("long postqf 2") << u"4JfdNQ5stDz1yJf"_s << true;
    QTest::newRow("long facts") << u"3Pt2mN2VXxznjll"_s << true;
    QTest::newRow("short min") << u"ABC123"_s << true;
    QTest::newRow("short max") << u"0123456789ABCDEF"_s << true;
    QTest::newRow("long min") << u"4Jgt2Vz1"_s << true;
    QTest::newRow("long max") << (u"4Jgt2V6BKNz"_s + QString(21, u'x')) << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("short too short") << u"ABC12"_s << false;
    QTest::newRow("short too long") << u"0123456789ABCDEF0"_s << false;
    QTest::newRow("lowercase hex") << u"abcdef0123"_s << false;
    QTest::newRow("long too long") << (u"4Jgt2V6BKNz"_s + QString(22, u'x')) << false;
    QTest::newRow("long few before z") << u"4Jgt2z1xy5"_s << false;
    QTest::newRow("long nothing after z") << u"4Jgt2V6BKNz"_s << false;
    QTest::newRow("long vowel") << u"4Jgt2V6BKaz1xy5"_s << false;
    QTest::newRow("long vowel upper") << u"4Jgt2V6BKEz1xy5"_s << false;
    QTest::newRow("with status *") << u"C420820802*"_s << false;
    QTest::newRow("with status !") << u"C420820802!"_s << false;
    QTest::newRow("with status #") << u"C420820802#"_s << false;
    QTest::newRow("ALL") << u"ALL"_s << false;
    QTest::newRow("dash") << u"-"_s << false;
    QTest::newRow("leading dash") << u"-C420820802"_s << false;
    QTest::newRow("option") << u"-d"_s << false;
    QTest::newRow("inner dash") << u"C4208-20802"_s << false;
    QTest::newRow("semicolon") << u"C420820802;rm"_s << false;
    QTest::newRow("command subst") << u"$(reboot)"_s << false;
    QTest::newRow("command subst in id") << u"C4208$(id)"_s << false;
    QTest::newRow("backticks") << u"`id`C420820802"_s << false;
    QTest::newRow("newline") << u"C420820802\nD420820802"_s << false;
    QTest::newRow("trailing newline") << u"C420820802\n"_s << false;
    QTest::newRow("carriage return") << u"C420820802\r"_s << false;
    QTest::newRow("nul") << QString(u"C420820802\0"_s) << false;
    QTest::newRow("space") << u"C420820802 D420820802"_s << false;
    QTest::newRow("leading space") << u" C420820802"_s << false;
    QTest::newRow("tab") << u"C420820802\t"_s << false;
    QTest::newRow("single quote") << u"C420820802'"_s << false;
    QTest::newRow("double quote") << u"\"C420820802\""_s << false;
    QTest::newRow("pipe") << u"C420820802|sh"_s << false;
    QTest::newRow("ampersand") << u"C420820802&"_s << false;
    QTest::newRow("redirect") << u"C420820802>x"_s << false;
    QTest::newRow("glob") << u"C42082080*"_s << false;
    QTest::newRow("path") << u"../C420820802"_s << false;
    QTest::newRow("slash") << u"deferred/C/C420820802"_s << false;
    QTest::newRow("fullwidth digits") << u"\uFF23\uFF14\uFF12\uFF10\uFF18\uFF12\uFF10\uFF18"_s
                                      << false;
    QTest::newRow("cyrillic C") << u"\u0421420820802"_s << false;
    QTest::newRow("greek z") << u"4Jgt2V6BKN\u03b61xy5"_s << false;
    QTest::newRow("arabic digits") << u"\u0664\u0665\u0666\u0667\u0668\u0669"_s << false;
    QTest::newRow("zero width") << u"C420820802\u200b"_s << false;
    QTest::newRow("rtl override") << u"\u202eC420820802"_s << false;
}

void TestQueueId::validation()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidQueueId(id), valid);
}

void TestQueueId::everyAsciiCharacterOutsideTheAlphabet()
{
    const QString hex = u"0123456789ABCDEF"_s;
    const QString base52 = u"0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"_s;
    for (char16_t c = 0; c < 0x250; ++c) {
        const QChar ch(c);
        // In the middle of an otherwise valid ID of each form.
        const QString shortId = u"C4208"_s + ch + u"20802"_s;
        const QString longId = u"4Jgt2V"_s + ch + u"6BKNz1xy5"_s;
        QVERIFY2(isValidQueueId(shortId) == hex.contains(ch), qPrintable(shortId));
        QVERIFY2(isValidQueueId(longId) == base52.contains(ch), qPrintable(longId));
    }
}

QTEST_GUILESS_MAIN(TestQueueId)
#include "tst_queueid.moc"
