// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/sessionbuilder.h"

#include "core/model/phrasecode.h"
#include "core/plan/prescription.h"

#include <algorithm>
#include <numeric>

namespace keel::core {

namespace {

constexpr int kSecondsPerRep = 4;
constexpr double kSecondsPerMeter = 1.2;
constexpr int kSecondsPerMinute = 60;

int totalSeconds(const std::vector<PlannedItem>& items, int restSeconds)
{
    return SessionBuilder::liftSeconds(items, restSeconds);
}

} // namespace

int SessionBuilder::liftSeconds(const std::vector<PlannedItem>& items, int restSeconds)
{
    return std::accumulate(items.begin(), items.end(), 0, [restSeconds](int sum, const PlannedItem& item) {
        return sum + SessionBuilder::estimateSeconds(item, restSeconds);
    });
}

SessionBuilder::SessionBuilder(const Profile& profile, bool recovery)
    : m_profile(profile)
    , m_recovery(recovery)
{ }

int SessionBuilder::estimateSeconds(const PlannedItem& item, int restSeconds)
{
    if (item.minutes && item.sets == 0)
        return item.minutes->max * kSecondsPerMinute;
    int work = 0;
    if (item.reps)
        work = item.reps->max * kSecondsPerRep;
    else if (item.seconds)
        work = item.seconds->max;
    else if (item.meters)
        work = static_cast<int>(item.meters->max * kSecondsPerMeter);
    if (item.perSide)
        work *= 2;
    return std::max(item.sets, 1) * (work + restSeconds);
}

PlannedItem SessionBuilder::itemFor(const StrengthChoice& choice) const
{
    PlannedItem item = Prescription::item(*choice.exercise, choice.state);
    item.reason = choice.reason;
    if (m_recovery && item.sets > 1) {
        --item.sets;
        item.reason += Reason(PhraseCode::RecoveryOneSetFewer);
    }
    return item;
}

std::vector<PlannedItem> SessionBuilder::build(const SessionRequest& request) const
{
    const int rest = m_profile.restSeconds;
    const int budget = std::max(0, (m_profile.minutesPerDay - request.warmUpMinutes) * kSecondsPerMinute);
    std::vector<PlannedItem> items;
    for (const StrengthChoice& choice : request.mains)
        items.push_back(itemFor(choice));

    // Extras go in only when the whole session still fits the time the profile gives it.
    if (request.secondCore) {
        PlannedItem extra = Prescription::basic(*request.secondCore);
        extra.reason = request.secondCoreReason;
        if (m_recovery && extra.sets > 1) {
            --extra.sets;
            extra.reason += Reason(PhraseCode::RecoveryOneSetFewer);
        }
        if (totalSeconds(items, rest) + estimateSeconds(extra, rest) <= budget) {
            const auto core = std::find_if(items.begin(), items.end(),
                [](const PlannedItem& item) { return item.pattern == Pattern::AntiRotation; });
            items.insert(core == items.end() ? items.end() : core + 1, std::move(extra));
        }
    }
    if (request.accessory) {
        PlannedItem extra = itemFor(*request.accessory);
        if (totalSeconds(items, rest) + estimateSeconds(extra, rest) <= budget) {
            extra.reason = Reason(PhraseCode::AccessoryTimeAllows, {extra.reason.asArg()});
            items.push_back(std::move(extra));
        }
    }
    fitToBudget(items, budget);
    return items;
}

void SessionBuilder::fitToBudget(std::vector<PlannedItem>& items, int budgetSeconds) const
{
    std::vector<bool> trimmed(items.size(), false);
    while (totalSeconds(items, m_profile.restSeconds) > budgetSeconds) {
        // Take a set from the item with the most; ties go to the later item (the earlier patterns matter more).
        std::size_t most = items.size();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].sets > 1 && (most == items.size() || items[i].sets >= items[most].sets))
                most = i;
        }
        if (most == items.size())
            break;
        --items[most].sets;
        trimmed[most] = true;
    }
    const bool fits = totalSeconds(items, m_profile.restSeconds) <= budgetSeconds;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!trimmed[i])
            continue;
        items[i].reason += Reason(fits ? PhraseCode::SetsToFit : PhraseCode::SetsCutRunsOver,
            {ReasonArg::count(m_profile.minutesPerDay), ReasonArg::count(items[i].sets)});
    }
}

} // namespace keel::core
