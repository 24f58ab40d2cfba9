// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/phrasecode.h"
#include "core/report/progressreport.h"
#include "core/store/importrepository.h"

#include "progressfixture.h"

#include <catch2/catch.hpp>

using keel::core::BucketSize;
using keel::core::MarkerKind;
using keel::core::Pattern;
using keel::core::ProgressionKind;
using keel::core::ProgressRange;
using keel::core::ProgressReport;
using keel::core::ProgressSettings;
using keel::core::SeriesAxis;
using keel::core::SessionKind;
using keel::core::Units;
using keel::core::Weekday;
using namespace keel::test;

namespace {

// A Wednesday; the week before it runs from 2025-12-29 to 2026-01-04, across the year end.
const char* const kToday = "2026-01-07";

std::vector<std::string> bucketTexts(const keel::core::ProgressWindow& window)
{
    std::vector<std::string> texts;
    for (const auto bucket : window.buckets)
        texts.push_back(bucket.toString());
    return texts;
}

/// Four weeks of strength work: week 1 full, week 2 missing, week 3 across the year end, week 4 begun.
void logStrengthWeeks(History& history)
{
    history.sets("2025-12-14", "kettlebell-deadlift", 5); // a Sunday: before a Monday-start range
    history.sets("2025-12-16", "kettlebell-deadlift", 3, 10, 16.0);
    history.sets("2025-12-16", "goblet-squat", 3, 10, 12.0);
    history.sets("2025-12-16", "retired-move", 2);
    history.sets("2025-12-31", "kettlebell-deadlift", 2, 10, 16.0);
    history.sets("2026-01-02", "suitcase-carry", 2, std::nullopt, 16.0, std::nullopt, std::nullopt, 40.0);
    history.sets("2026-01-02", "dead-bug", 3);
    history.sets("2026-01-05", "goblet-squat", 3, 8, 14.0);
    history.plan(week("2025-12-29", {strengthSession("2025-12-31", 3), strengthSession("2026-01-02", 2)}));
}

} // namespace

TEST_CASE("ranges end with the current week and start on the profile's week start")
{
    History history;
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));

    const auto fourWeeks = report.window(ProgressRange::FourWeeks);
    CHECK(bucketTexts(fourWeeks) == std::vector<std::string> {"2025-12-15", "2025-12-22", "2025-12-29", "2026-01-05"});
    CHECK(fourWeeks.from.toString() == "2025-12-15");
    CHECK(fourWeeks.to.toString() == kToday);
    CHECK(fourWeeks.end.toString() == "2026-01-11");

    const auto threeMonths = report.window(ProgressRange::ThreeMonths);
    CHECK(threeMonths.buckets.size() == 13);
    CHECK(threeMonths.from.toString() == "2025-10-13");

    const auto year = report.window(ProgressRange::OneYear);
    CHECK(year.buckets.size() == 52);
    CHECK(year.from.toString() == "2025-01-13");

    // With nothing logged, "all" still shows four weeks rather than one lonely bar.
    CHECK(report.window(ProgressRange::All).buckets.size() == 4);

    ProgressReport sunday(history.db(), catalog, {Units::Kg, Weekday::Sunday, 2}, day(kToday));
    CHECK(bucketTexts(sunday.window(ProgressRange::FourWeeks))
        == std::vector<std::string> {"2025-12-14", "2025-12-21", "2025-12-28", "2026-01-04"});
}

TEST_CASE("'all' goes by week for a short history and by month for a long one")
{
    const auto catalog = progressCatalog();
    {
        History history;
        history.checkIn("2025-11-20", 2);
        ProgressReport report(history.db(), catalog, {}, day(kToday));
        const auto all = report.window(ProgressRange::All);
        CHECK(all.bucket == BucketSize::Week);
        CHECK(all.from.toString() == "2025-11-17");
        CHECK(all.buckets.size() == 8);
    }
    {
        History history;
        history.walk("2023-03-15", 20);
        ProgressReport report(history.db(), catalog, {}, day(kToday));
        const auto all = report.window(ProgressRange::All);
        CHECK(all.bucket == BucketSize::Month);
        CHECK(all.from.toString() == "2023-03-01");
        CHECK(all.buckets.size() == 35); // March 2023 … January 2026
        CHECK(all.buckets.back().toString() == "2026-01-01");
        CHECK(all.end.toString() == "2026-01-31");
    }
}

TEST_CASE("sets per pattern count every week of the range, missing weeks as zero, across the year end")
{
    History history;
    logStrengthWeeks(history);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto chart = report.volume(ProgressRange::FourWeeks);

    CHECK(chart.leftTitle == "sets per week");
    CHECK(values(chart, "done_hinge") == std::vector<double> {3, 0, 2, 0});
    CHECK(values(chart, "done_squat") == std::vector<double> {3, 0, 0, 3});
    CHECK(values(chart, "done_carry") == std::vector<double> {0, 0, 2, 0});
    CHECK(values(chart, "done_anti_rotation") == std::vector<double> {0, 0, 3, 0});
    CHECK(dates(chart, "done_hinge")
        == std::vector<std::string> {"2025-12-15", "2025-12-22", "2025-12-29", "2026-01-05"});
    // Planned: 4 patterns × 3 sets on Wednesday plus 4 × 2 on Friday; the warm-up does not count.
    CHECK(values(chart, "planned") == std::vector<double> {0, 0, 20, 0});
    CHECK(values(chart, "planned_hinge") == std::vector<double> {0, 0, 5, 0});
    CHECK(chart.findSeries("done_hinge")->style == keel::core::SeriesStyle::StackedBars);
    CHECK(chart.findSeries("planned")->style == keel::core::SeriesStyle::TargetLine);
    REQUIRE(chart.notes.size() == 1);
    CHECK(chart.notes.front().text() == "2 sets of exercises that are no longer in the catalog are not counted.");
    CHECK(chart.hasTrend());
}

TEST_CASE("a Sunday week start moves the buckets and what falls in them")
{
    History history;
    logStrengthWeeks(history);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {Units::Kg, Weekday::Sunday, 2}, day(kToday));
    const auto chart = report.volume(ProgressRange::FourWeeks);
    // Weeks of 12-14 (with that Sunday's 5 sets and Tuesday's 3), 12-21, 12-28 (Wed + Fri), 01-04 (Mon).
    CHECK(values(chart, "done_hinge") == std::vector<double> {8, 0, 2, 0});
    CHECK(values(chart, "done_squat") == std::vector<double> {3, 0, 0, 3});
    CHECK(values(chart, "planned") == std::vector<double> {0, 0, 20, 0});
}

TEST_CASE("walking sums minutes per week against the plan's target and finds the longest walk")
{
    History history;
    history.walk("2025-12-30", 30, 1);
    history.walk("2025-12-30", 15, 4);
    history.walk("2026-01-01", 45);
    history.walk("2026-01-06", 20);
    history.walk("2025-12-01", 90); // outside the range
    history.plan(week("2025-12-29",
        {session("2025-12-30", SessionKind::Walk, {item("brisk-walk", Pattern::Walking, 0, 20)}),
            session("2026-01-01", SessionKind::Walk, {item("brisk-walk", Pattern::Walking, 0, 20)})}));
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto chart = report.walking(ProgressRange::FourWeeks);

    CHECK(values(chart, "walked") == std::vector<double> {0, 0, 90, 20});
    CHECK(values(chart, "target") == std::vector<double> {0, 0, 40, 0});
    CHECK(values(chart, "longest") == std::vector<double> {0, 0, 45, 20});
    REQUIRE(chart.notes.size() == 1);
    CHECK(chart.notes.front().text() == "Longest walk: 45 min on 2026-01-01.");
    CHECK(chart.leftTitle == "minutes per week");
}

TEST_CASE("a mobility drill counts its planned minutes (else the catalog's), or its hold seconds when longer")
{
    History history;
    history.sets("2025-12-31", "cat-cow", 2, 8); // no seconds: the catalog says 3–4 minutes → 3
    history.sets("2026-01-02", "hip-flexor-stretch", 2, std::nullopt, std::nullopt, std::nullopt, 45);
    history.sets("2026-01-06", "hip-flexor-stretch", 1, std::nullopt, std::nullopt, std::nullopt, 60);
    history.sets("2026-01-06", "goblet-squat", 3); // not mobility
    history.sets(kToday, "cat-cow", 2, std::nullopt, std::nullopt, std::nullopt, 20); // 40 s, but the drill takes 3 min
    history.plan(week("2025-12-29",
        {strengthSession("2025-12-31"), // warm-up cat-cow: 3 catalog minutes
            session("2026-01-02", SessionKind::Mobility, {item("hip-flexor-stretch", Pattern::Mobility, 1, 8)})}));
    // Done as planned without seconds: the 6 minutes the plan gave it, not the catalog's 3.
    const auto thisWeek = history.plan(
        week("2026-01-05", {session("2026-01-06", SessionKind::Mobility, {item("cat-cow", Pattern::Mobility, 1, 6)})}));
    history.plannedSet("2026-01-06", thisWeek.sessions.front().items.front());
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto chart = report.mobility(ProgressRange::FourWeeks);

    CHECK(values(chart, "done") == std::vector<double> {0, 0, 4.5, 10});
    CHECK(values(chart, "planned") == std::vector<double> {0, 0, 11, 6});
}

TEST_CASE("pain shows the worst of each day's sets and walks, the check-ins, guides and flare-ups")
{
    History history;
    history.sets("2025-12-31", "goblet-squat", 1, 10, 12.0, 2);
    history.sets("2025-12-31", "kettlebell-deadlift", 1, 10, 16.0, 3);
    history.walk("2025-12-30", 20, 1);
    history.walk("2025-12-30", 20, 4);
    history.walk("2026-01-03", 20); // no pain recorded: no point
    history.checkIn("2025-12-30", 2);
    history.checkIn("2026-01-02", 6);
    history.checkIn("2025-11-02", 9); // outside the range
    history.event("2025-11-01", std::nullopt, ProgressionKind::FlareUpOn, "", "", "", "check-in 9/10");
    history.event("2025-12-20", std::nullopt, ProgressionKind::FlareUpOff, "", "", "", "two calm sessions");
    history.event("2026-01-02", std::nullopt, ProgressionKind::FlareUpOn, "", "", "", "check-in 6/10 after 2/10");
    history.event("2026-01-05", std::nullopt, ProgressionKind::FlareUpOff);
    history.event("2026-01-06", std::nullopt, ProgressionKind::FlareUpOn);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto chart = report.pain(ProgressRange::FourWeeks);

    CHECK(dates(chart, "session") == std::vector<std::string> {"2025-12-30", "2025-12-31"});
    CHECK(values(chart, "session") == std::vector<double> {4, 3});
    CHECK(dates(chart, "checkin") == std::vector<std::string> {"2025-12-30", "2026-01-02"});
    CHECK(values(chart, "checkin") == std::vector<double> {2, 6});
    REQUIRE(chart.guides.size() == 2);
    CHECK(chart.guides[0].value == 3.0);
    CHECK(chart.guides[1].value == 5.0);
    CHECK(chart.leftMax == 10.0);
    // The first flare-up is cut to the range; the last is still on, so it runs to today.
    REQUIRE(chart.bands.size() == 3);
    CHECK(chart.bands[0].from.toString() == "2025-12-15");
    CHECK(chart.bands[0].to.toString() == "2025-12-20");
    CHECK(chart.bands[1].from.toString() == "2026-01-02");
    CHECK(chart.bands[1].to.toString() == "2026-01-05");
    CHECK(chart.bands[2].from.toString() == "2026-01-06");
    CHECK(chart.bands[2].to.toString() == kToday);
}

TEST_CASE("over a year pain is drawn per week: the worst session and the average morning")
{
    History history;
    history.sets("2025-12-31", "goblet-squat", 1, 10, 12.0, 3);
    history.walk("2025-12-30", 20, 4);
    history.walk("2026-01-06", 20, 1);
    history.checkIn("2025-12-30", 2);
    history.checkIn("2026-01-01", 3);
    history.checkIn("2026-01-04", 3);
    history.checkIn("2026-01-05", 1);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto chart = report.pain(ProgressRange::OneYear);
    CHECK(dates(chart, "session") == std::vector<std::string> {"2025-12-29", "2026-01-05"});
    CHECK(values(chart, "session") == std::vector<double> {4, 1});
    CHECK(dates(chart, "checkin") == std::vector<std::string> {"2025-12-29", "2026-01-05"});
    CHECK(values(chart, "checkin") == std::vector<double> {2.7, 1}); // (2 + 3 + 3) / 3
    CHECK(chart.findSeries("checkin")->name == "Average check-in");
    CHECK(chart.findSeries("session")->name == "Worst session pain");
    CHECK(chart.notes.front().text().rfind("Each point is one week", 0) == 0);
}

TEST_CASE("exercise progress shows load in the profile's units, reps on the right, and its events")
{
    History history;
    history.sets("2025-12-16", "goblet-squat", 3, 10, 12.0);
    history.sets("2025-12-16", "goblet-squat", 1, 12, 12.0);
    history.sets("2026-01-05", "goblet-squat", 3, 8, 14.0);
    history.sets("2026-01-05", "box-squat", 3, 15); // another exercise
    history.event("2025-12-20", Pattern::Squat, ProgressionKind::StepBack, "goblet-squat", "14 kg", "12 kg",
        "pain 6/10 on Friday");
    history.event("2026-01-05", Pattern::Squat, ProgressionKind::LoadUp, "goblet-squat", "12 kg", "14 kg",
        "every set reached 12 reps at RPE 8 or less");
    history.event("2026-01-05", Pattern::Squat, ProgressionKind::Hold, "goblet-squat", "", "", "not drawn");
    history.event("2026-01-05", Pattern::Hinge, ProgressionKind::LoadUp, "kettlebell-deadlift", "16 kg", "20 kg");
    const auto catalog = progressCatalog();

    SECTION("kilograms")
    {
        ProgressReport report(history.db(), catalog, {}, day(kToday));
        const auto chart = report.exercise("goblet-squat", ProgressRange::FourWeeks);
        CHECK(chart.title == "Goblet squat");
        CHECK(values(chart, "load") == std::vector<double> {12, 14});
        CHECK(values(chart, "reps") == std::vector<double> {12, 8});
        CHECK(chart.findSeries("load")->axis == SeriesAxis::Left);
        CHECK(chart.findSeries("reps")->axis == SeriesAxis::Right);
        CHECK(chart.leftTitle == "kg");
        CHECK(chart.rightTitle == "reps");
        CHECK(chart.findSeries("seconds") == nullptr);
        REQUIRE(chart.markers.size() == 2);
        CHECK(chart.markers[0].kind == MarkerKind::StepBack);
        CHECK(chart.markers[0].value == 12.0); // the load logged on the day before it
        CHECK(chart.markers[0].label.text() == "Stepped back: 14 kg \u2192 12 kg");
        CHECK(chart.markers[0].reason.text() == "pain 6/10 on Friday");
        CHECK(chart.markers[1].kind == MarkerKind::Forward);
        CHECK(chart.markers[1].value == 14.0);
        CHECK(chart.markers[1].seriesId == "load");
        CHECK(chart.markers[1].label.text() == "Load up: 12 kg \u2192 14 kg");
    }
    SECTION("pounds")
    {
        ProgressReport report(history.db(), catalog, {Units::Lb, Weekday::Monday, 2}, day(kToday));
        const auto chart = report.exercise("goblet-squat", ProgressRange::FourWeeks);
        // 12 kg = 26.455 lb, 14 kg = 30.865 lb, shown to the hundredth (LoadUnits, as everywhere).
        CHECK(values(chart, "load") == std::vector<double> {26.46, 30.86});
        CHECK(chart.leftTitle == "lb");
        CHECK(chart.markers[1].label.text() == "Load up: 26.46 lb \u2192 30.86 lb");
    }
}

TEST_CASE("a change recorded as values names the exercise and shows its load in today's units")
{
    History history;
    history.sets("2025-12-16", "goblet-squat", 3, 10, 12.0);
    history.sets("2026-01-05", "goblet-squat", 3, 8, 14.0);
    history.sets("2026-01-05", "box-squat", 3, 15);
    const auto goblet = keel::core::ReasonArg::exercise("goblet-squat", "Goblet squat");
    const auto box = keel::core::ReasonArg::exercise("box-squat", "Box squat");
    history.event("2026-01-05", Pattern::Squat, ProgressionKind::LoadUp, "goblet-squat",
        keel::core::Reason(keel::core::PhraseCode::StateDoseLoad,
            {goblet, keel::core::ReasonArg::words("3×12"), keel::core::ReasonArg::load(12, Units::Kg)}),
        keel::core::Reason(keel::core::PhraseCode::StateDoseLoad,
            {goblet, keel::core::ReasonArg::words("3×8"), keel::core::ReasonArg::load(14, Units::Kg)}));
    // A move up the ladder away from box squat shows on box squat's chart as well.
    history.event("2025-12-20", Pattern::Squat, ProgressionKind::RungUp, "goblet-squat",
        keel::core::Reason(keel::core::PhraseCode::StateDose, {box, keel::core::ReasonArg::words("3×15")}),
        keel::core::Reason(keel::core::PhraseCode::StateDoseLoad,
            {goblet, keel::core::ReasonArg::words("3×10"), keel::core::ReasonArg::load(12, Units::Kg)}));
    const auto catalog = progressCatalog();

    ProgressReport report(history.db(), catalog, {Units::Lb, Weekday::Monday, 2}, day(kToday));
    const auto chart = report.exercise("goblet-squat", ProgressRange::FourWeeks);
    REQUIRE(chart.markers.size() == 2);
    CHECK(chart.markers[1].label.text() == "Load up: Goblet squat 3×12 @ 26.46 lb \u2192 Goblet squat 3×8 @ 30.86 lb");
    CHECK(
        chart.markers[1].label.phrases().front().args[1].nested.front().code == keel::core::PhraseCode::StateDoseLoad);
    const auto boxChart = report.exercise("box-squat", ProgressRange::FourWeeks);
    REQUIRE(boxChart.markers.size() == 1);
    CHECK(boxChart.markers[0].label.text() == "Up the ladder: Box squat 3×15 \u2192 Goblet squat 3×10 @ 26.46 lb");
}

TEST_CASE("pattern progress steps through the rungs and names the exercise of each day")
{
    History history;
    history.sets("2025-12-16", "box-squat", 3, 12);
    history.sets("2025-12-23", "box-squat", 3, 15);
    history.sets("2026-01-05", "goblet-squat", 3, 8, 8.0);
    history.sets("2026-01-05", "box-squat", 1, 15); // the easier rung as a warm-up: the top rung counts
    history.event("2026-01-05", Pattern::Squat, ProgressionKind::RungUp, "goblet-squat", "box-squat", "goblet-squat",
        "15 reps on every set for two weeks");
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto chart = report.pattern(Pattern::Squat, ProgressRange::FourWeeks);

    CHECK(chart.title == "Squat");
    CHECK(chart.leftTitle == "Rung on the ladder");
    CHECK(chart.rightTitle == "kg");
    CHECK(values(chart, "rung") == std::vector<double> {1, 1, 2});
    CHECK(chart.findSeries("rung")->labels == std::vector<std::string> {"Box squat", "Box squat", "Goblet squat"});
    CHECK(values(chart, "load") == std::vector<double> {8});
    CHECK(values(chart, "reps") == std::vector<double> {12, 15, 15});
    REQUIRE(chart.markers.size() == 1);
    CHECK(chart.markers[0].label.text() == "Up the ladder: Box squat \u2192 Goblet squat");
    CHECK(chart.markers[0].value == 2.0);
}

TEST_CASE("a change recorded as a whole state names the exercise and shows the load in the user's units")
{
    History history;
    history.sets("2025-12-23", "goblet-squat", 3, 10, 12.0);
    history.sets("2026-01-05", "goblet-squat", 3, 8, 14.0);
    // How the progression engine records a state: the id, sets × reps, and the load in kilograms.
    history.event("2026-01-05", Pattern::Squat, ProgressionKind::LoadUp, "goblet-squat",
        "goblet-squat 3\u00d712 @ 12 kg", "goblet-squat 3\u00d78 @ 14 kg", "every set reached 12 reps");
    const auto catalog = progressCatalog();

    const auto kg
        = ProgressReport(history.db(), catalog, {}, day(kToday)).pattern(Pattern::Squat, ProgressRange::FourWeeks);
    REQUIRE(kg.markers.size() == 1);
    CHECK(kg.markers[0].label.text() == "Load up: Goblet squat 3\u00d712 @ 12 kg \u2192 Goblet squat 3\u00d78 @ 14 kg");

    const auto lb = ProgressReport(history.db(), catalog, {Units::Lb, Weekday::Monday, 2}, day(kToday))
                        .exercise("goblet-squat", ProgressRange::FourWeeks);
    REQUIRE(lb.markers.size() == 1);
    CHECK(lb.markers[0].label.text()
        == "Load up: Goblet squat 3\u00d712 @ 26.46 lb \u2192 Goblet squat 3\u00d78 @ 30.86 lb");
}

TEST_CASE("charts without two weeks or days of data say how to get a trend")
{
    History history;
    history.sets("2026-01-05", "goblet-squat", 3, 10, 12.0, 2);
    history.walk("2026-01-05", 20);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));

    const auto volume = report.volume(ProgressRange::FourWeeks);
    CHECK(volume.emptyMessage == "Log two weeks to see a trend.");
    CHECK(values(volume, "done_squat") == std::vector<double> {0, 0, 0, 3}); // the table still has the numbers
    CHECK(report.walking(ProgressRange::FourWeeks).emptyMessage == "Log two weeks to see a trend.");
    CHECK(report.mobility(ProgressRange::FourWeeks).emptyMessage == "Log two weeks to see a trend.");
    CHECK(report.pain(ProgressRange::FourWeeks).emptyMessage == "Log pain on two days to see a trend.");
    CHECK(report.exercise("goblet-squat", ProgressRange::FourWeeks).emptyMessage
        == "Log this exercise on two days to see a trend.");
    CHECK(report.consistency(ProgressRange::FourWeeks).emptyMessage.empty()); // something was done this week

    History empty;
    ProgressReport nothing(empty.db(), catalog, {}, day(kToday));
    CHECK(nothing.consistency(ProgressRange::ThreeMonths).emptyMessage
        == "Generate a plan and log a week to see how consistent you are.");
}

TEST_CASE("consistency counts kept weeks: all planned strength sessions done, on any day of the week")
{
    History history;
    // Kept: 11-24, 12-01, 12-08. Broken: 12-15 (1 of 2). Kept: 12-22 (moved days), 12-29 (no plan: profile's 2 days).
    for (const char* start : {"2025-11-24", "2025-12-01", "2025-12-08", "2025-12-15", "2025-12-22"}) {
        const keel::core::Date monday = day(start);
        const std::string tuesday = monday.addDays(1).toString();
        const std::string thursday = monday.addDays(3).toString();
        history.plan(week(start, {strengthSession(tuesday.c_str()), strengthSession(thursday.c_str())}));
    }
    for (const char* date : {"2025-11-25", "2025-11-27", "2025-12-02", "2025-12-04", "2025-12-09", "2025-12-11",
             "2025-12-16", "2025-12-22", "2025-12-24", "2025-12-31", "2026-01-02"})
        history.sets(date, "goblet-squat", 3, 10, 12.0);
    history.sets("2025-12-18", "cat-cow", 1); // mobility does not make a strength day
    // This week: planned Tuesday and Thursday, one done so far: in progress, not broken.
    history.plan(week("2026-01-05",
        {strengthSession("2026-01-06"), strengthSession("2026-01-08"),
            session("2026-01-07", SessionKind::Walk, {item("brisk-walk", Pattern::Walking, 0, 20)})}));
    history.sets("2026-01-06", "kettlebell-deadlift", 3, 10, 16.0);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));

    auto consistency = report.consistency(ProgressRange::OneYear);
    CHECK(consistency.currentStreak == 2);
    CHECK(consistency.bestStreak == 3);
    CHECK_FALSE(consistency.streakMayBeLonger);
    CHECK(consistency.emptyMessage.empty());
    REQUIRE(consistency.weeks.size() == 52);
    CHECK(consistency.weeks.front().weekStart.toString() == "2025-01-13");
    const auto& current = consistency.weeks.back();
    CHECK(current.weekStart.toString() == "2026-01-05");
    CHECK(current.strengthPlanned == 2);
    CHECK(current.strengthDone == 1);
    CHECK_FALSE(current.kept);
    REQUIRE(current.days.size() == 7);
    CHECK(current.days[1].planned == 1); // Tuesday: strength, done
    CHECK(current.days[1].plannedDone == 1);
    CHECK(current.days[2].planned == 1); // today: a walk, not yet done
    CHECK(current.days[2].done == 0);
    CHECK_FALSE(current.days[2].future);
    CHECK(current.days[3].future); // Thursday
    const auto& yearEnd = consistency.weeks[50];
    CHECK(yearEnd.weekStart.toString() == "2025-12-29");
    CHECK(yearEnd.strengthPlanned == 2);
    CHECK(yearEnd.kept);
    CHECK(yearEnd.days[2].planned == 0); // nothing planned, something done
    CHECK(yearEnd.days[2].done == 1);
    const auto& broken = consistency.weeks[48];
    CHECK(broken.weekStart.toString() == "2025-12-15");
    CHECK(broken.strengthDone == 1);
    CHECK_FALSE(broken.kept);
    // Weeks before anything was planned or logged ask for nothing.
    CHECK(consistency.weeks.front().strengthPlanned == 0);

    // Doing Thursday's session on Wednesday keeps this week too (a report is a snapshot: ask a new one).
    history.sets(kToday, "goblet-squat", 3, 10, 12.0);
    consistency = ProgressReport(history.db(), catalog, {}, day(kToday)).consistency(ProgressRange::OneYear);
    CHECK(consistency.currentStreak == 3);
    CHECK(consistency.bestStreak == 3);
    CHECK(consistency.weeks.back().kept);

    // The calendar and the streaks follow the range: four weeks hold the broken week and the
    // three kept since; the best run among them is the current one.
    const auto fourWeeks = ProgressReport(history.db(), catalog, {}, day(kToday)).consistency(ProgressRange::FourWeeks);
    REQUIRE(fourWeeks.weeks.size() == 4);
    CHECK(fourWeeks.weeks.front().weekStart.toString() == "2025-12-15");
    CHECK_FALSE(fourWeeks.weeks.front().kept);
    CHECK(fourWeeks.currentStreak == 3);
    CHECK(fourWeeks.bestStreak == 3);
    CHECK_FALSE(fourWeeks.streakMayBeLonger);

    // Two kept weeks from a range that starts after training began: the streak may run further back.
    history.sets("2026-01-08", "goblet-squat", 3, 10, 12.0);
    const auto shorter
        = ProgressReport(history.db(), catalog, {}, day("2026-01-13")).consistency(ProgressRange::FourWeeks);
    REQUIRE(shorter.weeks.size() == 4);
    CHECK(shorter.weeks.front().weekStart.toString() == "2025-12-22");
    CHECK(shorter.currentStreak == 3);
    CHECK(shorter.streakMayBeLonger);
}

TEST_CASE("a planned week without strength sessions (flare-up) neither extends nor breaks a streak")
{
    History history;
    history.plan(week("2025-12-15", {strengthSession("2025-12-16"), strengthSession("2025-12-18")}));
    history.sets("2025-12-16", "goblet-squat", 3);
    history.sets("2025-12-18", "goblet-squat", 3);
    auto flareUp = week(
        "2025-12-22", {session("2025-12-23", SessionKind::Mobility, {item("cat-cow", Pattern::Mobility, 1, 5)})});
    flareUp.flareUp = true;
    history.plan(flareUp);
    history.plan(week("2025-12-29", {strengthSession("2025-12-30")}));
    history.sets("2025-12-30", "goblet-squat", 3);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const auto consistency = report.consistency(ProgressRange::ThreeMonths);
    CHECK(consistency.currentStreak == 2);
    CHECK(consistency.bestStreak == 2);
}

TEST_CASE("the overview gives the same charts as asking for each one")
{
    History history;
    logStrengthWeeks(history);
    history.walk("2025-12-30", 30, 2);
    history.walk("2026-01-06", 25, 1);
    history.checkIn("2026-01-02", 3);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {Units::Lb, Weekday::Monday, 3}, day(kToday));
    for (ProgressRange range : keel::core::allProgressRanges()) {
        INFO(keel::core::toString(range));
        const auto overview = report.overview(range);
        CHECK(overview.volume == report.volume(range));
        CHECK(overview.walking == report.walking(range));
        CHECK(overview.mobility == report.mobility(range));
        CHECK(overview.pain == report.pain(range));
        CHECK(overview.consistency == report.consistency(range));
    }
}

TEST_CASE("logged exercises are listed by pattern and rung, imported ones by name, unknown ones left out")
{
    History history;
    keel::core::ImportBatch names;
    names.exercises
        = {{"imported:zercher-squat", "Zercher Squat (Barbell)"}, {"imported:jefferson-curl", "Jefferson curl"}};
    keel::core::ImportRepository(history.db()).write(names);
    history.sets("2025-12-16", "goblet-squat", 1);
    history.sets("2025-12-16", "kettlebell-deadlift", 1);
    history.sets("2025-12-16", "imported:zercher-squat", 1);
    history.sets("2025-12-17", "box-squat", 1);
    history.sets("2025-12-17", "retired-move", 1);
    history.sets("2025-12-17", "imported:jefferson-curl", 1);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    CHECK(report.loggedExercises()
        == std::vector<keel::core::LoggedExercise> {{"kettlebell-deadlift", "Kettlebell deadlift", false},
            {"box-squat", "Box squat", false}, {"goblet-squat", "Goblet squat", false},
            {"imported:jefferson-curl", "Jefferson curl", true},
            {"imported:zercher-squat", "Zercher Squat (Barbell)", true}});
}

TEST_CASE("an imported exercise's chart is titled with its imported name")
{
    History history;
    keel::core::ImportBatch names;
    names.exercises = {{"imported:zercher-squat", "Zercher Squat (Barbell)"}};
    keel::core::ImportRepository(history.db()).write(names);
    history.sets("2025-12-09", "imported:zercher-squat", 2, 8);
    history.sets("2025-12-16", "imported:zercher-squat", 2, 9);
    const auto catalog = progressCatalog();
    ProgressReport report(history.db(), catalog, {}, day(kToday));
    const keel::core::ProgressChart chart = report.exercise("imported:zercher-squat", ProgressRange::ThreeMonths);
    CHECK(chart.title == "Zercher Squat (Barbell)");
    CHECK(chart.emptyMessage.empty());
    REQUIRE_FALSE(chart.series.empty());
    const auto reps = std::find_if(chart.series.begin(), chart.series.end(),
        [](const keel::core::ChartSeries& series) { return series.id == "reps"; });
    REQUIRE(reps != chart.series.end());
    REQUIRE(reps->points.size() == 2);
    CHECK(reps->points.back().value == 9.0);
}
