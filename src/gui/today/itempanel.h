// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/dayview.h"
#include "gui/common/unitformat.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace keel::gui {

class HoldTimer;
class SetEntryWidget;

/// One of today's items in full: what to do and why, the cues (folded away until asked for),
/// the previous time's numbers, what is logged so far, and the entry of the next set.
class ItemPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ItemPanel(const core::Catalog& catalog, QWidget* parent = nullptr);

    /// Shows `entry` and prepares the entry of its next set on `date`.
    void showEntry(const core::DayEntry& entry, core::Date date, const UnitFormat& units);
    /// The planned item shown, 0 when none.
    std::int64_t itemId() const { return m_itemId; }
    SetEntryWidget* setEntry() const { return m_entry; }
    QPushButton* doneButton() const { return m_doneButton; }
    /// The countdown for items dosed in seconds; hidden for the others.
    HoldTimer* holdTimer() const { return m_holdTimer; }

signals:
    /// The set (or walk) in the entry fields is to be logged.
    void logRequested();
    /// Every remaining set of the item is to be logged as planned.
    void doneAsPlannedRequested();

private:
    void setCuesVisible(bool visible);

    const core::Catalog& m_catalog;
    std::int64_t m_itemId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_prescription = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_lastTime = nullptr;
    QLabel* m_best = nullptr;
    QLabel* m_loggedToday = nullptr;
    QToolButton* m_cuesToggle = nullptr;
    QLabel* m_cues = nullptr;
    QLabel* m_nextSet = nullptr;
    SetEntryWidget* m_entry = nullptr;
    HoldTimer* m_holdTimer = nullptr;
    QPushButton* m_doneButton = nullptr;
};

} // namespace keel::gui
