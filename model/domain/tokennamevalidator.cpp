#include "model/domain/tokennamevalidator.h"

namespace latchkey {

namespace {

// A name inside a sentence stays short enough for the sentence to fit its line.
QString shortened(const QString &name)
{
    constexpr qsizetype Shown = 24;
    return name.size() <= Shown ? name : name.left(Shown - 1) + QChar(0x2026);
}

} // namespace

TokenNameValidator::Verdict
TokenNameValidator::check(const QString &name, const QStringList &takenNames, const QString &owner)
{
    Verdict verdict;
    const QString sent = normalized(name);
    if (sent.isEmpty()) {
        verdict.error = tr("Enter a name for the token.");
        return verdict;
    }
    if (sent.size() > MaxLength) {
        verdict.error = tr("The name is %1 characters long; the server accepts at most %2.")
                            .arg(sent.size())
                            .arg(MaxLength);
        return verdict;
    }
    if (takenNames.contains(sent)) {
        verdict.error = owner.isEmpty() ? tr("You already have a token with this name.")
                                        : tr("%1 already has a token with this name.").arg(owner);
        return verdict;
    }
    for (const QString &taken : takenNames) {
        if (taken.compare(sent, Qt::CaseInsensitive) == 0) {
            // Logto keeps both, but two names a reader cannot tell apart are rarely meant.
            verdict.warning =
                tr("Only the case differs from “%1”, which already exists.").arg(shortened(taken));
            return verdict;
        }
    }
    if (sent.size() == MaxLength)
        verdict.warning =
            tr("At the limit: the server accepts at most %1 characters.").arg(MaxLength);
    else if (sent != name)
        verdict.warning = tr("The spaces at the start and end will be left out.");
    return verdict;
}

} // namespace latchkey
