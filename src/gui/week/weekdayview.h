// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace keel::gui {

/// One day column of the Week grid: the sessions and items under one day of a WeekModel,
/// drawn as cards. Sessions can be dragged out of it and dropped onto it.
class WeekDayView final : public QTreeView {
    Q_OBJECT
public:
    explicit WeekDayView(QWidget* parent = nullptr);

    /// Shows the day at `row` of the model, its sessions expanded.
    void showDay(int row);

signals:
    /// A context menu was asked for on `index`: the row under the mouse, or the current row
    /// when asked from the keyboard (the Menu key, Shift+F10).
    void contextMenuRequested(const QModelIndex& index, const QPoint& globalPosition);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace keel::gui
