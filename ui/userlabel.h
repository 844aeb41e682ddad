// UserLabel: how a user is named on screen (display name, username, email).
#pragma once

#include "net/user.h"

#include <QCoreApplication>

namespace latchkey {

class UserLabel
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::UserLabel)

public:
    // The friendliest single name: display name, else username, else email, else id.
    static QString shortLabel(const User &user);
    // "Ada Lovelace (ada) · ada@example.com", leaving out what is missing.
    static QString longLabel(const User &user);
};

} // namespace latchkey
