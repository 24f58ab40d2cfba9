// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// Reads one catalog translation file ("format": "keel-catalog-translation", described in
/// data/catalog/FORMAT.md) against the English catalog it translates. An exercise with any
/// problem is left out whole, and a file whose header is wrong gives nothing, so a bad
/// translation never shows half: English stays.
class TranslationFileParser {
public:
    /// The value of "format" that marks a translation file.
    static constexpr std::string_view kFormatMarker = "keel-catalog-translation";

    /// Validates `text`, naming it `file` in issues appended to `issues`. `language` is what the
    /// file's "language" must say (its folder's name), or nullopt when only its form is checked.
    /// Returns the sound entries by exercise id.
    static Catalog::Translations parse(const std::string& file, std::string_view text,
        const std::optional<std::string>& language, const Catalog& english, std::vector<CatalogIssue>& issues);

    /// True when `text` is a JSON object whose "format" says it is a translation file.
    static bool isTranslation(std::string_view text);

    /// True for a language code such as "de": two or three lowercase letters.
    static bool isLanguageCode(std::string_view code);
};

} // namespace keel::core
