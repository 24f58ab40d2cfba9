// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

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
};

} // namespace keel::gui
