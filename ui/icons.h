// Icons: the user interface's icon set, drawn for Latchkey (resources/icons/ui).
#pragma once

#include <QIcon>

namespace latchkey {

class Icons
{
public:
    enum class Id {
        Generate,
        Rename,
        Expiry,
        Revoke,
        Copy,
        Refresh,
        Key,
        Users,
        Inspector,
        Expiring,
        Expired,
        Never,
        Offline,
        Online,
        Connection,
        Settings,
        Ok,
        Info,
        Error,
        Warning,
        Lock,
        Close,
        Scan,
    };

    // One consistent drawn set rather than the platform theme: the status
    // icons carry meaning (expired, expiring soon) and must look the same everywhere.
    static QIcon get(Id id);
};

} // namespace latchkey
