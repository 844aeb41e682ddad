// OfflineBanner: says the server cannot be reached, what is shown instead
// (the offline snapshot and its time), and offers to retry.
#pragma once

#include "ui/noticebar.h"

#include <QDateTime>

namespace latchkey {

class OfflineBanner : public NoticeBar
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // snapshotTime invalid = nothing saved yet; reason is ApiError::userMessage().
    void showOffline(const QDateTime &snapshotTime, const QString &reason);
    // A snapshot read after the banner went up; keeps the reason and the Retry state.
    void setSnapshotTime(const QDateTime &snapshotTime);
    QDateTime snapshotTime() const { return m_snapshotTime; }
    void setRetrying(bool retrying);

signals:
    void retryRequested();

private:
    void updateText();

    QPushButton *m_retry;
    QDateTime m_snapshotTime;
    QString m_reason;
};

} // namespace latchkey
