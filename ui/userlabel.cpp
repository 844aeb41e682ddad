// UserLabel: how a user is named on screen (display name, username, email).
#include "ui/userlabel.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace latchkey {

QString UserLabel::shortLabel(const User &user)
{
    const QString name = user.displayName();
    return name.isEmpty() ? tr("Unknown user") : name;
}

QString UserLabel::longLabel(const User &user)
{
    QString head = shortLabel(user);
    if (!user.username.isEmpty() && head != user.username)
        head += u" (%1)"_s.arg(user.username);
    if (!user.primaryEmail.isEmpty() && head != user.primaryEmail)
        head += u" · "_s + user.primaryEmail;
    return head;
}

} // namespace latchkey
