// fuzz_settings: libFuzzer target for the settings file reader: arbitrary bytes as the INI
// file QSettings reads at start, through ProfileStore (saved connections, the client
// configuration made from each) and AppSettings (bounded preferences).
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    // QSettings caches a file by path, size and modification time: a fresh name per
    // input makes sure the bytes of this input are the ones parsed.
    static quint64 counter = 0;
    const QString path = dir.filePath(u"settings-%1.conf"_s.arg(++counter));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        // Saved connections: no secret is read, so no secret store is needed.
        const ProfileStore profiles(&settings, nullptr);
        const QStringList names = profiles.names();
        for (const QString &name : names) {
            const std::optional<ConnectionProfile> profile = profiles.load(name);
            // Every listed name is a real one, listed once, and loads as itself.
            if (name.isEmpty() || names.count(name) != 1 || !profile || profile->name != name)
                __builtin_trap();
            if (profile->validationError().isEmpty()) {
                // A CA file path from the file would read arbitrary local files (or block
                // on a FIFO); the reader is what is fuzzed here, not the file system.
                ConnectionProfile usable = *profile;
                usable.caFile.clear();
                const std::optional<ClientConfig> config = usable.toClientConfig(SecretBytes());
                if (!config)
                    __builtin_trap();
                config->endpointUrl(u"/api/users"_s);
                config->effectiveApiIndicator();
            }
        }
        if (profiles.list().size() != names.size())
            __builtin_trap();

        // Preferences stay inside their documented bounds whatever the file says.
        const AppSettings preferences(&settings);
        const int clipboard = preferences.clipboardClearSeconds();
        const int soon = preferences.expiringSoonDays();
        const int lifetime = preferences.maxLifetimeDays();
        if (clipboard < 0 || clipboard > 24 * 3600 || soon < 0 || soon > 100 * 365 ||
            lifetime < 0 || lifetime > 100 * 365)
            __builtin_trap();
        preferences.language();
        preferences.currentProfile();
        preferences.uiState(u"mainWindow"_s);
    }
    QFile::remove(path);
    return 0;
}
