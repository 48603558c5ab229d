// The strict Prometheus text parser of tests/support (used by the monitoring tests): it must
// accept what the format allows and reject what a scraper would.
#include "prometheustext.h"

#include <QTest>

class TestPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void values();
};

void TestPrometheusText::valid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("families");
    QTest::addColumn<int>("samples");
    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("gauge") << QByteArray("# HELP a_b Help text.\n# TYPE a_b gauge\na_b{x=\"1\"} 2\na_b{x=\"2\"} 3\n") << 1 << 2;
    QTest::newRow("no labels, comment, blank line")
        << QByteArray("# just a comment\n\nup 1\n") << 1 << 1;
    QTest::newRow("timestamp and spaces") << QByteArray("m{ a = \"x\" , b=\"y\" } 1.5e3 1700000000000\n") << 1 << 1;
    QTest::newRow("trailing comma") << QByteArray("m{a=\"x\",} 1\n") << 1 << 1;
    QTest::newRow("escapes") << QByteArray("m{a=\"q\\\"b\\\\n\\n\"} 1\n") << 1 << 1;
    QTest::newRow("special values") << QByteArray("m{a=\"1\"} +Inf\nm{a=\"2\"} -Inf\nm{a=\"3\"} NaN\n") << 1 << 3;
    QTest::newRow("histogram") << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\n"
                                            "h_sum 3\nh_count 2\n") << 1 << 4;
    QTest::newRow("two families") << QByteArray("# TYPE a gauge\na 1\n# TYPE b counter\nb 2\n") << 2 << 2;
    QTest::newRow("colon in name") << QByteArray("job:rate:5m 0.5\n") << 1 << 1;
}

void TestPrometheusText::valid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, families);
    QFETCH(int, samples);
    const PrometheusText::Parsed parsed = PrometheusText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.families.size(), families);
    int count = 0;
    for (const PrometheusText::Family &f : parsed.families)
        count += int(f.samples.size());
    QCOMPARE(count, samples);
}

void TestPrometheusText::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no final newline") << QByteArray("a 1");
    QTest::newRow("bad metric name") << QByteArray("1abc 1\n");
    QTest::newRow("dash in name") << QByteArray("a-b 1\n");
    QTest::newRow("bad label name") << QByteArray("a{1x=\"y\"} 1\n");
    QTest::newRow("reserved label") << QByteArray("a{__name__=\"y\"} 1\n");
    QTest::newRow("unquoted label value") << QByteArray("a{x=y} 1\n");
    QTest::newRow("single quotes") << QByteArray("a{x='y'} 1\n");
    QTest::newRow("bad escape") << QByteArray("a{x=\"\\t\"} 1\n");
    QTest::newRow("unterminated value") << QByteArray("a{x=\"y} 1\n");
    QTest::newRow("duplicate label") << QByteArray("a{x=\"1\",x=\"2\"} 1\n");
    QTest::newRow("value not a float") << QByteArray("a 1,5\n");
    QTest::newRow("value missing") << QByteArray("a\n");
    QTest::newRow("inf spelled wrong") << QByteArray("a inf\n");
    QTest::newRow("bad timestamp") << QByteArray("a 1 12.5\n");
    QTest::newRow("trailing garbage") << QByteArray("a 1 2 3\n");
    QTest::newRow("duplicate series") << QByteArray("a{x=\"1\"} 1\na{x=\"1\"} 2\n");
    QTest::newRow("duplicate series, label order") << QByteArray("a{x=\"1\",y=\"2\"} 1\na{y=\"2\",x=\"1\"} 2\n");
    QTest::newRow("two HELP") << QByteArray("# HELP a x\n# HELP a y\na 1\n");
    QTest::newRow("two TYPE") << QByteArray("# TYPE a gauge\n# TYPE a gauge\na 1\n");
    QTest::newRow("TYPE after sample") << QByteArray("a 1\n# TYPE a gauge\n");
    QTest::newRow("HELP after sample") << QByteArray("a 1\n# HELP a text\n");
    QTest::newRow("unknown TYPE") << QByteArray("# TYPE a gauges\na 1\n");
    QTest::newRow("family resumed") << QByteArray("a 1\nb 1\na{x=\"1\"} 2\n");
    QTest::newRow("metadata resumes family") << QByteArray("# TYPE a gauge\na 1\nb 1\n# HELP a late\n");
    QTest::newRow("carriage return") << QByteArray("a 1\r\n");
    QTest::newRow("no blank before value") << QByteArray("a{x=\"1\"}1\n");
}

void TestPrometheusText::invalid()
{
    QFETCH(QByteArray, text);
    const PrometheusText::Parsed parsed = PrometheusText::parse(text);
    QVERIFY2(!parsed.ok(), text.constData());
    QVERIFY(parsed.errors.first().contains(QLatin1String("line")) || parsed.errors.first().contains(QLatin1String("newline")));
}

void TestPrometheusText::values()
{
    const PrometheusText::Parsed parsed = PrometheusText::parse(
        "# HELP m Line one\\nline two \\\\ done.\n# TYPE m gauge\nm{s=\"a\\\"b\",q=\"x\\ny\"} -1.5e2 17\n");
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    const PrometheusText::Family *f = parsed.family(QStringLiteral("m"));
    QVERIFY(f);
    QCOMPARE(f->help, QStringLiteral("Line one\nline two \\ done."));
    const PrometheusText::Sample *s = parsed.sample(
        QStringLiteral("m"), {{QStringLiteral("s"), QStringLiteral("a\"b")}, {QStringLiteral("q"), QStringLiteral("x\ny")}});
    QVERIFY(s);
    QCOMPARE(s->value, -150.0);
    QCOMPARE(s->timestamp, 17);
    QCOMPARE(parsed.samples(QStringLiteral("m"), {{QStringLiteral("s"), QStringLiteral("a\"b")}}).size(), 1);
    QVERIFY(parsed.samples(QStringLiteral("m"), {{QStringLiteral("s"), QStringLiteral("zz")}}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
