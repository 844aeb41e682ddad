// BusyOverlay: a quiet "working…" veil over a view while it waits for the
// server; it appears only when the wait is long enough to notice.
#include "ui/busyoverlay.h"

#include <QEvent>
#include <QPainter>

namespace latchkey {

BusyOverlay::BusyOverlay(QWidget *covered)
    : QWidget(covered)
{
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    hide();
    covered->installEventFilter(this);
    // Quick answers should not flash a veil.
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        setGeometry(parentWidget()->rect());
        raise();
        show();
        m_spin.start();
    });
    m_spin.setInterval(40);
    connect(&m_spin, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 12) % 360;
        update();
    });
}

void BusyOverlay::start(const QString &text)
{
    m_text = text;
    m_busy = true;
    if (isVisible())
        update();
    else if (!m_delay.isActive())
        m_delay.start();
}

void BusyOverlay::stop()
{
    m_busy = false;
    m_delay.stop();
    m_spin.stop();
    hide();
}

bool BusyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(170);
    painter.fillRect(rect(), veil);

    const int size = fontMetrics().height() * 2;
    const QRect spinner(width() / 2 - size / 2, height() / 2 - size, size, size);
    QPen track(palette().color(QPalette::Mid), 3);
    painter.setPen(track);
    painter.drawEllipse(spinner);
    QPen arc(palette().color(QPalette::Highlight), 3);
    arc.setCapStyle(Qt::RoundCap);
    painter.setPen(arc);
    painter.drawArc(spinner, -m_angle * 16, 90 * 16);

    painter.setPen(palette().color(QPalette::Text));
    const QRect textRect(0, spinner.bottom() + 8, width(), fontMetrics().height() * 2);
    painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, m_text);
}

} // namespace latchkey
