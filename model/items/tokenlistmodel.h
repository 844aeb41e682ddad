// TokenListModel: one user's personal access tokens as a table (Name, Token,
// Created, Expires, Status, Cached, Notes, Where Used). Refreshes merge by fingerprint so that
// selection and scroll position survive; texts are formatted only when asked.
#pragma once

#include "model/domain/tokendigest.h"
#include "model/domain/tokenstatus.h"
#include "model/items/tokenrows.h"
#include "net/personalaccesstoken.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

namespace latchkey {

class TokenListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TokenColumn,
        CreatedColumn,
        ExpiresColumn,
        StatusColumn,
        CachedColumn,
        NotesColumn,
        WhereUsedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value of the column: QString, qint64 ms, int, bool
        ExpiresAtRole,               // QDateTime (UTC), or a null QVariant for "never"
        CreatedAtRole,               // QDateTime (UTC)
        StatusRole,                  // int(TokenStatus)
        FingerprintRole,             // QByteArray, lowercase hex SHA-256
        CachedRole,                  // bool
        NameRole,                    // QString
        HintRole,                    // QString, last 4 characters
        TokenRole,                   // PersonalAccessToken
        NoteRole,                    // QString, the user's note (empty: none)
        RevokeAtRole,                // QDateTime (UTC) a replaced old value is revoked at, or null
    };
    Q_ENUM(Role)

    explicit TokenListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing a name does not change the row: it asks for a rename
    // (renameRequested) and the refreshed list brings the confirmed name.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list. For the same user it merges by fingerprint: vanished
    // tokens are removed, new ones appended, changed ones updated in place.
    // Another user's list resets the model.
    void setTokens(const QString &userId, const QList<PersonalAccessToken> &tokens);
    // The same with rows prepared beforehand (on a worker thread for big lists).
    void setRows(const QString &userId, TokenRows prepared);
    void clear();
    QString userId() const { return m_userId; }
    QList<PersonalAccessToken> tokens() const;

    // Whether the keychain holds a token's value. Remembered also for
    // fingerprints not (yet) in the list, so the order of arrival does not matter.
    void setCached(const QByteArray &fingerprint, bool cached);
    void setCachedFingerprints(const QSet<QByteArray> &fingerprints);
    // The user's notes (TokenNotes), by fingerprint; remembered like the cached flags.
    void setNote(const QByteArray &fingerprint, const QString &note);
    void setNotes(const QHash<QByteArray, QString> &notes);
    // Where the last where-used scan found each token ("~/.npmrc:3"), by fingerprint;
    // kept apart from the rows (few tokens sit in files) and looked up when shown.
    void setWhereUsed(const QHash<QByteArray, QStringList> &places);
    // Old values a rotation with an overlap keeps working until then (UTC), by
    // fingerprint: Expires says "revoked in 5 hours" instead of the expiry.
    void setPlannedRevocations(const QHash<QByteArray, QDateTime> &revokeAt);

    // Relative texts and statuses are computed against "now": refreshTimes()
    // moves it to the current time (call it from a timer), setNow() fixes it.
    void setNow(const QDateTime &now);
    void refreshTimes();
    qint64 nowMs() const { return m_nowMs; }
    void setExpiringSoonDays(int days);
    int expiringSoonDays() const { return m_expiringSoonDays; }

    // The rows as they are now: an implicitly shared copy, cheap to take and safe
    // to read on another thread while the model goes on changing its own.
    QList<TokenRow> rows() const { return m_rows; }

    // Direct access for the proxy and the services (no QVariant per call).
    int rowOf(const QByteArray &fingerprint) const;
    const QString &nameAt(int row) const { return m_rows[row].name; }
    // The name case-folded once at load, for case-insensitive filtering and sorting.
    const QString &foldedNameAt(int row) const { return m_rows[row].foldedName; }
    // Lowercase hex, made on each call (rows keep the 32 raw bytes).
    QByteArray fingerprintAt(int row) const { return m_rows[row].fingerprint.toHex(); }
    const QString &hintAt(int row) const { return m_rows[row].hint; }
    qint64 createdAtMs(int row) const { return m_rows[row].createdMs; }
    qint64 expiresAtMs(int row) const { return m_rows[row].expiresMs; }
    bool cachedAt(int row) const { return m_rows[row].cached; }
    const QString &noteAt(int row) const { return m_rows[row].note; }
    TokenStatus statusAt(int row) const;
    PersonalAccessToken tokenAt(int row) const;
    // "pat_••••x9Qa": enough to recognise a token, nothing to use it.
    static QString maskedHint(const QString &hint);

signals:
    void renameRequested(const QByteArray &fingerprint, const QString &newName);

private:
    void updateRowIndex(int firstChangedRow);
    QVariant displayData(const TokenRow &row, int column) const;
    QVariant sortData(const TokenRow &row, int column) const;
    QVariant toolTipData(const TokenRow &row, int column) const;
    void emitColumnsChanged(int first, int last);

    QString m_userId;
    QList<TokenRow> m_rows;
    QHash<TokenDigest, int> m_rowOf;
    QSet<TokenDigest> m_cached;
    QHash<TokenDigest, QString> m_notes;
    QHash<TokenDigest, QStringList> m_whereUsed;
    QHash<TokenDigest, qint64> m_revokeAtMs;
    qint64 m_nowMs;
    int m_expiringSoonDays = 7;
    QLocale m_locale;
};

} // namespace latchkey
