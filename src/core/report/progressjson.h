// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/progresschart.h"
#include "core/report/progressreport.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace keel::core {

/// What `keel-cli progress` asks for: one exercise, one pattern, or (neither) the whole overview.
struct ProgressQuery {
    ProgressRange range = ProgressReport::kDefaultRange;
    std::optional<std::string> exerciseId;
    std::optional<Pattern> pattern;
};

/// A chart as JSON: the same series, markers, bands and guides the Progress pane draws.
nlohmann::json toJson(const ProgressChart& chart);
/// The consistency heat map and streaks as JSON.
nlohmann::json toJson(const ConsistencyReport& report);
/// The answer to `keel-cli progress … --json`:
/// {"range","units","from","to","charts":[…]} plus "consistency" for the overview.
nlohmann::json progressJson(ProgressReport& report, const ProgressQuery& query, Units units);

} // namespace keel::core
