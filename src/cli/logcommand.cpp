// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

namespace keel::cli {

// Placeholder until the log command lands; replaced by its owner.
int runLog(Context& context, Arguments&)
{
    context.err << "keel-cli: log is not available in this build\n";
    return 1;
}

} // namespace keel::cli
