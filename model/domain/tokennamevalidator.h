// TokenNameValidator: checks a PAT name the way Logto will judge it, before asking.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace latchkey {

class TokenNameValidator
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::TokenNameValidator)

public:
    // Logto (zod) counts UTF-16 code units, as QString::size() does.
    static constexpr qsizetype MaxLength = 256;

    struct Verdict
    {
        QString error;   // empty = acceptable
        QString warning; // acceptable but probably not meant, e.g. a case-only difference
        bool ok() const { return error.isEmpty(); }
    };

    // What is sent for what was typed: spaces around a name are never meant.
    static QString normalized(const QString &typed) { return typed.trimmed(); }

    // Judges normalized(name). takenNames: the user's existing token names (as on
    // Logto, two names are the same only when equal); when renaming, leave the
    // token's current name out. owner names the user in "… already has a token";
    // empty means the user of the app ("You already have …").
    static Verdict check(const QString &name, const QStringList &takenNames = {},
                         const QString &owner = {});
};

} // namespace latchkey
