// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace keel::core {

/// The exercise with every field, in the catalog file format (loading it back gives the same exercise).
nlohmann::json exerciseToJson(const Exercise& exercise);

/// The short form used by `keel-cli catalog list --json`: id, name, pattern, focus (null when
/// none), level, equipment, progresses_to, regresses_to and tags.
nlohmann::json exerciseSummaryJson(const Exercise& exercise);

/// Equipment as the catalog writes it: a single name stays a string, alternatives stay an array.
nlohmann::json equipmentToJson(const std::vector<EquipmentChoice>& equipment);

/// A whole catalog document (format marker, version 1) holding `exercises`.
nlohmann::json catalogDocumentJson(const std::vector<Exercise>& exercises);

} // namespace keel::core
