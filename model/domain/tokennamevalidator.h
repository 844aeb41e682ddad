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
        QString warning; // acceptable but probably not meant, e.g. surrounding spaces
        bool ok() const { return error.isEmpty(); }
    };

    // takenNames: the user's existing token names (case-sensitive, as on Logto);
    // when renaming, leave the token's current name out.
    static Verdict check(const QString &name, const QStringList &takenNames = {});
};

} // namespace latchkey
