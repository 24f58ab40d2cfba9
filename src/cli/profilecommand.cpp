// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

namespace keel::cli {

// Placeholder until the profile command lands; replaced by its owner.
int runProfile(Context& context, Arguments&)
{
    context.err << "keel-cli: profile is not available in this build\n";
    return 1;
}

} // namespace keel::cli
