// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "gui/commands/storecommand.h"

#include <optional>

namespace keel::gui {

/// Records the morning check-in. Undo puts back the check-in it replaced, or removes it when
/// the day had none.
class CheckInCommand final : public StoreCommand {
public:
    CheckInCommand(Logbook& logbook, core::CheckIn checkIn, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    core::CheckIn m_checkIn;
    std::optional<core::CheckIn> m_replaced;
};

} // namespace keel::gui
