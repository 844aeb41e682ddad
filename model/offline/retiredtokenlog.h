// RetiredTokenLog: the tokens Latchkey revoked or replaced (a new expiry is a
// new token), by fingerprint and name, so that a copy of a dead token left in
// a file can still be named. Metadata only, never a value; one JSON line per
// token in a 0600 file, bounded in age and length.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

class RetiredTokenLog
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::RetiredTokenLog)

public:
    struct Entry
    {
        enum class Reason { Revoked, Replaced };
        QByteArray fingerprint; // lowercase hex SHA-256
        QString name;
        QString profile; // connection name
        QString userId;
        QDateTime retiredAt; // UTC; record() fills in "now" when invalid
        std::optional<QDateTime> expiresAt;
        Reason reason = Reason::Revoked;
    };

    static constexpr int MaxEntries = 5000;
    static constexpr int MaxAgeDays = 400;

    // Tests pass a file of their own; the app and latchkeyctl use defaultPath().
    explicit RetiredTokenLog(const QString &path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Appends one line (the file is rewritten without the oldest lines once it
    // has grown well past the bounds).
    bool record(Entry entry, QString *errorMessage = nullptr) const;
    // The newest MaxEntries no older than MaxAgeDays; lines that do not parse are passed over.
    QList<Entry> entries() const;

    static QByteArray serialize(const Entry &entry);
    static std::optional<Entry> parse(QByteArrayView line);

private:
    void compact() const;

    QString m_path;
};

} // namespace latchkey
