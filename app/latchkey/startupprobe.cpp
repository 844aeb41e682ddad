// StartupProbe: the start-up checks the tests and benchmarks ask for —
// --exit-after-load (users list and first token table filled from HTTP) and
// --exit-after-first-paint (milliseconds from process start to that paint).
#include "app/latchkey/startupprobe.h"

#include "model/items/tokenlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/tokenspage.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTreeView>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace latchkey {

namespace {
constexpr int DeadlineMs = 30000;

// Fallback when the kernel's start time cannot be read.
QElapsedTimer &mainTimer()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
} // namespace

StartupProbe::StartupProbe(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    mainTimer();
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [] {
        std::fprintf(stderr, "latchkey: the window did not finish loading within %d s\n",
                     DeadlineMs / 1000);
        QCoreApplication::exit(1);
    });
    m_deadline.start();
}

qint64 StartupProbe::millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Field 22 (starttime, clock ticks since boot) follows the ")" of the command name.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        timespec now{};
        if (fields.size() > 19 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
            const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
            return qint64((nowSeconds - startSeconds) * 1000.0);
        }
    }
#endif
    return mainTimer().elapsed();
}

void StartupProbe::watch(MainWindow *window)
{
    m_window = window;
    connect(window, &MainWindow::myTokensLoaded, this, [this] {
        m_tokensLoaded = true;
        check();
    });
    connect(window, &MainWindow::usersLoaded, this, [this] {
        m_usersLoaded = true;
        check();
    });
    if (m_mode == Mode::ExitAfterFirstPaint)
        window->myTokensPage()->view()->viewport()->installEventFilter(this);
}

void StartupProbe::check()
{
    if (m_mode == Mode::ExitAfterLoad && m_tokensLoaded && m_usersLoaded) {
        std::fprintf(stdout, "loaded %d tokens in %lld ms\n",
                     m_window->myTokensPage()->model()->rowCount(),
                     static_cast<long long>(millisecondsSinceProcessStart()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_tokensLoaded &&
        m_window->myTokensPage()->model()->rowCount() > 0) {
        // Measured once this paint has been delivered, not when it starts.
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(
            this,
            [] {
                std::fprintf(stdout, "%lld\n",
                             static_cast<long long>(millisecondsSinceProcessStart()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace latchkey
