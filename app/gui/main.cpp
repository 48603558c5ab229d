// postdesk: the desktop GUI. Wiring only: application identity, translations, settings, window.
//
//   postdesk [--settings FILE] [--history FILE] [--connect NAME] [--screenshot FILE …]
//
// --settings FILE  an INI file instead of the user's settings (demo, tests, screenshots)
// --history FILE   the dashboard's queue history in FILE (SQLite) instead of the default
// --connect NAME   select and connect the server profile called NAME at start
// --screenshot     (hidden) render the window to FILE once the queue has loaded, the host key
//                  dialog or the error banner is shown (or after N ms at the latest) and quit;
//                  --screenshot-filter TEXT and --screenshot-select-sender ADDRESS set the scene;
//                  --screenshot-show NAME (repeatable) switches tabs to the widget NAME,
//                  --screenshot-load-log reads the mail log too, --screenshot-settle-ms N waits
//                  longer for late repaints, --screenshot-refreshes N loads the queue N times
//                  (queue-size history), --screenshot-dark renders with a dark palette,
//                  --screenshot-run-checks DOMAINS runs all checks for DOMAINS on the Checks tab,
//                  --screenshot-trigger ACTION, --screenshot-set FIELD=TEXT and
//                  --screenshot-click BUTTON (repeatable, objectNames) open and fill a dialog,
//                  which is then drawn over the window; --screenshot-dashboard waits until the
//                  fleet dashboard has a poll of every server instead of a queue load.
//                  Used by scripts/screenshots.sh, offscreen too. See Screenshotter.

#include "mainwindow.h"
#include "screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("postdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postdesk"));
    QApplication::setOrganizationDomain(QStringLiteral("postdesk.invalid"));
    QApplication::setApplicationName(QStringLiteral("postdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/postdesk/postdesk.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Postfix mail queues over SSH"));
    parser.addHelpOption();
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("main", "Use the INI settings FILE instead of the user's settings."),
        QStringLiteral("FILE"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QApplication::translate("main", "Keep the queue history of the dashboard in FILE."),
        QStringLiteral("FILE"));
    parser.addOption(historyOption);
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QApplication::translate("main", "Connect to the server profile called NAME."),
        QStringLiteral("NAME"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption afterOption(QStringLiteral("screenshot-after-ms"), QString(),
                                   QStringLiteral("N"), QStringLiteral("30000"));
    afterOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption filterOption(QStringLiteral("screenshot-filter"), QString(), QStringLiteral("TEXT"));
    filterOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption senderOption(QStringLiteral("screenshot-select-sender"), QString(),
                                    QStringLiteral("ADDRESS"));
    senderOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showOption(QStringLiteral("screenshot-show"), QString(), QStringLiteral("NAME"));
    showOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption loadLogOption(QStringLiteral("screenshot-load-log"));
    loadLogOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption settleOption(QStringLiteral("screenshot-settle-ms"), QString(),
                                    QStringLiteral("N"), QStringLiteral("500"));
    settleOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption refreshesOption(QStringLiteral("screenshot-refreshes"), QString(),
                                       QStringLiteral("N"), QStringLiteral("1"));
    refreshesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption darkOption(QStringLiteral("screenshot-dark"));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption checksOption(QStringLiteral("screenshot-run-checks"), QString(), QStringLiteral("DOMAINS"));
    checksOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption triggerOption(QStringLiteral("screenshot-trigger"), QString(), QStringLiteral("ACTION"));
    triggerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption setOption(QStringLiteral("screenshot-set"), QString(), QStringLiteral("FIELD=TEXT"));
    setOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption clickOption(QStringLiteral("screenshot-click"), QString(), QStringLiteral("BUTTON"));
    clickOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption dashboardOption(QStringLiteral("screenshot-dashboard"));
    dashboardOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dashboardOption);
    parser.addOptions({settingsOption, connectOption, screenshotOption, afterOption, filterOption,
                       senderOption, showOption, loadLogOption, settleOption, refreshesOption, darkOption,
                       checksOption, triggerOption, setOption, clickOption});
    parser.process(app);
    if (parser.isSet(darkOption))
        Screenshotter::useDarkPalette();

    std::unique_ptr<QSettings> settings = parser.isSet(settingsOption)
        ? std::make_unique<QSettings>(parser.value(settingsOption), QSettings::IniFormat)
        : std::make_unique<QSettings>();

    Ui::MainWindow::Options options;
    options.settings = settings.get();
    options.historyPath = parser.value(historyOption);
    Ui::MainWindow window(options);
    window.show();

    if (parser.isSet(connectOption) && !window.connectToProfile(parser.value(connectOption))) {
        qWarning("postdesk: no server profile named %s", qPrintable(parser.value(connectOption)));
        return 2;
    }
    if (parser.isSet(screenshotOption)) {
        Screenshotter::Options shot;
        shot.file = parser.value(screenshotOption);
        shot.deadlineMs = parser.value(afterOption).toInt();
        shot.filter = parser.value(filterOption);
        shot.selectSender = parser.value(senderOption);
        shot.show = parser.values(showOption);
        shot.loadLog = parser.isSet(loadLogOption);
        shot.settleMs = parser.value(settleOption).toInt();
        shot.refreshes = qMax(1, parser.value(refreshesOption).toInt());
        shot.runChecks = parser.value(checksOption);
        shot.trigger = parser.values(triggerOption);
        shot.set = parser.values(setOption);
        shot.click = parser.values(clickOption);
        shot.dashboard = parser.isSet(dashboardOption);
        new Screenshotter(&window, shot); // owned by the window
    }
    return app.exec();
}
