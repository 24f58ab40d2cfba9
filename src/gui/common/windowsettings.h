// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace keel::gui {

/// What the window remembers between runs, in QSettings under organisation and application
/// "keel". One place for the keys, so none is spelled twice.
class WindowSettings {
public:
    static QByteArray geometry();
    static void setGeometry(const QByteArray& geometry);
    static QByteArray state();
    static void setState(const QByteArray& state);
    /// The pane shown last, or -1 when none was stored.
    static int lastPane();
    static void setLastPane(int pane);

    /// Restores `window`'s stored geometry (or gives it `defaultSize`), then fits it to the
    /// screen it opens on: a size saved at 1x, or a default too big for a 2x screen, never
    /// leaves the window larger than that screen or partly off it.
    static void restoreGeometry(QWidget& window, QSize defaultSize);
    /// `frame` moved and shrunk as little as possible to lie within `available`.
    static QRect fitToScreen(const QRect& frame, const QRect& available);
    /// Shows `window` (restored if minimised, shown if hidden in the tray) above the others and
    /// active: a second launch or a clicked reminder asked for Keel.
    static void bringToFront(QWidget& window);
};

} // namespace keel::gui
