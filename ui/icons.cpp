// Icons: the user interface's icon set, drawn for Latchkey (resources/icons/ui).
#include "ui/icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

static void initUiResources()
{
    // ui.qrc lives in a static library: its initialiser must be referenced.
    Q_INIT_RESOURCE(ui);
}

namespace latchkey {

namespace {
QString fileName(Icons::Id id)
{
    switch (id) {
    case Icons::Id::Generate:
        return u"generate"_s;
    case Icons::Id::Rename:
        return u"rename"_s;
    case Icons::Id::Expiry:
        return u"expiry"_s;
    case Icons::Id::Revoke:
        return u"revoke"_s;
    case Icons::Id::Copy:
        return u"copy"_s;
    case Icons::Id::Refresh:
        return u"refresh"_s;
    case Icons::Id::Key:
        return u"key"_s;
    case Icons::Id::Users:
        return u"users"_s;
    case Icons::Id::Inspector:
        return u"inspector"_s;
    case Icons::Id::Expiring:
        return u"expiring"_s;
    case Icons::Id::Expired:
        return u"expired"_s;
    case Icons::Id::Never:
        return u"never"_s;
    case Icons::Id::Offline:
        return u"offline"_s;
    case Icons::Id::Online:
        return u"online"_s;
    case Icons::Id::Connection:
        return u"connection"_s;
    case Icons::Id::Settings:
        return u"settings"_s;
    case Icons::Id::Ok:
        return u"ok"_s;
    case Icons::Id::Info:
        return u"info"_s;
    case Icons::Id::Error:
        return u"error"_s;
    case Icons::Id::Warning:
        return u"warning"_s;
    case Icons::Id::Lock:
        return u"lock"_s;
    case Icons::Id::Close:
        return u"close"_s;
    case Icons::Id::Scan:
        return u"scan"_s;
    }
    return {};
}
} // namespace

QIcon Icons::get(Id id)
{
    static const bool initialised = (initUiResources(), true);
    Q_UNUSED(initialised);
    static QHash<Id, QIcon> cache;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, QIcon(u":/icons/ui/"_s + fileName(id) + u".svg"_s));
    return *it;
}

} // namespace latchkey
