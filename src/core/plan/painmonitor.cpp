// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/painmonitor.h"

#include "core/plan/reasontext.h"

#include <algorithm>
#include <map>

namespace keel::core {

namespace {

constexpr int kCheckInLookbackDays = 7;

std::string painOn(int pain, Date date)
{
    return "pain " + std::to_string(pain) + "/10 on " + ReasonText::dayAndDate(date);
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

std::vector<PainMonitor::BadMorning> PainMonitor::badMornings() const
{
    std::vector<CheckIn> checkIns = m_history.checkIns;
    std::sort(checkIns.begin(), checkIns.end(), [](const CheckIn& a, const CheckIn& b) { return a.date < b.date; });
    std::vector<BadMorning> result;
    for (std::size_t i = 1; i < checkIns.size(); ++i) {
        const CheckIn& now = checkIns[i];
        const CheckIn& before = checkIns[i - 1];
        if (inWeek(now.date) && before.date.daysUntil(now.date) <= kCheckInLookbackDays && now.pain >= kWorseCheckInFrom
            && now.pain > before.pain)
            result.push_back({now, before.pain});
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
                "stepped back: morning check-in " + std::to_string(morning.checkIn.pain) + "/10 on "
                    + ReasonText::dayAndDate(morning.checkIn.date) + ", worse than " + std::to_string(morning.previous)
                    + "/10 the time before, the morning after " + std::string(displayName(pattern)),
                morning.checkIn.date};
        }
    }
    if (worst && *worst->pain > kFineUpTo) {
        return {
            PainCall::Verdict::Hold, painOn(*worst->pain, worst->date) + ": holding (4–5 is the ceiling)", worst->date};
    }
    for (const BadMorning& morning : mornings) {
        if (!trainedOn(morning.checkIn.date.addDays(-1))) {
            return {PainCall::Verdict::Hold,
                "morning check-in " + std::to_string(morning.checkIn.pain) + "/10 on "
                    + ReasonText::dayAndDate(morning.checkIn.date) + ", worse than " + std::to_string(morning.previous)
                    + "/10 the time before: holding",
                morning.checkIn.date};
        }
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

std::optional<PainCall> PainMonitor::severeCheckIn() const
{
    const CheckIn* worst = nullptr;
    for (const CheckIn& checkIn : m_history.checkIns) {
        if (inWeek(checkIn.date) && checkIn.pain >= kSevereCheckIn
            && (!worst || checkIn.pain > worst->pain || (checkIn.pain == worst->pain && checkIn.date < worst->date)))
            worst = &checkIn;
    }
    if (!worst)
        return std::nullopt;
    return PainCall {PainCall::Verdict::StepBack,
        "morning check-in " + std::to_string(worst->pain) + "/10 on " + ReasonText::dayAndDate(worst->date),
        worst->date};
}

std::optional<std::string> PainMonitor::twoCalmSessionsSince(Date since) const
{
    const Date weekEnd = m_weekStart.addDays(6);
    std::map<Date, int> sessions; // date → worst pain that day
    for (const LoggedSet& set : m_history.sets) {
        if (set.date > since && set.date <= weekEnd) {
            int& worst = sessions[set.date];
            worst = std::max(worst, set.pain.value_or(0));
        }
    }
    if (sessions.size() < 2)
        return std::nullopt;
    const auto last = std::prev(sessions.end());
    const auto before = std::prev(last);
    if (last->second > kFineUpTo || before->second > kFineUpTo)
        return std::nullopt;
    return "two sessions in a row at pain ≤ 3 (" + ReasonText::dayAndDate(before->first) + ", "
        + ReasonText::dayAndDate(last->first) + ")";
}

int PainMonitor::recentStepBacks(const std::vector<ProgressionEvent>& events, Date reviewDate)
{
    return static_cast<int>(std::count_if(events.begin(), events.end(), [reviewDate](const ProgressionEvent& event) {
        return event.kind == ProgressionKind::StepBack && event.date <= reviewDate
            && event.date > reviewDate.addDays(-kStepBackWindowDays);
    }));
}

} // namespace keel::core
