#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Ui {
class MainWindow;
}

// The hidden --screenshot mode of postdesk (scripts/screenshots.sh): renders the window to a PNG
// once the interesting state is on screen, then quits the application (exit code 0 when the file
// was written). The state is whichever comes first: the host key dialog is open (drawn over the
// window), the error banner is shown, or the first queue load finished (after applying
// Options::filter and selecting the message from Options::selectSender, once its preview is in);
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
    };

    Screenshotter(Ui::MainWindow *window, const Options &options);
    ~Screenshotter() override;

private:
    void poll();
    void onLoaded();
    bool previewSettled() const;
    void shoot();

    Ui::MainWindow *m_window;
    Options m_options;
    QTimer *m_poll;
    bool m_loaded = false;
    bool m_done = false;
    int m_settledPolls = 0;
};
