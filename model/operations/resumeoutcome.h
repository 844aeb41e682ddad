// ResumeOutcome: how settling one journal record went (a resumed rotation or
// generate, a due revocation), in words for the user.
#pragma once

#include <QString>

namespace latchkey {

struct ResumeOutcome
{
    enum class Kind {
        Finished,   // the replacement carries the name and its value is cached
        RolledBack, // no replacement was made: the old token is unchanged
        Failed,     // not settled; the record stays when trying again may help
        Skipped,    // another process is working on it
    };
    Kind kind = Kind::Failed;
    QString userId;
    QString tokenName;
    QString message; // translated
};

} // namespace latchkey
