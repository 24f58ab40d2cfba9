// SPDX-License-Identifier: GPL-3.0-or-later
// The histories the benchmarks run on: 1, 10 and 30 years written by core::DemoHistory (the
// demo's own density of planned weeks, sets, walks, check-ins, missed sessions, a flare-up and the
// progression it causes), so every benchmark sees the same kind of logbook as keel-demo writes.
#pragma once

#include "core/util/date.h"

#include <array>
#include <filesystem>

namespace keel::bench {

/// The sizes every history-dependent benchmark runs at, fewest years first.
inline constexpr std::array<int, 3> kHistoryYears = {1, 10, 30};
/// The last day of every history, and the "today" the benchmarks run on: a Wednesday, so the
/// week's last strength session is still ahead, as on most days.
inline const core::Date kHistoryEnd = core::Date::fromYmd(2026, 11, 18);

/// A private copy, at `copy`, of the demo history of `years` years ending on kHistoryEnd. The
/// history itself is written once (30 years take a while) and kept in the build directory until
/// keel_demo or keel_core is rebuilt; the copy is the bench's to change.
std::filesystem::path demoHistory(int years, const std::filesystem::path& copy);

/// The kept history itself, for a benchmark that only reads it or hands it to a process that
/// opens it with its own "today".
std::filesystem::path keptDemoHistory(int years);

} // namespace keel::bench
