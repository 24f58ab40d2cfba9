// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/importrepository.h"
#include "gui/commands/storecommand.h"

#include <map>
#include <optional>
#include <string>

namespace keel::gui {

/// File → Import… as one undo step: writes the batch (and remembers the names the user mapped)
/// in one transaction; undo takes back exactly the rows, imported names and mappings it added,
/// leaving alone what an earlier import had stored.
class ImportCommand final : public StoreCommand {
public:
    /// `mappings`: normalised imported name -> catalog exercise id, chosen in the preview.
    ImportCommand(Logbook& logbook, core::ImportBatch batch, std::map<std::string, std::string> mappings,
        const QString& fileName, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// What the last redo wrote; nullopt before it ran or when it failed.
    const std::optional<core::ImportOutcome>& outcome() const { return m_outcome; }

private:
    core::ImportBatch m_batch;
    std::map<std::string, std::string> m_mappings;
    /// Each mapped name's earlier mapping (nullopt: none), restored on undo.
    std::map<std::string, std::optional<std::string>> m_previousMappings;
    std::optional<core::ImportOutcome> m_outcome;
};

} // namespace keel::gui
