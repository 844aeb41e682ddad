// StatusPalette: the few colours Latchkey adds to the desktop's palette (error, warning and
// success text; the notice bars' tints), picked for the palette they are drawn on so that a
// dark desktop theme stays as readable as a light one. Everything else comes from the palette
// itself.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace latchkey {

class StatusPalette
{
public:
    enum class Role { Error, Warning, Success };
    enum class Tint { Info, Warning, Error };

    explicit StatusPalette(const QPalette &palette);

    // Dark when the window background is; the colours below follow.
    bool isDark() const { return m_dark; }

    QColor text(Role role) const;
    // "color: #rrggbb", for a label's style sheet.
    QString textStyle(Role role) const;

    QColor tintBackground(Tint tint) const;
    QColor tintBorder(Tint tint) const;
    QColor tintText() const;

private:
    bool m_dark;
};

} // namespace latchkey
