// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/swapalternatives.h"

#include "gui/common/prescriptiontext.h"

#include <algorithm>

namespace keel::gui {

std::vector<const core::Exercise*> SwapAlternatives::of(
    const core::Catalog& catalog, const core::Exercise& current, const core::Profile& profile)
{
    std::vector<const core::Exercise*> alternatives;
    for (const core::Exercise* candidate : catalog.byPattern(current.pattern)) {
        if (candidate->id == current.id || candidate->level != current.level)
            continue;
        if (candidate->focus != current.focus || candidate->dose.kind != current.dose.kind)
            continue;
        if (candidate->load.kind != current.load.kind || !candidate->canBeDoneWith(profile.equipment))
            continue;
        alternatives.push_back(candidate);
    }
    PrescriptionText::sortByName(catalog, alternatives);
    return alternatives;
}

} // namespace keel::gui
