// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace keel::gui {

/// Colours derived from the active palette, so every pane reads well in light and dark themes
/// without a hard-coded colour anywhere.
class PaletteColors {
public:
    /// True when the window background is darker than its text.
    static bool isDark(const QPalette& palette);
    /// `a` moved towards `b` by `amount` (0–1), channel by channel.
    static QColor blend(const QColor& a, const QColor& b, double amount);

    /// Secondary text (hints, reasons, units): text blended towards the background.
    static QColor mutedText(const QPalette& palette);
    /// A soft background that marks something (calendar days with entries, selected rungs).
    static QColor markBackground(const QPalette& palette);
    /// A warning tone (pain, cautions) that keeps its contrast against the base colour.
    static QColor warning(const QPalette& palette);
    /// A positive tone (done, saved) that keeps its contrast against the base colour.
    static QColor positive(const QPalette& palette);
    /// `#rrggbb` for use in rich text.
    static QString css(const QColor& color) { return color.name(QColor::HexRgb); }

    /// A dark palette for `--palette dark` and the screenshots; built from two greys and an accent.
    static QPalette darkPalette();
};

} // namespace keel::gui
