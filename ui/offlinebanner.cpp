// OfflineBanner: says the server cannot be reached, what is shown instead
// (the offline snapshot and its time), and offers to retry.
#include "ui/offlinebanner.h"

#include "ui/icons.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace latchkey {

OfflineBanner::OfflineBanner(QWidget *parent)
    : NoticeBar(Kind::Error, parent)
    , m_retry(addButton(tr("Retry")))
{
    setClosable(false);
    m_retry->setIcon(Icons::get(Icons::Id::Refresh));
    m_retry->setToolTip(tr("Try to reach the server again (F5)"));
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    hide();
}

void OfflineBanner::showOffline(const QDateTime &snapshotTime, const QString &reason)
{
    m_snapshotTime = snapshotTime;
    m_reason = reason;
    updateText();
    setIcon(Icons::get(Icons::Id::Offline));
    setRetrying(false);
    show();
}

void OfflineBanner::setSnapshotTime(const QDateTime &snapshotTime)
{
    m_snapshotTime = snapshotTime;
    updateText();
}

void OfflineBanner::updateText()
{
    QString headline;
    if (m_snapshotTime.isValid()) {
        headline = tr("Offline — showing tokens as of %1")
                       .arg(QLocale().toString(m_snapshotTime.toLocalTime(), QLocale::ShortFormat));
    } else {
        headline = tr("Offline — no saved copy of the tokens yet");
    }
    setText(m_reason.isEmpty()
                ? headline
                : u"<b>%1</b><br>%2"_s.arg(headline.toHtmlEscaped(), m_reason.toHtmlEscaped()));
}

void OfflineBanner::setRetrying(bool retrying)
{
    m_retry->setEnabled(!retrying);
    m_retry->setText(retrying ? tr("Retrying…") : tr("Retry"));
}

} // namespace latchkey
