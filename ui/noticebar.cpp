// NoticeBar: an inline message strip (icon, sentence, action buttons, close)
// that sits above the content instead of interrupting with a dialog.
#include "ui/noticebar.h"

#include "ui/icons.h"
#include "ui/statuspalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace latchkey {

NoticeBar::NoticeBar(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(u"NoticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(Icons::get(Icons::Id::Close));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    applyKind();
}

void NoticeBar::setKind(Kind kind)
{
    m_kind = kind;
    applyKind();
}

void NoticeBar::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

QPushButton *NoticeBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

void NoticeBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void NoticeBar::applyKind()
{
    Icons::Id icon = Icons::Id::Info;
    StatusPalette::Tint tint = StatusPalette::Tint::Info;
    switch (m_kind) {
    case Kind::Info:
        icon = Icons::Id::Info;
        tint = StatusPalette::Tint::Info;
        break;
    case Kind::Warning:
        icon = Icons::Id::Warning;
        tint = StatusPalette::Tint::Warning;
        break;
    case Kind::Error:
        icon = Icons::Id::Error;
        tint = StatusPalette::Tint::Error;
        break;
    }
    // The window's palette: the bar's own carries the background this style sheet gives it.
    const StatusPalette colours(parentWidget() ? parentWidget()->palette() : palette());
    m_darkTints = colours.isDark();
    setStyleSheet(u"QFrame#NoticeBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  "QFrame#NoticeBar QLabel { color: %3; background: transparent; }"_s.arg(
                      colours.tintBackground(tint).name(), colours.tintBorder(tint).name(),
                      colours.tintText().name()));
    setIcon(Icons::get(icon));
}

void NoticeBar::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    // A bar has a style sheet, so Qt does not hand it its window's new palette: it watches the
    // window itself. Installing again only moves the filter to the front.
    if (window() != this)
        window()->installEventFilter(this);
    followTheme();
}

bool NoticeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        // Queued: the window hears of its new palette before the widgets between it and the bar
        // take it on.
        QMetaObject::invokeMethod(this, &NoticeBar::followTheme, Qt::QueuedConnection);
    }
    return QFrame::eventFilter(watched, event);
}

void NoticeBar::followTheme()
{
    if (parentWidget() && StatusPalette(parentWidget()->palette()).isDark() != m_darkTints)
        applyKind();
}

void NoticeBar::setIcon(const QIcon &icon)
{
    const int size = fontMetrics().height() + 2;
    m_icon->setPixmap(icon.pixmap(size, size));
}

} // namespace latchkey
