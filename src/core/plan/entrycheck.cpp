// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/entrycheck.h"

#include "core/model/phrasecode.h"
#include "core/util/units.h"

#include <type_traits>

namespace keel::core {

namespace {

Reason measure(DoseKind kind)
{
    switch (kind) {
    case DoseKind::Reps:
        return PhraseCode::MeasuredInReps;
    case DoseKind::Hold:
        return PhraseCode::MeasuredInSecondsHeld;
    case DoseKind::Distance:
        return PhraseCode::MeasuredInMetresCarried;
    case DoseKind::Minutes:
        return PhraseCode::MeasuredInMinutes;
    }
    return PhraseCode::MeasuredInReps;
}

ReasonArg exerciseArg(const Exercise& exercise)
{
    return ReasonArg::exercise(exercise.id, exercise.name);
}

/// "reps 10: <exercise> is measured in seconds held, not reps".
Reason wrongField(PhraseCode field, ReasonArg value, const Exercise& exercise)
{
    return {field, {std::move(value), exerciseArg(exercise), measure(exercise.dose.kind).asArg()}};
}

/// The value as given, or "missing".
template<typename T> ReasonArg given(const std::optional<T>& value)
{
    if (!value)
        return Reason(PhraseCode::Missing).asArg();
    if constexpr (std::is_same_v<T, double>)
        return ReasonArg::decimal(*value);
    else
        return ReasonArg::count(*value);
}

} // namespace

Date EntryCheck::latestDate(Date today)
{
    return today.addDays(1);
}

std::optional<Reason> EntryCheck::date(Date date, Date today)
{
    if (date > latestDate(today))
        return Reason(PhraseCode::DateTooLate, {ReasonArg::dateOnly(date), ReasonArg::dateOnly(latestDate(today))});
    return std::nullopt;
}

std::optional<Reason> EntryCheck::set(const LoggedSet& set, const Exercise& exercise, Date today)
{
    if (auto problem = date(set.date, today))
        return problem;
    return dose(set, exercise);
}

std::optional<Reason> EntryCheck::dose(const LoggedSet& set, const Exercise& exercise)
{
    if (exercise.pattern == Pattern::Walking)
        return Reason(PhraseCode::WalkingNotASet, {ReasonArg::words(exercise.id), exerciseArg(exercise)});
    const DoseKind kind = exercise.dose.kind;
    if (set.reps && kind != DoseKind::Reps)
        return wrongField(PhraseCode::RepsNotMeasured, ReasonArg::count(*set.reps), exercise);
    if (set.seconds && kind == DoseKind::Reps)
        return wrongField(PhraseCode::SecondsNotMeasured, ReasonArg::count(*set.seconds), exercise);
    if (set.meters && kind != DoseKind::Distance)
        return wrongField(PhraseCode::MetresNotMeasured, ReasonArg::decimal(*set.meters), exercise);
    switch (kind) {
    case DoseKind::Reps:
        if (!set.reps || *set.reps < 1)
            return Reason(PhraseCode::NeedsARep, {given(set.reps), exerciseArg(exercise)});
        break;
    case DoseKind::Hold:
    case DoseKind::Minutes:
        if (!set.seconds || *set.seconds < 1)
            return Reason(PhraseCode::NeedsASecond, {given(set.seconds), exerciseArg(exercise)});
        break;
    case DoseKind::Distance:
        if (!set.meters || !(*set.meters > 0.0))
            return Reason(PhraseCode::NeedsADistance, {given(set.meters), exerciseArg(exercise)});
        break;
    }
    return std::nullopt;
}

} // namespace keel::core
