// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace keel::core {

/// A plan that cannot be made as asked (no profile, a catalog without a needed pattern …),
/// with a message that says what to do about it.
class PlanError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace keel::core
