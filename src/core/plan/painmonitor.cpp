// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/painmonitor.h"

#include "core/model/phrasecode.h"
#include "core/plan/reasontext.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace keel::core {

namespace {

Reason painOn(int pain, Date date)
{
    return {PhraseCode::PainOn, {ReasonArg::count(pain), ReasonArg::day(date)}};
}

Reason painOnExercise(int pain, Date date, ReasonArg exercise)
{
    return {PhraseCode::PainOnExercise, {ReasonArg::count(pain), ReasonArg::day(date), std::move(exercise)}};
}

Reason painOnWalk(int pain, Date date)
{
    return {PhraseCode::PainOnWalk, {ReasonArg::count(pain), ReasonArg::day(date)}};
}

Reason steppedBack(const Reason& why)
{
    return {PhraseCode::SteppedBack, {why.asArg()}};
}

Reason morningAfter(const Reason& why, Pattern pattern)
{
    return {PhraseCode::MorningAfter, {why.asArg(), ReasonText::pattern(pattern)}};
}

double median(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2.0;
}

/// A pain baseline to the nearest half point.
ReasonArg painValue(double value)
{
    return ReasonArg::decimal(std::round(value * 2.0) / 2.0);
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
    if (found->pain >= kSevereCheckIn)
        return BadMorning {*found, {PhraseCode::MorningCheckIn, {ReasonArg::count(found->pain), ReasonArg::day(day)}}};
    const auto baseline = baselineBefore(day);
    if (found->pain >= kWorseCheckInFrom && baseline && found->pain >= *baseline + kAboveBaseline)
        return BadMorning {*found,
            {PhraseCode::MorningAboveUsual,
                {ReasonArg::count(found->pain), ReasonArg::day(day), painValue(*baseline)}}};
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
            steppedBack(painOnExercise(*worst->pain, worst->date, ReasonText::exercise(m_catalog, worst->exerciseId))),
            worst->date};
    }
    const auto mornings = badMornings();
    for (const BadMorning& morning : mornings) {
        if (trainedOn(morning.checkIn.date.addDays(-1), pattern)) {
            return {PainCall::Verdict::StepBack, steppedBack(morningAfter(morning.why, pattern)), morning.checkIn.date};
        }
    }
    if (worst && *worst->pain > kFineUpTo) {
        return {PainCall::Verdict::Hold, {PhraseCode::HoldingAtCeiling, {painOn(*worst->pain, worst->date).asArg()}},
            worst->date};
    }
    for (const BadMorning& morning : mornings) {
        if (!trainedOn(morning.checkIn.date.addDays(-1)))
            return {PainCall::Verdict::Hold, {PhraseCode::Holding, {morning.why.asArg()}}, morning.checkIn.date};
    }
    if (const auto baseline = weekBaseline(); baseline && *baseline >= kWorseCheckInFrom) {
        return {PainCall::Verdict::Hold, {PhraseCode::MorningsAround, {painValue(*baseline)}}, std::nullopt};
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
    const Reason what = painOnWalk(*worst->pain, worst->date);
    if (*worst->pain > kHoldUpTo)
        return {PainCall::Verdict::StepBack, steppedBack(what), worst->date};
    return {PainCall::Verdict::Hold, {PhraseCode::HoldingAtCeiling, {what.asArg()}}, worst->date};
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
        result.stepBacks[pattern]
            = steppedBack(painOnExercise(*set->pain, day, ReasonText::exercise(m_catalog, set->exerciseId)));
        if (!worstOfDay || *set->pain > *worstOfDay->pain)
            worstOfDay = set;
    }
    const WalkEntry* walk = nullptr;
    for (const WalkEntry& entry : m_history.walks) {
        if (entry.date == day && entry.pain && *entry.pain > kHoldUpTo && (!walk || *entry.pain > *walk->pain))
            walk = &entry;
    }
    if (walk)
        result.stepBacks[Pattern::Walking] = steppedBack(painOnWalk(*walk->pain, day));
    std::vector<Reason> causes;
    if (worstOfDay)
        causes.push_back(
            painOnExercise(*worstOfDay->pain, day, ReasonText::exercise(m_catalog, worstOfDay->exerciseId)));
    else if (walk)
        causes.push_back(painOnWalk(*walk->pain, day));
    if (const auto morning = badMorning(day)) {
        causes.insert(causes.begin(), morning->why);
        result.severeCheckIn = morning->checkIn.pain >= kSevereCheckIn;
        for (Pattern pattern :
            {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation, Pattern::Pull, Pattern::Posture}) {
            if (!result.stepBacks.contains(pattern) && trainedOn(day.addDays(-1), pattern))
                result.stepBacks[pattern] = steppedBack(morningAfter(morning->why, pattern));
        }
    }
    if (causes.empty())
        return std::nullopt;
    result.reason = causes.front();
    for (std::size_t i = 1; i < causes.size(); ++i)
        result.reason = Reason(PhraseCode::Both, {result.reason.asArg(), causes[i].asArg()});
    return result;
}

std::optional<Reason> PainMonitor::twoCalmSessionsSince(Date since, Date day) const
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
    return Reason(PhraseCode::TwoCalmSessions, {ReasonArg::day(before->first), ReasonArg::day(last->first)});
}

} // namespace keel::core
