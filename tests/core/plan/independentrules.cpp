// SPDX-License-Identifier: GPL-3.0-or-later
#include "independentrules.h"

#include <map>
#include <set>

namespace keel::test {

using namespace keel::core;

namespace {

bool owns(const Profile& profile, const Exercise& exercise)
{
    // DESIGN: only exercises whose equipment the profile owns; wall, chair and mat are in every home.
    static const std::set<std::string> kEverywhere = {"wall", "chair", "mat", "none"};
    for (const auto& choice : exercise.equipment) {
        bool met = choice.empty();
        for (const std::string& name : choice)
            met = met || kEverywhere.contains(name) || profile.equipment.contains(name);
        if (!met)
            return false;
    }
    return true;
}

bool isAccessory(Pattern pattern)
{
    return pattern == Pattern::Pull || pattern == Pattern::Posture;
}

} // namespace

std::vector<std::string> independentWeekProblems(
    const Catalog& catalog, const Profile& profile, const WeekPlan& week, Date from)
{
    std::vector<std::string> problems;
    auto problem = [&](Date date, const std::string& what) { problems.push_back(date.toString() + ": " + what); };
    const Date end = week.weekStart.addDays(6);
    const Date first = std::max(from, week.weekStart);
    std::vector<Date> strengthDays;
    std::set<Date> mobilityDays;
    std::map<Date, int> walkMinutes;
    std::map<Date, std::set<std::string>> drills;
    for (const PlannedSession& session : week.sessions) {
        if (session.date < first || session.date > end) {
            problem(
                session.date, "a session outside the days planned (" + first.toString() + "–" + end.toString() + ")");
            continue;
        }
        std::map<Pattern, int> mains;
        int warmUps = 0;
        for (const PlannedItem& item : session.items) {
            const Exercise* exercise = catalog.find(item.exerciseId);
            if (!exercise) {
                problem(session.date, "unknown exercise " + item.exerciseId);
                continue;
            }
            if (item.reason.empty())
                problem(session.date, item.exerciseId + " has no reason");
            if (!owns(profile, *exercise))
                problem(session.date, item.exerciseId + " needs equipment the profile does not own");
            if (week.flareUp && item.pattern != Pattern::Mobility && item.pattern != Pattern::Walking
                && !exercise->isFlareUpSafe())
                problem(session.date, item.exerciseId + " in flare-up mode but not flare-up safe");
            if (item.pattern == Pattern::Mobility) {
                mobilityDays.insert(session.date);
                drills[session.date].insert(item.exerciseId);
                warmUps += item.warmUp ? 1 : 0;
            } else if (item.pattern == Pattern::Walking) {
                walkMinutes[session.date] += item.minutes ? item.minutes->min : 0;
            } else if (!item.warmUp) {
                ++mains[item.pattern];
            }
        }
        if (session.kind != SessionKind::Strength)
            continue;
        strengthDays.push_back(session.date);
        if (warmUps == 0)
            problem(session.date, "a strength session without a mobility warm-up");
        for (Pattern pattern : {Pattern::Hinge, Pattern::Squat, Pattern::Carry}) {
            if (mains[pattern] != 1)
                problem(session.date, std::to_string(mains[pattern]) + " " + std::string(toString(pattern)) + " items");
        }
        if (mains[Pattern::AntiRotation] < 1 || mains[Pattern::AntiRotation] > 2)
            problem(session.date, std::to_string(mains[Pattern::AntiRotation]) + " anti-rotation items");
        if (mains[Pattern::Pull] + mains[Pattern::Posture] > 1)
            problem(session.date, "more than one accessory");
        for (const auto& [pattern, count] : mains) {
            if (!isAccessory(pattern) && pattern != Pattern::Hinge && pattern != Pattern::Squat
                && pattern != Pattern::Carry && pattern != Pattern::AntiRotation && count > 0)
                problem(session.date, "a strength item of pattern " + std::string(toString(pattern)));
        }
    }
    const int days = static_cast<int>(first.daysUntil(end)) + 1;
    if (days == 7) {
        if (static_cast<int>(strengthDays.size()) != profile.strengthDays)
            problem(week.weekStart,
                std::to_string(strengthDays.size()) + " strength days, the profile asks for "
                    + std::to_string(profile.strengthDays));
        if (mobilityDays.size() < 5)
            problem(week.weekStart, "mobility on only " + std::to_string(mobilityDays.size()) + " days");
        if (walkMinutes.size() < 5)
            problem(week.weekStart, "walking on only " + std::to_string(walkMinutes.size()) + " days");
    } else if (static_cast<int>(strengthDays.size()) > profile.strengthDays) {
        problem(first, std::to_string(strengthDays.size()) + " strength days in a part week");
    }
    for (const auto& [date, minutes] : walkMinutes) {
        if (minutes > 30)
            problem(date, std::to_string(minutes) + " minutes of walking");
        if (week.flareUp && minutes > 15)
            problem(date, std::to_string(minutes) + " minutes of walking in flare-up mode");
    }
    // No drill three days running.
    for (const auto& [date, names] : drills) {
        const auto next = drills.find(date.addDays(1));
        const auto after = drills.find(date.addDays(2));
        if (next == drills.end() || after == drills.end())
            continue;
        for (const std::string& name : names) {
            if (next->second.contains(name) && after->second.contains(name))
                problem(date, name + " three days running");
        }
    }
    // Three strength days: a rest day between each, when the preferred days leave room (a week note says
    // why otherwise).
    for (std::size_t i = 1; i < strengthDays.size(); ++i) {
        if (strengthDays[i - 1].daysUntil(strengthDays[i]) == 1 && week.notes.empty())
            problem(strengthDays[i], "strength two days running without a note saying why");
    }
    return problems;
}

} // namespace keel::test
