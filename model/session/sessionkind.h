// SessionKind: how an open session authenticates, and so which bearer source
// and which API paths its client uses.
#pragma once

namespace latchkey {

enum class SessionKind {
    // An M2M app of the tenant (client credentials): an admin's view of any
    // user, under /api/users/{id}/... The only kind a saved profile has today;
    // issue 15 adds a signed-in developer at latchkey-gateway (/api/me/...).
    Admin,
};

} // namespace latchkey
