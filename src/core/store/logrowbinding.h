// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For src/core/store only: the fields of a logged set or walk bound to a statement in one order,
// so every writer of those rows (the log itself, an import) binds them alike. ?1 is left for
// the id; a statement adds its own parameters after the last field.

#include "core/model/logentries.h"

namespace SQLite {
class Statement;
}

namespace keel::core::sql {

/// date … warm_up as ?2–?12 (logged_sets' columns in LogRepository's order).
void bindLogFields(SQLite::Statement& statement, const LoggedSet& set);
/// date … planned_item_id as ?2–?7 (walks' columns in LogRepository's order).
void bindLogFields(SQLite::Statement& statement, const WalkEntry& walk);

} // namespace keel::core::sql
