// postdesk-cli: headless queue listing and message preview over SSH. Wiring only; the commands
// live in the classes next to this file, the work in core/services.
#include "cliarguments.h"
#include "clirunner.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postdesk"));
    // stderr carries exactly one line per failure: the core's diagnostics stay quiet unless
    // QT_LOGGING_RULES (which takes precedence) turns them on, e.g. "postdesk.*=true".
    QLoggingCategory::setFilterRules(QStringLiteral("postdesk.*.debug=false\n"
                                                    "postdesk.*.info=false\n"
                                                    "postdesk.*.warning=false"));

    const CliArguments args = CliArguments::parse(QCoreApplication::arguments());
    if (args.helpRequested) {
        std::fputs(CliArguments::helpText().toLocal8Bit().constData(), stdout);
        return ExitOk;
    }
    if (!args.error.isEmpty()) {
        std::fprintf(stderr, "postdesk-cli: %s (see --help)\n", qPrintable(args.error));
        if (args.command == CliArguments::Command::Check) {
            // Monitoring Plugins guidelines: invalid arguments are UNKNOWN (3), with a status line.
            std::fprintf(stdout, "POSTDESK UNKNOWN - %s\n", qPrintable(args.error));
            return ExitConnection; // 3, which check documents as UNKNOWN
        }
        return ExitUsage;
    }

    CliRunner runner(args);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &runner, &CliRunner::interrupt);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
