// TokenOrder: which tokens the token table shows, and in which order, worked
// out from a snapshot of the rows alone so that it can run on any thread.
#pragma once

#include "model/items/tokenrow.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>

namespace latchkey {

class TokenOrder
{
public:
    // NeedsAttention: expired or expiring soon (what the expiry notice's "Show" lists).
    enum class StatusFilter { All, Active, ExpiringSoon, Expired, NeverExpires, NeedsAttention };
    static constexpr int ColumnCount = 8; // TokenListModel's columns

    struct Criteria
    {
        int column = -1; // -1: the rows' own order
        Qt::SortOrder order = Qt::AscendingOrder;
        QString text; // case-insensitive substring of the name or the note; empty: all
        StatusFilter status = StatusFilter::All;
        qint64 nowMs = 0;
        int expiringSoonDays = 7;
    };

    // A 100k-row sort compares ~2 million pairs. Reading each pair's values from
    // the rows (scattered over megabytes, names behind a second pointer) is slow,
    // so each column is ranked once per change of its values (ties broken by the
    // name; equal values share a rank) and every sort after that is a counting
    // sort of ints. Ranks are immutable once made, so threads can share them.
    using Ranks = std::shared_ptr<const QList<int>>;
    using RankSet = std::array<Ranks, ColumnCount>;

    static bool accepts(const TokenRow &row, const Criteria &criteria);
    // The visible rows (indexes into rows) in display order. Ranks missing from
    // *ranks are computed and stored there; the ones given must belong to rows.
    static QList<int> arrange(const QList<TokenRow> &rows, const Criteria &criteria,
                              RankSet *ranks);

    static Ranks rankNames(const QList<TokenRow> &rows);
    static Ranks rankColumn(const QList<TokenRow> &rows, int column, const QList<int> &nameRanks,
                            const Criteria &criteria);
};

} // namespace latchkey
