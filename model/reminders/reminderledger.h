// ReminderLedger: which reminders were already shown, remembered across runs so
// that none repeats. Per connection (endpoint + user): when it was last checked,
// and per token fingerprint the expiry the reminders were for and the
// thresholds done. Never a token value. One JSON file (0600) under
// AppDataLocation, written with QSaveFile.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

class ReminderLedger
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ReminderLedger)

public:
    struct TokenRecord
    {
        qint64 expiresMs = 0;
        QList<int> done; // thresholds in days already reminded of; 0 = "expired"

        bool operator==(const TokenRecord &) const = default;
    };
    struct ConnectionRecord
    {
        qint64 checkedMs = 0;                  // 0 = never checked
        QHash<QByteArray, TokenRecord> tokens; // by lowercase hex fingerprint

        bool operator==(const ConnectionRecord &) const = default;
    };

    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    // Tests pass a file in a temporary directory; the app uses defaultFile().
    explicit ReminderLedger(const QString &file = defaultFile());
    static QString defaultFile();
    QString file() const { return m_file; }

    // Reads the file; a missing file is an empty ledger. A damaged one is
    // refused with a reason and the ledger starts empty (reminders may then
    // repeat once; nothing worse).
    bool load(QString *errorMessage = nullptr);
    bool save(QString *errorMessage = nullptr) const;

    ConnectionRecord connection(const QString &endpoint, const QString &userId) const;
    void setConnection(const QString &endpoint, const QString &userId,
                       const ConnectionRecord &record);

    QByteArray serialize() const;
    static std::optional<QHash<QString, ConnectionRecord>> parse(QByteArrayView json,
                                                                 QString *errorMessage = nullptr);

private:
    static QString keyOf(const QString &endpoint, const QString &userId);

    QString m_file;
    QHash<QString, ConnectionRecord> m_connections;
};

} // namespace latchkey
