// User: one user of a Logto tenant, the fields Latchkey shows.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace latchkey {

struct User
{
    QString id;
    QString username;
    QString primaryEmail;
    QString primaryPhone;
    QString name;
    QString avatar;
    QDateTime createdAt;    // UTC
    QDateTime updatedAt;    // UTC
    QDateTime lastSignInAt; // UTC; invalid = never signed in
    bool isSuspended = false;

    // The friendliest single name: display name, else username, else email, else
    // id (empty only when all of them are).
    QString displayName() const
    {
        for (const QString *candidate : {&name, &username, &primaryEmail, &id}) {
            if (!candidate->trimmed().isEmpty())
                return candidate->trimmed();
        }
        return {};
    }

    bool operator==(const User &) const = default;
};

struct UserQuery
{
    QString search; // the user's text; the client wraps it in %...%
    int page = 1;   // 1-based
    int pageSize = 100;
};

struct UserPage
{
    QList<User> users;
    int page = 1;
    int pageSize = 0;
    int total = 0; // from the Total-Number header
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::User)
