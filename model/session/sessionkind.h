// SessionKind: how an open session authenticates, and so which bearer source
// and which API paths its client uses.
#pragma once

namespace latchkey {

enum class SessionKind {
    // An M2M app of the tenant (client credentials): an admin's view of any
    // user, under /api/users/{id}/... Every profile saved before kinds existed.
    Admin,
    // A developer signed in as themselves (a Native app, authorization code +
    // PKCE or the device flow), through latchkey-gateway under /api/me/...
    Developer,
};

} // namespace latchkey
