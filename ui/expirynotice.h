// ExpiryNotice: after a load, points at tokens that expired or expire soon and
// offers to show just those.
#pragma once

#include "ui/noticebar.h"

namespace latchkey {

class ExpiryNotice : public NoticeBar
{
    Q_OBJECT
public:
    explicit ExpiryNotice(QWidget *parent = nullptr);

    // Shows the notice when count > 0 and the user has not dismissed this count.
    void update(int count, int withinDays);
    // Hidden while suppressed (another page shows), back afterwards if still relevant.
    void setSuppressed(bool suppressed);

signals:
    void showRequested();

private:
    int m_dismissedCount = -1;
    int m_count = 0;
    bool m_suppressed = false;
};

} // namespace latchkey
