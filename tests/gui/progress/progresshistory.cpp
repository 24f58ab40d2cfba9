// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresshistory.h"

#include "core/model/phrasecode.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"

#include <algorithm>
#include <random>
#include <string>

namespace keel::test {

namespace {

using core::Pattern;
using core::ProgressionKind;

std::string kg(double value)
{
    const auto whole = static_cast<long>(value);
    return (static_cast<double>(whole) == value ? std::to_string(whole) : std::to_string(value)) + " kg";
}

core::PlannedItem planned(const char* exerciseId, Pattern pattern, int sets, std::optional<core::IntRange> reps,
    std::optional<core::IntRange> minutes = std::nullopt, bool warmUp = false)
{
    core::PlannedItem item;
    item.exerciseId = exerciseId;
    item.pattern = pattern;
    item.sets = sets;
    item.reps = reps;
    item.minutes = minutes;
    item.warmUp = warmUp;
    item.reason = keel::core::Reason::verbatim("history for the progress tests");
    return item;
}

class Writer {
public:
    Writer(core::Database& db, core::Date today, unsigned seed)
        : m_log(db)
        , m_plans(db)
        , m_progression(db)
        , m_today(today)
        , m_random(seed)
    { }

    int roll(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(double probability) { return std::bernoulli_distribution(probability)(m_random); }

    void set(core::Date date, const std::string& exercise, std::optional<int> reps, std::optional<double> load,
        int pain, std::optional<int> seconds = std::nullopt, std::optional<double> meters = std::nullopt)
    {
        if (date > m_today)
            return;
        core::LoggedSet entry;
        entry.date = date;
        entry.exerciseId = exercise;
        entry.reps = reps;
        entry.loadKg = load;
        entry.seconds = seconds;
        entry.meters = meters;
        entry.rpe = roll(6, 8);
        entry.pain = pain;
        m_log.addSet(entry);
    }

    void walk(core::Date date, int minutes, int pain)
    {
        if (date > m_today)
            return;
        core::WalkEntry entry;
        entry.date = date;
        entry.minutes = minutes;
        entry.meters = minutes * 90.0;
        entry.pain = pain;
        m_log.addWalk(entry);
    }

    void checkIn(core::Date date, int pain)
    {
        if (date <= m_today)
            m_log.setCheckIn({date, pain});
    }

    void event(core::Date date, std::optional<Pattern> pattern, ProgressionKind kind, const std::string& exercise,
        const std::string& from, const std::string& to, const std::string& reason)
    {
        if (date > m_today)
            return;
        core::ProgressionEvent entry;
        entry.date = date;
        entry.pattern = pattern;
        entry.kind = kind;
        entry.exerciseId = exercise;
        entry.from = state(exercise, from);
        entry.to = state(exercise, to);
        entry.reason = core::Reason::verbatim(reason);
        m_progression.save(m_progression.load(), {entry});
    }

    void plan(core::WeekPlan week) { m_plans.saveWeek(week); }

private:
    /// A state as the engine records it since schema 8, from the history's shorthand: "12 kg" is
    /// `exercise` at that load, anything else an exercise id alone.
    static core::Reason state(const std::string& exercise, const std::string& words)
    {
        if (words.empty())
            return {};
        if (words.ends_with(" kg"))
            return core::Reason(core::PhraseCode::StateExerciseLoad,
                {core::ReasonArg::exercise(exercise, exercise),
                    core::ReasonArg::load(std::stod(words), core::Units::Kg)});
        return core::Reason(core::PhraseCode::StateExercise, {core::ReasonArg::exercise(words, words)});
    }

    core::LogRepository m_log;
    core::PlanRepository m_plans;
    core::ProgressionRepository m_progression;
    core::Date m_today;
    std::mt19937 m_random;
};

} // namespace

void writeProgressHistory(core::Database& db, core::Date today, int weeks, unsigned seed)
{
    db.transaction([&] {
        Writer writer(db, today, seed);
        const core::Date lastWeek = today.startOfWeek(core::Weekday::Monday);
        const core::Date firstWeek = lastWeek.addDays(-7L * (weeks - 1));
        const int flareWeek = weeks >= 8 ? weeks - 6 : -1;
        const int squatRungUp = std::min(4, weeks - 1);
        const int coreRungUp = std::min(7, weeks - 1);
        double hingeLoad = 12.0;
        double squatLoad = 8.0;

        writer.event(firstWeek, Pattern::Hinge, ProgressionKind::Start, "kettlebell-deadlift", "", "12 kg",
            "where a returning lifter starts");
        writer.event(firstWeek, Pattern::Squat, ProgressionKind::Start, "bodyweight-squat", "", "bodyweight-squat",
            "bodyweight first");

        for (int week = 0; week < weeks; ++week) {
            const core::Date monday = firstWeek.addDays(7L * week);
            const int walkTarget = std::min(30, 12 + week);
            const bool squatLoaded = week >= squatRungUp;
            const char* squat = squatLoaded ? "goblet-box-squat" : "bodyweight-squat";
            const char* coreDrill = week >= coreRungUp ? "bird-dog" : "dead-bug";

            core::WeekPlan plan;
            plan.weekStart = monday;
            for (int offset = 0; offset < 7; ++offset) {
                const core::Date date = monday.addDays(offset);
                if (offset % 2 == 0 && offset < 6) {
                    plan.sessions.push_back({0, date, core::SessionKind::Strength,
                        {planned("cat-cow", Pattern::Mobility, 1, core::IntRange {8, 10}, std::nullopt, true),
                            planned("kettlebell-deadlift", Pattern::Hinge, 3, core::IntRange {8, 12}),
                            planned(squat, Pattern::Squat, 3, core::IntRange {8, 12}),
                            planned("suitcase-carry", Pattern::Carry, 3, std::nullopt),
                            planned(coreDrill, Pattern::AntiRotation, 3, core::IntRange {6, 10})}});
                } else {
                    plan.sessions.push_back({0, date, core::SessionKind::Mobility,
                        {planned(
                            "half-kneeling-hip-flexor", Pattern::Mobility, 2, std::nullopt, core::IntRange {4, 6})}});
                }
                if (offset != 3 && offset != 6) {
                    plan.sessions.push_back({0, date, core::SessionKind::Walk,
                        {planned("brisk-walk", Pattern::Walking, 0, std::nullopt,
                            core::IntRange {walkTarget, walkTarget + 5})}});
                }
            }
            writer.plan(plan);

            if (week > 0 && week % 3 == 0 && week != flareWeek + 1) {
                writer.event(monday, Pattern::Hinge, ProgressionKind::LoadUp, "kettlebell-deadlift", kg(hingeLoad),
                    kg(hingeLoad + 2.0), "every set reached 12 reps at RPE 8 or less, pain 2/10 at most");
                hingeLoad += 2.0;
            }
            if (week == squatRungUp && week > 0) {
                writer.event(monday, Pattern::Squat, ProgressionKind::RungUp, "goblet-box-squat", "bodyweight-squat",
                    "goblet-box-squat", "15 clean reps on every set for two weeks");
            } else if (squatLoaded && week > squatRungUp && (week - squatRungUp) % 4 == 0) {
                writer.event(monday, Pattern::Squat, ProgressionKind::LoadUp, "goblet-box-squat", kg(squatLoad),
                    kg(squatLoad + 2.0), "all sets at the top of the range");
                squatLoad += 2.0;
            }
            if (week == coreRungUp && week > 0) {
                writer.event(monday, Pattern::AntiRotation, ProgressionKind::RungUp, "bird-dog", "dead-bug", "bird-dog",
                    "steady and pain-free for three weeks");
            }

            for (int offset = 0; offset < 7; ++offset) {
                const core::Date date = monday.addDays(offset);
                const bool flareDay = week == flareWeek && offset == 2;
                const bool inFlare = week == flareWeek && offset > 2;
                int morning = writer.roll(1, 3);
                if (week == flareWeek && offset == 3)
                    morning = 7;
                else if (inFlare)
                    morning = std::max(2, 7 - (offset - 3) * 2);
                writer.checkIn(date, morning);

                // Strength on Monday, Wednesday and Friday; now and then one is missed before the flare-up.
                const bool strengthDay = offset % 2 == 0 && offset < 6;
                const bool missed = week < flareWeek && writer.chance(0.07);
                if (strengthDay && !missed && !inFlare) {
                    const int reps = 8 + 2 * (week % 3);
                    for (int set = 0; set < 3; ++set) {
                        const int pain = flareDay && set == 2 ? 6 : writer.roll(0, 2);
                        writer.set(date, "kettlebell-deadlift", reps, hingeLoad, pain);
                        writer.set(date, squat, squatLoaded ? reps : std::min(15, 10 + week),
                            squatLoaded ? std::optional<double>(squatLoad) : std::nullopt, writer.roll(0, 2));
                        writer.set(date, "suitcase-carry", std::nullopt, 12.0 + 2.0 * (week / 5), writer.roll(0, 1),
                            std::nullopt, 30.0 + 2.0 * (week % 6));
                        writer.set(date, coreDrill, 6 + week % 5, std::nullopt, writer.roll(0, 2));
                    }
                    writer.set(date, "cat-cow", 10, std::nullopt, 1);
                }
                if (flareDay) {
                    writer.event(date, Pattern::Hinge, ProgressionKind::StepBack, "kettlebell-deadlift", kg(hingeLoad),
                        kg(hingeLoad - 2.0), "pain 6/10 on the last set of deadlifts");
                    hingeLoad -= 2.0;
                    writer.event(
                        date.addDays(1), std::nullopt, ProgressionKind::FlareUpOn, "", "", "", "morning check-in 7/10");
                }
                if (week == flareWeek + 1 && offset == 2) {
                    writer.event(date, std::nullopt, ProgressionKind::FlareUpOff, "", "", "",
                        "two sessions in a row at pain 3/10 or less");
                }
                if (!strengthDay && writer.chance(0.8)) {
                    writer.set(date, "half-kneeling-hip-flexor", std::nullopt, std::nullopt, writer.roll(0, 2), 45);
                    writer.set(date, "half-kneeling-hip-flexor", std::nullopt, std::nullopt, writer.roll(0, 2), 45);
                }
                if (offset != 3 && writer.chance(0.85)) {
                    const bool longOne = offset == 6 && writer.chance(0.5);
                    writer.walk(date, longOne ? walkTarget + writer.roll(15, 30) : walkTarget + writer.roll(-4, 4),
                        inFlare ? 3 : writer.roll(0, 2));
                }
            }
        }
    });
}

} // namespace keel::test
