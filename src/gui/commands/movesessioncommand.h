// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"
#include "gui/commands/storecommand.h"

#include <cstdint>

namespace keel::gui {

/// Moves a planned session to another day of its week; undo moves it back.
class MoveSessionCommand final : public StoreCommand {
public:
    MoveSessionCommand(Logbook& logbook, std::int64_t sessionId, core::Date newDate, const QString& description,
        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::int64_t m_sessionId;
    core::Date m_newDate;
    core::Date m_oldDate;
};

} // namespace keel::gui
