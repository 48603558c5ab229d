// The real main window against the real test server (scripts/testserver, ctest fixture
// testserver_up): real SshTransport, no fake factory, no keychain, INI settings in a temporary
// directory. Covers the first connection (host key dialog with the server's real fingerprint),
// loading, sorting, filtering and previewing the seeded queue; a viewer account that may list the
// queue but not read contents; and a changed host key that is refused with a banner.
#include "diagnosis/reasonclass.h"
#include "dialogs/dialoganswerer.h"
#include "fleet/profilestore.h"
#include "mainwindow.h"
#include "models/classsummarymodel.h"
#include "models/commandlogmodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "models/trailmodel.h"
#include "pages/queuepage.h"
#include "testserverenv.h"
#include "widgets/classsummaryview.h"
#include "widgets/trailview.h"

#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerEnv;
using Ui::QueueTableModel;

namespace {

constexpr int kConnectTimeoutMs = 90'000; // a loaded 2-core machine; SSH + probe + postqueue -j
constexpr int kPreviewTimeoutMs = 60'000;

struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Ui::MainWindow> window;

    Window(const TestServerEnv &env, const QString &user, const QString &keyFile,
           const QString &knownHostsFile)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = u"test server"_s;
        p.host = env.host();
        p.port = env.port();
        p.user = user;
        p.auth = Remote::AuthMethod::KeyFile;
        p.keyFile = keyFile;
        p.sudoMode = Remote::SudoMode::None;
        p.knownHostsFile = knownHostsFile;
        Fleet::ProfileStore(settings.get()).save(p);

        Ui::MainWindow::Options options;
        options.settings = settings.get();
        options.useKeychain = false;
        options.historyPath = u":memory:"_s; // never the user's own queue history
        window = std::make_unique<Ui::MainWindow>(options);
        window->resize(1280, 800);
        window->show();
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *w = window->findChild<T *>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }

    QAbstractItemModel *table() const { return find<QTableView>(u"queueTable"_s)->model(); }
    bool loaded() const { return table()->rowCount() > 0 && !window->queuePage()->isLoading(); }
    const Postfix::QueuedMessage &messageAt(int proxyRow) const
    {
        Ui::QueuePage *page = window->queuePage();
        const QModelIndex source = page->proxy()->mapToSource(page->proxy()->index(proxyRow, 0));
        return page->model()->message(source.row());
    }
};

bool mentions(const Postfix::QueuedMessage &m, const QString &text)
{
    if (m.sender.contains(text, Qt::CaseInsensitive))
        return true;
    for (const Postfix::Recipient &r : m.recipients) {
        if (r.address.contains(text, Qt::CaseInsensitive)
            || r.delayReason.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestGuiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { Ui::DialogAnswerer::clear(); }
    void firstConnectLoadSortFilterPreview();
    void viewerListsButCannotRead();
    void changedHostKeyShowsBanner();
    void classesRetryAndTrailOfSeededQueue();

private:
    TestServerEnv m_env;
};

void TestGuiServer::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
}

void TestGuiServer::firstConnectLoadSortFilterPreview()
{
    QTemporaryDir khDir;
    const QString knownHosts = khDir.filePath(u"known_hosts"_s);
    {
        QFile fresh(knownHosts);
        QVERIFY(fresh.open(QIODevice::WriteOnly)); // empty: the server is unknown
    }
    Window w(m_env, u"root"_s, m_env.rootKey(), knownHosts);
    QVERIFY(w.window->connectToProfile(u"test server"_s));

    // The real dialog appears with the server's real fingerprint; the user accepts it.
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.window->findChild<QDialog *>(u"hostKeyDialog"_s))
                                 && dialog->isVisible(),
                             kConnectTimeoutMs);
    QCOMPARE(Ui::DialogAnswerer::hostKeyQuestions(), 1);
    auto *fingerprint = dialog->findChild<QLabel *>(u"hostKeyFingerprint"_s);
    QVERIFY(fingerprint);
    QCOMPARE(fingerprint->text(), m_env.hostKeySha256());
    auto *accept = dialog->findChild<QPushButton *>(u"acceptHostKeyButton"_s);
    QVERIFY(accept);
    QTest::mouseClick(accept, Qt::LeftButton);

    // The whole queue, as many rows as postqueue -j prints lines on the server.
    QTRY_VERIFY_WITH_TIMEOUT(w.loaded(), kConnectTimeoutMs);
    int exitCode = -1;
    const QByteArray json = m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s}, &exitCode);
    QCOMPARE(exitCode, 0);
    const int expected = int(json.count('\n'));
    QVERIFY(expected > 0);
    QAbstractItemModel *model = w.table();
    QCOMPARE(model->rowCount(), expected);
    // The seeded queue has no forced expiry: no empty Flags column taking width from Reason.
    QVERIFY(w.find<QTableView>(u"queueTable"_s)->isColumnHidden(QueueTableModel::Flags));
    QCOMPARE(Ui::DialogAnswerer::hostKeyQuestions(), 1);
    QFile saved(knownHosts);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY2(saved.readAll().contains(QByteArray::number(m_env.port())), "host key not saved");

    // Sorting uses the raw values: bytes and seconds, not their display text.
    auto *table = w.find<QTableView>(u"queueTable"_s);
    const auto raw = [model](int row, int column) {
        return model->index(row, column).data(QueueTableModel::SortRole).toLongLong();
    };
    table->sortByColumn(QueueTableModel::Size, Qt::AscendingOrder);
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY2(raw(r - 1, QueueTableModel::Size) <= raw(r, QueueTableModel::Size), qPrintable(QString::number(r)));
    QVERIFY(raw(0, QueueTableModel::Size) < raw(model->rowCount() - 1, QueueTableModel::Size));
    table->sortByColumn(QueueTableModel::Age, Qt::DescendingOrder);
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY2(raw(r - 1, QueueTableModel::Age) >= raw(r, QueueTableModel::Age), qPrintable(QString::number(r)));

    // Filter by a recipient domain of the seeded queue: every row left mentions it.
    const QString domain = u"fullbox.example"_s;
    auto *filter = w.find<QLineEdit>(u"filterEdit"_s);
    QTest::keyClicks(filter, domain);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowCount() < expected, 10'000);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY2(mentions(w.messageAt(r), domain), qPrintable(w.messageAt(r).queueId));
    filter->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), expected, 10'000);

    // The one message with a known subject: its real postcat headers in the preview.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (w.messageAt(r).sender == m_env.previewSender())
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(m_env.previewSender()));
    table->setCurrentIndex(model->index(row, 0));
    auto *preview = w.find<QPlainTextEdit>(u"previewText"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(preview->toPlainText().contains(m_env.previewSubject()),
                              qPrintable(preview->toPlainText()), kPreviewTimeoutMs);
    QVERIFY(preview->toPlainText().contains(m_env.previewSender()));

    // The command log shows the exact lines that ran, with real status and duration.
    QAbstractItemModel *log = w.find<QTableView>(u"commandLog"_s)->model();
    bool sawQueue = false;
    bool sawPostcat = false;
    for (int r = 0; r < log->rowCount(); ++r) {
        const QString line = log->index(r, Ui::CommandLogModel::Command).data().toString();
        const bool ok = log->index(r, Ui::CommandLogModel::Status).data().toString() == u"ok"_s;
        const qint64 ms = log->index(r, Ui::CommandLogModel::Duration)
                              .data(Ui::CommandLogModel::SortRole).toLongLong();
        if (line == u"/usr/sbin/postqueue -j"_s && ok) {
            sawQueue = true;
            QVERIFY2(ms > 0, qPrintable(QString::number(ms)));
        }
        sawPostcat |= line.startsWith(u"/usr/sbin/postcat -q"_s) && ok;
    }
    QVERIFY(sawQueue);
    QVERIFY(sawPostcat);
}

void TestGuiServer::viewerListsButCannotRead()
{
    Window w(m_env, m_env.viewerUser(), m_env.viewerKey(), m_env.knownHostsFile());
    QVERIFY(w.window->connectToProfile(u"test server"_s));
    QTRY_VERIFY_WITH_TIMEOUT(w.loaded(), kConnectTimeoutMs);
    QCOMPARE(Ui::DialogAnswerer::hostKeyQuestions(), 0);
    QVERIFY(w.table()->rowCount() >= 1);

    auto *table = w.find<QTableView>(u"queueTable"_s);
    table->setCurrentIndex(w.table()->index(0, 0));
    auto *preview = w.find<QPlainTextEdit>(u"previewText"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        preview->toPlainText().contains(u"can list the queue but cannot read message contents"_s),
        qPrintable(preview->toPlainText()), kPreviewTimeoutMs);
    QVERIFY(!w.find<QPushButton>(u"showBodyButton"_s)->isEnabled());
    QVERIFY(w.table()->rowCount() >= 1); // the listing stays
}

void TestGuiServer::changedHostKeyShowsBanner()
{
    // A copy: nothing may ever rewrite the harness's file, whatever the code under test does.
    QTemporaryDir khDir;
    const QString knownHosts = khDir.filePath(u"known_hosts"_s);
    QVERIFY(QFile::copy(m_env.changedKnownHostsFile(), knownHosts));
    Window w(m_env, u"root"_s, m_env.rootKey(), knownHosts);
    QVERIFY(w.window->connectToProfile(u"test server"_s));

    auto *banner = w.find<QLabel>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kConnectTimeoutMs);
    QVERIFY2(banner->text().contains(u"CHANGED"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_env.hostKeySha256()), qPrintable(banner->text()));
    QCOMPARE(Ui::DialogAnswerer::hostKeyQuestions(), 0);
    QVERIFY(!w.window->findChild<QDialog *>(u"hostKeyDialog"_s));
    QCOMPARE(w.table()->rowCount(), 0);
}

void TestGuiServer::classesRetryAndTrailOfSeededQueue()
{
    using Diagnosis::ReasonClass;
    Window w(m_env, u"root"_s, m_env.rootKey(), m_env.knownHostsFile());
    QVERIFY(w.window->connectToProfile(u"test server"_s));
    QTRY_VERIFY_WITH_TIMEOUT(w.loaded(), kConnectTimeoutMs);
    Ui::QueuePage *page = w.window->queuePage();
    QueueTableModel *model = page->model();

    // Each seeded kind of deferral (scripts/testserver/README.md) lands in its class: every
    // recipient by its domain, and the Class column of a message whose recipients all share one.
    const QHash<QString, ReasonClass> byDomain = {
        {u"oldcorp.example"_s, ReasonClass::Network},      {u"slowmail.example"_s, ReasonClass::Network},
        {u"blackhole.example"_s, ReasonClass::Network},    {u"dnsfail.example"_s, ReasonClass::Dns},
        {u"bulk-receiver.example"_s, ReasonClass::Throttling},
        {u"fullbox.example"_s, ReasonClass::MailboxFull},  {u"securebank.example"_s, ReasonClass::Tls},
        {u"legacy-partner.example"_s, ReasonClass::Tls},   {u"partner-relay.example"_s, ReasonClass::AuthRelay},
    };
    const QString amavisSender = m_env.value(u"PD_TS_AMAVIS_SENDER"_s);
    QSet<int> seen;
    int checkedRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Postfix::QueuedMessage &m = model->message(row);
        QSet<int> classes;
        for (const Postfix::Recipient &r : m.recipients) {
            const QString &reason = Diagnosis::MessageClassifier::reasonOf(r);
            if (reason.isEmpty())
                continue;
            std::optional<ReasonClass> expected;
            if (m.sender == amavisSender)
                expected = ReasonClass::ContentFilter;
            else if (const auto it = byDomain.constFind(r.address.section(u'@', -1)); it != byDomain.constEnd())
                expected = *it;
            if (!expected)
                continue;
            const ReasonClass got = model->classifier().classOf(reason);
            QVERIFY2(got == *expected, qPrintable(u"%1 %2: %3 → %4"_s.arg(m.queueId, r.address, reason,
                                                                             Diagnosis::reasonClassKey(got))));
            classes.insert(int(got));
            seen.insert(int(got));
        }
        if (classes.size() == 1) {
            const QModelIndex cell = model->index(row, QueueTableModel::Class);
            QCOMPARE(cell.data(QueueTableModel::ClassRole).toInt(), *classes.cbegin());
            QCOMPARE(cell.data().toString(), Diagnosis::reasonClassInfo(ReasonClass(*classes.cbegin())).title);
            ++checkedRows;
        }
    }
    for (ReasonClass cls : {ReasonClass::Network, ReasonClass::Dns, ReasonClass::Throttling,
                            ReasonClass::MailboxFull, ReasonClass::Tls, ReasonClass::AuthRelay,
                            ReasonClass::ContentFilter}) {
        QVERIFY2(seen.contains(int(cls)), qPrintable(Diagnosis::reasonClassKey(cls)));
        QVERIFY2(page->findChild<Ui::ClassSummaryView *>(u"classSummary"_s)->model()->rowOfClass(int(cls)) >= 0,
                 qPrintable(Diagnosis::reasonClassKey(cls)));
    }
    QVERIFY(checkedRows > 10);

    // As root the deferred files' times are readable: Next retry is a time, not "unknown".
    QTRY_VERIFY_WITH_TIMEOUT(model->hasQueueTimes(), 30'000);
    int timed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->message(row).queueName != Postfix::QueueName::Deferred)
            continue;
        const QString text = model->index(row, QueueTableModel::NextRetry).data().toString();
        timed += text.startsWith(u"in "_s) || text == u"due now"_s;
    }
    QVERIFY2(timed > 0, "no deferred message got a next-retry time");

    // The trail of a seeded deferred message shows its real deferral line from the server's log.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const Postfix::QueuedMessage &m = model->message(r);
        if (m.queueName == Postfix::QueueName::Deferred && m.recipients.size() == 1
            && m.recipients.first().address.endsWith(u"@fullbox.example"_s))
            row = r;
    }
    QVERIFY(row >= 0);
    const Postfix::QueuedMessage &seeded = model->message(row);
    auto *table = w.find<QTableView>(u"queueTable"_s);
    table->setCurrentIndex(page->proxy()->mapFromSource(model->index(row, 0)));
    auto *trail = w.find<Ui::TrailView>(u"trailView"_s);
    w.find<QTabWidget>(u"previewTabs"_s)->setCurrentWidget(trail);
    QTRY_VERIFY_WITH_TIMEOUT(trail->queueId() == seeded.queueId
                                 && trail->state() != Ui::TrailView::State::Loading, kPreviewTimeoutMs);
    QVERIFY2(trail->state() == Ui::TrailView::State::Lines, qPrintable(trail->statusText()));
    int exitCode = -1;
    const QByteArray grep = m_env.exec({u"/usr/bin/grep"_s, u"-F"_s, u"--"_s, seeded.queueId,
                                        m_env.value(u"PD_TS_MAILLOG"_s)}, &exitCode);
    QCOMPARE(exitCode, 0);
    QByteArray deferredLine;
    for (const QByteArray &line : grep.split('\n')) {
        if (line.contains("status=deferred"))
            deferredLine = line;
    }
    QVERIFY2(!deferredLine.isEmpty(), grep.constData());
    bool found = false;
    Ui::TrailModel *events = trail->model();
    QVERIFY(events->rowCount() >= int(grep.count('\n')));
    for (int r = 0; r < events->rowCount(); ++r)
        found |= events->event(r).rawLine == QString::fromUtf8(deferredLine);
    QVERIFY2(found, deferredLine.constData());
    QVERIFY(trail->findChild<QLabel *>(u"trailStatus"_s)->toolTip().contains(seeded.queueId));
}

QTEST_MAIN(TestGuiServer)
#include "tst_gui_server.moc"
