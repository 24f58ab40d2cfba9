// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/reason.h"

#include <stdexcept>

namespace keel::core {

/// A plan that cannot be made as asked (no profile, a catalog without a needed pattern …),
/// with a message that says what to do about it: a reason, so a front end words it in its own
/// language; what() is its English.
class PlanError final : public std::runtime_error {
public:
    explicit PlanError(Reason reason)
        : std::runtime_error(reason.text())
        , m_reason(std::move(reason))
    { }

    /// What went wrong, as phrases: what() reads it in English.
    const Reason& reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace keel::core
