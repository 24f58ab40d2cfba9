// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/commands/storecommand.h"

#include <cstdint>
#include <string>

namespace keel::gui {

/// Swaps the exercise of a planned item; undo puts the previous exercise back.
class SwapExerciseCommand final : public StoreCommand {
public:
    SwapExerciseCommand(Logbook& logbook, std::int64_t itemId, std::string exerciseId, const QString& description,
        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::int64_t m_itemId;
    std::string m_exerciseId;
    std::string m_previousId;
};

} // namespace keel::gui
