// ExpiryNotice: after a load, points at tokens that expired or expire soon and
// offers to show just those.
#include "ui/expirynotice.h"

#include <QPushButton>

namespace latchkey {

ExpiryNotice::ExpiryNotice(QWidget *parent)
    : NoticeBar(Kind::Warning, parent)
{
    QPushButton *show = addButton(tr("Show"));
    show->setToolTip(tr("Show only expired and soon-expiring tokens"));
    connect(show, &QPushButton::clicked, this, &ExpiryNotice::showRequested);
    // Dismissing means "I know": do not nag again until the number changes.
    connect(this, &NoticeBar::closed, this, [this] { m_dismissedCount = m_count; });
    hide();
}

void ExpiryNotice::update(int count, int withinDays)
{
    m_count = count;
    if (count <= 0 || count == m_dismissedCount || m_suppressed) {
        hide();
        return;
    }
    setText(tr("%1 expired or expire within %2")
                .arg(tr("%n token(s)", nullptr, count), tr("%n day(s)", nullptr, withinDays)));
    show();
}

void ExpiryNotice::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    if (suppressed)
        hide();
    else if (m_count > 0 && m_count != m_dismissedCount)
        show();
}

} // namespace latchkey
