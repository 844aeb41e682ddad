// NoticeBar: an inline message strip (icon, sentence, action buttons, close)
// that sits above the content instead of interrupting with a dialog.
#include "ui/noticebar.h"

#include "ui/icons.h"

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
    // Tints, not saturated colours: the bar informs, it does not alarm.
    QString background, border;
    Icons::Id icon = Icons::Id::Info;
    switch (m_kind) {
    case Kind::Info:
        background = u"#eaf1fb"_s;
        border = u"#b9cdee"_s;
        icon = Icons::Id::Info;
        break;
    case Kind::Warning:
        background = u"#fdf3e1"_s;
        border = u"#efcf98"_s;
        icon = Icons::Id::Warning;
        break;
    case Kind::Error:
        background = u"#fbeae8"_s;
        border = u"#eab8b2"_s;
        icon = Icons::Id::Error;
        break;
    }
    setStyleSheet(u"QFrame#NoticeBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  "QFrame#NoticeBar QLabel { color: #1f2933; background: transparent; }"_s.arg(
                      background, border));
    setIcon(Icons::get(icon));
}

void NoticeBar::setIcon(const QIcon &icon)
{
    const int size = fontMetrics().height() + 2;
    m_icon->setPixmap(icon.pixmap(size, size));
}

} // namespace latchkey
