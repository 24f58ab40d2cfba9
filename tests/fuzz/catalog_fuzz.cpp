// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a catalog file (a user's catalog.d/*.json or `keel-cli catalog check FILE`) from
// arbitrary bytes. The loader promises never to throw; and whatever it accepts must be a catalog
// whose ladders hold together, since the planner walks them without checking again.
#include "core/catalog/catalogloader.h"

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using namespace keel::core;
using keel::fuzz::require;

void checkAccepted(const Catalog& catalog)
{
    for (const Exercise& exercise : catalog.exercises()) {
        require(catalog.find(exercise.id) == &exercise, "an accepted exercise is found by its id");
        if (exercise.progressesTo) {
            const Exercise* next = catalog.find(*exercise.progressesTo);
            require(next != nullptr, "progresses_to names an exercise in the catalog");
            require(next->pattern == exercise.pattern, "progresses_to stays in the pattern");
            require(next->level > exercise.level, "progresses_to leads to a higher level");
            require(next->regressesTo == exercise.id, "progresses_to is mirrored by regresses_to");
        }
        if (exercise.regressesTo) {
            const Exercise* previous = catalog.find(*exercise.regressesTo);
            require(previous != nullptr, "regresses_to names an exercise in the catalog");
            require(previous->level < exercise.level, "regresses_to leads to a lower level");
            require(previous->progressesTo == exercise.id, "regresses_to is mirrored by progresses_to");
        }
        const auto ladder = catalog.ladderOf(exercise.id);
        require(!ladder.empty() && ladder.size() <= catalog.size(), "a ladder holds each exercise at most once");
        bool onLadder = false;
        for (const Exercise* rung : ladder)
            onLadder = onLadder || rung == &exercise;
        require(onLadder, "an exercise is on its own ladder");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const CatalogLoadResult result = CatalogLoader::loadText("fuzz.json", std::string(keel::fuzz::asText(data, size)));
    for (const CatalogIssue& issue : result.errors) {
        require(!issue.message.empty(), "every issue says what is wrong");
        require(!issue.toString().empty(), "every issue prints");
    }
    if (result.ok())
        checkAccepted(result.catalog);
    return 0;
}
