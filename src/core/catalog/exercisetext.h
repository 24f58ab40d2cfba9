// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"

#include <string>

namespace keel::core {

/// A range in words: "8–12", or "10" when both ends are equal.
std::string rangeText(const IntRange& range);

/// A dose in words: "2–3 sets × 8–12 reps", "3 sets × 20–30 s per side", "5–10 min".
std::string doseText(const Dose& dose);

/// A load in words: "bodyweight" or "external: start 8 kg, add 2 kg per step".
std::string loadText(const Load& load);

} // namespace keel::core
