// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicatalog.h"

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/catalog/spelling.h"

#include <ostream>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace keel::cli {

core::Catalog loadCatalogOrFail(Context& context)
{
    core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), context.dataDir / "catalog.d");
    for (const std::string& note : loaded.notes)
        context.err << "note: " << note << '\n';
    if (loaded.ok())
        return std::move(loaded.catalog);
    for (const core::CatalogIssue& issue : loaded.errors)
        context.err << issue.toString() << '\n';
    const std::size_t count = loaded.errors.size();
    // Not a UsageError: the command line was fine, a catalog file is not (exit status 1).
    throw std::runtime_error("the catalog has " + std::to_string(count) + (count == 1 ? " error" : " errors")
        + "; fix them or remove the offending file");
}

std::string unknownExerciseMessage(const core::Catalog& catalog, const std::string& id)
{
    std::vector<std::string_view> ids;
    ids.reserve(catalog.exercises().size());
    for (const core::Exercise& exercise : catalog.exercises())
        ids.push_back(exercise.id);
    const std::vector<std::string> matches = core::closeMatches(id, ids, 3);
    std::string message = "unknown exercise \"" + id + "\"";
    if (matches.empty())
        return message + " (keel-cli catalog list shows the known ids)";
    message += "; did you mean ";
    for (std::size_t i = 0; i < matches.size(); ++i)
        message += (i == 0 ? "" : ", ") + matches[i];
    return message + "?";
}

void requireKnownExercise(const core::Catalog& catalog, const std::string& id)
{
    if (!catalog.find(id))
        throw UsageError("--exercise: " + unknownExerciseMessage(catalog, id));
}

std::optional<core::Pattern> patternOption(const Arguments& args)
{
    const auto name = args.value("pattern");
    if (!name)
        return std::nullopt;
    if (const auto pattern = core::parsePattern(*name))
        return pattern;
    std::string known;
    for (const core::Pattern pattern : core::allPatterns())
        known += (known.empty() ? "" : ", ") + std::string(core::toString(pattern));
    throw UsageError("--pattern: unknown pattern \"" + *name + "\"; expected one of " + known);
}

} // namespace keel::cli
