// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "gui/common/unitformat.h"

#include <QFlags>
#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace keel::gui {

/// The fields of one logged set, walk or check-in, shared by Today's quick entry and History's
/// edit dialog so both accept exactly what the store accepts (core::LogLimits), step alike and
/// show "—" for a value not recorded. Loads show in the profile's units; a load of 0 is
/// bodyweight and comes back as no load. Enter in a field is left to the parent.
class LogEntryFields : public QWidget {
    Q_OBJECT
public:
    enum class Field {
        Reps = 0x1,
        Seconds = 0x2,
        Meters = 0x4,
        Minutes = 0x8, ///< A walk's minutes, or a set's time in whole minutes.
        Kilometers = 0x10, ///< A walk's distance.
        Load = 0x20,
        Rpe = 0x40,
        Pain = 0x80,
        Note = 0x100,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    /// Where the fields sit, which decides their layout (a row of captioned columns on Today, a
    /// form in the dialog) and the Alt+letters of their captions.
    enum class Placement { TodayItem, TodayWalk, Dialog };

    explicit LogEntryFields(Placement placement, QWidget* parent = nullptr);

    void setUnits(const UnitFormat& units);
    /// Shows `fields` and hides the others; only shown fields are read back.
    void showFields(Fields fields);
    Fields shownFields() const { return m_shown; }

    /// Fills the fields from `set`; loggedSet() starts from it.
    void setSet(const core::LoggedSet& set);
    /// The set given to setSet with the shown fields' values, in canonical units. An untouched
    /// load or distance is the given one exactly, not its rounded display converted back.
    core::LoggedSet loggedSet() const;
    void setWalk(const core::WalkEntry& walk);
    core::WalkEntry walkEntry() const;
    /// A check-in always has a pain score, so its pain field has no "—".
    void setCheckIn(const core::CheckIn& checkIn);
    core::CheckIn checkIn() const;

    /// Clears RPE, pain and note: they are asked afresh for every set.
    void clearEffort();
    int seconds() const;
    void setSeconds(int seconds);
    /// Puts the keyboard in the first shown number with its text selected, ready to be typed over.
    void focusFirst();
    /// Places a row of the owner's (a date, an exercise) above the fields of the Dialog form, so
    /// all captions line up in one column.
    void insertRow(int row, QLabel* caption, QWidget* field);

signals:
    /// A field's value changed, by the person or by a setter.
    void edited();

private:
    void addField(const QString& caption, QWidget* field, const QString& accessibleName, int stretch = 0);
    void allowNoPain(bool allow);

    Placement m_placement;
    UnitFormat m_units;
    Fields m_shown;
    core::LoggedSet m_set;
    core::WalkEntry m_walk;
    core::CheckIn m_checkIn;

    QFormLayout* m_form = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_seconds = nullptr;
    QSpinBox* m_meters = nullptr;
    QSpinBox* m_minutes = nullptr;
    QDoubleSpinBox* m_km = nullptr;
    QDoubleSpinBox* m_load = nullptr;
    QSpinBox* m_rpe = nullptr;
    QSpinBox* m_pain = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace keel::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(keel::gui::LogEntryFields::Fields)
