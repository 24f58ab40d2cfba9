// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

namespace keel::cli {

// Placeholder until the backup command lands; replaced by its owner.
int runBackup(Context& context, Arguments&)
{
    context.err << "keel-cli: backup is not available in this build\n";
    return 1;
}

} // namespace keel::cli
