#include "app/latchkeyctl/ctlformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace latchkey {

QJsonValue CtlFormat::orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue CtlFormat::isoOrNull(const std::optional<QDateTime> &when)
{
    return when && when->isValid() ? QJsonValue(when->toUTC().toString(Qt::ISODateWithMs))
                                   : QJsonValue();
}

QString CtlFormat::statusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active:
        return u"active"_s;
    case TokenStatus::ExpiringSoon:
        return u"expiring-soon"_s;
    case TokenStatus::Expired:
        return u"expired"_s;
    case TokenStatus::NeverExpires:
        return u"never-expires"_s;
    }
    return {};
}

QJsonObject CtlFormat::tokenJson(const PersonalAccessToken &token)
{
    return QJsonObject{{u"name"_s, token.name},
                       {u"userId"_s, token.userId},
                       {u"createdAt"_s, isoOrNull(token.createdAt)},
                       {u"expiresAt"_s, isoOrNull(token.expiresAt)}};
}

QString CtlFormat::localDate(const std::optional<QDateTime> &when)
{
    if (!when)
        return QCoreApplication::translate("latchkeyctl", "never");
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

} // namespace latchkey
