// BusyOverlay: a quiet "working…" veil over a view while it waits for the
// server; it appears only when the wait is long enough to notice.
#pragma once

#include <QTimer>
#include <QWidget>

namespace latchkey {

class BusyOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit BusyOverlay(QWidget *covered);

    void start(const QString &text);
    void stop();
    bool isBusy() const { return m_busy; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_delay;
    QTimer m_spin;
    QString m_text;
    int m_angle = 0;
    bool m_busy = false;
};

} // namespace latchkey
