#include "model/offline/tokennotes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr int kVersion = 1;
// Far more than any number of notes a person writes; a bigger file is not ours.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
// latchkeyctl and the window write in turn; a holder never keeps it longer than a write.
constexpr int kLockWaitMs = 2000;

bool isFingerprint(QByteArrayView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QString clean(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : text;
}

} // namespace

TokenNotes::TokenNotes(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

TokenNotes::~TokenNotes() = default;

QString TokenNotes::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/token-notes.json"_s;
}

QString TokenNotes::key(const QString &endpoint, const QString &userId,
                        const QByteArray &fingerprint)
{
    // Neither an endpoint (a URL) nor a fingerprint holds a newline.
    return endpoint + u'\n' + userId + u'\n' + QString::fromLatin1(fingerprint.toLower());
}

QString TokenNotes::error() const
{
    load();
    return m_error;
}

QString TokenNotes::note(const QString &endpoint, const QString &userId,
                         const QByteArray &fingerprint) const
{
    load();
    return m_notes.value(key(endpoint, userId, fingerprint)).text;
}

QHash<QByteArray, QString> TokenNotes::notesOf(const QString &endpoint, const QString &userId) const
{
    load();
    QHash<QByteArray, QString> result;
    for (const Entry &entry : std::as_const(m_notes)) {
        if (entry.endpoint == endpoint && entry.userId == userId)
            result.insert(entry.fingerprint, entry.text);
    }
    return result;
}

void TokenNotes::reload()
{
    m_loaded = false;
    load();
}

void TokenNotes::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_notes.clear();
    Notes notes;
    if (read(&notes, &m_error))
        m_notes = std::move(notes);
}

bool TokenNotes::read(Notes *notes, QString *error) const
{
    error->clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    const auto fail = [&](const QString &why) {
        *error = tr("The notes file %1 cannot be used: %2 It is left as it is; until it is "
                    "repaired or moved away, notes cannot be changed.")
                     .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString() + u'.');
    if (file.size() > kMaxFileBytes)
        return fail(tr("it is larger than %n MiB.", nullptr, int(kMaxFileBytes >> 20)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("it is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"version"_s).toInt() != kVersion ||
        !root.value(u"notes"_s).isArray())
        return fail(tr("it is not a version %1 notes file.").arg(kVersion));
    const QJsonArray array = root.value(u"notes"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Entry entry{object.value(u"endpoint"_s).toString(), object.value(u"userId"_s).toString(),
                    object.value(u"fingerprint"_s).toString().toLatin1(),
                    object.value(u"note"_s).toString()};
        if (!array.at(i).isObject() || !object.value(u"note"_s).isString() ||
            entry.endpoint.isEmpty() || entry.userId.isEmpty() ||
            !isFingerprint(entry.fingerprint) || entry.text.size() > MaxLength)
            return fail(
                tr("note %1 of %2 is incomplete or too long.").arg(i + 1).arg(array.size()));
        if (!clean(entry.text).isEmpty())
            notes->insert(key(entry.endpoint, entry.userId, entry.fingerprint), std::move(entry));
    }
    return true;
}

bool TokenNotes::write(const Notes &notes, QString *error) const
{
    QList<Entry> entries = notes.values();
    // A stable order keeps the file diffable and its changes small.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.endpoint, a.userId, a.fingerprint) <
               std::tie(b.endpoint, b.userId, b.fingerprint);
    });
    QJsonArray array;
    for (const Entry &entry : std::as_const(entries)) {
        array.append(QJsonObject{{u"endpoint"_s, entry.endpoint},
                                 {u"userId"_s, entry.userId},
                                 {u"fingerprint"_s, QString::fromLatin1(entry.fingerprint)},
                                 {u"note"_s, entry.text}});
    }
    const QByteArray content =
        QJsonDocument(QJsonObject{{u"version"_s, kVersion}, {u"notes"_s, array}}).toJson();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) != content.size() || !file.commit()) {
        *error = tr("The notes file %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

bool TokenNotes::update(const std::function<QList<Entry>(Notes &)> &change, QString *errorMessage)
{
    QString error;
    const auto finish = [&](bool ok) {
        if (errorMessage)
            *errorMessage = error;
        return ok;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        error = tr("The folder for the notes file %1 cannot be made.")
                    .arg(QDir::toNativeSeparators(m_path));
        return finish(false);
    }
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(kLockWaitMs)) {
        error = tr("The notes file %1 is being written by another Latchkey; try again.")
                    .arg(QDir::toNativeSeparators(m_path));
        return finish(false);
    }
    m_loaded = true;
    Notes notes;
    if (!read(&notes, &m_error)) {
        error = m_error;
        return finish(false);
    }
    m_notes = notes;
    const QList<Entry> changed = change(notes);
    if (changed.isEmpty())
        return finish(true);
    if (!write(notes, &error))
        return finish(false);
    m_notes = std::move(notes);
    for (const Entry &entry : changed)
        emit noteChanged(entry.endpoint, entry.userId, entry.fingerprint, entry.text);
    return finish(true);
}

bool TokenNotes::setNote(const QString &endpoint, const QString &userId,
                         const QByteArray &fingerprint, const QString &text, QString *errorMessage)
{
    const QByteArray print = fingerprint.toLower();
    if (endpoint.isEmpty() || userId.isEmpty() || !isFingerprint(print)) {
        if (errorMessage)
            *errorMessage = tr("A note needs a token that Latchkey can recognise (its "
                               "fingerprint); this one has none.");
        return false;
    }
    if (text.size() > MaxLength) {
        if (errorMessage)
            *errorMessage =
                tr("A note may be at most %n character(s) long.", nullptr, int(MaxLength));
        return false;
    }
    const QString value = clean(text);
    return update(
        [&](Notes &notes) -> QList<Entry> {
            const QString at = key(endpoint, userId, print);
            if (notes.value(at).text == value)
                return {};
            if (value.isEmpty())
                notes.remove(at);
            else
                notes.insert(at, {endpoint, userId, print, value});
            return {{endpoint, userId, print, value}};
        },
        errorMessage);
}

bool TokenNotes::carryOver(const QString &endpoint, const QString &userId, const QByteArray &from,
                           const QByteArray &to, QString *errorMessage)
{
    if (from.isEmpty() || to.isEmpty() || from.toLower() == to.toLower())
        return true;
    return update(
        [&](Notes &notes) -> QList<Entry> {
            const Entry moved = notes.take(key(endpoint, userId, from));
            if (moved.text.isEmpty())
                return {};
            const QByteArray target = to.toLower();
            notes.insert(key(endpoint, userId, target), {endpoint, userId, target, moved.text});
            return {{endpoint, userId, from.toLower(), QString()},
                    {endpoint, userId, target, moved.text}};
        },
        errorMessage);
}

} // namespace latchkey
