// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/progressionstate.h"

#include <optional>
#include <vector>

namespace keel::core {

class Database;

/// Per-pattern progression state and the event log of every change.
class ProgressionRepository {
public:
    explicit ProgressionRepository(Database& db)
        : m_db(db)
    { }

    /// The stored state; empty (no patterns, no flare-up) before the first save.
    ProgressionSnapshot load();
    /// Replaces the state and appends the events, in one transaction.
    void save(const ProgressionSnapshot& snapshot, const std::vector<ProgressionEvent>& newEvents);
    /// Events, oldest first, optionally for one pattern or exercise.
    std::vector<ProgressionEvent> events(
        std::optional<Pattern> pattern = std::nullopt, const std::optional<std::string>& exerciseId = std::nullopt);

private:
    Database& m_db;
};

} // namespace keel::core
