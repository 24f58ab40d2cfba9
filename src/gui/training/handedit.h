// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

class QUndoStack;

namespace keel::gui {

/// A change someone made to a planned week by hand (a moved session, a swapped exercise):
/// what regenerating that week would throw away, so the Week pane asks before it does.
class HandEdit {
public:
    explicit HandEdit(core::Date week)
        : m_week(week)
    { }
    virtual ~HandEdit() = default;
    HandEdit(const HandEdit&) = delete;
    HandEdit& operator=(const HandEdit&) = delete;

    /// The Monday (week start) of the week edited.
    core::Date editedWeek() const { return m_week; }

    /// How many hand edits of `week` are in effect on `stack`: done, and not undone since.
    static int inEffect(const QUndoStack& stack, core::Date week);

private:
    core::Date m_week;
};

} // namespace keel::gui
