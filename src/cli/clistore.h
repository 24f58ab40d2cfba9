// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments.h"
#include "cli/context.h"
#include "core/store/database.h"

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace keel::cli {

/// Opens (or creates) the context's database; a failed daily backup is reported on stderr.
std::unique_ptr<core::Database> openDatabase(Context& context);

/// Runs `body` on the open database. A StoreError (refused, damaged, invalid input) becomes
/// the one-line error on stderr and exit status 1; otherwise body's status is returned.
int withDatabase(Context& context, const std::function<int(core::Database&)>& body);

/// Like withDatabase(), for the commands that only read (history, progress, plan show and day,
/// export, backup --out): when the file, its folder or its mount cannot be written, the database
/// is opened read-only with a note on stderr that nothing can be saved (no daily backup, the plan
/// not brought up to date), and `db.readOnly()` tells the body to leave writes out.
int withReadableDatabase(Context& context, const std::function<int(core::Database&)>& body);

/// Prints a StoreError as one line (for a damaged file it names the newest good backup) and
/// returns the exit status for it.
int reportStoreError(Context& context, const core::StoreError& error);

/// The date in option `name`; UsageError naming the value when it is malformed or impossible.
std::optional<core::Date> dateOption(const Arguments& args, std::string_view name);

} // namespace keel::cli
