// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace keel::gui {

/// An error from the core in the desktop's language: a store, plan or import error's reason
/// worded by ReasonWords (an import error with its line); any other error's own (English) words.
class ErrorWords {
    Q_DECLARE_TR_FUNCTIONS(ErrorWords)
public:
    /// Without a catalog, exercise names read as the error recorded them.
    static QString text(const std::exception& error, const core::Catalog* catalog);
};

} // namespace keel::gui
