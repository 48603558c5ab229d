// bench_guirefresh: the whole GUI refresh against a real server, as the user sees it.
//
//   bench_guirefresh ENV_FILE [runs]      (ENV_FILE = the env file of scripts/testserver/testserver.sh)
//
// Opens the real Ui::MainWindow offscreen (real SSH transport, root login with PD_TS_ROOT_KEY,
// known_hosts = PD_TS_KNOWN_HOSTS, INI settings in a temporary directory, no keychain), waits for
// the first load, then triggers refreshAction `runs` times (default 5). Each run is timed from the
// trigger until MainWindow::queueLoaded, which QueuePage emits only after the proxy's one final sort
// by the current sort column, so the table is then complete, sorted and filterable. A 5 ms QTimer
// measures the event loop's latency meanwhile: the longest gap is the worst GUI freeze of the run.
// Afterwards a text filter is applied to the loaded table and timed. Prints one line per run and
// the medians. A bench, not product code: it waits in local event loops.
#include "mainwindow.h"
#include "fleet/profilestore.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/queuepage.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, QString> readEnvFile(const QString &path, QString *error)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return values;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith('#'))
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    for (const char *key : {"PD_TS_HOST", "PD_TS_PORT", "PD_TS_ROOT_KEY", "PD_TS_KNOWN_HOSTS"}) {
        if (values.value(QString::fromLatin1(key)).isEmpty())
            *error = u"%1 lacks %2"_s.arg(path, QString::fromLatin1(key));
    }
    return values;
}

// Runs the event loop until window emits queueLoaded or timeoutMs pass; false on timeout.
bool waitForLoad(Ui::MainWindow *window, int timeoutMs)
{
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(window, &Ui::MainWindow::queueLoaded, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return loaded;
}

// Longest interval between two ticks of a 5 ms timer while it runs: the worst event-loop stall.
class StallMeter final : public QObject
{
public:
    explicit StallMeter(QObject *parent)
        : QObject(parent)
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

bool isSorted(const QAbstractItemModel *model, int column, Qt::SortOrder order)
{
    for (int r = 1; r < model->rowCount(); ++r) {
        const QVariant a = model->index(r - 1, column).data(Ui::QueueTableModel::SortRole);
        const QVariant b = model->index(r, column).data(Ui::QueueTableModel::SortRole);
        const bool inOrder = a.typeId() == QMetaType::LongLong
            ? (order == Qt::AscendingOrder ? a.toLongLong() <= b.toLongLong()
                                           : a.toLongLong() >= b.toLongLong())
            : (order == Qt::AscendingOrder ? a.toString() <= b.toString()
                                           : a.toString() >= b.toString());
        if (!inOrder)
            return false;
    }
    return true;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_guirefresh ENV_FILE [runs]\n");
        return 2;
    }
    const int runs = args.size() == 3 ? args.at(2).toInt() : 5;
    QString error;
    const QHash<QString, QString> env = readEnvFile(args.at(1), &error);
    if (!error.isEmpty() || runs < 1) {
        std::fprintf(stderr, "bench_guirefresh: %s\n", qPrintable(error.isEmpty() ? u"bad runs"_s : error));
        return 2;
    }

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
    Fleet::ServerProfile profile = Fleet::ServerProfile::create();
    profile.name = u"bench"_s;
    profile.host = env.value(u"PD_TS_HOST"_s);
    profile.port = env.value(u"PD_TS_PORT"_s).toInt();
    profile.user = u"root"_s;
    profile.auth = Remote::AuthMethod::KeyFile;
    profile.keyFile = env.value(u"PD_TS_ROOT_KEY"_s);
    profile.sudoMode = Remote::SudoMode::None;
    profile.knownHostsFile = env.value(u"PD_TS_KNOWN_HOSTS"_s);
    Fleet::ProfileStore(&settings).save(profile);

    Ui::MainWindow::Options options;
    options.settings = &settings;
    options.useKeychain = false;
    Ui::MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    Ui::QueuePage *page = window.queuePage();
    auto *table = window.findChild<QTableView *>(u"queueTable"_s);
    auto *refresh = window.findChild<QAction *>(u"refreshAction"_s);
    Q_ASSERT(table && refresh);
    QAbstractItemModel *shown = table->model();

    QElapsedTimer clock;
    clock.start();
    window.connectToProfile(u"bench"_s);
    if (!waitForLoad(&window, 600'000) || page->model()->rowCount() == 0) {
        std::fprintf(stderr, "bench_guirefresh: the first load did not finish (rows: %d)\n",
                     page->model()->rowCount());
        return 1;
    }
    std::printf("connect + first load: %lld ms, %d rows\n", clock.elapsed(), page->model()->rowCount());

    StallMeter stalls(&app);
    qint64 firstRowsAt = -1;
    QObject::connect(page->model(), &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRowsAt < 0)
            firstRowsAt = clock.elapsed();
    });
    QList<qint64> walls, firsts, stallList;
    for (int run = 1; run <= runs; ++run) {
        firstRowsAt = -1;
        stalls.start();
        clock.restart();
        refresh->trigger();
        const bool ok = waitForLoad(&window, 600'000);
        const qint64 wall = clock.elapsed();
        const qint64 stall = stalls.stop();
        const int column = table->horizontalHeader()->sortIndicatorSection();
        const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
        const bool sorted = isSorted(shown, column, order);
        std::printf("run %d: %lld ms to a loaded, sorted table (first rows after %lld ms), %d rows, "
                    "sorted by column %d: %s, longest GUI stall %lld ms%s\n",
                    run, wall, firstRowsAt, shown->rowCount(), column, sorted ? "yes" : "NO", stall,
                    ok ? "" : " (TIMED OUT)");
        if (!ok || !sorted)
            return 1;
        walls << wall;
        firsts << firstRowsAt;
        stallList << stall;
    }
    std::printf("median of %d refreshes: %lld ms (first rows %lld ms), longest GUI stall %lld ms "
                "(median), %lld ms (worst)\n",
                runs, median(walls), median(firsts), median(stallList),
                *std::max_element(stallList.cbegin(), stallList.cend()));

    // The text filter on the loaded table (what the filter box does after its 150 ms debounce).
    Ui::QueueFilterProxyModel *proxy = page->proxy();
    for (const QString &text : {u"fullbox.example"_s, u"4.7.1"_s, u"timed out"_s}) {
        clock.restart();
        proxy->setTextFilter(text);
        const double applied = clock.nsecsElapsed() / 1e6;
        const int matching = proxy->rowCount();
        clock.restart();
        proxy->setTextFilter({});
        std::printf("filter \"%s\": %.1f ms, %d of %d rows match; clearing: %.1f ms\n",
                    qPrintable(text), applied, matching, page->model()->rowCount(),
                    clock.nsecsElapsed() / 1e6);
    }
    return 0;
}
