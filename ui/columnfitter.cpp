// ColumnFitter: keeps a tree view's columns inside its width. One column takes
// the rest and never less than its share; the others shrink from the width
// they would like towards their minimum (header text, or whole dates) when
// room is short, instead of pushing the view into a horizontal scroll. Below
// even that, the columns named to make way are hidden, in their order, and
// come back when there is room again.
#include "ui/columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

namespace latchkey {

ColumnFitter::ColumnFitter(QTreeView *view, int stretchColumn, double share)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretch(stretchColumn)
    , m_share(share)
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    // The view may get its model (and so its sections) after this: the modes are
    // set again whenever the sections change.
    auto applyModes = [header, stretchColumn] {
        if (header->count() <= stretchColumn)
            return;
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    };
    applyModes();
    connect(header, &QHeaderView::sectionCountChanged, this, applyModes);
    m_viewport->installEventFilter(this);
    // A column dragged wider or narrower by hand is what that user prefers; one shown
    // or hidden (from the header's menu) changes what the others can have.
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int before, int size) {
        if (m_fitting || column == m_stretch)
            return;
        if (before > 0 && size > 0)
            m_preferred.insert(column, size);
        QTimer::singleShot(0, this, &ColumnFitter::fit);
    });
    // Shown or hidden from the header's menu, or headers in another language.
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::fit);
    connect(header, &QHeaderView::geometriesChanged, this, &ColumnFitter::fit);
}

void ColumnFitter::setPreferredWidth(int column, int width)
{
    m_preferred.insert(column, width);
}

void ColumnFitter::setMinimumWidth(int column, int width)
{
    m_minimum.insert(column, width);
}

void ColumnFitter::setMakeWayOrder(const QList<int> &columns)
{
    m_makeWay = columns;
}

int ColumnFitter::headerTextWidth(int column) const
{
    const QHeaderView *header = m_view->header();
    const QString title = m_view->model()
                              ? m_view->model()->headerData(column, Qt::Horizontal).toString()
                              : QString();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // Room for the sort arrow whichever column is sorted: it moves when the user sorts.
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return header->fontMetrics().horizontalAdvance(title) + margin + arrow + 2;
}

int ColumnFitter::minimumWidth(int column) const
{
    return qMax(m_minimum.value(column, 0), headerTextWidth(column));
}

int ColumnFitter::preferredWidth(int column) const
{
    return qMax(m_preferred.value(column, 0), minimumWidth(column));
}

int ColumnFitter::comfortableWidth() const
{
    const QHeaderView *header = m_view->header();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretch && !header->isSectionHidden(column))
            others += preferredWidth(column);
    }
    const int stretch = qMax(minimumWidth(m_stretch), int(others * m_share / (1.0 - m_share)));
    return others + stretch + 2 * m_view->frameWidth() +
           m_view->verticalScrollBar()->sizeHint().width();
}

int ColumnFitter::minimumOfVisible() const
{
    const QHeaderView *header = m_view->header();
    int minimum = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretch && !header->isSectionHidden(column))
            minimum += minimumWidth(column);
    }
    return minimum;
}

void ColumnFitter::makeWay(int budget)
{
    QHeaderView *header = m_view->header();
    // Shown again from the header's menu: what that user wants, room or not.
    for (qsizetype i = m_hiddenToMakeWay.size() - 1; i >= 0; --i) {
        const int column = m_hiddenToMakeWay.at(i);
        if (!header->isSectionHidden(column)) {
            m_hiddenToMakeWay.removeAt(i);
            m_makeWay.removeAll(column);
        }
    }
    int minimum = minimumOfVisible();
    for (int column : std::as_const(m_makeWay)) {
        if (minimum <= budget)
            break;
        if (column == m_stretch || header->isSectionHidden(column))
            continue;
        header->setSectionHidden(column, true);
        m_hiddenToMakeWay.append(column);
        minimum -= minimumWidth(column);
    }
    while (!m_hiddenToMakeWay.isEmpty() &&
           minimum + minimumWidth(m_hiddenToMakeWay.last()) <= budget) {
        const int column = m_hiddenToMakeWay.takeLast();
        header->setSectionHidden(column, false);
        minimum += minimumWidth(column);
    }
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->header();
    if (m_fitting || !m_view->model() || header->count() == 0)
        return;
    const int available = m_view->viewport()->width();
    const int budget = int(available * (1.0 - m_share));
    m_fitting = true;
    // A view not laid out yet has no width to make way for.
    if (available > 0)
        makeWay(budget);
    QList<int> columns;
    int preferred = 0, minimum = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretch || header->isSectionHidden(column))
            continue;
        columns.append(column);
        preferred += preferredWidth(column);
        minimum += minimumWidth(column);
    }
    for (int column : std::as_const(columns)) {
        int width = preferredWidth(column);
        if (minimum > budget && minimum > 0) {
            // Narrower than every header: all shrink alike (the headers elide) rather
            // than run off the view's edge.
            width = qMax(1, int(minimumWidth(column) * double(budget) / double(minimum)));
        } else if (preferred > budget && preferred > minimum) {
            // Everyone gives up the same part of what they have above their minimum.
            const double keep = double(budget - minimum) / double(preferred - minimum);
            width = minimumWidth(column) + int((width - minimumWidth(column)) * keep);
        }
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
    }
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace latchkey
