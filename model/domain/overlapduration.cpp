#include "model/domain/overlapduration.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace latchkey {

std::optional<std::chrono::seconds> OverlapDuration::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == u"0"_s || trimmed == u"no"_s)
        return std::chrono::seconds(0);
    static const QRegularExpression pattern(u"^([0-9]{1,7})([smhd])$"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("\"%1\" is not a duration: use a number and s, m, h or d (\"1h\", "
                        "\"7d\"), or \"no\".")
                         .arg(text);
        return std::nullopt;
    }
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).front();
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    const std::chrono::seconds duration(count * factor);
    if (duration > Longest) {
        if (error)
            *error = tr("The old value can keep working for at most %n day(s).", nullptr,
                        int(std::chrono::duration_cast<std::chrono::days>(Longest).count()));
        return std::nullopt;
    }
    return duration;
}

QString OverlapDuration::describe(std::chrono::seconds duration)
{
    const qint64 s = duration.count();
    if (s % 86400 == 0)
        return tr("%n day(s)", nullptr, int(s / 86400));
    if (s % 3600 == 0)
        return tr("%n hour(s)", nullptr, int(s / 3600));
    if (s % 60 == 0)
        return tr("%n minute(s)", nullptr, int(s / 60));
    return tr("%n second(s)", nullptr, int(s));
}

} // namespace latchkey
