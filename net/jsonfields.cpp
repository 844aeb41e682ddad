#include "net/jsonfields.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// JSON numbers are doubles: integers beyond 2^53 lose digits silently.
constexpr double maxExactInteger = 9007199254740992.0;
} // namespace

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{}

void JsonFields::fail(QLatin1StringView key, QLatin1StringView problem)
{
    if (m_error.isEmpty())
        m_error = u"%1.%2: %3"_s.arg(m_path, key, problem);
}

std::optional<qint64> JsonFields::exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > maxExactInteger)
        return std::nullopt;
    return qint64(number);
}

QString JsonFields::string(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, "missing"_L1);
    else if (!value.isString())
        fail(key, "expected a string"_L1);
    return value.toString();
}

QString JsonFields::nullableString(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString() && !value.isNull() && !value.isUndefined())
        fail(key, "expected a string or null"_L1);
    return value.toString();
}

QDateTime JsonFields::time(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    const auto ms = exactInteger(value);
    if (value.isUndefined())
        fail(key, "missing"_L1);
    else if (!ms)
        fail(key, "expected a number (epoch milliseconds)"_L1);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

std::optional<QDateTime> JsonFields::nullableTime(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const auto ms = exactInteger(value);
    if (!ms) {
        fail(key, "expected a number (epoch milliseconds) or null"_L1);
        return std::nullopt;
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

bool JsonFields::boolean(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, "missing"_L1);
    else if (!value.isBool())
        fail(key, "expected true or false"_L1);
    return value.toBool();
}

qint64 JsonFields::integer(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    const auto number = exactInteger(value);
    if (value.isUndefined())
        fail(key, "missing"_L1);
    else if (!number)
        fail(key, "expected an integer"_L1);
    return number.value_or(0);
}

} // namespace latchkey
