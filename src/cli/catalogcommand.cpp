// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

namespace keel::cli {

// Placeholder until the catalog command lands; replaced by its owner.
int runCatalog(Context& context, Arguments&)
{
    context.err << "keel-cli: catalog is not available in this build\n";
    return 1;
}

} // namespace keel::cli
