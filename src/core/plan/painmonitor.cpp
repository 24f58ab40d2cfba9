// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/painmonitor.h"

#include "core/plan/reasontext.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace keel::core {

namespace {

std::string painOn(int pain, Date date)
{
    return "pain " + std::to_string(pain) + "/10 on " + ReasonText::dayAndDate(date);
}

double median(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2.0;
}

std::string painText(double value)
{
    const double rounded = std::round(value * 2.0) / 2.0;
    const int whole = static_cast<int>(rounded);
    return std::to_string(whole) + (rounded > whole ? ".5" : "") + "/10";
}

} // namespace

PainMonitor::PainMonitor(const Catalog& catalog, const TrainingHistory& history, Date weekStart)
    : m_catalog(catalog)
    , m_history(history)
    , m_weekStart(weekStart)
{ }

std::optional<Pattern> PainMonitor::patternOf(const LoggedSet& set) const
{
    const Exercise* exercise = m_catalog.find(set.exerciseId);
    return exercise ? std::optional(exercise->pattern) : std::nullopt;
}

bool PainMonitor::trainedOn(Date date, Pattern pattern) const
{
    return std::any_of(m_history.sets.begin(), m_history.sets.end(),
        [&](const LoggedSet& set) { return set.date == date && patternOf(set) == pattern; });
}

bool PainMonitor::trainedOn(Date date) const
{
    return std::any_of(
        m_history.sets.begin(), m_history.sets.end(), [date](const LoggedSet& set) { return set.date == date; });
}

std::optional<double> PainMonitor::baselineBefore(Date day) const
{
    std::vector<int> values;
    for (const CheckIn& checkIn : m_history.checkIns) {
        if (checkIn.date < day && checkIn.date >= day.addDays(-kBaselineDays))
            values.push_back(checkIn.pain);
    }
    if (values.empty())
        return std::nullopt;
    return median(std::move(values));
}

std::optional<double> PainMonitor::weekBaseline() const
{
    std::vector<int> values;
    for (const CheckIn& checkIn : m_history.checkIns) {
        if (inWeek(checkIn.date))
            values.push_back(checkIn.pain);
    }
    if (values.empty())
        return std::nullopt;
    return median(std::move(values));
}

std::optional<PainMonitor::BadMorning> PainMonitor::badMorning(Date day) const
{
    const auto found = std::find_if(m_history.checkIns.begin(), m_history.checkIns.end(),
        [day](const CheckIn& checkIn) { return checkIn.date == day; });
    if (found == m_history.checkIns.end())
        return std::nullopt;
    const std::string what
        = "morning check-in " + std::to_string(found->pain) + "/10 on " + ReasonText::dayAndDate(day);
    if (found->pain >= kSevereCheckIn)
        return BadMorning {*found, what};
    const auto baseline = baselineBefore(day);
    if (found->pain >= kWorseCheckInFrom && baseline && found->pain >= *baseline + kAboveBaseline)
        return BadMorning {*found, what + ", 2+ above your usual " + painText(*baseline)};
    return std::nullopt;
}

std::vector<PainMonitor::BadMorning> PainMonitor::badMornings() const
{
    std::vector<BadMorning> result;
    for (int offset = 0; offset < 7; ++offset) {
        if (auto morning = badMorning(m_weekStart.addDays(offset)))
            result.push_back(std::move(*morning));
    }
    return result;
}

PainCall PainMonitor::forPattern(Pattern pattern) const
{
    const LoggedSet* worst = nullptr;
    for (const LoggedSet& set : m_history.sets) {
        if (inWeek(set.date) && set.pain && patternOf(set) == pattern && (!worst || *set.pain > *worst->pain))
            worst = &set;
    }
    if (worst && *worst->pain > kHoldUpTo) {
        return {PainCall::Verdict::StepBack,
            "stepped back: " + painOn(*worst->pain, worst->date) + " ("
                + ReasonText::exerciseName(m_catalog, worst->exerciseId) + ")",
            worst->date};
    }
    const auto mornings = badMornings();
    for (const BadMorning& morning : mornings) {
        if (trainedOn(morning.checkIn.date.addDays(-1), pattern)) {
            return {PainCall::Verdict::StepBack,
                "stepped back: " + morning.why + ", the morning after " + std::string(displayName(pattern)),
                morning.checkIn.date};
        }
    }
    if (worst && *worst->pain > kFineUpTo) {
        return {
            PainCall::Verdict::Hold, painOn(*worst->pain, worst->date) + ": holding (4–5 is the ceiling)", worst->date};
    }
    for (const BadMorning& morning : mornings) {
        if (!trainedOn(morning.checkIn.date.addDays(-1)))
            return {PainCall::Verdict::Hold, morning.why + ": holding", morning.checkIn.date};
    }
    if (const auto baseline = weekBaseline(); baseline && *baseline >= kWorseCheckInFrom) {
        return {PainCall::Verdict::Hold,
            "mornings around " + painText(*baseline) + " this week: holding until they settle below 4/10",
            std::nullopt};
    }
    return {};
}

PainCall PainMonitor::forWalking() const
{
    const WalkEntry* worst = nullptr;
    for (const WalkEntry& walk : m_history.walks) {
        if (inWeek(walk.date) && walk.pain && (!worst || *walk.pain > *worst->pain))
            worst = &walk;
    }
    if (!worst || *worst->pain <= kFineUpTo)
        return {};
    const std::string what
        = "pain " + std::to_string(*worst->pain) + "/10 on a walk on " + ReasonText::dayAndDate(worst->date);
    if (*worst->pain > kHoldUpTo)
        return {PainCall::Verdict::StepBack, "stepped back: " + what, worst->date};
    return {PainCall::Verdict::Hold, what + ": holding (4–5 is the ceiling)", worst->date};
}

std::optional<PainDay> PainMonitor::painDay(Date day) const
{
    PainDay result;
    result.date = day;
    // The worst set of each pattern that day above 5/10.
    std::map<Pattern, const LoggedSet*> worst;
    for (const LoggedSet& set : m_history.sets) {
        if (set.date != day || !set.pain || *set.pain <= kHoldUpTo)
            continue;
        const auto pattern = patternOf(set);
        if (!pattern)
            continue;
        const LoggedSet*& current = worst[*pattern];
        if (!current || *set.pain > *current->pain)
            current = &set;
    }
    const LoggedSet* worstOfDay = nullptr;
    for (const auto& [pattern, set] : worst) {
        result.stepBacks[pattern] = "stepped back: " + painOn(*set->pain, day) + " ("
            + ReasonText::exerciseName(m_catalog, set->exerciseId) + ")";
        if (!worstOfDay || *set->pain > *worstOfDay->pain)
            worstOfDay = set;
    }
    const WalkEntry* walk = nullptr;
    for (const WalkEntry& entry : m_history.walks) {
        if (entry.date == day && entry.pain && *entry.pain > kHoldUpTo && (!walk || *entry.pain > *walk->pain))
            walk = &entry;
    }
    if (walk)
        result.stepBacks[Pattern::Walking]
            = "stepped back: pain " + std::to_string(*walk->pain) + "/10 on a walk on " + ReasonText::dayAndDate(day);
    std::vector<std::string> causes;
    if (worstOfDay)
        causes.push_back(
            painOn(*worstOfDay->pain, day) + " (" + ReasonText::exerciseName(m_catalog, worstOfDay->exerciseId) + ")");
    else if (walk)
        causes.push_back(result.stepBacks[Pattern::Walking].substr(std::string("stepped back: ").size()));
    if (const auto morning = badMorning(day)) {
        causes.insert(causes.begin(), morning->why);
        result.severeCheckIn = morning->checkIn.pain >= kSevereCheckIn;
        for (Pattern pattern :
            {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation, Pattern::Pull, Pattern::Posture}) {
            if (!result.stepBacks.contains(pattern) && trainedOn(day.addDays(-1), pattern))
                result.stepBacks[pattern]
                    = "stepped back: " + morning->why + ", the morning after " + std::string(displayName(pattern));
        }
    }
    if (causes.empty())
        return std::nullopt;
    result.reason = causes.front();
    for (std::size_t i = 1; i < causes.size(); ++i)
        result.reason += " and " + causes[i];
    return result;
}

std::optional<std::string> PainMonitor::twoCalmSessionsSince(Date since, Date day) const
{
    std::map<Date, int> sessions; // date → worst pain that day
    for (const LoggedSet& set : m_history.sets) {
        if (set.date > since && set.date <= day) {
            int& worst = sessions[set.date];
            worst = std::max(worst, set.pain.value_or(0));
        }
    }
    if (sessions.size() < 2 || std::prev(sessions.end())->first != day)
        return std::nullopt;
    const auto last = std::prev(sessions.end());
    const auto before = std::prev(last);
    if (last->second > kFineUpTo || before->second > kFineUpTo)
        return std::nullopt;
    return "two sessions in flare-up mode at pain ≤ 3 (" + ReasonText::dayAndDate(before->first) + ", "
        + ReasonText::dayAndDate(last->first) + ")";
}

} // namespace keel::core
