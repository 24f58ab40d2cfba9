// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/reason.h"

#include <QString>

namespace keel::gui {

/// A core reason in the desktop's language: each phrase's wording (core/model/reasonphrases.cpp)
/// through the translator, its values worded for the locale: dates, numbers, loads, weekday and
/// pattern names, exercise names as the catalog shows them. Reasons stored before they had codes
/// read as they were written.
class ReasonWords {
public:
    /// Without a catalog, exercise names and what they need read as the reason recorded them.
    static QString text(const core::Reason& reason, const core::Catalog* catalog);
};

} // namespace keel::gui
