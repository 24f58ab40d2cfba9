// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

namespace keel::cli {

/// "1 set", "3 sets": a count with its English noun, for keel-cli's plain-text output.
std::string plural(std::size_t count, const std::string& noun);

} // namespace keel::cli
