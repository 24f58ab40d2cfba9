// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekdayview.h"

#include "gui/week/weekcarddelegate.h"
#include "gui/week/weekmodel.h"

#include <QContextMenuEvent>

namespace keel::gui {

WeekDayView::WeekDayView(QWidget* parent)
    : QTreeView(parent)
{
    setItemDelegate(new WeekCardDelegate(this));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setExpandsOnDoubleClick(false);
    setUniformRowHeights(false);
    setIndentation(fontMetrics().height() / 2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(true);
    setDropIndicatorShown(true);
}

void WeekDayView::showDay(int row)
{
    setRootIndex(model()->index(row, WeekModel::TitleColumn));
    for (int column = 1; column < model()->columnCount(); ++column)
        setColumnHidden(column, true);
    expandAll();
}

void WeekDayView::contextMenuEvent(QContextMenuEvent* event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QModelIndex current = currentIndex();
        if (!current.isValid() || !visualRect(current).isValid())
            return;
        emit contextMenuRequested(current, viewport()->mapToGlobal(visualRect(current).bottomLeft()));
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        emit contextMenuRequested(index, event->globalPos());
}

void WeekDayView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    // Names wrap to the column's width, so row heights change with it.
    scheduleDelayedItemsLayout();
}

} // namespace keel::gui
