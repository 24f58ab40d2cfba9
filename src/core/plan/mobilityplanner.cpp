// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/mobilityplanner.h"

#include "core/model/phrasecode.h"
#include "core/plan/prescription.h"

#include <algorithm>

namespace keel::core {

namespace {

constexpr std::size_t kWarmUpItems = 2;
constexpr std::size_t kSessionItems = 3;
constexpr long kSpineEvery = 3;

struct Pick {
    const Exercise* drill = nullptr;
    int minutes = 0;
};

} // namespace

MobilityPlanner::MobilityPlanner(
    const Catalog& catalog, const std::set<std::string, std::less<>>& owned, bool flareUp, PlanRandom& random)
    : m_catalog(catalog)
    , m_owned(owned)
    , m_flareUp(flareUp)
{
    m_hip = makePool(Focus::Hip, random);
    m_thoracic = makePool(Focus::Thoracic, random);
    m_spine = makePool(Focus::Spine, random);
}

Focus MobilityPlanner::focusOf(Date date)
{
    return date.days() % 2 == 0 ? Focus::Hip : Focus::Thoracic;
}

MobilityPlanner::Pool MobilityPlanner::makePool(Focus focus, PlanRandom& random) const
{
    Pool pool;
    std::vector<const Exercise*> safe;
    for (const Exercise* drill : m_catalog.byPattern(Pattern::Mobility)) {
        if (drill->focus != focus || !drill->dose.minutes || !drill->canBeDoneWith(m_owned))
            continue;
        pool.drills.push_back(drill);
        if (drill->isFlareUpSafe())
            safe.push_back(drill);
    }
    // In a flare-up keep to the gentle drills when there are enough of them to rotate.
    if (m_flareUp && safe.size() >= 2)
        pool.drills = safe;
    random.shuffle(pool.drills);
    return pool;
}

MobilityPlanner::Pool& MobilityPlanner::poolFor(Focus focus)
{
    if (focus == Focus::Hip)
        return m_hip;
    return focus == Focus::Thoracic ? m_thoracic : m_spine;
}

Reason MobilityPlanner::reasonFor(Focus focus, int minutes, bool warmUp, bool strengthDay) const
{
    const Reason day(PhraseCode::MobilityDay,
        {ReasonArg::keyed(ReasonArg::Kind::Focus, toString(focus), std::string(toString(focus))),
            ReasonArg::count(minutes)});
    Reason reason = warmUp ? Reason(PhraseCode::WarmUp, {day.asArg()})
        : strengthDay      ? Reason(PhraseCode::RestOfMobility, {day.asArg()})
                           : day;
    if (m_flareUp)
        reason += Reason(PhraseCode::FlareUpGentleDrills);
    return reason;
}

std::vector<PlannedItem> MobilityPlanner::block(Date date, bool strengthDay)
{
    const Focus focus = focusOf(date);
    Pool& pool = poolFor(focus);
    std::vector<Pick> picks;
    int total = 0;
    for (std::size_t tries = 0; tries < pool.drills.size() && picks.size() < kSessionItems && total < kMinMinutes;
         ++tries) {
        const Exercise* drill = pool.drills[pool.next++ % pool.drills.size()];
        const int minutes = drill->dose.minutes->min;
        if (total + minutes > kMaxMinutes)
            continue;
        picks.push_back({drill, minutes});
        total += minutes;
    }
    // Short drills are lengthened inside their own range to reach the daily minimum.
    for (Pick& pick : picks) {
        const int room = std::min(pick.drill->dose.minutes->max - pick.minutes, kMinMinutes - total);
        if (room > 0) {
            pick.minutes += room;
            total += room;
        }
    }
    // A spine drill joins on rest days only: strength days already open with a warm-up.
    if (!strengthDay && !m_spine.drills.empty() && date.days() % kSpineEvery == 0) {
        const Exercise* spine = m_spine.drills[m_spine.next++ % m_spine.drills.size()];
        if (total + spine->dose.minutes->min <= kMaxMinutes) {
            picks.push_back({spine, spine->dose.minutes->min});
            total += spine->dose.minutes->min;
        }
    }
    std::vector<PlannedItem> items;
    for (const Pick& pick : picks) {
        PlannedItem item = Prescription::basic(*pick.drill);
        item.minutes = IntRange {pick.minutes, pick.minutes};
        item.warmUp = strengthDay && items.size() < kWarmUpItems;
        item.reason = reasonFor(focus, total, item.warmUp, strengthDay);
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace keel::core
