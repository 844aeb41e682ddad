#include "model/items/tokenlistmodel.h"

#include "model/domain/expiryformatter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
quint16 copiesCount(const QStringList &places)
{
    return quint16(std::min<qsizetype>(places.size(), 0xffff));
}
} // namespace

TokenListModel::TokenListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenListModel::maskedHint(const QString &hint)
{
    return u"pat_\u2022\u2022\u2022\u2022"_s + hint;
}

TokenStatus TokenListModel::statusAt(int row) const
{
    return tokenStatus(m_rows[row].expiresMs, m_nowMs, m_expiringSoonDays);
}

PersonalAccessToken TokenListModel::tokenAt(int row) const
{
    const TokenRow &r = m_rows[row];
    PersonalAccessToken token;
    token.userId = m_userId;
    token.name = r.name;
    token.createdAt = QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC);
    if (r.expiresMs != NeverExpiresMs)
        token.expiresAt = QDateTime::fromMSecsSinceEpoch(r.expiresMs, Qt::UTC);
    token.fingerprint = r.fingerprint.toHex();
    token.hint = r.hint;
    return token;
}

QList<PersonalAccessToken> TokenListModel::tokens() const
{
    QList<PersonalAccessToken> result;
    result.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        result.append(tokenAt(row));
    return result;
}

int TokenListModel::rowOf(const QByteArray &fingerprint) const
{
    return m_rowOf.value(TokenDigest::fromHex(fingerprint), -1);
}

QVariant TokenListModel::displayData(const TokenRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case TokenColumn:
        return maskedHint(row.hint);
    case CreatedColumn:
        return ExpiryFormatter::shortDate(row.createdMs, m_locale);
    case ExpiresColumn:
        if (const auto revokeAt = m_revokeAtMs.constFind(row.fingerprint);
            revokeAt != m_revokeAtMs.cend()) {
            return *revokeAt > m_nowMs
                       ? tr("revoked %1", "%1: a relative time such as \"in 5 hours\"")
                             .arg(ExpiryFormatter::relativeTime(*revokeAt, m_nowMs))
                       : tr("revocation due");
        }
        return ExpiryFormatter::relativeExpiry(row.expiresMs, m_nowMs);
    case StatusColumn:
        return ExpiryFormatter::statusText(tokenStatus(row.expiresMs, m_nowMs, m_expiringSoonDays));
    case CachedColumn:
        return row.cached ? tr("Yes") : tr("No");
    case NotesColumn:
        // One line in the table; the whole note is in the tooltip.
        return QString(row.note).replace(u'\n', u' ');
    case WhereUsedColumn: {
        const QStringList places = m_whereUsed.value(row.fingerprint);
        if (places.size() <= 1)
            return places.value(0);
        return tr("%1 and %n more", nullptr, int(places.size() - 1)).arg(places.first());
    }
    }
    return {};
}

QVariant TokenListModel::sortData(const TokenRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case TokenColumn:
        return row.hint;
    case CreatedColumn:
        return row.createdMs;
    case ExpiresColumn:
        return row.expiresMs;
    case StatusColumn:
        return int(tokenStatus(row.expiresMs, m_nowMs, m_expiringSoonDays));
    case CachedColumn:
        return row.cached;
    case NotesColumn:
        return row.note;
    case WhereUsedColumn:
        return row.foundIn;
    }
    return {};
}

QVariant TokenListModel::toolTipData(const TokenRow &row, int column) const
{
    switch (column) {
    case NameColumn:
    case NotesColumn:
        if (row.note.isEmpty())
            return {};
        return tr("Note: %1").arg(row.note);
    case CreatedColumn:
        return ExpiryFormatter::absolute(row.createdMs, m_locale);
    case ExpiresColumn:
        if (m_revokeAtMs.contains(row.fingerprint))
            return tr("Replaced by a new value; this old one keeps working until %1, then "
                      "Latchkey revokes it.")
                .arg(ExpiryFormatter::absolute(m_revokeAtMs.value(row.fingerprint), m_locale));
        // With Status hidden, Expires is where the state is read: named here too.
        if (row.expiresMs == NeverExpiresMs)
            return ExpiryFormatter::absolute(row.expiresMs, m_locale);
        return tr("%1 · %2").arg(
            ExpiryFormatter::statusText(tokenStatus(row.expiresMs, m_nowMs, m_expiringSoonDays)),
            ExpiryFormatter::absolute(row.expiresMs, m_locale));
    case StatusColumn:
        return ExpiryFormatter::absolute(row.expiresMs, m_locale);
    case CachedColumn:
        return row.cached ? tr("A copy of the value is kept in your system keychain.")
                          : tr("Latchkey has no copy of this token's value.");
    case TokenColumn:
        return tr("Fingerprint (SHA-256): %1").arg(QString::fromLatin1(row.fingerprint.toHex()));
    case WhereUsedColumn: {
        const QStringList places = m_whereUsed.value(row.fingerprint);
        if (places.isEmpty())
            return {};
        return tr("Found by the last scan in:") + u'\n' + places.join(u'\n');
    }
    }
    return {};
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(row.name) : displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case ExpiresAtRole:
        return row.expiresMs == NeverExpiresMs
                   ? QVariant()
                   : QVariant(QDateTime::fromMSecsSinceEpoch(row.expiresMs, Qt::UTC));
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
    case StatusRole:
        return int(tokenStatus(row.expiresMs, m_nowMs, m_expiringSoonDays));
    case FingerprintRole:
        return row.fingerprint.toHex();
    case CachedRole:
        return row.cached;
    case NameRole:
        return row.name;
    case HintRole:
        return row.hint;
    case TokenRole:
        return QVariant::fromValue(tokenAt(index.row()));
    case NoteRole:
        return row.note;
    case RevokeAtRole:
        if (!m_revokeAtMs.contains(row.fingerprint))
            return {};
        return QDateTime::fromMSecsSinceEpoch(m_revokeAtMs.value(row.fingerprint), Qt::UTC);
    }
    return {};
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TokenColumn:
        return tr("Token");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case CachedColumn:
        return tr("Cached");
    case NotesColumn:
        return tr("Notes");
    case WhereUsedColumn:
        return tr("Where Used");
    }
    return {};
}

Qt::ItemFlags TokenListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TokenListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString newName = value.toString();
    const TokenRow &row = m_rows[index.row()];
    if (newName.trimmed().isEmpty() || newName == row.name)
        return false;
    emit renameRequested(row.fingerprint.toHex(), newName);
    return false;
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(ExpiresAtRole, "expiresAt");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(StatusRole, "status");
    names.insert(FingerprintRole, "fingerprint");
    names.insert(CachedRole, "cached");
    names.insert(NameRole, "name");
    names.insert(HintRole, "hint");
    names.insert(TokenRole, "token");
    names.insert(NoteRole, "note");
    return names;
}

void TokenListModel::updateRowIndex(int firstChangedRow)
{
    if (firstChangedRow == 0) {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
    } else if (m_rowOf.size() > firstChangedRow) {
        // Rows before the first removal kept their place; the rest are re-added.
        m_rowOf.removeIf([&](const auto &it) { return it.value() >= firstChangedRow; });
    }
    for (int i = firstChangedRow; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].fingerprint, i);
}

void TokenListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_userId.clear();
    endResetModel();
}

void TokenListModel::setTokens(const QString &userId, const QList<PersonalAccessToken> &tokens)
{
    setRows(userId, TokenRows::from(tokens));
}

void TokenListModel::setRows(const QString &userId, TokenRows prepared)
{
    // Nothing to keep: a reset is the cheapest signal for views and proxies.
    if (userId != m_userId || m_rows.isEmpty()) {
        beginResetModel();
        m_userId = userId;
        m_rows = std::move(prepared.rows);
        m_rowOf = std::move(prepared.rowOf);
        // Usually far fewer values are cached than tokens listed.
        for (const TokenDigest &digest : std::as_const(m_cached)) {
            const int row = m_rowOf.value(digest, -1);
            if (row >= 0)
                m_rows[row].cached = true;
        }
        for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
            const int row = m_rowOf.value(it.key(), -1);
            if (row >= 0)
                m_rows[row].note = it.value();
        }
        for (auto it = m_whereUsed.cbegin(); it != m_whereUsed.cend(); ++it) {
            const int row = m_rowOf.value(it.key(), -1);
            if (row >= 0)
                m_rows[row].foundIn = copiesCount(it.value());
        }
        endResetModel();
        return;
    }

    const QList<TokenRow> &incoming = prepared.rows;
    const QHash<TokenDigest, int> &incomingRowOf = prepared.rowOf;

    // Removals, back to front and in contiguous runs, so the signals stay few.
    int firstShifted = int(m_rows.size());
    for (int end = int(m_rows.size()) - 1; end >= 0;) {
        if (incomingRowOf.contains(m_rows[end].fingerprint)) {
            --end;
            continue;
        }
        int first = end;
        while (first > 0 && !incomingRowOf.contains(m_rows[first - 1].fingerprint))
            --first;
        beginRemoveRows({}, first, end);
        m_rows.remove(first, end - first + 1);
        endRemoveRows();
        firstShifted = first;
        end = first - 1;
    }

    // Updates in place, one dataChanged per contiguous run of changed rows.
    QList<bool> seen(incoming.size(), false);
    int runStart = -1;
    for (int i = 0; i <= m_rows.size(); ++i) {
        bool changed = false;
        if (i < m_rows.size()) {
            const int from = incomingRowOf.value(m_rows[i].fingerprint);
            seen[from] = true;
            changed = !incoming[from].sameToken(m_rows[i]);
            if (changed) {
                const bool cached = m_rows[i].cached;
                const quint16 foundIn = m_rows[i].foundIn;
                QString note = std::move(m_rows[i].note);
                m_rows[i] = incoming[from];
                m_rows[i].cached = cached;
                m_rows[i].foundIn = foundIn;
                m_rows[i].note = std::move(note);
            }
        }
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            emit dataChanged(index(runStart, 0), index(i - 1, ColumnCount - 1));
            runStart = -1;
        }
    }

    // New tokens at the end; the proxy decides where they show.
    QList<TokenRow> added;
    for (int i = 0; i < incoming.size(); ++i) {
        if (!seen[i]) {
            added.append(incoming[i]);
            added.last().cached = m_cached.contains(added.last().fingerprint);
            added.last().note = m_notes.value(added.last().fingerprint);
            added.last().foundIn = copiesCount(m_whereUsed.value(added.last().fingerprint));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
    }
    updateRowIndex(firstShifted);
}

void TokenListModel::setCached(const QByteArray &fingerprint, bool cached)
{
    const TokenDigest digest = TokenDigest::fromHex(fingerprint);
    if (cached)
        m_cached.insert(digest);
    else
        m_cached.remove(digest);
    const int row = m_rowOf.value(digest, -1);
    if (row < 0 || m_rows[row].cached == cached)
        return;
    m_rows[row].cached = cached;
    emit dataChanged(index(row, CachedColumn), index(row, CachedColumn));
}

void TokenListModel::setCachedFingerprints(const QSet<QByteArray> &fingerprints)
{
    m_cached.clear();
    m_cached.reserve(fingerprints.size());
    for (const QByteArray &fingerprint : fingerprints)
        m_cached.insert(TokenDigest::fromHex(fingerprint));
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool cached = m_cached.contains(m_rows[i].fingerprint);
        if (m_rows[i].cached != cached) {
            m_rows[i].cached = cached;
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, CachedColumn), index(last, CachedColumn));
}

void TokenListModel::setNote(const QByteArray &fingerprint, const QString &note)
{
    const TokenDigest digest = TokenDigest::fromHex(fingerprint);
    if (note.isEmpty())
        m_notes.remove(digest);
    else
        m_notes.insert(digest, note);
    const int row = m_rowOf.value(digest, -1);
    if (row < 0 || m_rows[row].note == note)
        return;
    m_rows[row].note = note;
    // Tooltips (the name's shows the note too) are asked for when shown: one column says it.
    emit dataChanged(index(row, NotesColumn), index(row, NotesColumn));
}

void TokenListModel::setNotes(const QHash<QByteArray, QString> &notes)
{
    m_notes.clear();
    m_notes.reserve(notes.size());
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        m_notes.insert(TokenDigest::fromHex(it.key()), it.value());
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString note = m_notes.value(m_rows[i].fingerprint);
        if (m_rows[i].note != note) {
            m_rows[i].note = note;
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, NotesColumn), index(last, NotesColumn));
}

void TokenListModel::setWhereUsed(const QHash<QByteArray, QStringList> &places)
{
    m_whereUsed.clear();
    m_whereUsed.reserve(places.size());
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        if (!it.value().isEmpty())
            m_whereUsed.insert(TokenDigest::fromHex(it.key()), it.value());
    }
    for (TokenRow &row : m_rows)
        row.foundIn = copiesCount(m_whereUsed.value(row.fingerprint));
    // Places may change while counts stay: the column is redrawn whole.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WhereUsedColumn), index(int(m_rows.size()) - 1, WhereUsedColumn));
}

void TokenListModel::setPlannedRevocations(const QHash<QByteArray, QDateTime> &revokeAt)
{
    m_revokeAtMs.clear();
    for (auto it = revokeAt.cbegin(); it != revokeAt.cend(); ++it)
        m_revokeAtMs.insert(TokenDigest::fromHex(it.key()), it.value().toMSecsSinceEpoch());
    emitColumnsChanged(ExpiresColumn, ExpiresColumn);
}

void TokenListModel::emitColumnsChanged(int first, int last)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, first), index(int(m_rows.size()) - 1, last));
}

void TokenListModel::setNow(const QDateTime &now)
{
    m_nowMs = now.toMSecsSinceEpoch();
    emitColumnsChanged(ExpiresColumn, StatusColumn);
}

void TokenListModel::refreshTimes()
{
    setNow(QDateTime::currentDateTimeUtc());
}

void TokenListModel::setExpiringSoonDays(int days)
{
    if (days == m_expiringSoonDays)
        return;
    m_expiringSoonDays = days;
    emitColumnsChanged(StatusColumn, StatusColumn);
}

} // namespace latchkey
