// RevealTokenDialog: the one moment a token's plaintext is shown — to copy it,
// see whether it reached the keychain, and wipe it from the screen on close.
#include "ui/revealtokendialog.h"

#include "ui/clipboardguard.h"
#include "ui/icons.h"
#include "ui/selectionguard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

RevealTokenDialog::RevealTokenDialog(Reason reason, const QString &tokenName,
                                     const QString &userLabel,
                                     const std::optional<QDateTime> &expiresAt, SecretBytes value,
                                     ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_secret(std::move(value))
    , m_clipboard(clipboard)
    , m_value(new QLineEdit(this))
    , m_copy(new QPushButton(Icons::get(Icons::Id::Copy), tr("&Copy"), this))
    , m_cacheIcon(new QLabel(this))
    , m_cacheText(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_explain(new QLabel(this))
{
    setWindowTitle(reason == Reason::Created ? tr("New token") : tr("New token value"));

    auto *title = new QLabel(this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setText(reason == Reason::Created ? tr("Token “%1” is ready").arg(tokenName)
                                             : tr("Token “%1” has a new value").arg(tokenName));
    title->setWordWrap(true);

    QString expiry =
        expiresAt ? tr("expires on %1")
                        .arg(QLocale().toString(expiresAt->toLocalTime(), QLocale::ShortFormat))
                  : tr("never expires");
    auto *meta = new QLabel(tr("For %1 · %2").arg(userLabel, expiry), this);
    meta->setWordWrap(true);

    m_explain->setWordWrap(true);
    m_explain->setText(reason == Reason::Created
                           ? tr("Copy it now: Latchkey shows it only this once and keeps one copy "
                                "in your keychain.")
                           : tr("The old value has stopped working. Copy the new one now and "
                                "update every place that uses this token."));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.1);
    m_value->setFont(mono);
    m_value->setReadOnly(true);
    m_value->setText(m_secret.toString());
    m_value->setCursorPosition(0);
    m_value->setContextMenuPolicy(Qt::NoContextMenu);
    m_value->setAccessibleName(tr("Token value"));
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(u'M') * 40);
    // Ctrl+C in the field must go through the guard (concealed hint, countdown),
    // and selecting it must not hand it to PRIMARY.
    m_value->installEventFilter(this);
    (new SelectionGuard(QGuiApplication::clipboard(), this))->watch(m_value);
    m_copy->setDefault(true);
    m_copy->setToolTip(tr("Copy to the clipboard; it is cleared again after a while"));
    connect(m_copy, &QPushButton::clicked, this, &RevealTokenDialog::copyToClipboard);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_copy);

    m_cacheText->setWordWrap(true);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setCacheState(CacheState::Saving);
        emit retryCacheRequested();
    });
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheIcon, 0, Qt::AlignTop);
    cacheRow->addWidget(m_cacheText, 1);
    cacheRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(meta);
    layout->addSpacing(4);
    layout->addWidget(m_explain);
    layout->addLayout(valueRow);
    layout->addLayout(cacheRow);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    setCacheState(CacheState::Saving);
    setMinimumWidth(560);
    m_copy->setFocus();
}

RevealTokenDialog::~RevealTokenDialog()
{
    wipe();
}

void RevealTokenDialog::setOldValueKept(const QString &asideName, const QDateTime &until)
{
    m_explain->setText(
        tr("The old value keeps working as “%1” until %2; then Latchkey revokes "
           "it. Copy the new one now and update every place that uses this token "
           "before then.")
            .arg(asideName, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
}

void RevealTokenDialog::setCacheState(CacheState state, const QString &message)
{
    m_cacheState = state;
    const int size = fontMetrics().height();
    switch (state) {
    case CacheState::Saving:
        m_cacheIcon->setPixmap(Icons::get(Icons::Id::Lock).pixmap(size, size, QIcon::Disabled));
        m_cacheText->setText(tr("Saving to your keychain…"));
        m_retry->hide();
        break;
    case CacheState::Saved:
        m_cacheIcon->setPixmap(Icons::get(Icons::Id::Lock).pixmap(size, size));
        m_cacheText->setText(tr("Saved to your keychain."));
        m_retry->hide();
        break;
    case CacheState::InMemory:
        m_cacheIcon->setPixmap(Icons::get(Icons::Id::Warning).pixmap(size, size));
        m_cacheText->setText(u"<b>%1</b> %2"_s.arg(
            tr("Not saved: there is no keychain.").toHtmlEscaped(),
            tr("Latchkey keeps it in memory until it quits. Copy it now.").toHtmlEscaped()));
        m_retry->hide();
        break;
    case CacheState::Failed:
        m_cacheIcon->setPixmap(Icons::get(Icons::Id::Warning).pixmap(size, size));
        m_cacheText->setText(u"<b>%1</b> %2"_s.arg(
            tr("Not saved to your keychain.").toHtmlEscaped(),
            (message.isEmpty() ? tr("Copy the value before you close.") : message)
                .toHtmlEscaped()));
        m_retry->show();
        break;
    }
}

void RevealTokenDialog::copyToClipboard()
{
    if (m_secret.isEmpty())
        return;
    m_clipboard->copySecret(m_secret);
    m_copied = true;
    m_copy->setText(tr("Copied"));
    m_copy->setIcon(Icons::get(Icons::Id::Ok));
}

void RevealTokenDialog::done(int result)
{
    if (!m_closeConfirmed && !m_copied && m_cacheState != CacheState::Saved &&
        !m_secret.isEmpty()) {
        confirmClose(result);
        return;
    }
    wipe();
    QDialog::done(result);
}

void RevealTokenDialog::confirmClose(int result)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close without copying?"),
                                tr("You have not copied this token, and it is not saved "
                                   "in your keychain."),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Once this window is closed, nobody can show its value again: you would have to "
           "set a new expiry (which gives a new value) or generate another token."));
    QPushButton *discard = box->addButton(tr("Close &Anyway"), QMessageBox::DestructiveRole);
    QPushButton *back = box->addButton(tr("&Go Back"), QMessageBox::RejectRole);
    box->setDefaultButton(back);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard, result](QAbstractButton *b) {
        if (b != discard)
            return;
        m_closeConfirmed = true;
        done(result);
    });
    box->open();
}

bool RevealTokenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_value && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            copyToClipboard();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RevealTokenDialog::wipe()
{
    m_value->setText(QString()); // not clear(): that one can be undone
    m_secret.clear();
    m_copy->setEnabled(false);
}

} // namespace latchkey
