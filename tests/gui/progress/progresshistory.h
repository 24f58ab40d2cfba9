// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A believable training history for the Progress widget tests and screenshots, written through
// the store's repositories: a plan every week, three strength days with slowly rising loads and
// a ladder move, mobility and walks most days, morning check-ins, one flare-up with its step-back.

#include "core/util/date.h"

namespace keel::core {
class Database;
}

namespace keel::test {

/// Writes `weeks` weeks ending with the week of `today` (logged up to `today`), using exercise
/// ids from the shipped catalog. The same seed gives the same history.
void writeProgressHistory(core::Database& db, core::Date today, int weeks, unsigned seed);

} // namespace keel::test
