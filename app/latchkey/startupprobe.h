// StartupProbe: the start-up checks the tests and benchmarks ask for —
// --exit-after-load (users list and first token table filled from HTTP) and
// --exit-after-first-paint (milliseconds from process start to that paint).
#pragma once

#include <QObject>
#include <QTimer>

namespace latchkey {

class MainWindow;

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    enum class Mode { ExitAfterLoad, ExitAfterFirstPaint };

    StartupProbe(Mode mode, QObject *parent = nullptr);

    void watch(MainWindow *window);
    // Milliseconds since the process started (the kernel's start time on Linux).
    static qint64 millisecondsSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    Mode m_mode;
    MainWindow *m_window = nullptr;
    QTimer m_deadline;
    bool m_tokensLoaded = false;
    bool m_usersLoaded = false;
};

} // namespace latchkey
