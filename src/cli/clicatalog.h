// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments.h"
#include "cli/context.h"
#include "core/catalog/catalog.h"

#include <optional>
#include <string>

namespace keel::cli {

/// The built-in catalog merged with the user's catalog.d beside the database. Every override note
/// and every error goes to context.err; when there are errors it throws, which ends the command
/// with exit status 1.
core::Catalog loadCatalogOrFail(Context& context);

/// `unknown exercise "ID"` with the close ids to try, or where to look them up when none is close.
std::string unknownExerciseMessage(const core::Catalog& catalog, const std::string& id);

/// Throws a UsageError about --exercise when `id` is not in the catalog.
void requireKnownExercise(const core::Catalog& catalog, const std::string& id);

/// The pattern given with --pattern, if any; UsageError naming the value and the known patterns.
std::optional<core::Pattern> patternOption(const Arguments& args);

} // namespace keel::cli
