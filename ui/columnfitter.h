// ColumnFitter: keeps a tree view's columns inside its width. One column takes
// the rest and never less than its share; the others shrink from the width
// they would like towards their minimum (header text, or whole dates) when
// room is short, instead of pushing the view into a horizontal scroll. Below
// even that, the columns named to make way are hidden, in their order, and
// come back when there is room again.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTreeView;

namespace latchkey {

class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // stretchColumn gets what is left, at least share of the width when the
    // others can shrink that far.
    ColumnFitter(QTreeView *view, int stretchColumn, double share);

    // The width a column would like; a column a user resizes by hand keeps theirs.
    void setPreferredWidth(int column, int width);
    // Below this a column never goes; by default the width of its header text.
    void setMinimumWidth(int column, int width);
    int minimumWidth(int column) const;
    // The columns hidden, first one first, when the visible ones would not get their
    // minimum; one the user shows again by hand stays.
    void setMakeWayOrder(const QList<int> &columns);
    int preferredWidth(int column) const;
    // The view width at which every visible column gets its preferred width and
    // the stretch column its share.
    int comfortableWidth() const;

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int headerTextWidth(int column) const;
    // Hides make-way columns while the others are short of their minimum; shows
    // them again, last hidden first, while they fit.
    void makeWay(int budget);
    int minimumOfVisible() const;

    QTreeView *m_view;
    // Kept apart from m_view: the filter hears from the viewport while the view is being
    // destroyed, when m_view is no longer a scroll area to ask.
    QWidget *m_viewport;
    int m_stretch;
    double m_share;
    QHash<int, int> m_preferred;
    QHash<int, int> m_minimum;
    QList<int> m_makeWay;
    QList<int> m_hiddenToMakeWay;
    bool m_fitting = false;
};

} // namespace latchkey
