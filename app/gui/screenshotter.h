#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace Ui {
class MainWindow;
}

// The hidden --screenshot mode of postdesk (scripts/screenshots.sh): renders the window to a PNG
// once the interesting state is on screen, then quits the application (exit code 0 when the file
// was written). The state is whichever comes first: the host key dialog is open (drawn over the
// window), the error banner is shown, or the first queue load finished (after applying
// Options::filter, selecting the message from Options::selectSender once its preview is in,
// revealing Options::show and, with Options::loadLog, once the mail log has been read);
// at the deadline whatever is on screen. Harmless: it only reads widgets and writes one file.
class Screenshotter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Screenshotter)

public:
    struct Options
    {
        QString file;
        int deadlineMs = 30000;
        QString filter;       // typed into the filter box after the load
        QString selectSender; // the first row with this envelope sender is selected
        QStringList show;     // objectNames made visible after the load (the tabs and stacked
                              // pages around them are switched to them), in this order
        bool loadLog = false; // also read the mail log (Log tab's window) and wait for it
        int settleMs = 500;   // quiet time once everything is in, for late repaints
        int refreshes = 1;    // queue loads before the scene is set (queue-size history)
        int refreshMs = 2000; // pause between those loads
        QString runChecks;    // non-empty: these destination domains on the Checks tab, Run all,
                              // and wait until the checks have finished
        // Dialog scenes, run in this order once the rest of the scene is set: trigger these
        // QActions (objectName; menus included), then type into these fields of the dialogs
        // that opened ("NAME=TEXT": QLineEdit, QSpinBox or QComboBox item text), then click
        // these buttons (objectName), each step a moment after the previous one. The shot then
        // shows the top-most open dialog over the dimmed window.
        QStringList trigger;
        QStringList set;
        QStringList click;
        // The fleet dashboard instead of a server: ready once every profile has been polled
        // (ok or failed) and the dashboard is on screen; no queue load is waited for.
        bool dashboard = false;
    };

    Screenshotter(Ui::MainWindow *window, const Options &options);
    ~Screenshotter() override;

    // Fusion with a dark palette for the whole application (before any window exists).
    static void useDarkPalette();

private:
    void poll();
    void onLoaded();
    bool previewSettled() const;
    bool logSettled() const;
    bool checksSettled() const;
    bool dashboardSettled() const;
    void runChecks();
    void reveal(const QString &objectName);
    void runDialogSteps();
    QWidget *findAnywhere(const QString &objectName) const;
    QWidget *topDialog() const;
    void shoot();

    Ui::MainWindow *m_window;
    Options m_options;
    QTimer *m_poll;
    bool m_loaded = false;
    int m_loads = 0;
    bool m_logStarted = false;
    bool m_checksStarted = false;
    bool m_checksTried = false; // runChecks() ran (it starts one turn after the load)
    bool m_checksDone = false;
    bool m_done = false;
    bool m_dialogStepsDone = false;
    int m_settledPolls = 0;
};
