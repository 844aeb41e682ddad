#include "model/domain/tokennamevalidator.h"

namespace latchkey {

TokenNameValidator::Verdict TokenNameValidator::check(const QString &name,
                                                      const QStringList &takenNames)
{
    Verdict verdict;
    if (name.trimmed().isEmpty()) {
        verdict.error = tr("Enter a name for the token.");
    } else if (name.size() > MaxLength) {
        verdict.error = tr("The name is %1 characters long; the server accepts at most %2.")
                            .arg(name.size())
                            .arg(MaxLength);
    } else if (takenNames.contains(name)) {
        verdict.error = tr("This user already has a token named \"%1\".").arg(name);
    } else if (name != name.trimmed()) {
        // Logto keeps the spaces, so "ci" and "ci " would be two different tokens.
        verdict.warning = tr("The name starts or ends with spaces; they will be kept.");
    }
    return verdict;
}

} // namespace latchkey
