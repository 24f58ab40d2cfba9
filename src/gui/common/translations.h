// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace keel::gui {

/// Keel's own words and Qt's (the standard buttons and dialogs) in the language of `locale`:
/// the desktop's, unless a test or the screenshots ask for another. English is the source
/// language and needs nothing loaded.
class Translations {
public:
    /// Installs the translators on `app` (they live as its children). Returns the language
    /// Keel's own words are now in: "de" when keel_de.qm was loaded, "en" when none was.
    static QString install(QCoreApplication& app, const QLocale& locale = QLocale());
    /// Where Keel's .qm files are: built into the resources.
    static QString directory();
};

} // namespace keel::gui
