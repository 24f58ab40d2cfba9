// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"
#include "gui/commands/storecommand.h"

namespace keel::gui {

/// Saves a changed profile and re-plans the current and later weeks (logged items are kept by
/// the store); undo restores the old profile and re-plans with it.
class ChangeProfileCommand final : public StoreCommand {
public:
    ChangeProfileCommand(Logbook& logbook, core::Profile before, core::Profile after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const core::Profile& profile, const QString& message);

    core::Profile m_before;
    core::Profile m_after;
};

} // namespace keel::gui
