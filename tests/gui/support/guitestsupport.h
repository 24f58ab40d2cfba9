// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/util/date.h"

#include <QString>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

class QTranslator;
class QWidget;

namespace keel::gui {
class Logbook;
}

namespace keel::test {

/// The fixed "today" of every widget test: a Wednesday.
core::Date testToday();

/// A small catalog built in code: a three-rung hinge ladder, a squat, a carry, an
/// anti-rotation drill, hip and thoracic mobility, a walk. Enough to filter and to link rungs.
core::Catalog sampleCatalog();

/// A typical starting profile: 3 strength days Mon/Wed/Fri, dumbbells and a band, kilograms.
core::Profile sampleProfile();

/// The catalog shipped in data/catalog, loaded the way the app loads it (with the exercise texts
/// of `language` over the English ones); fails the test on errors.
core::Catalog shippedCatalog(const std::string& language = "en");

/// A logbook over a fresh database file at `path`, with the shipped catalog (its texts in
/// `language`) and testToday().
std::unique_ptr<gui::Logbook> openLogbook(const std::filesystem::path& path, const std::string& language = "en");

/// Shows `widget`, waits until it is exposed, and processes pending events.
void showAndWait(QWidget* widget);

/// While it lives, the app speaks `language` ("de"): Keel's translation and Qt's own are
/// installed as the app installs them, and QLocale's default is that language's. "en" loads
/// nothing. Fails the test when the translation cannot be loaded.
class InLanguage {
public:
    explicit InLanguage(const QString& language);
    ~InLanguage();
    InLanguage(const InLanguage&) = delete;
    InLanguage& operator=(const InLanguage&) = delete;

private:
    std::vector<QTranslator*> m_translators;
};

} // namespace keel::test
