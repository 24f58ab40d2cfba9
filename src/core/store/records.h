// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <cstdint>
#include <optional>
#include <string>

namespace keel::core {

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
