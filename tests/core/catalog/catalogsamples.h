// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace keel::test {

/// A valid catalog exercise to build test documents from; tweak its fields per test.
nlohmann::json sampleExercise(const std::string& id, const std::string& pattern = "squat", int level = 3,
    std::optional<std::string> progressesTo = std::nullopt, std::optional<std::string> regressesTo = std::nullopt);

/// A valid mobility drill (focus and minutes given).
nlohmann::json sampleMobility(const std::string& id, const std::string& focus);

/// A catalog document holding `exercises`, pretty-printed as a person would write it.
std::string sampleDocument(const std::vector<nlohmann::json>& exercises);

} // namespace keel::test
