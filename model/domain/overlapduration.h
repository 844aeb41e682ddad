// OverlapDuration: how long a rotated token's old value keeps working ("no",
// "1h", "1d", "7d", or any "<number><s|m|h|d>" on the command line).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace latchkey {

class OverlapDuration
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::OverlapDuration)

public:
    // The longest overlap: an old value working for weeks is no rotation at all.
    static constexpr std::chrono::seconds Longest = std::chrono::days(30);

    // "0" or "no" is none; nullopt and a sentence in *error when it cannot be read
    // or is longer than Longest.
    static std::optional<std::chrono::seconds> parse(const QString &text, QString *error = nullptr);
    // "1 hour", "7 days": for messages, in the user's language.
    static QString describe(std::chrono::seconds duration);
};

} // namespace latchkey
