// TokenFilterProxyModel: the token table as the user narrows and sorts it
// (name text, status), fast enough to filter 100 000 rows per keystroke.
#pragma once

#include "tokenstatus.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace latchkey {

class TokenListModel;

class TokenFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // NeedsAttention: expired or expiring soon (what the expiry notice's "Show" lists).
    enum class StatusFilter { All, Active, ExpiringSoon, Expired, NeverExpires, NeedsAttention };
    Q_ENUM(StatusFilter)

    explicit TokenFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the name; empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Every sort falls back to the name, and comparing names is what made a
    // 100k-row sort or filter keystroke slow: names are ranked once per change
    // of the names and sorts compare ranks.
    void rankNames() const;
    void namesChanged() { m_nameRank.clear(); }

    // Set when the source is a TokenListModel: rows are then read directly
    // instead of through QVariant, which is what makes 100k rows fast.
    QPointer<TokenListModel> m_tokens;
    QString m_text;
    QString m_foldedText;
    StatusFilter m_status = StatusFilter::All;
    mutable QList<int> m_nameRank; // by source row; empty = to be computed
};

} // namespace latchkey
