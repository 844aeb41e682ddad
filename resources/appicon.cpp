// The application icon, loaded from the resources embedded in the executable.
#include "resources/appicon.h"

using namespace Qt::StringLiterals;

// Should the objects end up in a static library after all (a library linking
// latchkey_resources), these calls are what pulls the resources into the
// executable. Q_INIT_RESOURCE must sit outside any namespace.
static void initLatchkeyResources()
{
    Q_INIT_RESOURCE(latchkey_resources);
    Q_INIT_RESOURCE(latchkey_app_icon_png);
}

namespace latchkey {

// The sizes CMakeLists.txt renders the PNGs at, so the two lists cannot drift.
constexpr int kAppIconSizes[] = {LATCHKEY_APP_ICON_SIZES};

QIcon applicationIcon()
{
    initLatchkeyResources();
    QIcon icon(u":/icons/app/io.latchkey.Latchkey.svg"_s);
    for (const int size : kAppIconSizes)
        icon.addFile(u":/icons/app/io.latchkey.Latchkey-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace latchkey
