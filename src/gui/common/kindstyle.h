// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/weekplan.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace keel::gui {

/// How strength, mobility and walk sessions are told apart: a name, a shape and an accent
/// colour derived from the palette. The shape and the name carry the meaning, so nothing
/// depends on seeing the colour.
class KindStyle {
public:
    /// "Strength", "Mobility", "Walk".
    static QString name(core::SessionKind kind);
    /// An accent for the kind that keeps its contrast against the palette's base colour.
    static QColor accent(core::SessionKind kind, const QPalette& palette);
    /// A small filled shape in the accent: square (strength), circle (mobility), triangle (walk).
    static QIcon icon(core::SessionKind kind, const QPalette& palette);
};

} // namespace keel::gui
