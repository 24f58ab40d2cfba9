// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace keel::gui {

/// Chart colours derived from a widget's palette, so charts follow light and dark themes:
/// text, grid and background come from the palette; series colours are a colour-blind-safe set
/// lightened or darkened to stay readable on the palette's base colour.
class ChartPalette {
public:
    static ChartPalette fromPalette(const QPalette& palette);

    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor grid() const { return m_grid; }
    QColor accent() const { return m_accent; }
    /// Colour of a series slot (stable per pattern).
    QColor series(int slot) const;
    QColor target() const { return m_text; }
    QColor forward() const { return series(kForwardSlot); }
    QColor stepBack() const { return series(kStepBackSlot); }
    QColor band() const;
    QColor missed() const;
    bool isDark() const { return m_dark; }

private:
    static constexpr int kForwardSlot = 2;
    static constexpr int kStepBackSlot = 8;

    QColor m_background;
    QColor m_text;
    QColor m_mutedText;
    QColor m_grid;
    QColor m_accent;
    bool m_dark = false;
};

} // namespace keel::gui
