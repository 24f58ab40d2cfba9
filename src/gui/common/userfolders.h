// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keel::gui {

/// Where save dialogs start: the user's documents folder, or home where there is none.
class UserFolders {
public:
    static QString documents();
    /// `name` inside documents().
    static QString inDocuments(const QString& name);
};

} // namespace keel::gui
