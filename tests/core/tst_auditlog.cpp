#include "actions/auditlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Actions::AuditLog;
using Actions::AuditRecord;

class TstAuditLog : public QObject
{
    Q_OBJECT

private:
    static AuditRecord sample(const QString &action, int n = 0)
    {
        AuditRecord r;
        r.time = QDateTime(QDate(2026, 11, 23), QTime(12, 0, n), Qt::UTC);
        r.server = QStringLiteral("mail.example");
        r.host = QStringLiteral("mail.example:22");
        r.account = QStringLiteral("root");
        r.client = QStringLiteral("postdesk-cli alice");
        r.action = action;
        r.arguments.insert(QStringLiteral("filter"), QStringLiteral("sender:a@b.example"));
        r.ids = {QStringLiteral("4ABC123"), QStringLiteral("5DEF456")};
        r.expected = 2;
        r.reported = 2;
        r.result = QStringLiteral("ok");
        r.detail = QStringLiteral("Held 2 messages, \"quoted\", and a comma");
        return r;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void jsonKeys()
    {
        const QJsonObject o = sample(QStringLiteral("hold")).toJson();
        QStringList keys = o.keys();
        keys.sort();
        QStringList expected;
        for (const char *key : {"time", "server", "host", "account", "client", "action", "arguments",
                                "ids", "expected", "reported", "result", "detail", "backup"})
            expected.append(QLatin1String(key));
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(o.value(QLatin1String("time")).toString(), QStringLiteral("2026-11-23T12:00:00.000Z"));
        QCOMPARE(o.value(QLatin1String("ids")).toArray().size(), 2);
    }

    void roundTrip()
    {
        const AuditRecord r = sample(QStringLiteral("delete"));
        const auto back = AuditRecord::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->time, r.time);
        QCOMPARE(back->action, r.action);
        QCOMPARE(back->ids, r.ids);
        QCOMPARE(back->arguments, r.arguments);
        QCOMPARE(back->expected, 2);
        QCOMPARE(back->detail, r.detail);
        QVERIFY(!AuditRecord::fromJson(QJsonObject{{QStringLiteral("action"), QStringLiteral("x")}}));
        QVERIFY(!AuditRecord::fromJson(QJsonObject{{QStringLiteral("time"), QStringLiteral("garbage")},
                                                 {QStringLiteral("action"), QStringLiteral("x")}}));
    }

    void appendAndReadCreatesPrivateFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/deeper/audit.jsonl"));
        AuditLog log(path);
        QCOMPARE(log.path(), path);
        QVERIFY(log.read().records.isEmpty());
        QVERIFY(log.read().error.isEmpty()); // missing file: empty, no error
        QCOMPARE(log.append(sample(QStringLiteral("hold"), 1)), QString());
        QCOMPARE(log.append(sample(QStringLiteral("release"), 2)), QString());
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("nested/deeper"))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        const auto read = log.read();
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).action, QStringLiteral("hold"));
        QCOMPARE(read.records.at(1).action, QStringLiteral("release"));
        QCOMPARE(read.damagedLines, 0);
        // One line per record, newline-terminated.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QCOMPARE(all.count('\n'), 2);
        QVERIFY(all.endsWith('\n'));
    }

    void damagedLinesSkippedAndCounted()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.jsonl"));
        AuditLog log(path);
        QCOMPARE(log.append(sample(QStringLiteral("hold"))), QString());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"time\":\"2026-11-23T12:00:00Z\",\"action\":\"trunc");   // torn line
            f.write("\n\xff\xfe not json\n");                                 // binary garbage
            f.write("[1,2,3]\n");                                              // not an object
            f.write("{\"time\":\"2026-11-23T12:00:00Z\"}\n");                  // no action
            f.write("\n   \n");                                                // blank: ignored
        }
        QCOMPARE(log.append(sample(QStringLiteral("delete"))), QString());
        const auto read = log.read();
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.damagedLines, 4);
        QCOMPARE(read.records.last().action, QStringLiteral("delete"));
    }

    void unwritableGivesPlainError()
    {
        AuditLog log(QStringLiteral("/proc/postdesk-no/audit.jsonl"));
        const QString error = log.append(sample(QStringLiteral("hold")));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("/proc/postdesk-no")), qPrintable(error));
    }

    void environmentOverride()
    {
        const QString path = m_dir.filePath(QStringLiteral("env.jsonl"));
        qputenv("POSTDESK_AUDIT_LOG", path.toUtf8());
        QCOMPARE(AuditLog::defaultPath(), path);
        QCOMPARE(AuditLog().path(), path);
        qunsetenv("POSTDESK_AUDIT_LOG");
        QVERIFY(AuditLog::defaultPath().endsWith(QStringLiteral("/audit.jsonl")));
        QVERIFY(AuditLog::defaultPath() != path);
    }

    void exportJsonLinesAndCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.jsonl"));
        AuditLog log(path);
        AuditRecord config = sample(QStringLiteral("config.relayhost.set"));
        config.ids.clear();
        config.expected = -1;
        config.reported = -1;
        config.backup = QStringLiteral("20261123T120000Z");
        config.detail = QStringLiteral("line one\nline two");
        QCOMPARE(log.append(sample(QStringLiteral("hold"))), QString());
        QCOMPARE(log.append(config), QString());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("garbage\n");
        }

        const QString jsonl = m_dir.filePath(QStringLiteral("out.jsonl"));
        QCOMPARE(log.exportTo(jsonl, AuditLog::Format::JsonLines), QString());
        QFile j(jsonl);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = j.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two records + trailing empty
        QVERIFY(QJsonDocument::fromJson(lines.at(1)).isObject());

        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(log.exportTo(csv, AuditLog::Format::Csv), QString());
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QVERIFY(text.startsWith("time,server,host,account,client,action,arguments,ids,expected,"
                                "reported,result,detail,backup\r\n"));
        QVERIFY(text.contains(",4ABC123 5DEF456,2,2,ok,"
                              "\"Held 2 messages, \"\"quoted\"\", and a comma\",\r\n"));
        QVERIFY(text.contains("\"{\"\"filter\"\":\"\"sender:a@b.example\"\"}\""));
        QVERIFY(text.contains(",,,ok,\"line one\nline two\",20261123T120000Z\r\n"));
        QCOMPARE(text.count("\r\n"), 3);

        QVERIFY(!log.exportTo(QStringLiteral("/proc/nope/out.csv"), AuditLog::Format::Csv).isEmpty());
    }

    // Two processes appending at once never interleave: every line stays a whole record.
    void concurrentAppendsStayWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("concurrent.jsonl"));
        AuditLog log(path);
        AuditRecord big = sample(QStringLiteral("delete"));
        for (int i = 0; i < 400; ++i)
            big.ids.append(QStringLiteral("4Z%1").arg(i, 6, 10, QLatin1Char('0')));
        // A child process appends short lines (one write each from the shell) through O_APPEND
        // while this one appends long ones.
        const QByteArray line = QJsonDocument(sample(QStringLiteral("hold")).toJson())
                                        .toJson(QJsonDocument::Compact);
        QProcess child;
        child.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("i=0; while [ $i -lt 200 ]; do printf '%s\\n' \"$1\" >>\"$2\"; "
                                    "i=$((i+1)); done"),
                     QStringLiteral("sh"), QString::fromUtf8(line), path});
        for (int i = 0; i < 200; ++i)
            QCOMPARE(log.append(big), QString());
        QVERIFY(child.waitForFinished(30000));
        const auto read = log.read();
        QCOMPARE(read.damagedLines, 0);
        QCOMPARE(read.records.size(), 400);
    }
};

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
