// SPDX-License-Identifier: GPL-3.0-or-later
#include "minicatalog.h"

#include <optional>

namespace keel::test {

namespace {

using namespace keel::core;

struct Spec {
    const char* id;
    Pattern pattern;
    int level;
    std::vector<EquipmentChoice> equipment;
    Dose dose;
    Load load;
    std::optional<std::string> up;
    std::optional<std::string> down;
    std::vector<std::string> tags;
    Focus focus = Focus::None;
};

Dose reps(int setsMin, int setsMax, int low, int high, bool perSide = false)
{
    Dose dose;
    dose.kind = DoseKind::Reps;
    dose.sets = IntRange {setsMin, setsMax};
    dose.reps = IntRange {low, high};
    dose.perSide = perSide;
    return dose;
}

Dose hold(int setsMin, int setsMax, int low, int high, bool perSide = false)
{
    Dose dose;
    dose.kind = DoseKind::Hold;
    dose.sets = IntRange {setsMin, setsMax};
    dose.seconds = IntRange {low, high};
    dose.perSide = perSide;
    return dose;
}

Dose distance(int setsMin, int setsMax, int low, int high)
{
    Dose dose;
    dose.kind = DoseKind::Distance;
    dose.sets = IntRange {setsMin, setsMax};
    dose.meters = IntRange {low, high};
    return dose;
}

Dose minutes(int low, int high)
{
    Dose dose;
    dose.kind = DoseKind::Minutes;
    dose.minutes = IntRange {low, high};
    return dose;
}

Dose drill(int low, int high)
{
    Dose dose = reps(1, 2, 6, 10);
    dose.minutes = IntRange {low, high};
    return dose;
}

const Load kBody {};

Load external(double start, double step)
{
    // No top load: what the person owns is the ceiling (the shipped catalog gives every one a top).
    return Load {LoadKind::External, start, step, std::nullopt};
}

const std::vector<EquipmentChoice> kNone {};
const std::vector<EquipmentChoice> kWeight {{"dumbbell", "kettlebell"}};

std::optional<std::string> none()
{
    return std::nullopt;
}

std::vector<Spec> specs()
{
    return {
        // Hinge ladder and alternatives.
        {"glute-bridge", Pattern::Hinge, 1, {{"mat"}}, reps(3, 3, 8, 12), kBody, "hip-hinge-to-wall", none(),
            {"flare_up_safe"}},
        {"hip-hinge-to-wall", Pattern::Hinge, 2, {{"wall"}}, reps(2, 3, 8, 12), kBody, "dowel-hip-hinge",
            "glute-bridge", {"flare_up_safe"}},
        {"dowel-hip-hinge", Pattern::Hinge, 3, kNone, reps(2, 3, 8, 12), kBody, "kettlebell-deadlift",
            "hip-hinge-to-wall", {}},
        {"kettlebell-deadlift", Pattern::Hinge, 4, kWeight, reps(2, 3, 8, 12), external(8, 4), "romanian-deadlift",
            "dowel-hip-hinge", {}},
        {"romanian-deadlift", Pattern::Hinge, 5, kWeight, reps(2, 3, 8, 12), external(12, 4), "trap-bar-deadlift",
            "kettlebell-deadlift", {}},
        {"trap-bar-deadlift", Pattern::Hinge, 6, {{"trap_bar"}}, reps(3, 3, 5, 8), external(40, 5), none(),
            "romanian-deadlift", {}},
        {"good-morning", Pattern::Hinge, 3, kNone, reps(2, 3, 8, 12), kBody, none(), none(), {}},
        {"single-leg-romanian-deadlift", Pattern::Hinge, 4, kNone, reps(2, 3, 6, 10, true), kBody, none(), none(), {}},
        {"banded-good-morning", Pattern::Hinge, 5, {{"band"}}, reps(2, 3, 10, 15), kBody, none(), none(), {}},
        // Squat.
        {"sit-to-stand", Pattern::Squat, 1, {{"chair"}}, reps(2, 3, 8, 12), kBody, "box-squat", none(),
            {"flare_up_safe"}},
        {"box-squat", Pattern::Squat, 2, {{"chair"}}, reps(2, 3, 8, 12), kBody, "bodyweight-squat", "sit-to-stand", {}},
        {"bodyweight-squat", Pattern::Squat, 3, kNone, reps(2, 3, 10, 15), kBody, "goblet-box-squat", "box-squat", {}},
        {"goblet-box-squat", Pattern::Squat, 4, {{"dumbbell", "kettlebell"}, {"box", "chair"}}, reps(2, 3, 8, 12),
            external(6, 2), "goblet-squat", "bodyweight-squat", {}},
        {"goblet-squat", Pattern::Squat, 5, kWeight, reps(2, 3, 8, 12), external(8, 2), "front-squat",
            "goblet-box-squat", {}},
        {"front-squat", Pattern::Squat, 6, {{"barbell"}, {"squat_rack"}}, reps(3, 3, 5, 8), external(30, 2.5), none(),
            "goblet-squat", {}},
        {"wall-sit", Pattern::Squat, 2, {{"wall"}}, hold(2, 4, 20, 45), kBody, none(), none(), {"flare_up_safe"}},
        {"split-squat", Pattern::Squat, 4, kNone, reps(2, 3, 6, 12, true), kBody, none(), none(), {}},
        // Carry.
        {"tall-march", Pattern::Carry, 1, kNone, hold(2, 3, 30, 60), kBody, "suitcase-hold", none(), {"flare_up_safe"}},
        {"suitcase-hold", Pattern::Carry, 2, kWeight, hold(2, 3, 20, 40, true), external(6, 2), "farmer-carry",
            "tall-march", {}},
        {"farmer-carry", Pattern::Carry, 3, kWeight, distance(2, 4, 20, 40), external(12, 2), "suitcase-carry",
            "suitcase-hold", {}},
        {"suitcase-carry", Pattern::Carry, 4, kWeight, distance(2, 4, 20, 40), external(10, 2), "front-rack-carry",
            "farmer-carry", {}},
        {"front-rack-carry", Pattern::Carry, 5, kWeight, distance(2, 4, 20, 40), external(10, 2), "trap-bar-carry",
            "suitcase-carry", {}},
        {"trap-bar-carry", Pattern::Carry, 6, {{"trap_bar"}}, distance(2, 4, 20, 40), external(40, 5), none(),
            "front-rack-carry", {}},
        {"backpack-walk", Pattern::Carry, 2, kNone, distance(2, 3, 50, 200), external(3, 1), none(), none(), {}},
        {"shopping-bag-carry", Pattern::Carry, 3, kNone, distance(2, 4, 20, 40), external(4, 1), none(), none(), {}},
        {"single-bag-carry", Pattern::Carry, 4, kNone, distance(2, 4, 20, 40), external(5, 1), none(), none(), {}},
        // Anti-rotation.
        {"modified-bird-dog", Pattern::AntiRotation, 1, {{"mat"}}, reps(2, 3, 6, 10, true), kBody, "dead-bug", none(),
            {"flare_up_safe"}},
        {"dead-bug", Pattern::AntiRotation, 2, {{"mat"}}, reps(3, 3, 6, 10), kBody, "bird-dog", "modified-bird-dog",
            {}},
        {"bird-dog", Pattern::AntiRotation, 3, {{"mat"}}, reps(3, 3, 6, 10, true), kBody, "pallof-press", "dead-bug",
            {}},
        {"pallof-press", Pattern::AntiRotation, 4, {{"band"}}, reps(2, 3, 8, 12, true), kBody, "half-kneeling-pallof",
            "bird-dog", {}},
        {"half-kneeling-pallof", Pattern::AntiRotation, 5, {{"band"}}, reps(2, 3, 8, 12, true), kBody,
            "cable-pallof-press", "pallof-press", {}},
        {"cable-pallof-press", Pattern::AntiRotation, 6, {{"cable"}}, reps(2, 3, 8, 12, true), external(5, 2.5), none(),
            "half-kneeling-pallof", {}},
        {"heel-taps", Pattern::AntiRotation, 1, {{"mat"}}, reps(2, 3, 8, 12), kBody, none(), none(), {"flare_up_safe"}},
        {"incline-plank", Pattern::AntiRotation, 2, kNone, hold(2, 3, 15, 30), kBody, none(), none(), {}},
        {"plank", Pattern::AntiRotation, 3, {{"mat"}}, hold(2, 3, 20, 45), kBody, none(), none(), {}},
        {"side-plank", Pattern::AntiRotation, 4, {{"mat"}}, hold(2, 3, 15, 30, true), kBody, none(), none(), {}},
        // Accessories.
        {"band-row", Pattern::Pull, 2, {{"band"}}, reps(2, 3, 10, 15), kBody, "dumbbell-row", none(), {}},
        {"dumbbell-row", Pattern::Pull, 3, {{"dumbbell"}, {"bench"}}, reps(2, 3, 8, 12, true), external(8, 2), none(),
            "band-row", {}},
        {"wall-angel", Pattern::Posture, 1, {{"wall"}}, reps(2, 2, 8, 12), kBody, none(), none(), {"flare_up_safe"}},
        // Mobility.
        {"hip-switches", Pattern::Mobility, 1, {{"mat"}}, drill(2, 4), kBody, none(), none(), {"flare_up_safe"},
            Focus::Hip},
        {"half-kneeling-hip-flexor", Pattern::Mobility, 1, {{"mat"}}, drill(2, 3), kBody, none(), none(), {},
            Focus::Hip},
        {"hip-rotation-drill", Pattern::Mobility, 1, kNone, drill(2, 3), kBody, none(), none(), {"flare_up_safe"},
            Focus::Hip},
        {"figure-four-stretch", Pattern::Mobility, 1, {{"mat"}}, drill(3, 5), kBody, none(), none(), {"flare_up_safe"},
            Focus::Hip},
        {"banded-hip-distraction", Pattern::Mobility, 2, {{"band"}}, drill(2, 3), kBody, none(), none(), {},
            Focus::Hip},
        {"open-book", Pattern::Mobility, 1, {{"mat"}}, drill(2, 4), kBody, none(), none(), {"flare_up_safe"},
            Focus::Thoracic},
        {"quadruped-rotation", Pattern::Mobility, 1, {{"mat"}}, drill(2, 3), kBody, none(), none(), {"flare_up_safe"},
            Focus::Thoracic},
        {"thread-the-needle", Pattern::Mobility, 1, {{"mat"}}, drill(2, 3), kBody, none(), none(), {}, Focus::Thoracic},
        {"foam-roller-extension", Pattern::Mobility, 1, {{"foam_roller"}}, drill(2, 4), kBody, none(), none(), {},
            Focus::Thoracic},
        {"cat-cow", Pattern::Mobility, 1, {{"mat"}}, drill(2, 3), kBody, none(), none(), {"flare_up_safe"},
            Focus::Spine},
        // Walking.
        {"brisk-walk", Pattern::Walking, 1, kNone, minutes(10, 30), kBody, none(), none(), {"flare_up_safe"}},
        {"walking-bouts", Pattern::Walking, 1, kNone, minutes(5, 10), kBody, none(), none(), {"flare_up_safe"}},
        {"cycling", Pattern::Walking, 1, {{"bike"}}, minutes(10, 30), kBody, none(), none(), {}},
    };
}

Exercise build(const Spec& spec)
{
    Exercise exercise;
    exercise.id = spec.id;
    exercise.name = spec.id;
    exercise.name[0] = static_cast<char>(exercise.name[0] - 'a' + 'A');
    for (char& c : exercise.name) {
        if (c == '-')
            c = ' ';
    }
    exercise.pattern = spec.pattern;
    exercise.focus = spec.focus;
    exercise.level = spec.level;
    exercise.equipment = spec.equipment;
    exercise.dose = spec.dose;
    exercise.load = spec.load;
    exercise.progressesTo = spec.up;
    exercise.regressesTo = spec.down;
    exercise.tags = spec.tags;
    exercise.summary = "Test exercise.";
    exercise.sourceFile = "minicatalog.cpp";
    return exercise;
}

} // namespace

const Catalog& miniCatalog()
{
    static const Catalog catalog = [] {
        std::vector<Exercise> exercises;
        for (const Spec& spec : specs())
            exercises.push_back(build(spec));
        return Catalog(std::move(exercises));
    }();
    return catalog;
}

} // namespace keel::test
