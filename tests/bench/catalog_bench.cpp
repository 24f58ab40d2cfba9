// SPDX-License-Identifier: GPL-3.0-or-later
// What validation costs: loading a generated 5,000-exercise catalog with CatalogLoader (strict
// parse, every field checked, ladders checked, Exercise objects built) against a plain
// nlohmann::json::parse of the same bytes, the two taking turns. Goal: loading costs at most 2x the
// parse (median and p90).
#include "core/catalog/catalogloader.h"
#include "core/catalog/exercisejson.h"

#include "benchtable.h"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace {

using keel::core::Exercise;
using keel::core::IntRange;
using keel::core::Pattern;

constexpr int kExercises = 5000;
constexpr int kRungsPerLadder = 5;
constexpr int kRuns = 15;

// Ladders of five rungs across the strength patterns and mobility, with text of typical length.
std::vector<Exercise> generateCatalog()
{
    constexpr std::array<Pattern, 5> patterns
        = {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation, Pattern::Mobility};
    std::vector<Exercise> exercises;
    exercises.reserve(kExercises);
    for (int i = 0; i < kExercises; ++i) {
        const int ladder = i / kRungsPerLadder;
        const int rung = i % kRungsPerLadder;
        auto idOf = [ladder](int r) { return "ladder-" + std::to_string(ladder) + "-rung-" + std::to_string(r); };
        Exercise exercise;
        exercise.id = idOf(rung);
        exercise.name = "Generated exercise " + std::to_string(i);
        exercise.pattern = patterns[static_cast<std::size_t>(ladder) % patterns.size()];
        exercise.level = 1 + rung * 2;
        if (exercise.pattern == Pattern::Mobility) {
            exercise.focus = ladder % 2 == 0 ? keel::core::Focus::Hip : keel::core::Focus::Thoracic;
            exercise.dose.minutes = IntRange {3, 5};
        }
        exercise.equipment = rung == 0
            ? std::vector<keel::core::EquipmentChoice> {}
            : std::vector<keel::core::EquipmentChoice> {{"bench"}, {"dumbbell", "kettlebell"}};
        exercise.dose.sets = IntRange {2, 3};
        exercise.dose.reps = IntRange {8, 12};
        if (rung == kRungsPerLadder - 1)
            exercise.load = {keel::core::LoadKind::External, 8.0, 2.5};
        if (rung + 1 < kRungsPerLadder)
            exercise.progressesTo = idOf(rung + 1);
        if (rung > 0)
            exercise.regressesTo = idOf(rung - 1);
        exercise.summary = "A generated exercise whose summary is about as long as a real one, one sentence.";
        exercise.steps = {"Set up with your feet under your hips and a long spine.",
            "Move slowly through the range you own, breathing out on the effort.",
            "Return under control and reset before the next repetition."};
        exercise.cues = {"Ribs down, tall neck.", "Slow on the way back."};
        exercise.why = "It builds the strength that lets the hips and legs take load the low back would carry.";
        exercise.cautions = {"Stop and step back a rung if pain passes 5/10."};
        exercise.tags
            = rung == 0 ? std::vector<std::string> {"flare_up_safe", "home"} : std::vector<std::string> {"home", "gym"};
        exercises.push_back(std::move(exercise));
    }
    return exercises;
}

} // namespace

int main()
{
    // Compact, so 5,000 exercises stay under the 4 MiB file limit.
    const std::string text = keel::core::catalogDocumentJson(generateCatalog()).dump();
    const auto check = keel::core::CatalogLoader::loadText("generated.json", text);
    if (!check.ok() || check.catalog.size() != static_cast<std::size_t>(kExercises)) {
        std::fprintf(stderr, "catalog_bench: the generated catalog does not load cleanly (%zu errors, %zu exercises)\n",
            check.errors.size(), check.catalog.size());
        for (const auto& issue : check.errors)
            std::fprintf(stderr, "  %s\n", issue.toString().c_str());
        return 1;
    }

    // Load and parse take turns, so a busy machine slows both alike and the ratio holds.
    std::size_t sink = 0; // keeps the optimiser from dropping the work
    const keel::bench::Samples samples = keel::bench::interleave(
        kRuns, [&] { sink += keel::core::CatalogLoader::loadText("generated.json", text).catalog.size(); },
        [&] { sink += nlohmann::json::parse(text).size(); });

    const keel::bench::Goal goal = keel::bench::Goal::ratioAtMost(2.0, "");
    const std::string size = std::to_string(text.size() / 1024) + " KiB";
    keel::bench::printRow("catalog 5000 exercises", "load + validate " + size + " p50",
        keel::bench::quantile(samples.keel, 0.5), "ms", keel::bench::quantile(samples.baseline, 0.5),
        "nlohmann::json::parse p50", goal);
    keel::bench::printRow("catalog 5000 exercises", "load + validate " + size + " p90",
        keel::bench::quantile(samples.keel, 0.9), "ms", keel::bench::quantile(samples.baseline, 0.9),
        "nlohmann::json::parse p90", goal);
    return sink > 0 ? 0 : 1;
}
