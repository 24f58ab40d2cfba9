// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/util/date.h"

#include <QWidget>

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

class QItemSelectionModel;
class QLabel;
class QMenu;
class QModelIndex;
class QPushButton;
class QSplitter;
class QUndoCommand;

namespace keel::gui {

class EmptyStateLabel;
class Logbook;
class WeekDayView;
class WeekModel;

/// The plan as a 7-day grid: navigate weeks, generate or regenerate, move a session to
/// another day by drag and drop (or its context menu), swap an exercise for another of the
/// same pattern and rung, and read why each item is planned. Every edit is an undoable
/// command on the logbook's stack.
class WeekPane final : public QWidget {
    Q_OBJECT
public:
    explicit WeekPane(Logbook& logbook, QWidget* parent = nullptr);

    WeekModel* model() const { return m_model; }
    /// The first day of the week shown.
    core::Date weekStart() const { return m_weekStart; }
    /// The view of day `day` (0 = the week's first day).
    WeekDayView* dayView(int day) const { return m_views[static_cast<std::size_t>(day)]; }
    QItemSelectionModel* selectionModel() const { return m_selection; }
    /// The detail area's text (what the selection is and why it is planned).
    QString detailText() const;
    QString statusText() const;

    /// Shows the week containing `date` (weeks start on the profile's week start day).
    void showWeekOf(core::Date date);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    /// Re-reads the week shown; keeps the selection.
    void reload();

    /// Moves a session to another day of the week shown (undoable).
    void moveSession(std::int64_t sessionId, core::Date to);
    /// What the item may be swapped for: same pattern and rung, equipment the profile owns.
    std::vector<const core::Exercise*> swapAlternatives(std::int64_t itemId) const;
    /// Swaps the exercise of a planned item (undoable).
    void swapExercise(std::int64_t itemId, const std::string& exerciseId);
    /// Plans the week shown; when it already has a plan, re-plans it (undoable). Logged items
    /// are kept by the store either way; moves and swaps made by hand are not, so with any in
    /// effect it asks first.
    void generate();

    /// Asks whether to go ahead with what `message` describes; true to go ahead.
    using Confirmation = std::function<bool(const QString& message)>;
    /// Replaces the question box (tests answer without a modal dialog).
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

private:
    void buildLayout();
    void showDetail(const QModelIndex& index);
    void updateHeaders();
    void showContextMenu(const QModelIndex& index, const QPoint& globalPosition);
    void fillSwapMenu(QMenu* menu, std::int64_t itemId);
    void fillMoveMenu(QMenu* menu, std::int64_t sessionId);
    void openSwapMenu();
    bool push(QUndoCommand* command);
    void showStatus(const QString& message, bool error);
    core::Weekday weekStartDay() const;

    Logbook& m_logbook;
    WeekModel* m_model = nullptr;
    QItemSelectionModel* m_selection = nullptr;
    core::Date m_weekStart;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_flags = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_today = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_swap = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_regenerate = nullptr;
    QWidget* m_grid = nullptr;
    std::array<QLabel*, 7> m_headers {};
    std::array<WeekDayView*, 7> m_views {};
    EmptyStateLabel* m_empty = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_status = nullptr;
    Confirmation m_confirm;
};

} // namespace keel::gui
