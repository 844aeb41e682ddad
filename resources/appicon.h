// The application icon, loaded from the resources embedded in the executable.
#pragma once

#include <QIcon>

namespace latchkey {

// The Latchkey icon: the scalable SVG plus a pixmap pre-rendered for each
// standard size, so small sizes stay sharp and the icon still shows where Qt's
// SVG icon engine plugin is missing.
QIcon applicationIcon();

} // namespace latchkey
