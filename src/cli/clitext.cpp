// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clitext.h"

namespace keel::cli {

std::string plural(std::size_t count, const std::string& noun)
{
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace keel::cli
