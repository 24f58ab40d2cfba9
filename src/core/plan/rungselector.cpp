// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/rungselector.h"

#include <algorithm>

namespace keel::core {

namespace {

bool isLadderRung(const Exercise& exercise)
{
    return exercise.progressesTo || exercise.regressesTo;
}

} // namespace

RungSelector::RungSelector(const Catalog& catalog, std::set<std::string, std::less<>> owned)
    : m_catalog(catalog)
    , m_owned(std::move(owned))
{ }

int RungSelector::startingLevel(Experience experience)
{
    switch (experience) {
    case Experience::Starting:
        return 1;
    case Experience::Returning:
        return 2;
    case Experience::Building:
        return 3;
    case Experience::Experienced:
        return 4;
    }
    return 1;
}

std::vector<const Exercise*> RungSelector::doable(Pattern pattern) const
{
    std::vector<const Exercise*> result;
    for (const Exercise* exercise : m_catalog.byPattern(pattern)) {
        if (canDo(*exercise))
            result.push_back(exercise);
    }
    // byPattern already orders by level then name; a stable sort puts ladder rungs first within a level.
    std::stable_sort(result.begin(), result.end(), [](const Exercise* a, const Exercise* b) {
        if (a->level != b->level)
            return a->level < b->level;
        return isLadderRung(*a) && !isLadderRung(*b);
    });
    return result;
}

const Exercise* RungSelector::bestAtOrBelow(Pattern pattern, int level, bool safeOnly) const
{
    const Exercise* best = nullptr;
    for (const Exercise* exercise : doable(pattern)) {
        if (exercise->level > level)
            break;
        if (safeOnly && !exercise->isFlareUpSafe())
            continue;
        // Later entries have a higher level; within a level the first (a ladder rung) wins.
        if (!best || exercise->level > best->level)
            best = exercise;
    }
    return best;
}

const Exercise* RungSelector::startingRung(Pattern pattern, Experience experience) const
{
    if (const Exercise* best = bestAtOrBelow(pattern, startingLevel(experience), false))
        return best;
    const auto all = doable(pattern);
    return all.empty() ? nullptr : all.front();
}

const Exercise* RungSelector::nextUp(const Exercise& current) const
{
    if (current.progressesTo) {
        if (const Exercise* next = m_catalog.find(*current.progressesTo); next && canDo(*next))
            return next;
    }
    // doable() is ordered by level with ladder rungs first, so the first one above is the gentlest step up.
    for (const Exercise* exercise : doable(current.pattern)) {
        if (exercise->level > current.level)
            return exercise;
    }
    return nullptr;
}

const Exercise* RungSelector::nextLadderRung(const Exercise& current) const
{
    if (current.progressesTo)
        return m_catalog.find(*current.progressesTo);
    if (isLadderRung(current))
        return nullptr;
    const Exercise* next = nullptr;
    for (const Exercise* exercise : m_catalog.byPattern(current.pattern)) {
        if (exercise->level > current.level && isLadderRung(*exercise) && (!next || exercise->level < next->level))
            next = exercise;
    }
    return next;
}

const Exercise* RungSelector::nextDown(const Exercise& current) const
{
    if (current.regressesTo) {
        if (const Exercise* previous = m_catalog.find(*current.regressesTo); previous && canDo(*previous))
            return previous;
    }
    return current.level > 1 ? bestAtOrBelow(current.pattern, current.level - 1, false) : nullptr;
}

const Exercise* RungSelector::resolve(const Exercise& current) const
{
    if (canDo(current))
        return &current;
    if (const Exercise* best = bestAtOrBelow(current.pattern, current.level, false))
        return best;
    const auto all = doable(current.pattern);
    return all.empty() ? nullptr : all.front();
}

std::vector<const Exercise*> RungSelector::sameRung(const Exercise& current) const
{
    std::vector<const Exercise*> result;
    for (const Exercise* exercise : doable(current.pattern)) {
        if (exercise->level == current.level && exercise != &current)
            result.push_back(exercise);
    }
    return result;
}

const Exercise* RungSelector::flareUpOption(const Exercise& current) const
{
    if (current.isFlareUpSafe() && canDo(current))
        return &current;
    if (const Exercise* best = bestAtOrBelow(current.pattern, current.level, true))
        return best;
    for (const Exercise* exercise : doable(current.pattern)) {
        if (exercise->isFlareUpSafe())
            return exercise;
    }
    return nullptr;
}

} // namespace keel::core
