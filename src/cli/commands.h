// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments.h"
#include "cli/context.h"

namespace keel::cli {

// Each command group takes the words after its name and returns the exit status.
int runCatalog(Context& context, Arguments& args);
int runProfile(Context& context, Arguments& args);
int runPlan(Context& context, Arguments& args);
int runLog(Context& context, Arguments& args);
int runHistory(Context& context, Arguments& args);
int runProgress(Context& context, Arguments& args);
int runBackup(Context& context, Arguments& args);
int runCheck(Context& context, Arguments& args);
int runRestore(Context& context, Arguments& args);
int runImport(Context& context, Arguments& args);
int runExport(Context& context, Arguments& args);

} // namespace keel::cli
