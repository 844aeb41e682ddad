// JsonFields: typed, checked reads of one JSON object; the first mismatch is
// kept as a message naming the field, e.g. "users[3].createdAt: expected a number".
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace latchkey {

class JsonFields
{
public:
    JsonFields(QJsonObject object, QString path);

    QString string(QLatin1StringView key);         // required string
    QString nullableString(QLatin1StringView key); // string, null or absent (empty)
    QDateTime time(QLatin1StringView key);         // required epoch milliseconds, UTC
    std::optional<QDateTime> nullableTime(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);

    // An integral number JSON carries exactly (|n| <= 2^53), else nothing: a cast of any
    // other double to qint64 is undefined.
    static std::optional<qint64> exactInteger(const QJsonValue &value);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(QLatin1StringView key, QLatin1StringView problem);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace latchkey
