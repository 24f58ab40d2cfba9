// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

namespace keel::test {

/// A small, realistic catalog built in code so plan tests do not depend on the shipped files:
/// ladders of six rungs for hinge, squat, carry and anti-rotation (gentle bodyweight first,
/// loaded last), alternatives with no links, accessories, hip/thoracic/spine drills and walking.
const core::Catalog& miniCatalog();

} // namespace keel::test
