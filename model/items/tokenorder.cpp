#include "model/items/tokenorder.h"

#include <algorithm>

namespace latchkey {

namespace {

// TokenListModel's columns, in its order.
enum Column { Name, Token, Created, Expires, Status, Cached, Notes, WhereUsed };

bool statusMatches(TokenOrder::StatusFilter filter, TokenStatus status)
{
    using Filter = TokenOrder::StatusFilter;
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Active:
        return status == TokenStatus::Active;
    case Filter::ExpiringSoon:
        return status == TokenStatus::ExpiringSoon;
    case Filter::Expired:
        return status == TokenStatus::Expired;
    case Filter::NeverExpires:
        return status == TokenStatus::NeverExpires;
    case Filter::NeedsAttention:
        return status == TokenStatus::Expired || status == TokenStatus::ExpiringSoon;
    }
    return true;
}

// Four UTF-16 units of a text from `from` on, packed big-endian (missing ones as
// 0) and shifted into the signed range: ordering these integers orders texts
// by those four units.
qint64 chunkKey(QStringView text, qsizetype from = 0)
{
    quint64 key = 0;
    for (qsizetype i = from; i < from + 4; ++i)
        key = key << 16 | (i < text.size() ? text[i].unicode() : 0u);
    return qint64(key ^ (quint64(1) << 63));
}

// One row while a column is ranked: its key, and what breaks ties.
struct RankEntry
{
    qint64 key;
    int tie; // the name's rank (or, while ranking names, unused)
    int row;
};

template<typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Gives sorted entries their ranks; equal entries (by `order`, a three-way
// comparison) share one.
template<typename Order> QList<int> ranksOf(const QList<RankEntry> &sorted, Order order)
{
    QList<int> rank(sorted.size());
    int current = 0;
    for (int i = 0; i < sorted.size(); ++i) {
        if (i > 0 && order(sorted[i - 1], sorted[i]) != 0)
            current = i;
        rank[sorted[i].row] = current;
    }
    return rank;
}

// Sorts entries whose texts agree on their first `depth` units, four units at
// a time: integer keys are sorted, and only runs of equal keys read their
// texts again, further on. Names share long prefixes ("ci-deploy-eu-west-"),
// which whole-string comparisons would scan again for every pair.
template<typename TextOf, typename TieOrder>
void sortByText(RankEntry *first, RankEntry *last, qsizetype depth, const TextOf &textOf,
                const TieOrder &tieOrder)
{
    bool longer = false; // does any text go on past this chunk?
    for (RankEntry *e = first; e != last; ++e) {
        const QStringView text = textOf(e->row);
        e->key = chunkKey(text, depth);
        longer = longer || text.size() > depth + 4;
    }
    if (!longer) {
        // Equal but for their lengths (or trailing NULs): the whole comparison decides.
        std::sort(first, last, [&](const RankEntry &a, const RankEntry &b) {
            return a.key != b.key ? a.key < b.key : tieOrder(a.row, b.row) < 0;
        });
        return;
    }
    std::sort(first, last, [](const RankEntry &a, const RankEntry &b) { return a.key < b.key; });
    for (RankEntry *run = first; run != last;) {
        RankEntry *end = run + 1;
        while (end != last && end->key == run->key)
            ++end;
        if (end - run > 1)
            sortByText(run, end, depth + 4, textOf, tieOrder);
        run = end;
    }
}

} // namespace

bool TokenOrder::accepts(const TokenRow &row, const Criteria &criteria)
{
    if (criteria.status != StatusFilter::All &&
        !statusMatches(criteria.status,
                       tokenStatus(row.expiresMs, criteria.nowMs, criteria.expiringSoonDays)))
        return false;
    return criteria.text.isEmpty() || row.name.contains(criteria.text, Qt::CaseInsensitive) ||
           row.note.contains(criteria.text, Qt::CaseInsensitive);
}

TokenOrder::Ranks TokenOrder::rankNames(const QList<TokenRow> &rows)
{
    QList<RankEntry> entries(rows.size());
    for (int row = 0; row < entries.size(); ++row)
        entries[row] = {0, 0, row};
    // Case-folded first, so "backup" and "Backup" sit together; then exactly.
    const auto nameOrder = [&rows](int l, int r) {
        const int folded = QString::compare(rows[l].foldedName, rows[r].foldedName);
        return folded != 0 ? folded : QString::compare(rows[l].name, rows[r].name);
    };
    sortByText(
        entries.data(), entries.data() + entries.size(), 0,
        [&rows](int row) { return QStringView(rows[row].foldedName); }, nameOrder);
    return std::make_shared<const QList<int>>(ranksOf(
        entries, [&](const RankEntry &l, const RankEntry &r) { return nameOrder(l.row, r.row); }));
}

TokenOrder::Ranks TokenOrder::rankColumn(const QList<TokenRow> &rows, int column,
                                         const QList<int> &nameRanks, const Criteria &criteria)
{
    QList<RankEntry> entries(rows.size());
    for (int i = 0; i < entries.size(); ++i) {
        const TokenRow &row = rows[i];
        qint64 key = 0;
        switch (column) {
        case Token:
            key = chunkKey(row.hint);
            break;
        case Created:
            key = row.createdMs;
            break;
        case Expires:
            key = row.expiresMs;
            break;
        case Status:
            key = int(tokenStatus(row.expiresMs, criteria.nowMs, criteria.expiringSoonDays));
            break;
        case Cached:
            key = row.cached;
            break;
        case Notes:
            key = chunkKey(row.note);
            break;
        case WhereUsed:
            key = row.foundIn;
            break;
        default:
            break;
        }
        entries[i] = {key, nameRanks[i], i};
    }
    const auto order = [&rows, column](const RankEntry &l, const RankEntry &r) {
        int result = compare(l.key, r.key);
        // Hints longer than four characters (older snapshots) and notes tie on the key.
        if (result == 0 && column == Token)
            result = QString::compare(rows[l.row].hint, rows[r.row].hint);
        if (result == 0 && column == Notes)
            result = QString::compare(rows[l.row].note, rows[r.row].note);
        return result != 0 ? result : compare(l.tie, r.tie);
    };
    std::sort(entries.begin(), entries.end(),
              [&](const RankEntry &a, const RankEntry &b) { return order(a, b) < 0; });
    return std::make_shared<const QList<int>>(ranksOf(entries, order));
}

QList<int> TokenOrder::arrange(const QList<TokenRow> &rows, const Criteria &criteria,
                               RankSet *ranks)
{
    const int count = int(rows.size());
    QList<int> visible;
    visible.reserve(count);
    for (int row = 0; row < count; ++row) {
        if (accepts(rows[row], criteria))
            visible.append(row);
    }
    if (criteria.column < 0 || criteria.column >= ColumnCount)
        return visible;

    Ranks &names = (*ranks)[Name];
    if (!names || names->size() != count)
        names = rankNames(rows);
    Ranks &rank = (*ranks)[criteria.column];
    if (!rank || rank->size() != count)
        rank = rankColumn(rows, criteria.column, *names, criteria);

    // Ranks lie in [0, count): a counting sort places every visible row in one
    // pass. Rows of equal rank keep their own order, in either direction, as a
    // stable sort would.
    const QList<int> &by = *rank;
    QList<int> start(count + 1, 0);
    for (int row : std::as_const(visible))
        ++start[by[row] + 1];
    for (int r = 0; r < count; ++r)
        start[r + 1] += start[r];
    QList<int> sorted(visible.size());
    for (int row : std::as_const(visible))
        sorted[start[by[row]]++] = row;
    if (criteria.order == Qt::DescendingOrder) {
        // Reverse the runs of equal rank, not the rows within them.
        std::reverse(sorted.begin(), sorted.end());
        for (int i = 0; i < sorted.size();) {
            int end = i + 1;
            while (end < sorted.size() && by[sorted[end]] == by[sorted[i]])
                ++end;
            std::reverse(sorted.begin() + i, sorted.begin() + end);
            i = end;
        }
    }
    return sorted;
}

} // namespace latchkey
