// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace keel::core {

/// The accepted ranges of logged values; LogRepository::validate enforces them and front ends
/// may use them to bound their inputs.
struct LogLimits {
    static constexpr int kMaxReps = 1000;
    static constexpr double kMaxLoadKg = 1000.0;
    static constexpr int kMaxSeconds = 86400;
    static constexpr double kMaxMeters = 100000.0; ///< For a set (a carry, a sled push).
    static constexpr double kMaxWalkMeters = 200000.0;
    static constexpr int kMinRpe = 1;
    static constexpr int kMaxRpe = 10;
    static constexpr int kMaxPain = 10;
    static constexpr int kMinWalkMinutes = 1;
    static constexpr int kMaxWalkMinutes = 1440;
    static constexpr std::size_t kMaxNoteChars = 2000; ///< Characters, not bytes.
    static constexpr int kMinYear = 1900; ///< Dates outside these years are refused (as Date::parse does).
    static constexpr int kMaxYear = 2999;
};

/// One logged set. Canonical units: kilograms, seconds, metres.
struct LoggedSet {
    std::int64_t id = 0;
    Date date;
    std::string exerciseId;
    std::optional<int> reps;
    std::optional<double> loadKg;
    std::optional<int> seconds;
    std::optional<double> meters;
    std::optional<int> rpe; ///< 1–10.
    std::optional<int> pain; ///< 0–10.
    std::string note;
    std::optional<std::int64_t> plannedItemId; ///< The planned item it fulfils, if any.
    bool warmUp = false; ///< A warm-up set (kept from imports), not a working set.
    bool operator==(const LoggedSet&) const = default;
};

/// One logged walk (or other low-intensity conditioning bout).
struct WalkEntry {
    std::int64_t id = 0;
    Date date;
    int minutes = 0; ///< 1–1440.
    std::optional<double> meters; ///< Distance, if known.
    std::optional<int> pain; ///< 0–10.
    std::string note;
    std::optional<std::int64_t> plannedItemId;
    bool operator==(const WalkEntry&) const = default;
};

/// A morning check-in: how the back feels on waking, 0–10. One per date.
struct CheckIn {
    Date date;
    int pain = 0;
    bool operator==(const CheckIn&) const = default;
};

} // namespace keel::core
