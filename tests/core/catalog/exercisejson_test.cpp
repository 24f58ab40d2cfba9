// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogloader.h"
#include "core/catalog/exercisejson.h"
#include "core/catalog/exercisetext.h"

#include "catalogsamples.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

using keel::core::CatalogLoader;
using keel::core::Dose;
using keel::core::DoseKind;
using keel::core::Exercise;
using keel::core::IntRange;
using keel::core::Load;
using keel::core::LoadKind;
using nlohmann::json;

TEST_CASE("exercises written as JSON load back unchanged")
{
    const auto shipped = CatalogLoader::loadWithOverrides(
        std::filesystem::path(KEEL_SOURCE_DIR) / "data" / "catalog", std::filesystem::path(KEEL_SOURCE_DIR) / "none");
    REQUIRE(shipped.ok());
    REQUIRE_FALSE(shipped.catalog.empty());

    const std::string text = keel::core::catalogDocumentJson(shipped.catalog.exercises()).dump(2);
    const auto reloaded = CatalogLoader::loadText("roundtrip.json", text);
    REQUIRE(reloaded.ok());
    REQUIRE(reloaded.catalog.size() == shipped.catalog.size());
    for (const Exercise& original : shipped.catalog.exercises()) {
        INFO(original.id);
        const Exercise* copy = reloaded.catalog.find(original.id);
        REQUIRE(copy);
        CHECK(keel::core::exerciseToJson(*copy) == keel::core::exerciseToJson(original));
        CHECK(copy->dose == original.dose);
        CHECK(copy->load == original.load);
        CHECK(copy->equipment == original.equipment);
    }
}

TEST_CASE("the list summary has exactly the keys of the keel-cli contract")
{
    json source = keel::test::sampleExercise("summary-squat", "squat", 2, "next-squat");
    source["equipment"] = json::array({"bench", json::array({"dumbbell", "kettlebell"})});
    json next = keel::test::sampleExercise("next-squat", "squat", 3, std::nullopt, "summary-squat");
    const auto loaded = CatalogLoader::loadText("s.json", keel::test::sampleDocument({source, next}));
    REQUIRE(loaded.ok());

    const json summary = keel::core::exerciseSummaryJson(*loaded.catalog.find("summary-squat"));
    std::vector<std::string> keys;
    for (const auto& [key, value] : summary.items())
        keys.push_back(key);
    CHECK(keys
        == std::vector<std::string> {
            "equipment", "focus", "id", "level", "name", "pattern", "progresses_to", "regresses_to", "tags"});
    CHECK(summary["focus"].is_null());
    CHECK(summary["equipment"] == json::array({"bench", json::array({"dumbbell", "kettlebell"})}));
    CHECK(summary["progresses_to"] == "next-squat");
    CHECK(summary["regresses_to"].is_null());
    CHECK(summary["level"] == 2);
}

TEST_CASE("doses and loads read as words")
{
    Dose reps {DoseKind::Reps, IntRange {2, 3}, IntRange {8, 12}, {}, {}, {}, false};
    CHECK(keel::core::doseText(reps) == "2–3 sets × 8–12 reps");
    Dose hold {DoseKind::Hold, IntRange {3, 3}, {}, IntRange {20, 30}, {}, {}, true};
    CHECK(keel::core::doseText(hold) == "3 sets × 20–30 s hold per side");
    Dose walk {DoseKind::Minutes, {}, {}, {}, {}, IntRange {5, 10}, false};
    CHECK(keel::core::doseText(walk) == "5–10 min");
    Dose carry {DoseKind::Distance, IntRange {1, 1}, {}, {}, IntRange {20, 40}, IntRange {3, 5}, false};
    CHECK(keel::core::doseText(carry) == "1 set × 20–40 m (about 3–5 min)");

    CHECK(keel::core::loadText(Load {}) == "bodyweight");
    CHECK(keel::core::loadText(Load {LoadKind::External, 8.0, 2.5, std::nullopt})
        == "external: start 8 kg, add 2.5 kg per step");
    CHECK(keel::core::loadText(Load {LoadKind::External, 8.0, 2.5, 24.0})
        == "external: start 8 kg, add 2.5 kg per step, top 24 kg");
}
