// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalog.h"

#include <catch2/catch.hpp>

using keel::core::Catalog;
using keel::core::Exercise;
using keel::core::Pattern;

namespace {

Exercise rung(const std::string& id, Pattern pattern, int level, std::optional<std::string> up = std::nullopt,
    std::optional<std::string> down = std::nullopt)
{
    Exercise exercise;
    exercise.id = id;
    exercise.name = "Name of " + id;
    exercise.pattern = pattern;
    exercise.level = level;
    exercise.progressesTo = std::move(up);
    exercise.regressesTo = std::move(down);
    return exercise;
}

std::vector<std::string> ids(const std::vector<const Exercise*>& exercises)
{
    std::vector<std::string> result;
    for (const Exercise* exercise : exercises)
        result.push_back(exercise->id);
    return result;
}

Catalog sampleCatalog()
{
    return Catalog({
        rung("c-squat", Pattern::Squat, 3, std::nullopt, "b-squat"),
        rung("a-squat", Pattern::Squat, 1, "b-squat"),
        rung("b-squat", Pattern::Squat, 2, "c-squat", "a-squat"),
        rung("alt-squat", Pattern::Squat, 2),
        rung("x-hinge", Pattern::Hinge, 1, "y-hinge"),
        rung("y-hinge", Pattern::Hinge, 2, std::nullopt, "x-hinge"),
        rung("p-hinge", Pattern::Hinge, 3, "q-hinge"),
        rung("q-hinge", Pattern::Hinge, 4, std::nullopt, "p-hinge"),
    });
}

} // namespace

TEST_CASE("ladderOf walks down to the bottom rung and up to the top from any rung")
{
    const Catalog catalog = sampleCatalog();
    const std::vector<std::string> full = {"a-squat", "b-squat", "c-squat"};
    CHECK(ids(catalog.ladderOf("a-squat")) == full);
    CHECK(ids(catalog.ladderOf("b-squat")) == full);
    CHECK(ids(catalog.ladderOf("c-squat")) == full);
    CHECK(ids(catalog.ladderOf("alt-squat")) == std::vector<std::string> {"alt-squat"});
    CHECK(catalog.ladderOf("no-such-squat").empty());
}

TEST_CASE("ladders lists each chain of a pattern once with the bottom rung first")
{
    const Catalog catalog = sampleCatalog();
    const auto squats = catalog.ladders(Pattern::Squat);
    REQUIRE(squats.size() == 1);
    CHECK(ids(squats[0]) == std::vector<std::string> {"a-squat", "b-squat", "c-squat"});

    const auto hinges = catalog.ladders(Pattern::Hinge);
    REQUIRE(hinges.size() == 2);
    CHECK(ids(hinges[0]) == std::vector<std::string> {"x-hinge", "y-hinge"});
    CHECK(ids(hinges[1]) == std::vector<std::string> {"p-hinge", "q-hinge"});
    CHECK(catalog.ladders(Pattern::Carry).empty());
}

TEST_CASE("byPattern orders by level and then by name")
{
    const Catalog catalog = sampleCatalog();
    CHECK(ids(catalog.byPattern(Pattern::Squat))
        == std::vector<std::string> {"a-squat", "alt-squat", "b-squat", "c-squat"});
    CHECK(catalog.find("b-squat")->level == 2);
    CHECK(catalog.find("nothing") == nullptr);
}

TEST_CASE("canBeDoneWith needs one owned item per choice and assumes wall and chair and mat")
{
    Exercise exercise = rung("bench-row", Pattern::Pull, 2);
    exercise.equipment = {{"bench"}, {"dumbbell", "kettlebell"}, {"mat"}};
    CHECK(exercise.canBeDoneWith({"bench", "kettlebell"}));
    CHECK(exercise.canBeDoneWith({"bench", "dumbbell", "barbell"}));
    CHECK_FALSE(exercise.canBeDoneWith({"bench"}));
    CHECK_FALSE(exercise.canBeDoneWith({"dumbbell", "kettlebell"}));
    CHECK_FALSE(exercise.canBeDoneWith({}));
    CHECK(exercise.equipmentText() == "bench, dumbbell or kettlebell, mat");

    Exercise floor = rung("floor-drill", Pattern::Mobility, 1);
    floor.equipment = {{"wall"}, {"chair", "mat"}};
    CHECK(floor.canBeDoneWith({}));
    floor.equipment.clear();
    CHECK(floor.canBeDoneWith({}));
    CHECK(floor.equipmentText() == "none");
}
