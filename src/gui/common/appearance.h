// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace keel::gui {

/// Light, dark, or whatever the desktop uses: chosen in Settings, remembered in QSettings
/// ("appearance/mode"), and applied to the running application at once.
class Appearance {
public:
    enum class Mode { System, Light, Dark };

    /// The stored choice; System when nothing (or something unknown) is stored.
    static Mode stored();
    static void store(Mode mode);
    /// Restyles the whole application. The first call remembers the desktop's own look, so
    /// System can go back to it after Light or Dark.
    static void apply(Mode mode);
    /// The mode applied last (System before any).
    static Mode current();

    /// "system", "light", "dark": the stored spelling.
    static QString key(Mode mode);
    static std::optional<Mode> fromKey(const QString& key);
    /// The name shown in Settings.
    static QString label(Mode mode);
};

} // namespace keel::gui
