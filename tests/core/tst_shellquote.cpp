#include "remote/shellquote.h"

#include <QProcess>
#include <QTest>

using Remote::ShellQuote;
using namespace Qt::StringLiterals;

class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void rejectsNul();
    void joins();
    void shellSeesExactArguments_data();
    void shellSeesExactArguments();
    void everyByteRoundTrips();

private:
    static QList<QByteArray> runThroughShell(const QList<QByteArray> &args);
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("postqueue") << QByteArray("postqueue");
    QTest::newRow("path") << QByteArray("/usr/sbin/postcat") << QByteArray("/usr/sbin/postcat");
    QTest::newRow("address") << QByteArray("a.b+c@ex-ample.org") << QByteArray("a.b+c@ex-ample.org");
    QTest::newRow("key=value,x:y%") << QByteArray("k=v,x:y%") << QByteArray("k=v,x:y%");
    QTest::newRow("empty") << QByteArray("") << QByteArray("''");
    QTest::newRow("option-like") << QByteArray("-rf") << QByteArray("'-rf'");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
    QTest::newRow("single quote") << QByteArray("it's") << QByteArray("'it'\\''s'");
    QTest::newRow("only quote") << QByteArray("'") << QByteArray("''\\'''");
    QTest::newRow("semicolon") << QByteArray("a;rm -rf /") << QByteArray("'a;rm -rf /'");
    QTest::newRow("command subst") << QByteArray("$(id)") << QByteArray("'$(id)'");
    QTest::newRow("backticks") << QByteArray("`id`") << QByteArray("'`id`'");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\nb'");
    QTest::newRow("glob") << QByteArray("*") << QByteArray("'*'");
    QTest::newRow("tilde") << QByteArray("~root") << QByteArray("'~root'");
    QTest::newRow("utf8") << QByteArray("\xc3\xa4") << QByteArray("'\xc3\xa4'");
}

void TestShellQuote::quote()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const auto quoted = ShellQuote::quote(QByteArrayView(input));
    QVERIFY(quoted.has_value());
    QCOMPARE(*quoted, expected);
    const auto fromString = ShellQuote::quote(QString::fromUtf8(input));
    QVERIFY(fromString.has_value());
    QCOMPARE(*fromString, expected);
}

void TestShellQuote::rejectsNul()
{
    QVERIFY(!ShellQuote::quote(QByteArrayView("a\0b", 3)).has_value());
    QVERIFY(!ShellQuote::quote(u"a\u0000b"_s).has_value());
    QVERIFY(!ShellQuote::join({"ok", QByteArray("x\0y", 3)}).has_value());
    QVERIFY(!ShellQuote::isPlainWord(""));
    QVERIFY(!ShellQuote::isPlainWord("-x"));
    QVERIFY(ShellQuote::isPlainWord("x-"));
}

void TestShellQuote::joins()
{
    const auto line = ShellQuote::join({"/usr/sbin/postcat", "-qh", "it's"});
    QVERIFY(line.has_value());
    QCOMPARE(*line, QByteArray("/usr/sbin/postcat '-qh' 'it'\\''s'"));
    QCOMPARE(*ShellQuote::join({}), QByteArray());
}

// Runs printf '%s\0' ARGS… through a real /bin/sh and splits what it printed.
QList<QByteArray> TestShellQuote::runThroughShell(const QList<QByteArray> &args)
{
    QList<QByteArray> argv{"printf", "%s\\0"};
    argv += args; // the format %s\0 reaches printf through the same quoting
    const auto line = ShellQuote::join(argv);
    if (!line)
        return {};
    // The script goes in on stdin so that no byte is lost to a QString conversion.
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-s"_s});
    sh.write(*line + '\n');
    sh.closeWriteChannel();
    if (!sh.waitForFinished(10000))
        return {};
    QByteArray out = sh.readAllStandardOutput();
    if (out.endsWith('\0'))
        out.chop(1);
    else
        return {QByteArray("<no output>")};
    return out.split('\0');
}

void TestShellQuote::shellSeesExactArguments_data()
{
    QTest::addColumn<QByteArray>("arg");
    const QList<QByteArray> nasty = {
        "plain", "", " ", "a b", "'", "''", "\"", "\\", "\\'", "it's", "a;b", "a&&b", "a||b", "a|b",
        "$(id)", "${HOME}", "$HOME", "`id`", "a\nb", "\n", "\r\n", "\t", "*", "?", "[a]", "~", "~root",
        "-rf", "--", "#comment", "!", "!!", "a>b", "a<b", "(x)", "{a,b}", "%s", "\\0",
        "\xc3\xa4\xe2\x82\xac", "\xff\xfe", "\x01\x02\x1b[31m", "'$(id)'`id`\"$x\"",
    };
    int i = 0;
    for (const QByteArray &a : nasty)
        QTest::addRow("%d", i++) << a;
}

void TestShellQuote::shellSeesExactArguments()
{
    QFETCH(QByteArray, arg);
    const QList<QByteArray> got = runThroughShell({arg, "sentinel"});
    QCOMPARE(got, (QList<QByteArray>{arg, "sentinel"}));
}

void TestShellQuote::everyByteRoundTrips()
{
    QByteArray all;
    for (int b = 1; b < 256; ++b)
        all.append(char(b));
    QList<QByteArray> args{all};
    for (int b = 1; b < 256; ++b)
        args << QByteArray(1, char(b)) + "x" + QByteArray(1, char(b));
    QCOMPARE(runThroughShell(args), args);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
