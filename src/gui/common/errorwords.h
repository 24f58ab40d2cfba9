// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

#include <QString>

#include <exception>

namespace keel::gui {

/// An error from the core in the desktop's language: a store or plan error's reason worded by
/// ReasonWords; any other error's own (English) words.
class ErrorWords {
public:
    /// Without a catalog, exercise names read as the error recorded them.
    static QString text(const std::exception& error, const core::Catalog* catalog);
};

} // namespace keel::gui
