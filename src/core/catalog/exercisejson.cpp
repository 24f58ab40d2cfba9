// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/exercisejson.h"

namespace keel::core {

namespace {

using json = nlohmann::json;

json linkJson(const std::optional<std::string>& link)
{
    return link ? json(*link) : json(nullptr);
}

void putRange(json& object, const char* key, const std::optional<IntRange>& range)
{
    if (range)
        object[key] = json::array({range->min, range->max});
}

json doseJson(const Dose& dose)
{
    json object = {{"kind", toString(dose.kind)}};
    putRange(object, "sets", dose.sets);
    putRange(object, "reps", dose.reps);
    putRange(object, "seconds", dose.seconds);
    putRange(object, "meters", dose.meters);
    putRange(object, "minutes", dose.minutes);
    if (dose.perSide)
        object["per_side"] = true;
    return object;
}

json loadJson(const Load& load)
{
    json object = {{"kind", toString(load.kind)}};
    if (load.kind == LoadKind::External) {
        object["start_kg"] = load.startKg;
        object["step_kg"] = load.stepKg;
        if (load.topKg)
            object["top_kg"] = *load.topKg;
    }
    return object;
}

} // namespace

json equipmentToJson(const std::vector<EquipmentChoice>& equipment)
{
    json list = json::array();
    for (const EquipmentChoice& choice : equipment) {
        if (choice.size() == 1)
            list.push_back(choice.front());
        else
            list.push_back(choice);
    }
    return list;
}

json exerciseToJson(const Exercise& exercise)
{
    json object = {
        {"id", exercise.id},
        {"name", exercise.name},
        {"pattern", toString(exercise.pattern)},
        {"level", exercise.level},
        {"equipment", equipmentToJson(exercise.equipment)},
        {"dose", doseJson(exercise.dose)},
        {"load", loadJson(exercise.load)},
        {"progresses_to", linkJson(exercise.progressesTo)},
        {"regresses_to", linkJson(exercise.regressesTo)},
        {"summary", exercise.summary},
        {"steps", exercise.steps},
        {"cues", exercise.cues},
        {"why", exercise.why},
        {"cautions", exercise.cautions},
        {"tags", exercise.tags},
    };
    if (exercise.focus != Focus::None)
        object["focus"] = toString(exercise.focus);
    return object;
}

json exerciseSummaryJson(const Exercise& exercise)
{
    return {
        {"id", exercise.id},
        {"name", exercise.name},
        {"pattern", toString(exercise.pattern)},
        {"focus", exercise.focus == Focus::None ? json(nullptr) : json(toString(exercise.focus))},
        {"level", exercise.level},
        {"equipment", equipmentToJson(exercise.equipment)},
        {"progresses_to", linkJson(exercise.progressesTo)},
        {"regresses_to", linkJson(exercise.regressesTo)},
        {"tags", exercise.tags},
    };
}

json catalogDocumentJson(const std::vector<Exercise>& exercises)
{
    json list = json::array();
    for (const Exercise& exercise : exercises)
        list.push_back(exerciseToJson(exercise));
    return {{"format", "keel-catalog"}, {"version", 1}, {"exercises", std::move(list)}};
}

} // namespace keel::core
