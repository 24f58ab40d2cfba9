// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

namespace keel::cli {

// Placeholder until the progress command lands; replaced by its owner.
int runProgress(Context& context, Arguments&)
{
    context.err << "keel-cli: progress is not available in this build\n";
    return 1;
}

} // namespace keel::cli
