// OfflineSnapshot: the last good token list per connection and user, kept so
// that Latchkey can show (read-only) what it knew while offline. Metadata,
// fingerprints and hints only, never a token value. Files are 0600 in a 0700
// directory under AppDataLocation/snapshots.
#pragma once

#include "model/inspector/knowntoken.h"
#include "net/personalaccesstoken.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

class OfflineSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::OfflineSnapshot)

public:
    struct Data
    {
        QString profile; // connection name
        QString endpoint;
        QString userId;
        QString userLabel; // what the user saw (username or email); may be empty
        QDateTime takenAt; // UTC; save() fills it with "now" when invalid
        QList<PersonalAccessToken> tokens;
    };

    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // Tests pass a temporary directory; the app uses defaultDirectory().
    explicit OfflineSnapshot(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString fileFor(const QString &profile, const QString &userId) const;

    bool save(const Data &data, QString *errorMessage = nullptr) const;
    // nullopt with a reason for a missing, unreadable, truncated or foreign file.
    std::optional<Data> load(const QString &profile, const QString &userId,
                             QString *errorMessage = nullptr) const;
    bool remove(const QString &profile, const QString &userId) const;

    // Every token of every snapshot, for the inspector's "Latchkey knows this token".
    QList<KnownToken> knownTokens() const;

    static QByteArray serialize(const Data &data);
    // Strict: anything but a well-formed snapshot is refused (this is fuzzed).
    static std::optional<Data> parse(QByteArrayView json, QString *errorMessage = nullptr);

private:
    QString m_directory;
};

} // namespace latchkey
