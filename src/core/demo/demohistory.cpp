// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demohistory.h"

#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace keel::core {

namespace {

// splitmix64: a tiny deterministic stream, the same on every platform (no std distributions).
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// An integer in [low, high].
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    /// True with probability percent/100.
    bool chance(int percent) { return static_cast<int>(next() % 100) < percent; }

private:
    std::uint64_t m_state;
};

// The days of a short flare-up: morning pain and pain during exercise, by day since it began.
constexpr int kFlareUpDays = 6;
constexpr int kFlareUpCheckIn[kFlareUpDays] = {7, 7, 6, 5, 3, 2};

struct DayMood {
    bool flareUp = false;
    int flareDay = 0;
};

class WeekLogger {
public:
    WeekLogger(LogRepository& log, DemoRandom& random, DemoSummary& summary)
        : m_log(log)
        , m_random(random)
        , m_summary(summary)
    { }

    void checkIn(Date date, const DayMood& mood)
    {
        int pain = 0;
        if (mood.flareUp) {
            pain = kFlareUpCheckIn[mood.flareDay];
        } else {
            if (!m_random.chance(85))
                return; // forgot to check in
            pain = m_random.between(0, 2) + (m_random.chance(4) ? 2 : 0);
        }
        m_log.setCheckIn(CheckIn {date, pain});
        ++m_summary.checkIns;
    }

    void session(const PlannedSession& session, const DayMood& mood)
    {
        const bool strength = session.kind == SessionKind::Strength;
        // Strength waits out the worst flare-up days; mobility and walks are what helps then.
        if ((strength && mood.flareUp && mood.flareDay < 3) || m_random.chance(strength ? 10 : 18)) {
            ++m_summary.missedSessions;
            return;
        }
        const bool spike = strength && !mood.flareUp && m_random.chance(3);
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Walking)
                walk(session.date, item, mood);
            else
                sets(session.date, item, mood, spike && item.pattern == Pattern::Hinge);
        }
    }

    void extraWalk(Date date, const DayMood& mood)
    {
        if (!m_random.chance(35))
            return;
        PlannedItem item;
        item.minutes = IntRange {10, 25};
        walk(date, item, mood, false);
    }

private:
    int pain(const DayMood& mood, bool spike)
    {
        if (spike)
            return m_random.between(5, 6);
        if (mood.flareUp)
            return std::max(1, kFlareUpCheckIn[mood.flareDay] - 2);
        return m_random.chance(80) ? m_random.between(0, 1) : m_random.between(2, 3);
    }

    void sets(Date date, const PlannedItem& item, const DayMood& mood, bool spike)
    {
        const int count = std::max(1, item.sets);
        // Most weeks every set reaches the top of the range; some weeks one falls short.
        const bool shortfall = m_random.chance(25);
        for (int index = 0; index < count; ++index) {
            LoggedSet set;
            set.date = date;
            set.exerciseId = item.exerciseId;
            set.plannedItemId = item.id;
            set.loadKg = item.loadKg;
            const bool last = index == count - 1;
            if (item.reps)
                set.reps = shortfall && last ? std::max(item.reps->min, item.reps->max - 2) : item.reps->max;
            if (item.seconds)
                set.seconds = shortfall && last ? item.seconds->min : item.seconds->max;
            if (item.meters)
                set.meters = shortfall && last ? item.meters->min : item.meters->max;
            if (!item.reps && !item.seconds && !item.meters && item.minutes)
                set.seconds = item.minutes->min * 60; // a timed mobility block
            if (!item.warmUp)
                set.rpe = shortfall && last ? 9 : m_random.between(6, 8);
            set.pain = pain(mood, spike);
            if (spike && index == 0)
                set.note = "Twinge on the way up";
            m_log.addSet(set);
            ++m_summary.sets;
        }
    }

    void walk(Date date, const PlannedItem& item, const DayMood& mood, bool planned = true)
    {
        WalkEntry walk;
        walk.date = date;
        const IntRange minutes = item.minutes.value_or(IntRange {15, 25});
        walk.minutes = std::max(1, m_random.between(minutes.min, minutes.max) - (mood.flareUp ? 5 : 0));
        walk.meters = std::round(walk.minutes * (75.0 + m_random.between(0, 20)));
        walk.pain = mood.flareUp ? 3 : m_random.between(0, 1);
        if (planned)
            walk.plannedItemId = item.id;
        m_log.addWalk(walk);
        ++m_summary.walks;
    }

    LogRepository& m_log;
    DemoRandom& m_random;
    DemoSummary& m_summary;
};

} // namespace

DemoHistory::DemoHistory(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Profile DemoHistory::demoProfile()
{
    Profile profile;
    profile.experience = Experience::Returning;
    profile.strengthDays = 3;
    profile.preferredDays = {Weekday::Monday, Weekday::Wednesday, Weekday::Friday};
    profile.equipment = {"dumbbell", "kettlebell", "band", "bench", "foam_roller"};
    profile.minutesPerDay = 45;
    profile.walkBaselineMinutes = 15;
    return profile;
}

DemoSummary DemoHistory::generate(const Profile& profile, Date end, int weeks, std::uint64_t seed)
{
    if (weeks < 1)
        throw std::invalid_argument("weeks must be at least 1, got " + std::to_string(weeks));
    ProfileRepository(m_db).save(profile);
    const Date lastWeek = end.startOfWeek(profile.weekStart);
    const Date firstWeek = lastWeek.addDays(-7L * (weeks - 1));
    // One short flare-up a little past the middle, when the history is long enough to recover.
    const std::optional<Date> flareStart
        = weeks >= 8 ? std::optional(firstWeek.addDays(7L * (weeks * 11 / 20) + 1)) : std::nullopt;

    DemoRandom random(seed);
    DemoSummary summary;
    LogRepository log(m_db);
    PlanService planner(m_db, m_catalog);
    for (Date weekStart = firstWeek; weekStart <= lastWeek; weekStart = weekStart.addDays(7)) {
        m_db.transaction([&] {
            const WeekPlan week = planner.generate(weekStart, 1, seed, weekStart).front();
            WeekLogger logger(log, random, summary);
            for (int offset = 0; offset < 7; ++offset) {
                const Date day = weekStart.addDays(offset);
                if (day > end)
                    break;
                DayMood mood;
                if (flareStart && day >= *flareStart && day < flareStart->addDays(kFlareUpDays)) {
                    mood.flareUp = true;
                    mood.flareDay = static_cast<int>(flareStart->daysUntil(day));
                }
                logger.checkIn(day, mood);
                bool walked = false;
                for (const PlannedSession& session : week.sessions) {
                    if (session.date != day)
                        continue;
                    logger.session(session, mood);
                    walked = walked
                        || std::any_of(session.items.begin(), session.items.end(),
                            [](const PlannedItem& item) { return item.pattern == Pattern::Walking; });
                }
                if (!walked)
                    logger.extraWalk(day, mood);
            }
        });
        ++summary.weeks;
    }
    return summary;
}

} // namespace keel::core
