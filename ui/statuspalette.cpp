#include "ui/statuspalette.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// Each pair is light then dark. Every text colour keeps a contrast of at least 4.5:1 (WCAG AA)
// against the window and base colours of Fusion's light palette and of common dark themes
// (Breeze Dark, Adwaita dark); tst_statuspalette checks it.
constexpr QRgb ErrorText[] = {0xb3261e, 0xf2b8b5};
constexpr QRgb WarningText[] = {0x8a4b00, 0xf0b35a};
constexpr QRgb SuccessText[] = {0x1e6b2f, 0x8fd19e};

// Tints, not saturated colours: a notice informs, it does not alarm.
constexpr QRgb InfoBackground[] = {0xeaf1fb, 0x1c2a3a};
constexpr QRgb InfoBorder[] = {0xb9cdee, 0x3a5678};
constexpr QRgb WarningBackground[] = {0xfdf3e1, 0x36290f};
constexpr QRgb WarningBorder[] = {0xefcf98, 0x6e5423};
constexpr QRgb ErrorBackground[] = {0xfbeae8, 0x3b1b19};
constexpr QRgb ErrorBorder[] = {0xeab8b2, 0x743733};
constexpr QRgb TintText[] = {0x1f2933, 0xe6e9ee};
} // namespace

StatusPalette::StatusPalette(const QPalette &palette)
    : m_dark(palette.color(QPalette::Window).lightness() < 128)
{}

QColor StatusPalette::text(Role role) const
{
    const int i = m_dark ? 1 : 0;
    switch (role) {
    case Role::Error:
        return QColor(ErrorText[i]);
    case Role::Warning:
        return QColor(WarningText[i]);
    case Role::Success:
        return QColor(SuccessText[i]);
    }
    return {};
}

QString StatusPalette::textStyle(Role role) const
{
    return u"color: %1"_s.arg(text(role).name());
}

QColor StatusPalette::tintBackground(Tint tint) const
{
    const int i = m_dark ? 1 : 0;
    switch (tint) {
    case Tint::Info:
        return QColor(InfoBackground[i]);
    case Tint::Warning:
        return QColor(WarningBackground[i]);
    case Tint::Error:
        return QColor(ErrorBackground[i]);
    }
    return {};
}

QColor StatusPalette::tintBorder(Tint tint) const
{
    const int i = m_dark ? 1 : 0;
    switch (tint) {
    case Tint::Info:
        return QColor(InfoBorder[i]);
    case Tint::Warning:
        return QColor(WarningBorder[i]);
    case Tint::Error:
        return QColor(ErrorBorder[i]);
    }
    return {};
}

QColor StatusPalette::tintText() const
{
    return QColor(TintText[m_dark ? 1 : 0]);
}

} // namespace latchkey
