// Ui::LogEventModel and LogEventFilterProxyModel on hand-made delivery events, under
// QAbstractItemModelTester: columns, two roles, reason classes computed once, the filters.
#include "logeventfixture.h"
#include "models/logeventfilterproxymodel.h"
#include "models/logeventmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Postfix::LogEvent;
using Postfix::LogStatus;
using Ui::LogEventModel;

namespace {

using LogEventFixture::event;
using LogEventFixture::kT0;

QList<LogEvent> fixture()
{
    return {
        event(0, LogStatus::Sent, u"4F2A3B1C9D"_s, u"anna@gmail.example"_s, u"250 2.0.0 OK"_s,
              u"shop@example.org"_s),
        event(60, LogStatus::Deferred, u"5A1B2C3D4E"_s, u"bob@blocked.example"_s,
              u"connect to mx.blocked.example[192.0.2.9]:25: Connection timed out"_s,
              u"news@example.org"_s),
        event(120, LogStatus::Bounced, u"6B2C3D4E5F"_s, u"nobody@fullbox.example"_s,
              u"host mx.fullbox.example[192.0.2.2] said: 552 5.2.2 Mailbox full"_s),
        event(180, LogStatus::Rejected, u"NOQUEUE"_s, u"x@spamtarget.example"_s,
              u"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org"_s,
              u"spammer@bad.example"_s),
        event(-30, LogStatus::Deferred, u"7C3D4E5F6A"_s, u"carl@Gmail.Example"_s,
              u"connect to gmail-smtp-in.l.google.example[192.0.2.3]:25: Connection refused"_s,
              u"shop@example.org"_s),
    };
}

} // namespace

class TestLogEventModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles();
    void classesComputedForReasons();
    void sortsByRawTime();
    void filters();
    void resetsUnderTester();
    void logTextInToolTipsIsNeverMarkup();
};

void TestLogEventModel::columnsAndRoles()
{
    LogEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(fixture());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(LogEventModel::ColumnCount));
    QCOMPARE(model.headerData(LogEventModel::Reason, Qt::Horizontal, Qt::DisplayRole).toString(), u"Reason"_s);
    const QModelIndex time = model.index(1, LogEventModel::Time);
    QCOMPARE(time.data().toString(), u"2025-11-23 08:01:00"_s);
    QCOMPARE(time.data(LogEventModel::SortRole).toLongLong(), kT0 + 60'000);
    QCOMPARE(model.index(1, LogEventModel::Status).data().toString(), u"deferred"_s);
    QCOMPARE(model.index(1, LogEventModel::QueueId).data().toString(), u"5A1B2C3D4E"_s);
    QCOMPARE(model.index(1, LogEventModel::Sender).data().toString(), u"news@example.org"_s);
    QCOMPARE(model.index(1, LogEventModel::Recipient).data().toString(), u"bob@blocked.example"_s);
    QCOMPARE(model.index(1, LogEventModel::Relay).data().toString(), u"mx.example.net[192.0.2.1]:25"_s);
    QCOMPARE(model.index(1, 0).data(LogEventModel::StatusRole).toInt(), int(LogStatus::Deferred));
    QVERIFY(model.index(1, 0).data(LogEventModel::RawLineRole).toString().contains(u"status=deferred"_s));
    QCOMPARE(model.count(LogStatus::Deferred), 2);
    QVERIFY(model.index(1, LogEventModel::Status).data(Qt::ForegroundRole).isValid());
    // Event time in the offset the server wrote it.
    QList<LogEvent> shifted = fixture();
    shifted[0].utcOffsetSeconds = 3600;
    model.setEvents(shifted);
    QCOMPARE(model.index(0, LogEventModel::Time).data().toString(), u"2025-11-23 09:00:00"_s);
}

void TestLogEventModel::classesComputedForReasons()
{
    LogEventModel model;
    model.setEvents(fixture());
    QCOMPARE(model.reasonClass(0), -1); // sent: no class even with a reason text
    QCOMPARE(model.reasonClass(1), int(Diagnosis::ReasonClass::Network));
    QCOMPARE(model.reasonClass(2), int(Diagnosis::ReasonClass::MailboxFull));
    QCOMPARE(model.reasonClass(3), int(Diagnosis::ReasonClass::PolicyBlock));
    QCOMPARE(model.index(1, LogEventModel::Class).data().toString(),
             Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Network).title);
    QVERIFY(!model.index(1, LogEventModel::Class).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(0, LogEventModel::Class).data().toString().isEmpty());
}

void TestLogEventModel::sortsByRawTime()
{
    LogEventModel model;
    model.setEvents(fixture());
    Ui::LogEventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setEventModel(&model);
    proxy.sort(LogEventModel::Time, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, LogEventModel::QueueId).data().toString(), u"7C3D4E5F6A"_s);
    QCOMPARE(proxy.index(4, LogEventModel::QueueId).data().toString(), u"NOQUEUE"_s);
}

void TestLogEventModel::filters()
{
    LogEventModel model;
    model.setEvents(fixture());
    Ui::LogEventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setEventModel(&model);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setStatusFilter(int(LogStatus::Deferred));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setClassFilter(int(Diagnosis::ReasonClass::Network));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setDomainFilter(u"gmail.example"_s); // case-insensitive, recipient domain only
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LogEventModel::QueueId).data().toString(), u"7C3D4E5F6A"_s);
    proxy.setDomainFilter({});
    proxy.setStatusFilter(-1);
    proxy.setClassFilter(-1);
    proxy.setSenderFilter(u"SHOP@"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSenderFilter({});
    proxy.setTextFilter(u"spamhaus"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LogEventModel::Status).data().toString(), u"rejected"_s);
    proxy.setTextFilter(u"example.com-nowhere"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTextFilter({});
    proxy.setClassFilter(int(Diagnosis::ReasonClass::MailboxFull));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestLogEventModel::resetsUnderTester()
{
    LogEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(fixture());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLogEventModel::logTextInToolTipsIsNeverMarkup()
{
    // A remote server writes whatever it likes into its SMTP reply; Qt renders a tool tip as rich
    // text when it looks like HTML. The reason must show verbatim.
    LogEventModel model;
    model.setEvents({LogEventFixture::event(0, LogStatus::Deferred, u"5A1B2C3D4E"_s, u"bob@evil.example"_s,
                           u"host mx.evil.example[192.0.2.66] said: 451 <img src=\"http://192.0.2.66/x.png\"><b>call us</b>"_s)});
    const QString tip = model.index(0, LogEventModel::Reason).data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(u"<img"_s) && !tip.contains(u"<b>"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"&lt;img"_s), qPrintable(tip));
}

QTEST_MAIN(TestLogEventModel)
#include "tst_logeventmodel.moc"
