// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keel::core {

/// An inclusive integer range such as 8–12 reps.
struct IntRange {
    int min = 0;
    int max = 0;
    bool operator==(const IntRange&) const = default;
};

} // namespace keel::core
