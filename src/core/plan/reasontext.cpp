// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/reasontext.h"

#include "core/catalog/catalog.h"
#include "core/model/phrasecode.h"
#include "core/util/units.h"

#include <cmath>
#include <cstdio>

namespace keel::core {

std::string ReasonText::dayAndDate(Date date)
{
    // Plan text names days as reasons do: the English names live once, where a reason reads its values.
    return Reason(PhraseCode::Verbatim, {ReasonArg::day(date)}).text();
}

std::string ReasonText::load(double kg, Units units)
{
    return LoadUnits::text(kg, units);
}

std::string ReasonText::exerciseName(const Catalog& catalog, const std::string& id)
{
    const Exercise* exercise = catalog.find(id);
    return exercise ? exercise->name : id;
}

ReasonArg ReasonText::exercise(const Catalog& catalog, const std::string& id)
{
    return ReasonArg::exercise(id, exerciseName(catalog, id));
}

ReasonArg ReasonText::exercise(const Exercise& exercise)
{
    return ReasonArg::exercise(exercise.id, exercise.name);
}

ReasonArg ReasonText::needs(const Exercise& exercise)
{
    return ReasonArg::equipment(exercise.id, exercise.equipmentText());
}

ReasonArg ReasonText::pattern(Pattern pattern)
{
    return ReasonArg::keyed(ReasonArg::Kind::Pattern, toString(pattern), std::string(displayName(pattern)));
}

ReasonArg ReasonText::experience(Experience experience)
{
    return ReasonArg::keyed(ReasonArg::Kind::Experience, toString(experience), std::string(toString(experience)));
}

Reason ReasonText::describe(const PatternState& state, const Catalog& catalog, Units units)
{
    if (state.pattern == Pattern::Walking)
        return Reason(PhraseCode::StateWalking, {ReasonArg::count(state.minutes.value_or(0))});
    // The dose is figures and unit symbols, which read alike in every language Keel speaks.
    std::string dose;
    if (state.sets > 0)
        dose = std::to_string(state.sets) + "×";
    if (state.reps)
        dose += std::to_string(*state.reps);
    else if (state.seconds)
        dose += std::to_string(*state.seconds) + " s";
    else if (state.meters)
        dose += std::to_string(*state.meters) + " m";
    ReasonArg exercise = ReasonText::exercise(catalog, state.exerciseId);
    if (dose.empty()) {
        if (!state.loadKg)
            return Reason(PhraseCode::StateExercise, {std::move(exercise)});
        return Reason(PhraseCode::StateExerciseLoad, {std::move(exercise), ReasonArg::load(*state.loadKg, units)});
    }
    if (!state.loadKg)
        return Reason(PhraseCode::StateDose, {std::move(exercise), ReasonArg::words(std::move(dose))});
    return Reason(PhraseCode::StateDoseLoad,
        {std::move(exercise), ReasonArg::words(std::move(dose)), ReasonArg::load(*state.loadKg, units)});
}

std::string ReasonText::weekdayList(const std::vector<Weekday>& days)
{
    // The words a reason's list of weekdays reads in, so a summary and a note name days alike.
    return ReasonArg::weekdays(days).text;
}

} // namespace keel::core
