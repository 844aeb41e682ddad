// fuzz_snapshot: libFuzzer target for the offline snapshot reader: arbitrary bytes through
// OfflineSnapshot::parse, and as a snapshot file through load() and knownTokens() (the
// code paths offline mode and `latchkeyctl inspect` take).
#include "model/offline/offlinesnapshot.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

bool isFingerprint(const QByteArray &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const OfflineSnapshot snapshots(dir.path());
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QString why;
    const std::optional<OfflineSnapshot::Data> parsed = OfflineSnapshot::parse(bytes, &why);
    // A refusal always tells the user why.
    if (!parsed && why.isEmpty())
        __builtin_trap();
    if (parsed) {
        // What was accepted holds only metadata in the shape the app relies on, and a
        // snapshot written back reads back the same.
        for (const PersonalAccessToken &token : parsed->tokens) {
            if (!isFingerprint(token.fingerprint) || token.hint.size() > 8 ||
                !token.createdAt.isValid() || (token.expiresAt && !token.expiresAt->isValid()) ||
                token.userId != parsed->userId)
                __builtin_trap();
        }
        if (!parsed->takenAt.isValid())
            __builtin_trap();
        const QByteArray written = OfflineSnapshot::serialize(*parsed);
        const std::optional<OfflineSnapshot::Data> again = OfflineSnapshot::parse(written);
        if (!again || OfflineSnapshot::serialize(*again) != written)
            __builtin_trap();
    }

    // The same bytes as the file of connection "p", user "u".
    const QString profile = u"p"_s;
    const QString userId = u"u"_s;
    {
        QFile file(snapshots.fileFor(profile, userId));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    why.clear();
    const std::optional<OfflineSnapshot::Data> loaded = snapshots.load(profile, userId, &why);
    // Loaded only when it parses and names this connection and user; otherwise a reason.
    const bool expected = parsed && parsed->profile == profile && parsed->userId == userId;
    if (loaded.has_value() != expected || (!loaded && why.isEmpty()))
        __builtin_trap();
    if (loaded && OfflineSnapshot::serialize(*loaded) != OfflineSnapshot::serialize(*parsed))
        __builtin_trap();
    // The inspector's view of the folder: every token of a readable file, nothing else.
    if (snapshots.knownTokens().size() != (parsed ? parsed->tokens.size() : 0))
        __builtin_trap();
    snapshots.remove(profile, userId);
    return 0;
}
