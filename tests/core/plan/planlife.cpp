// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlife.h"

#include "core/plan/loadscale.h"
#include "core/plan/plangenerator.h"
#include "core/plan/prescription.h"
#include "core/plan/progressionengine.h"
#include "core/plan/weekrules.h"

#include "logsimulator.h"

#include <array>
#include <catch2/catch.hpp>

namespace keel::test {

using namespace keel::core;

namespace {

constexpr int kWeeks = 12;

using Days = std::vector<Weekday>;
using Kit = std::set<std::string, std::less<>>;

const std::array<Days, 12> kPreferred = {{
    {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday},
    {Weekday::Saturday, Weekday::Sunday},
    {Weekday::Wednesday},
    {},
    {Weekday::Monday, Weekday::Wednesday, Weekday::Friday},
    {Weekday::Tuesday, Weekday::Friday},
    {Weekday::Monday, Weekday::Tuesday},
    {Weekday::Friday, Weekday::Saturday, Weekday::Sunday},
    {Weekday::Monday, Weekday::Sunday},
    {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday, Weekday::Saturday,
        Weekday::Sunday},
    {Weekday::Thursday, Weekday::Friday},
    {Weekday::Tuesday, Weekday::Thursday, Weekday::Saturday, Weekday::Sunday},
}};

const std::array<Kit, 8> kKits = {{
    {},
    {"band"},
    {"dumbbell"},
    {"kettlebell", "band"},
    {"dumbbell", "bench", "band", "foam_roller"},
    {"trap_bar"},
    {"barbell", "squat_rack", "bike"},
    {"dumbbell", "kettlebell", "barbell", "trap_bar", "squat_rack", "bench", "box", "band", "cable", "pullup_bar",
        "suspension_trainer", "foam_roller", "bike", "pool", "elliptical", "sandbag"},
}};

const std::array<int, 7> kMinutes = {10, 15, 20, 30, 45, 60, 120};
const std::array<int, 6> kBaselines = {0, 5, 12, 19, 25, 60};
const std::array<Weekday, 3> kWeekStarts = {Weekday::Monday, Weekday::Sunday, Weekday::Saturday};
const std::array<int, 4> kRecovery = {0, 3, 4, 6};

Behaviour pickBehaviour(std::mt19937& random)
{
    // Mostly good weeks, as real people have, with every kind of trouble mixed in.
    constexpr std::array<Behaviour, 10> kMix
        = {Behaviour::Perfect, Behaviour::Perfect, Behaviour::Perfect, Behaviour::Perfect, Behaviour::Partial,
            Behaviour::Skipped, Behaviour::PainSpike, Behaviour::BadMorning, Behaviour::Grind, Behaviour::Perfect};
    return kMix[random() % kMix.size()];
}

/// Empty when `after` is at most one step from `before`; otherwise what moved too far.
std::string stepProblem(
    const Catalog& catalog, const Profile& profile, const PatternState& before, const PatternState& after)
{
    if (before.pattern == Pattern::Walking) {
        const int was = before.minutes.value_or(0);
        const int now = after.minutes.value_or(0);
        return now - was > std::max(1, was / 10) ? "walking " + std::to_string(was) + " → " + std::to_string(now) : "";
    }
    const Exercise* was = catalog.find(before.exerciseId);
    const Exercise* now = catalog.find(after.exerciseId);
    if (!was || !now)
        return "unknown exercise";
    if (was != now) {
        // A rung the kit cannot do is passed over; a doable one never is.
        for (const Exercise* other : catalog.byPattern(was->pattern)) {
            if (other->level > was->level && other->level < now->level && other->canBeDoneWith(profile.equipment))
                return "jumped from level " + std::to_string(was->level) + " to " + std::to_string(now->level)
                    + " over " + other->id;
        }
        return "";
    }
    int ups = 0;
    std::string problem;
    const auto rise = [&](const char* what, double from, double to, double most) {
        if (to <= from + 1e-9)
            return;
        ++ups;
        if (to - from > most + 1e-9)
            problem += std::string(what) + " rose by " + std::to_string(to - from) + "; ";
    };
    rise("sets", before.sets, after.sets, 1);
    // The smallest step the person can load above the old load.
    const double from = before.loadKg.value_or(0);
    rise("load", from, after.loadKg.value_or(0), LoadScale(*was, profile).above(from).value_or(from) - from);
    rise("reps", before.reps.value_or(0), after.reps.value_or(0), 2);
    rise("seconds", before.seconds.value_or(0), after.seconds.value_or(0), Prescription::kHoldStepSeconds);
    rise("meters", before.meters.value_or(0), after.meters.value_or(0),
        was->dose.meters ? Prescription::distanceStep(*was->dose.meters) : 0);
    if (ups > 1)
        problem += std::to_string(ups) + " things rose at once";
    return problem;
}

} // namespace

void LifeReport::add(int profile, Date week, const std::string& what)
{
    // Keep the report readable: the first few in full, then only the count.
    if (++failures <= 5)
        text << "profile " << profile << ", week " << week.toString() << ": " << what << '\n';
}

Profile generatedProfile(int index)
{
    const auto at = [index](std::size_t size, int stride) { return static_cast<std::size_t>(index / stride) % size; };
    Profile profile;
    profile.experience = static_cast<Experience>(index % 4);
    profile.strengthDays = 2 + (index / 4) % 2;
    profile.preferredDays = kPreferred[at(kPreferred.size(), 8)];
    profile.equipment = kKits[at(kKits.size(), 3)];
    profile.minutesPerDay = kMinutes[at(kMinutes.size(), 5)];
    profile.walkBaselineMinutes = kBaselines[at(kBaselines.size(), 7)];
    profile.weekStart = kWeekStarts[at(kWeekStarts.size(), 11)];
    profile.recoveryEvery = kRecovery[at(kRecovery.size(), 13)];
    REQUIRE_FALSE(profile.validate());
    return profile;
}

void liveTwelveWeeks(const Catalog& catalog, int index, LifeReport& report)
{
    const Profile profile = generatedProfile(index);
    const PlanGenerator generator(catalog);
    const ProgressionEngine engine(catalog, profile);
    std::mt19937 random(static_cast<std::mt19937::result_type>(index));
    ProgressionSnapshot snapshot;
    std::vector<ProgressionEvent> events;
    TrainingHistory history;
    std::optional<WeekPlan> previous;
    const Date first = Date::fromYmd(2026, 1, 5).startOfWeek(profile.weekStart);
    for (int weekIndex = 0; weekIndex < kWeeks; ++weekIndex) {
        const Date weekStart = first.addDays(7L * weekIndex);
        ProgressionUpdate prepared = engine.prepare(snapshot, weekStart);
        snapshot = prepared.snapshot;
        events.insert(events.end(), prepared.events.begin(), prepared.events.end());
        const WeekPlan week
            = generator.generate({profile, snapshot, events, weekStart, static_cast<std::uint64_t>(index), weekIndex,
                previous ? PlanGenerator::lastStrengthDay(*previous) : std::nullopt});
        for (const RuleViolation& violation :
            WeekRules::check(week, {profile, catalog, &snapshot, previous ? &*previous : nullptr}))
            report.add(index, weekStart, violation.toString());

        keel::test::append(history, keel::test::simulateWeek(week, pickBehaviour(random), random));
        // Like PlanService, hand the review only the weeks it looks at.
        keel::test::forgetBefore(history, weekStart.addDays(-21));
        const ProgressionUpdate reviewed = engine.review(
            snapshot, week, history, events, PlanGenerator::isRecoveryWeek(weekIndex + 1, profile.recoveryEvery));
        std::map<Pattern, int> perPattern;
        for (const ProgressionEvent& event : reviewed.events) {
            ++report.kinds[event.kind];
            if (event.reason.empty())
                report.add(index, weekStart, "an event without a reason");
            // One weekly decision per pattern; pain step-backs during the week come on top of it.
            if (event.pattern && ProgressionEngine::isReviewKind(event.kind) && ++perPattern[*event.pattern] > 1)
                report.add(index, weekStart, "two events for " + std::string(toString(*event.pattern)));
        }
        for (const auto& [pattern, after] : reviewed.snapshot.patterns) {
            if (const std::string problem = stepProblem(catalog, profile, snapshot.patterns.at(pattern), after);
                !problem.empty())
                report.add(index, weekStart, std::string(toString(pattern)) + ": " + problem);
        }
        events.insert(events.end(), reviewed.events.begin(), reviewed.events.end());
        if (!ProgressionEngine::isReviewed(weekStart, events))
            report.add(index, weekStart, "the review left no trace");
        snapshot = reviewed.snapshot;
        previous = week;
    }
}

} // namespace keel::test
