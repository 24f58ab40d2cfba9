// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/model/logentries.h"
#include "core/model/reason.h"
#include "core/util/date.h"

#include <optional>
#include <string>

namespace keel::core {

/// What may be logged, beyond the ranges the store checks: an entry that makes sense for what was
/// done, on a day that has come. Each check returns one line naming the field and its value (a reason
/// each front end words in its language), or nullopt when the entry may be saved. The app and keel-cli
/// both ask these before writing.
namespace EntryCheck {

/// The latest day anything may be logged for: tomorrow (an evening in another time zone, or a check-in
/// written the night before), never further ahead.
Date latestDate(Date today);

/// The date is no later than tomorrow.
std::optional<Reason> date(Date date, Date today);

/// A set of `exercise` holds what that exercise is measured in, and only that: reps (at least 1) for a
/// rep exercise, seconds for a hold, metres for a carry (seconds may say how long it took). A walking
/// exercise is logged as a walk, never as a set.
std::optional<Reason> set(const LoggedSet& set, const Exercise& exercise, Date today);

/// The part of set() about what the set holds, whatever its date.
std::optional<Reason> dose(const LoggedSet& set, const Exercise& exercise);

} // namespace EntryCheck

} // namespace keel::core
