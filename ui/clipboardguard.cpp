// ClipboardGuard: copies a secret with the platforms' "concealed" hints and
// clears it after a countdown, at quit, or on request — only while the
// clipboard still holds what we put there.
#include "ui/clipboardguard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
QByteArray hashOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::tick);
    // A secret must not outlive the session on the clipboard.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
    // Something else copied over the token (the name being edited, another app): from
    // now on nothing may say the token is on the clipboard, not even for a second.
    connect(m_clipboard, &QClipboard::dataChanged, this, [this] {
        if (!m_writing && isGuarding() && !clipboardHoldsSecret())
            forget();
    });
}

ClipboardGuard::~ClipboardGuard()
{
    // Whoever listens may be half destroyed already: clear without telling.
    blockSignals(true);
    clearNow();
}

void ClipboardGuard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = qMax(0, seconds);
}

void ClipboardGuard::copySecret(const SecretBytes &secret)
{
    auto *mime = new QMimeData;
    QString text = secret.toString();
#if defined(Q_OS_MACOS)
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, secret.bytes());
    mime->setText(text);
#elif defined(Q_OS_WIN)
    mime->setText(text);
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, "1"_ba);
    mime->setData(u"CanIncludeInClipboardHistory"_s, QByteArray(4, '\0'));
    mime->setData(u"CanUploadToCloudClipboard"_s, QByteArray(4, '\0'));
#else
    mime->setText(text);
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret"_ba);
#endif
    SecretBytes::wipe(text);
    m_writing = true;
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_writing = false;
    m_hash = hashOf(secret.view());
    emit copied();

    if (m_clearAfterSeconds > 0) {
        m_secondsLeft = m_clearAfterSeconds;
        m_ticker.start();
        emit countdownChanged(m_secondsLeft);
    } else {
        m_ticker.stop();
        m_secondsLeft = 0;
    }
}

bool ClipboardGuard::clipboardHoldsSecret() const
{
    return isGuarding() && currentHash() == m_hash;
}

QByteArray ClipboardGuard::currentHash() const
{
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasText())
        return {};
    QByteArray bytes = mime->text().toUtf8();
    QByteArray hash = hashOf(bytes);
    SecretBytes::wipe(bytes);
    return hash;
}

void ClipboardGuard::clearNow()
{
    if (!isGuarding())
        return;
    m_ticker.stop();
    m_secondsLeft = 0;
    const bool ours = clipboardHoldsSecret();
    // Clearing changes the clipboard too: that is not "something else copied".
    m_writing = true;
    if (ours)
        m_clipboard->clear(QClipboard::Clipboard);
    m_writing = false;
    m_hash.clear();
    emit finished(ours);
}

void ClipboardGuard::forget()
{
    m_ticker.stop();
    m_secondsLeft = 0;
    m_hash.clear();
    emit finished(false);
}

void ClipboardGuard::tick()
{
    if (!clipboardHoldsSecret()) {
        // Someone copied something else: nothing left to protect.
        forget();
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        clearNow();
        return;
    }
    emit countdownChanged(m_secondsLeft);
}

} // namespace latchkey
