// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/weekscheduler.h"

#include "core/model/phrasecode.h"
#include "core/plan/reasontext.h"

#include <algorithm>
#include <tuple>

namespace keel::core {

namespace {

constexpr int kDaysInWeek = 7;

int offsetOf(Weekday day, Weekday weekStart)
{
    return (static_cast<int>(day) - static_cast<int>(weekStart) + kDaysInWeek) % kDaysInWeek;
}

/// Lower is better: any neighbours at all (inside the week or after the last day of the week before),
/// neighbours inside the week, after the week before, across the weekend into the next week (the same
/// days repeat), then the smallest gap as large as possible, then the earliest days.
using Score = std::tuple<int, int, int, int, int, std::vector<int>>;

/// `previous` is the offset of the week before's last strength day (negative), when known.
Score scoreOf(const std::vector<int>& days, std::optional<int> previous = std::nullopt)
{
    int inside = 0;
    int smallestGap = kDaysInWeek;
    for (std::size_t i = 0; i + 1 < days.size(); ++i) {
        const int gap = days[i + 1] - days[i];
        inside += gap == 1 ? 1 : 0;
        smallestGap = std::min(smallestGap, gap);
    }
    const int wrapGap = days.front() + kDaysInWeek - days.back();
    const int across = days.size() > 1 && wrapGap == 1 ? 1 : 0;
    smallestGap = std::min(smallestGap, wrapGap);
    const int after = previous && !days.empty() && days.front() - *previous == 1 ? 1 : 0;
    return {inside + after > 0 ? 1 : 0, inside, after, across, -smallestGap, days};
}

/// Every way to pick `count` days from `pool` (sorted), each added to `required`.
void combinations(const std::vector<int>& pool, std::size_t count, std::size_t from, std::vector<int>& current,
    std::vector<std::vector<int>>& out)
{
    if (current.size() == count) {
        out.push_back(current);
        return;
    }
    for (std::size_t i = from; i < pool.size(); ++i) {
        current.push_back(pool[i]);
        combinations(pool, count, i + 1, current, out);
        current.pop_back();
    }
}

std::vector<int> bestChoice(const std::vector<int>& required, const std::vector<int>& pool, std::size_t count,
    std::optional<int> previous = std::nullopt)
{
    std::vector<std::vector<int>> picks;
    std::vector<int> current;
    combinations(pool, count - std::min(count, required.size()), 0, current, picks);
    std::vector<int> best;
    Score bestScore;
    for (std::vector<int>& pick : picks) {
        pick.insert(pick.end(), required.begin(), required.end());
        std::sort(pick.begin(), pick.end());
        Score score = scoreOf(pick, previous);
        if (best.empty() || score < bestScore) {
            best = pick;
            bestScore = std::move(score);
        }
    }
    return best;
}

std::vector<Weekday> weekdaysOf(const std::vector<int>& offsets, Weekday weekStart)
{
    std::vector<Weekday> days;
    for (int offset : offsets)
        days.push_back(static_cast<Weekday>((offset + static_cast<int>(weekStart)) % kDaysInWeek));
    return days;
}

} // namespace

StrengthDays WeekScheduler::choose(const Profile& profile, Date weekStart, std::optional<Date> previousLast)
{
    std::optional<int> previous;
    if (previousLast && *previousLast < weekStart)
        previous = static_cast<int>(weekStart.daysUntil(*previousLast));
    const std::size_t count = static_cast<std::size_t>(std::clamp(profile.strengthDays, 2, 3));
    const Weekday first = weekStart.weekday();
    std::vector<int> preferred;
    for (Weekday day : profile.preferredDays)
        preferred.push_back(offsetOf(day, first));
    std::sort(preferred.begin(), preferred.end());
    preferred.erase(std::unique(preferred.begin(), preferred.end()), preferred.end());

    StrengthDays result;
    std::vector<int> chosen;
    if (preferred.size() >= count) {
        chosen = bestChoice({}, preferred, count, previous);
    } else {
        std::vector<int> others;
        for (int offset = 0; offset < kDaysInWeek; ++offset) {
            if (std::find(preferred.begin(), preferred.end(), offset) == preferred.end())
                others.push_back(offset);
        }
        chosen = bestChoice(preferred, others, count, previous);
        std::vector<int> added;
        std::set_difference(
            chosen.begin(), chosen.end(), preferred.begin(), preferred.end(), std::back_inserter(added));
        result.notes.push_back(Reason(PhraseCode::DaysAdded,
            {ReasonArg::count(static_cast<long>(count)), ReasonArg::weekdays(weekdaysOf(added, first)),
                ReasonArg::count(static_cast<long>(preferred.size()))}));
    }
    for (int offset : chosen) {
        result.dates.push_back(weekStart.addDays(offset));
        if (!std::binary_search(preferred.begin(), preferred.end(), offset))
            result.added.push_back(weekStart.addDays(offset));
    }
    result.backToBack = std::get<1>(scoreOf(chosen)) > 0;
    if (result.backToBack) {
        result.notes.push_back(Reason(PhraseCode::StrengthBackToBack,
            {ReasonArg::weekdays(weekdaysOf(chosen, first)), ReasonArg::weekdays(profile.preferredDays)}));
    }
    return result;
}

StrengthDays WeekScheduler::chooseRest(
    const Profile& profile, Date weekStart, Date from, const std::vector<Date>& held, std::optional<Date> previousLast)
{
    if (from <= weekStart && held.empty())
        return choose(profile, weekStart, previousLast);
    const Weekday first = weekStart.weekday();
    const int start = static_cast<int>(std::clamp(weekStart.daysUntil(from), 0L, 7L));
    const int daysLeft = kDaysInWeek - start;
    const int total = std::clamp(profile.strengthDays, 2, 3);
    std::vector<int> done;
    for (Date date : held)
        done.push_back(static_cast<int>(weekStart.daysUntil(date)));
    const int share = (total * daysLeft + kDaysInWeek - 1) / kDaysInWeek;
    const auto count = static_cast<std::size_t>(std::max(0, std::min(total - static_cast<int>(done.size()), share)));
    StrengthDays result;
    if (count == 0 || daysLeft == 0)
        return result;
    std::vector<int> preferred;
    std::vector<int> others;
    for (int offset = start; offset < kDaysInWeek; ++offset) {
        const bool wanted = std::find(profile.preferredDays.begin(), profile.preferredDays.end(),
                                static_cast<Weekday>((offset + static_cast<int>(first)) % kDaysInWeek))
            != profile.preferredDays.end();
        (wanted ? preferred : others).push_back(offset);
    }
    std::vector<int> chosen;
    if (preferred.size() >= count) {
        chosen = bestChoice(done, preferred, count + done.size());
    } else {
        std::vector<int> required = done;
        required.insert(required.end(), preferred.begin(), preferred.end());
        chosen = bestChoice(required, others, std::min(count, preferred.size() + others.size()) + done.size());
    }
    std::vector<int> picked;
    for (int offset : chosen) {
        if (offset >= start && std::find(done.begin(), done.end(), offset) == done.end())
            picked.push_back(offset);
    }
    for (int offset : picked) {
        result.dates.push_back(weekStart.addDays(offset));
        if (std::find(preferred.begin(), preferred.end(), offset) == preferred.end())
            result.added.push_back(weekStart.addDays(offset));
    }
    result.notes.push_back(
        Reason(PhraseCode::PlannedFromOn, {ReasonArg::day(from), ReasonArg::count(static_cast<long>(picked.size()))}));
    result.backToBack = std::get<1>(scoreOf(chosen)) > 0;
    if (result.backToBack)
        result.notes.push_back(
            Reason(PhraseCode::BackToBackDaysLeft, {ReasonArg::weekdays(weekdaysOf(chosen, first))}));
    return result;
}

} // namespace keel::core
