// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/entrycheck.h"

#include "core/util/units.h"

namespace keel::core {

namespace {

const char* measure(DoseKind kind)
{
    switch (kind) {
    case DoseKind::Reps:
        return "reps";
    case DoseKind::Hold:
        return "seconds held";
    case DoseKind::Distance:
        return "metres carried";
    case DoseKind::Minutes:
        return "minutes";
    }
    return "reps";
}

/// "reps 10: <exercise> is measured in seconds held, not reps".
std::string wrongField(const std::string& field, const std::string& value, const Exercise& exercise)
{
    return field + " " + value + ": " + exercise.name + " is measured in " + measure(exercise.dose.kind) + ", not "
        + field;
}

} // namespace

Date EntryCheck::latestDate(Date today)
{
    return today.addDays(1);
}

std::optional<std::string> EntryCheck::date(Date date, Date today)
{
    if (date > latestDate(today))
        return "date " + date.toString() + ": entries can be logged up to tomorrow (" + latestDate(today).toString()
            + "), not later";
    return std::nullopt;
}

std::optional<std::string> EntryCheck::set(const LoggedSet& set, const Exercise& exercise, Date today)
{
    if (auto problem = date(set.date, today))
        return problem;
    return dose(set, exercise);
}

std::optional<std::string> EntryCheck::dose(const LoggedSet& set, const Exercise& exercise)
{
    if (exercise.pattern == Pattern::Walking)
        return "exercise " + exercise.id + ": " + exercise.name + " is walking; log it as a walk, not as a set";
    const DoseKind kind = exercise.dose.kind;
    if (set.reps && kind != DoseKind::Reps)
        return wrongField("reps", std::to_string(*set.reps), exercise);
    if (set.seconds && kind == DoseKind::Reps)
        return wrongField("seconds", std::to_string(*set.seconds), exercise);
    if (set.meters && kind != DoseKind::Distance)
        return wrongField("metres", trimmedNumber(*set.meters), exercise);
    switch (kind) {
    case DoseKind::Reps:
        if (!set.reps || *set.reps < 1)
            return "reps " + (set.reps ? std::to_string(*set.reps) : std::string("missing")) + ": a set of "
                + exercise.name + " needs at least 1 rep";
        break;
    case DoseKind::Hold:
    case DoseKind::Minutes:
        if (!set.seconds || *set.seconds < 1)
            return "seconds " + (set.seconds ? std::to_string(*set.seconds) : std::string("missing")) + ": a set of "
                + exercise.name + " needs at least 1 second";
        break;
    case DoseKind::Distance:
        if (!set.meters || !(*set.meters > 0.0))
            return "metres " + (set.meters ? trimmedNumber(*set.meters) : std::string("missing")) + ": a set of "
                + exercise.name + " needs a distance above 0";
        break;
    }
    return std::nullopt;
}

} // namespace keel::core
