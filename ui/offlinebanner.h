// OfflineBanner: says the server cannot be reached, what is shown instead
// (the offline snapshot and its time), and offers to retry.
#pragma once

#include "noticebar.h"

#include <QDateTime>

namespace latchkey {

class OfflineBanner : public NoticeBar
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // snapshotTime invalid = nothing saved yet; reason is ApiError::userMessage().
    void showOffline(const QDateTime &snapshotTime, const QString &reason);
    void setRetrying(bool retrying);

signals:
    void retryRequested();

private:
    QPushButton *m_retry;
};

} // namespace latchkey
