// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "core/records/personalrecords.h"

#include <optional>
#include <vector>

namespace keel::core {

class Database;

/// Every personal record in the log: each exercise's bests and the longest walk. What History's
/// Records list and `keel-cli history --records` show.
struct RecordBook {
    std::vector<ExerciseRecords> exercises; ///< By exercise id; only exercises with a best.
    std::optional<WalkEntry> longestWalk;

    /// Reads the records from the log, warm-ups left out.
    static RecordBook load(Database& db);
    bool operator==(const RecordBook&) const = default;
};

} // namespace keel::core
