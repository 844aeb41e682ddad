// TokenNotes: a free-text note per token (why it exists, where it is used), kept
// on this computer in one JSON file. Not a secret. Keyed by endpoint + user +
// fingerprint, so that a rename keeps a note and a rotation carries it over.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace latchkey {

class TokenNotes : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxLength = 2000;

    // Tests pass a file of their own; the app and latchkeyctl use defaultPath().
    explicit TokenNotes(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~TokenNotes() override;
    // QStandardPaths::AppDataLocation + "/token-notes.json".
    static QString defaultPath();
    QString path() const { return m_path; }

    // Why the file cannot be used (unreadable or malformed), empty when it can. Such
    // a file is left exactly as it is and every change is refused, so that no note
    // in it is lost by a write.
    QString error() const;
    // Reads the file again (another process may have changed it); it is read once
    // by itself, before the first use.
    void reload();

    QString note(const QString &endpoint, const QString &userId,
                 const QByteArray &fingerprint) const;
    // The notes of one user on one endpoint, by fingerprint (lowercase hex).
    QHash<QByteArray, QString> notesOf(const QString &endpoint, const QString &userId) const;

    // Sets a note; an empty (or blank) text removes it. The file is read again first
    // (latchkeyctl and the window share it) and replaced atomically (QSaveFile).
    bool setNote(const QString &endpoint, const QString &userId, const QByteArray &fingerprint,
                 const QString &text, QString *errorMessage = nullptr);
    // Gives the note of `from` to `to` (a rotation's replacement) in one write; does
    // nothing when `from` has none, so that running it twice is harmless.
    bool carryOver(const QString &endpoint, const QString &userId, const QByteArray &from,
                   const QByteArray &to, QString *errorMessage = nullptr);

signals:
    // A note was set, changed or removed (text empty) by this object.
    void noteChanged(const QString &endpoint, const QString &userId, const QByteArray &fingerprint,
                     const QString &text);

private:
    struct Entry
    {
        QString endpoint;
        QString userId;
        QByteArray fingerprint;
        QString text;
    };
    using Notes = QHash<QString, Entry>; // by key()

    static QString key(const QString &endpoint, const QString &userId,
                       const QByteArray &fingerprint);
    // Reads the file into m_notes (m_error says why not); done once before the first use.
    void load() const;
    bool read(Notes *notes, QString *error) const;
    bool write(const Notes &notes, QString *error) const;
    // Under the file's lock: reads it again, lets change() edit the notes (it returns
    // the entries it changed), writes, and emits noteChanged for each.
    bool update(const std::function<QList<Entry>(Notes &)> &change, QString *errorMessage);

    QString m_path;
    mutable bool m_loaded = false;
    mutable Notes m_notes;
    mutable QString m_error;
};

} // namespace latchkey
