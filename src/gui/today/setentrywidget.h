// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "core/model/weekplan.h"
#include "core/plan/itemprogress.h"
#include "gui/common/unitformat.h"
#include "gui/today/entryform.h"

#include <optional>

class QPushButton;

namespace keel::gui {

class LogEntryFields;

/// Quick entry of one set (or one walk): the fields the item's dose needs, pre-filled with
/// the prescription or with the numbers of the set just logged, so Enter alone logs a set as
/// planned. Enter in any field, or the button, submits.
class SetEntryWidget : public EntryForm {
    Q_OBJECT
public:
    enum class Mode { Reps, Hold, Distance, Minutes, Walk };

    /// Where the entry sits, which decides the Alt+letters of its captions.
    enum class Placement { Item, WalkRow };

    explicit SetEntryWidget(Placement placement, QWidget* parent = nullptr);

    void setUnits(const UnitFormat& units);
    /// Prepares the entry of the next set of `item`, logged on `date`.
    void prepare(const core::PlannedItem& item, const core::ItemLog& log, core::Date date);
    /// Prepares the entry of a walk on `date`, for a planned walk item or none.
    void prepareWalk(core::Date date, int minutes, std::optional<std::int64_t> plannedItemId);

    Mode mode() const { return m_mode; }
    /// The set as entered (Mode other than Walk).
    core::LoggedSet enteredSet() const;
    /// The walk as entered (Mode Walk).
    core::WalkEntry enteredWalk() const;
    /// Puts the keyboard in the first field with its text selected, ready to be typed over.
    void focusEntry();
    /// The seconds in the hold field, and setting them (from the hold countdown).
    int holdSeconds() const;
    void setHoldSeconds(int seconds);
    /// Sets the caption of the submit button ("Log set 2 of 3").
    void setSubmitText(const QString& text);
    /// True when the person changed a field since the entry was last prepared for `itemId` (an
    /// item, or none for a free walk) on `date` and has not submitted it: a reload (a set logged
    /// with keel-cli meanwhile) leaves what they typed alone.
    bool holdsTypedEntry(std::optional<std::int64_t> itemId, core::Date date) const;

private:
    void setMode(Mode mode, bool withLoad);

    Mode m_mode = Mode::Reps;
    core::Date m_date;
    std::optional<std::int64_t> m_itemId;
    bool m_edited = false;

    LogEntryFields* m_fields = nullptr;
    QPushButton* m_submit = nullptr;
};

} // namespace keel::gui
