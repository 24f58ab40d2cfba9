// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/progressjson.h"

#include "progressfixture.h"

#include <catch2/catch.hpp>

using keel::core::Pattern;
using keel::core::ProgressionKind;
using keel::core::ProgressQuery;
using keel::core::ProgressRange;
using keel::core::ProgressReport;
using keel::core::Units;
using keel::core::Weekday;
using namespace keel::test;

namespace {

const char* const kToday = "2026-01-07";

void logSomeWeeks(History& history)
{
    history.sets("2025-12-16", "goblet-squat", 3, 10, 12.0, 2);
    history.sets("2026-01-05", "goblet-squat", 3, 8, 14.0, 1);
    history.walk("2025-12-30", 30, 1);
    history.walk("2026-01-06", 20);
    history.checkIn("2026-01-02", 6);
    history.event("2026-01-05", Pattern::Squat, ProgressionKind::LoadUp, "goblet-squat", "12 kg", "14 kg",
        "every set reached 12 reps");
    history.event("2026-01-02", std::nullopt, ProgressionKind::FlareUpOn, "", "", "", "check-in 6/10");
}

} // namespace

TEST_CASE("the overview JSON holds every chart with the series the pane draws, and the consistency")
{
    History history;
    logSomeWeeks(history);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto json = keel::core::progressJson(report, ProgressQuery {ProgressRange::FourWeeks, {}, {}}, Units::Kg);

    CHECK(json["range"] == "4w");
    CHECK(json["units"] == "kg");
    CHECK(json["from"] == "2025-12-15");
    CHECK(json["to"] == kToday);
    REQUIRE(json["charts"].size() == 4);
    const auto& volume = json["charts"][0];
    CHECK(volume["id"] == "volume");
    CHECK(volume["axis"] == "buckets");
    CHECK(volume["bucket"] == "week");
    CHECK(volume["buckets"] == nlohmann::json::array({"2025-12-15", "2025-12-22", "2025-12-29", "2026-01-05"}));
    CHECK(volume["empty_message"].is_null());
    const auto& squat = volume["series"][1];
    CHECK(squat["id"] == "done_squat");
    CHECK(squat["style"] == "stacked_bars");
    CHECK(squat["unit"] == "sets");
    CHECK(squat["points"][2] == nlohmann::json({{"date", "2025-12-29"}, {"value", 0.0}}));
    CHECK(squat["points"][3]["value"] == 3.0);

    const auto& pain = json["charts"][3];
    CHECK(pain["id"] == "pain");
    CHECK(pain["left_max"] == 10.0);
    CHECK(pain["guides"][0] == nlohmann::json({{"value", 3.0}, {"label", "3/10: fine"}}));
    CHECK(pain["bands"][0] == nlohmann::json({{"from", "2026-01-02"}, {"to", kToday}, {"label", "Flare-up"}}));

    const auto& consistency = json["consistency"];
    // The calendar follows the range asked for.
    CHECK(consistency["weeks"].size() == 4);
    CHECK(consistency["weeks"][0]["week"] == "2025-12-15");
    CHECK(consistency["weeks"][3]["week"] == "2026-01-05");
    CHECK(consistency["weeks"][3]["days"][0]["done"] == 1);
    CHECK(consistency.contains("streak_may_be_longer"));
    CHECK(consistency.contains("current_streak"));
    CHECK(consistency.contains("best_streak"));

    // The same numbers the charts get, key for key.
    CHECK(volume == keel::core::toJson(report.volume(ProgressRange::FourWeeks)));
}

TEST_CASE("an exercise query gives that exercise's chart with its markers, in the profile's units")
{
    History history;
    logSomeWeeks(history);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {Units::Lb, Weekday::Monday, 2}, day(kToday));
    const auto json = keel::core::progressJson(
        report, ProgressQuery {ProgressRange::ThreeMonths, std::string("goblet-squat"), {}}, Units::Lb);
    CHECK(json["units"] == "lb");
    CHECK_FALSE(json.contains("consistency"));
    REQUIRE(json["charts"].size() == 1);
    const auto& chart = json["charts"][0];
    CHECK(chart["id"] == "exercise");
    CHECK(chart["title"] == "Goblet squat");
    CHECK(chart["axis"] == "days");
    CHECK_FALSE(chart.contains("buckets"));
    CHECK(chart["series"][0]["id"] == "load");
    CHECK(chart["series"][0]["unit"] == "lb");
    CHECK(chart["series"][0]["points"][1]["value"] == 30.86); // LoadUnits: to the hundredth, as everywhere
    CHECK(chart["series"][1]["axis"] == "right");
    REQUIRE(chart["markers"].size() == 1);
    CHECK(chart["markers"][0]["kind"] == "forward");
    CHECK(chart["markers"][0]["event"] == "load_up");
    CHECK(chart["markers"][0]["reason"] == "every set reached 12 reps");
    CHECK(chart["markers"][0]["label"] == "Load up: 26.46 lb \u2192 30.86 lb");
}

TEST_CASE("a pattern query labels each point with its exercise")
{
    History history;
    logSomeWeeks(history);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto json
        = keel::core::progressJson(report, ProgressQuery {ProgressRange::FourWeeks, {}, Pattern::Squat}, Units::Kg);
    const auto& rung = json["charts"][0]["series"][0];
    CHECK(rung["id"] == "rung");
    CHECK(rung["style"] == "step_line");
    CHECK(rung["points"][0] == nlohmann::json({{"date", "2025-12-16"}, {"value", 2.0}, {"label", "Goblet squat"}}));
}

TEST_CASE("ranges parse from the command line's words")
{
    CHECK(keel::core::parseProgressRange("4w") == ProgressRange::FourWeeks);
    CHECK(keel::core::parseProgressRange("3-months") == ProgressRange::ThreeMonths);
    CHECK(keel::core::parseProgressRange("1y") == ProgressRange::OneYear);
    CHECK(keel::core::parseProgressRange("all") == ProgressRange::All);
    CHECK_FALSE(keel::core::parseProgressRange("2w"));
    CHECK_FALSE(keel::core::parseProgressRange(""));
}
