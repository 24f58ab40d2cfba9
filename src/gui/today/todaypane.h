// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/unitformat.h"

#include <QString>
#include <QWidget>

#include <cstdint>

class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QUndoCommand;
class QTreeView;

namespace keel::core {
struct WalkEntry;
}

namespace keel::gui {

class CheckInWidget;
class EmptyStateLabel;
class ItemPanel;
class RestTimer;
class Logbook;
class SetEntryWidget;
class TodayModel;

/// What to do now: today's sessions in order, quick set entry pre-filled with the
/// prescription, "done as planned", the rest timer, the walk entry and the morning check-in.
/// Every log is an undoable command on the logbook's stack; "Saved" shows after the commit.
class TodayPane final : public QWidget {
    Q_OBJECT
public:
    explicit TodayPane(Logbook& logbook, QWidget* parent = nullptr);

    TodayModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    ItemPanel* itemPanel() const { return m_panel; }
    RestTimer* restTimer() const { return m_restTimer; }
    SetEntryWidget* walkEntry() const { return m_walkEntry; }
    CheckInWidget* checkIn() const { return m_checkIn; }
    /// The status line ("Saved: …" or the error that prevented saving).
    QString statusText() const;

    /// Re-reads today's plan and log; keeps the selected item.
    void reload();
    /// Selects a planned item of today and prepares the entry of its next set.
    void selectItem(std::int64_t itemId);

    /// Logs the set (or walk) in the item panel's entry fields.
    void logEnteredSet();
    /// Logs every remaining set of the selected item as planned, as one undo step.
    void doneAsPlanned();
    /// Logs the walk in the walk row.
    void logWalk();
    /// Records the morning check-in.
    void saveCheckIn();
    /// Puts the keyboard in the morning check-in, ready for a number and Enter.
    void focusCheckIn();
    /// Plans the current week (offered when there is no plan yet).
    void planThisWeek();

signals:
    /// The person asked to see the week (nothing to do today).
    void showWeekRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kNameChars = 16;
    void fitColumns();
    void buildLayout();
    void showCurrent(const QModelIndex& current);
    void updateEmptyState();
    void updateWalkRow();
    bool push(QUndoCommand* command);
    /// "Saved: …", with any new personal bests the entry set.
    void showSaved(const QString& what, const QString& records = {});
    /// Logs a walk and says so, with a record if it is the longest yet; false when not saved.
    bool saveWalk(const core::WalkEntry& walk);
    void showNotice(const QString& message);
    void showError(const QString& message);
    /// After a log: moves on to the next open item when this one is finished, starts the rest.
    void afterLogged(std::int64_t itemId);
    /// Keyboard to the open item's entry, or to the list when the item shown is finished.
    void focusNextStep();
    int restSeconds() const;

    Logbook& m_logbook;
    UnitFormat m_units;
    TodayModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    CheckInWidget* m_checkIn = nullptr;
    QWidget* m_emptyBox = nullptr;
    EmptyStateLabel* m_empty = nullptr;
    QPushButton* m_emptyAction = nullptr;
    QPushButton* m_planAction = nullptr;
    QSplitter* m_main = nullptr;
    QTreeView* m_view = nullptr;
    ItemPanel* m_panel = nullptr;
    RestTimer* m_restTimer = nullptr;
    QLabel* m_walkSummary = nullptr;
    SetEntryWidget* m_walkEntry = nullptr;
    bool m_splitSet = false;
    /// The finished item whose next Enter logs an extra set (after being told so), or 0.
    std::int64_t m_extraArmedFor = 0;
};

} // namespace keel::gui
