// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

namespace keel::cli {

// Placeholder until the plan command lands; replaced by its owner.
int runPlan(Context& context, Arguments&)
{
    context.err << "keel-cli: plan is not available in this build\n";
    return 1;
}

} // namespace keel::cli
