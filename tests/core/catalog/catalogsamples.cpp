// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsamples.h"

namespace keel::test {

using nlohmann::json;

json sampleExercise(const std::string& id, const std::string& pattern, int level,
    std::optional<std::string> progressesTo, std::optional<std::string> regressesTo)
{
    return {
        {"id", id},
        {"name", "Exercise " + id},
        {"pattern", pattern},
        {"level", level},
        {"equipment", json::array({json::array({"dumbbell", "kettlebell"})})},
        {"dose", {{"kind", "reps"}, {"sets", {2, 3}}, {"reps", {8, 12}}}},
        {"load", {{"kind", "external"}, {"start_kg", 8}, {"step_kg", 2}}},
        {"progresses_to", progressesTo ? json(*progressesTo) : json(nullptr)},
        {"regresses_to", regressesTo ? json(*regressesTo) : json(nullptr)},
        {"summary", "A sample exercise for tests."},
        {"steps", {"Get into position.", "Move and return."}},
        {"cues", {"Stay tall."}},
        {"why", "It exercises the loader."},
        {"cautions", json::array()},
        {"tags", {"home"}},
    };
}

json sampleMobility(const std::string& id, const std::string& focus)
{
    json exercise = sampleExercise(id, "mobility", 1);
    exercise["focus"] = focus;
    exercise["equipment"] = json::array({"mat"});
    exercise["dose"] = {{"kind", "minutes"}, {"minutes", {3, 5}}};
    exercise["load"] = {{"kind", "bodyweight"}};
    exercise["tags"] = {"floor", "flare_up_safe"};
    return exercise;
}

std::string sampleDocument(const std::vector<json>& exercises)
{
    const json document = {{"format", "keel-catalog"}, {"version", 1}, {"exercises", exercises}};
    return document.dump(2) + "\n";
}

} // namespace keel::test
