// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace keel::gui {

/// The look of "time is up" on a timer (the rest is over, the hold is done): the whole panel
/// takes the palette's highlight colour with highlighted text, a change seen from across the
/// room in light and dark themes alike. One helper, so every timer ends the same way.
class DoneHighlight {
public:
    /// Turns the highlight on or off for `panel` and everything in it.
    static void apply(QWidget* panel, bool on);
    /// True while `panel` shows the highlight.
    static bool isShown(const QWidget* panel);
};

} // namespace keel::gui
