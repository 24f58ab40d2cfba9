// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/weekrules.h"

#include "core/model/phrasecode.h"

#include <algorithm>
#include <map>
#include <set>

namespace keel::core {

namespace {

constexpr int kDays = 7;
constexpr int kMobilityMin = 5;
constexpr int kMobilityMax = 10;
constexpr int kWalkMin = 10;
constexpr int kWalkMax = 30;
constexpr int kFlareUpWalkMax = 15;
constexpr int kMostDays = 5;

bool isStrengthPattern(Pattern pattern)
{
    const auto patterns = strengthPatterns();
    return std::find(patterns.begin(), patterns.end(), pattern) != patterns.end();
}

bool isAccessory(Pattern pattern)
{
    return pattern == Pattern::Pull || pattern == Pattern::Posture;
}

bool mentions(const WeekPlan& week, std::string_view text)
{
    const auto inNotes = std::any_of(week.notes.begin(), week.notes.end(),
        [text](const Reason& note) { return note.text().find(text) != std::string::npos; });
    if (inNotes)
        return true;
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.reason.text().find(text) != std::string::npos)
                return true;
        }
    }
    return false;
}

/// Minutes a day of one pattern; an item's minutes are its whole time, sets included.
std::map<Date, int> minutesPerDay(const WeekPlan& week, Pattern pattern)
{
    std::map<Date, int> days;
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == pattern)
                days[session.date] += item.minutes ? item.minutes->min : 0;
        }
    }
    return days;
}

/// Whether `count` days can be chosen from the allowed offsets, always including `required`,
/// without two of them next to each other.
bool spreadPossible(const std::vector<int>& allowed, const std::vector<int>& required, int count)
{
    for (int mask = 0; mask < (1 << kDays); ++mask) {
        std::vector<int> days;
        for (int day = 0; day < kDays; ++day) {
            if (mask & (1 << day))
                days.push_back(day);
        }
        if (static_cast<int>(days.size()) != count)
            continue;
        const auto outside
            = [&allowed](int day) { return std::find(allowed.begin(), allowed.end(), day) == allowed.end(); };
        const auto missing = [&days](int day) { return std::find(days.begin(), days.end(), day) == days.end(); };
        if (std::any_of(days.begin(), days.end(), outside) || std::any_of(required.begin(), required.end(), missing))
            continue;
        bool apart = true;
        for (std::size_t i = 0; i + 1 < days.size(); ++i)
            apart = apart && days[i + 1] - days[i] > 1;
        if (apart)
            return true;
    }
    return false;
}

class Checker {
public:
    Checker(const WeekPlan& week, const RuleContext& context)
        : m_week(week)
        , m_context(context)
    { }

    std::vector<RuleViolation> run()
    {
        checkOrderAndReasons();
        checkEquipment();
        checkStrengthDays();
        for (const PlannedSession& session : m_week.sessions) {
            if (session.kind == SessionKind::Strength)
                checkStrengthSession(session);
        }
        checkMobility();
        checkWalking();
        checkFlareUp();
        checkRungs();
        if (m_week.recovery && !mentions(m_week, "recovery"))
            add("session", std::nullopt, "a recovery week that does not say so");
        return std::move(m_violations);
    }

private:
    void add(std::string rule, std::optional<Date> date, std::string message)
    {
        m_violations.push_back({std::move(rule), date, std::move(message)});
    }

    void checkOrderAndReasons()
    {
        const Date end = m_week.weekStart.addDays(kDays - 1);
        for (std::size_t i = 0; i < m_week.sessions.size(); ++i) {
            const PlannedSession& session = m_week.sessions[i];
            if (session.date < m_week.weekStart || session.date > end)
                add("order", session.date, "session outside the week");
            if (i > 0) {
                const PlannedSession& previous = m_week.sessions[i - 1];
                if (std::pair(previous.date, previous.kind) > std::pair(session.date, session.kind))
                    add("order", session.date, "sessions not ordered by date, then kind");
            }
            if (session.items.empty())
                add("order", session.date, "an empty " + std::string(toString(session.kind)) + " session");
            for (const PlannedItem& item : session.items) {
                if (item.reason.empty())
                    add("reason", session.date, item.exerciseId + " has no reason");
            }
        }
    }

    void checkEquipment()
    {
        for (const PlannedSession& session : m_week.sessions) {
            for (const PlannedItem& item : session.items) {
                const Exercise* exercise = m_context.catalog.find(item.exerciseId);
                if (!exercise) {
                    add("equipment", session.date, item.exerciseId + " is not in the catalog");
                    continue;
                }
                if (!exercise->canBeDoneWith(m_context.profile.equipment))
                    add("equipment", session.date, item.exerciseId + " needs " + exercise->equipmentText());
                if (exercise->pattern != item.pattern)
                    add("equipment", session.date, item.exerciseId + " is planned under the wrong pattern");
            }
        }
    }

    void checkStrengthDays()
    {
        std::vector<int> chosen;
        for (const PlannedSession& session : m_week.sessions) {
            if (session.kind != SessionKind::Strength)
                continue;
            const int offset = static_cast<int>(m_week.weekStart.daysUntil(session.date));
            if (std::find(chosen.begin(), chosen.end(), offset) != chosen.end())
                add("strength-days", session.date, "two strength sessions on one day");
            chosen.push_back(offset);
        }
        std::sort(chosen.begin(), chosen.end());
        const int wanted = m_context.profile.strengthDays;
        if (static_cast<int>(chosen.size()) != wanted) {
            add("strength-days", std::nullopt,
                std::to_string(chosen.size()) + " strength days, the profile asks for " + std::to_string(wanted));
        }
        std::vector<int> preferred;
        for (Weekday day : m_context.profile.preferredDays)
            preferred.push_back((static_cast<int>(day) - static_cast<int>(m_week.weekStart.weekday()) + kDays) % kDays);
        std::sort(preferred.begin(), preferred.end());
        preferred.erase(std::unique(preferred.begin(), preferred.end()), preferred.end());
        const bool enough = static_cast<int>(preferred.size()) >= wanted;
        std::vector<int> allowed = preferred;
        std::vector<int> required;
        if (!enough) {
            allowed = {0, 1, 2, 3, 4, 5, 6};
            required = preferred;
        }
        for (int day : chosen) {
            if (enough && !std::binary_search(preferred.begin(), preferred.end(), day))
                add("strength-days", m_week.weekStart.addDays(day), "strength on a day that is not preferred");
        }
        for (int day : required) {
            if (!std::binary_search(chosen.begin(), chosen.end(), day))
                add("strength-days", m_week.weekStart.addDays(day), "a preferred day left without strength");
        }
        checkWeekBoundary(chosen, allowed, required, wanted);
        bool neighbours = false;
        for (std::size_t i = 0; i + 1 < chosen.size(); ++i)
            neighbours = neighbours || chosen[i + 1] - chosen[i] == 1;
        if (!neighbours)
            return;
        if (spreadPossible(allowed, required, wanted))
            add("strength-days", std::nullopt,
                "strength days back to back although the preferred days allow a rest day");
        else if (!mentions(m_week, "back to back"))
            add("strength-days", std::nullopt, "strength days back to back without saying so");
    }

    /// The week before's last strength day and this week's first must not be neighbours either.
    void checkWeekBoundary(
        const std::vector<int>& chosen, const std::vector<int>& allowed, const std::vector<int>& required, int wanted)
    {
        if (!m_context.previousWeek || chosen.empty() || chosen.front() != 0)
            return;
        const bool after = std::any_of(m_context.previousWeek->sessions.begin(), m_context.previousWeek->sessions.end(),
            [this](const PlannedSession& session) {
                return session.kind == SessionKind::Strength && session.date.addDays(1) == m_week.weekStart;
            });
        if (!after)
            return;
        std::vector<int> later = allowed;
        later.erase(std::remove(later.begin(), later.end(), 0), later.end());
        const bool firstRequired = std::find(required.begin(), required.end(), 0) != required.end();
        if (!firstRequired && spreadPossible(later, required, wanted))
            add("strength-days", m_week.weekStart,
                "strength the day after last week's although the preferred days allow a rest day");
        else if (!mentions(m_week, "back to back"))
            add("strength-days", m_week.weekStart, "strength the day after last week's without saying so");
    }

    void checkStrengthSession(const PlannedSession& session)
    {
        std::map<Pattern, int> counts;
        std::size_t warmUps = 0;
        bool lifting = false;
        for (const PlannedItem& item : session.items) {
            if (item.warmUp) {
                if (lifting || item.pattern != Pattern::Mobility)
                    add("session", session.date,
                        "warm-up item " + item.exerciseId + " is not mobility before the lifts");
                ++warmUps;
                continue;
            }
            lifting = true;
            ++counts[item.pattern];
            if ((isStrengthPattern(item.pattern) || isAccessory(item.pattern)) && item.sets < 1)
                add("session", session.date, item.exerciseId + " has no sets");
        }
        if (warmUps < 1 || warmUps > 2)
            add("session", session.date, std::to_string(warmUps) + " warm-up items (1–2 needed)");
        for (Pattern pattern : {Pattern::Hinge, Pattern::Squat, Pattern::Carry}) {
            if (counts[pattern] != 1)
                add("session", session.date,
                    std::to_string(counts[pattern]) + " " + std::string(toString(pattern)) + " exercises (exactly 1)");
        }
        if (counts[Pattern::AntiRotation] < 1 || counts[Pattern::AntiRotation] > 2)
            add("session", session.date, std::to_string(counts[Pattern::AntiRotation]) + " anti-rotation drills (1–2)");
        if (counts[Pattern::Pull] + counts[Pattern::Posture] > 1)
            add("session", session.date, "more than one accessory");
    }

    void checkMobility()
    {
        std::map<Date, std::set<Focus>> focuses;
        std::map<std::string, std::set<Date>> drillDays;
        for (const WeekPlan* week : {m_context.previousWeek, &m_week}) {
            if (!week)
                continue;
            for (const PlannedSession& session : week->sessions) {
                for (const PlannedItem& item : session.items) {
                    if (item.pattern != Pattern::Mobility)
                        continue;
                    drillDays[item.exerciseId].insert(session.date);
                    if (item.focus == Focus::Hip || item.focus == Focus::Thoracic)
                        focuses[session.date].insert(item.focus);
                    if (week == &m_week && !item.minutes)
                        add("mobility", session.date, item.exerciseId + " has no minutes");
                }
            }
        }
        int goodDays = 0;
        for (const auto& [date, minutes] : minutesPerDay(m_week, Pattern::Mobility)) {
            if (minutes >= kMobilityMin && minutes <= kMobilityMax)
                ++goodDays;
            else
                add("mobility", date, std::to_string(minutes) + " min of mobility (5–10)");
        }
        if (goodDays < kMostDays)
            add("mobility", std::nullopt, "mobility on " + std::to_string(goodDays) + " days (at least 5)");
        for (const auto& [date, set] : focuses) {
            if (set.size() > 1)
                add("mobility", date, "both hip and thoracic focus on one day");
            const auto yesterday = focuses.find(date.addDays(-1));
            if (date >= m_week.weekStart && yesterday != focuses.end() && yesterday->second == set && set.size() == 1)
                add("mobility", date, "the same mobility focus as the day before");
        }
        for (const auto& [drill, days] : drillDays) {
            for (Date day : days) {
                if (day >= m_week.weekStart && days.contains(day.addDays(-1)) && days.contains(day.addDays(-2)))
                    add("mobility", day, drill + " on three days running");
            }
        }
    }

    void checkWalking()
    {
        const auto days = minutesPerDay(m_week, Pattern::Walking);
        const int most = m_week.flareUp ? kFlareUpWalkMax : kWalkMax;
        int walkingDays = 0;
        int longest = 0;
        for (const auto& [date, minutes] : days) {
            longest = std::max(longest, minutes);
            if (minutes >= kWalkMin && minutes <= most)
                ++walkingDays;
            else
                add("walking", date, std::to_string(minutes) + " min (10–" + std::to_string(most) + " needed)");
        }
        if (walkingDays < kMostDays)
            add("walking", std::nullopt, "walking on " + std::to_string(walkingDays) + " days (at least 5)");
        if (!m_context.previousWeek)
            return;
        int before = 0;
        for (const auto& [date, minutes] : minutesPerDay(*m_context.previousWeek, Pattern::Walking))
            before = std::max(before, minutes);
        // "About 10 %": a tenth rounded up, and always at least one minute.
        const int allowed = before + std::max(1, (before + 9) / 10);
        if (before > 0 && longest > allowed) {
            add("walking", std::nullopt,
                "walking grew from " + std::to_string(before) + " to " + std::to_string(longest) + " min a day");
        }
    }

    void checkFlareUp()
    {
        if (m_context.progression && m_context.progression->flareUp != m_week.flareUp)
            add("flare-up", std::nullopt, "the week's flare-up flag disagrees with the progression state");
        if (!m_week.flareUp)
            return;
        for (const PlannedSession& session : m_week.sessions) {
            for (const PlannedItem& item : session.items) {
                if (!isStrengthPattern(item.pattern) && !isAccessory(item.pattern))
                    continue;
                const Exercise* exercise = m_context.catalog.find(item.exerciseId);
                if (exercise && !exercise->isFlareUpSafe())
                    add("flare-up", session.date, item.exerciseId + " is not flare-up safe");
                if (item.reason.text().find("flare-up") == std::string::npos)
                    add("flare-up", session.date, item.exerciseId + "'s reason does not mention the flare-up");
            }
        }
    }

    void checkRungs()
    {
        if (!m_context.progression || m_week.flareUp)
            return;
        for (const auto& [pattern, state] : m_context.progression->patterns) {
            if (!isStrengthPattern(pattern))
                continue;
            const Exercise* current = m_context.catalog.find(state.exerciseId);
            for (const PlannedSession& session : m_week.sessions) {
                const auto main = std::find_if(session.items.begin(), session.items.end(),
                    [wanted = pattern](const PlannedItem& item) { return !item.warmUp && item.pattern == wanted; });
                if (main == session.items.end() || main->exerciseId == state.exerciseId)
                    continue;
                const Exercise* planned = m_context.catalog.find(main->exerciseId);
                const bool substitute = current && planned && !current->canBeDoneWith(m_context.profile.equipment)
                    && planned->level <= current->level;
                // The weeks after a flare-up are planned below the current rung on purpose, and say so.
                const bool returning = current && planned && planned->level < current->level
                    && (main->reason.startsWith(PhraseCode::GradedReturn)
                        || main->reason.startsWith(PhraseCode::GradedReturnAtLoad));
                if (!substitute && !returning)
                    add("rung", session.date, main->exerciseId + " planned, the current rung is " + state.exerciseId);
            }
        }
    }

    const WeekPlan& m_week;
    const RuleContext& m_context;
    std::vector<RuleViolation> m_violations;
};

} // namespace

std::string RuleViolation::toString() const
{
    return rule + (date ? " " + date->toString() : std::string()) + ": " + message;
}

std::vector<RuleViolation> WeekRules::check(const WeekPlan& week, const RuleContext& context)
{
    return Checker(week, context).run();
}

} // namespace keel::core
