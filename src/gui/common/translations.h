// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace keel::gui {

/// Keel's own words and Qt's (the standard buttons and dialogs) in the language of `locale`:
/// the desktop's, unless a test asks for another. English is the source
/// language and needs nothing loaded.
class Translations {
public:
    /// Installs the translators on `app` (they live as its children). Returns the language
    /// Keel's own words are now in: "de" when keel_de.qm was loaded, "en" when none was.
    static QString install(QCoreApplication& app, const QLocale& locale = QLocale());
};

} // namespace keel::gui
