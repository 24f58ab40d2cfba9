// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"

#include <vector>

namespace keel::gui {

/// The exercises a planned exercise may be swapped for.
class SwapAlternatives {
public:
    /// Catalog exercises on the same pattern (and mobility focus) at the same rung, dosed and
    /// loaded the same way so the planned prescription still applies, whose equipment the
    /// profile owns; the exercise itself excluded. Ordered by name.
    static std::vector<const core::Exercise*> of(
        const core::Catalog& catalog, const core::Exercise& current, const core::Profile& profile);
};

} // namespace keel::gui
