// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// One problem found while loading catalog files, located as precisely as possible.
struct CatalogIssue {
    std::string file; ///< File name as given (or its path).
    int line = 0; ///< 1-based; 0 when not a syntax error.
    int column = 0; ///< 1-based; 0 when not a syntax error.
    std::string jsonPath; ///< JSON pointer such as "/exercises/3/dose/sets/0"; empty for syntax errors.
    std::string exerciseId; ///< The exercise concerned, when known.
    std::string message;

    /// "file:line:col: message" or "file: /path (id): message".
    std::string toString() const;
};

/// What loading produced: the merged catalog, every error, and notes such as overrides.
struct CatalogLoadResult {
    Catalog catalog;
    std::vector<CatalogIssue> errors;
    std::vector<std::string> notes; ///< e.g. "user.json: exercise `goblet-squat` overrides data/catalog/squat.json"
    /// Problems in the translation files of the language asked for. They never make the load
    /// fail: the entries concerned are left out and show in English.
    std::vector<CatalogIssue> translationErrors;
    bool ok() const { return errors.empty(); }
};

/// Reads and validates catalog files. Never throws: every failure becomes a CatalogIssue.
class CatalogLoader {
public:
    /// Largest file accepted, in bytes.
    static constexpr std::uintmax_t kMaxFileBytes = 4u * 1024u * 1024u;
    /// Deepest nesting accepted.
    static constexpr int kMaxDepth = 16;

    /// Loads the given files together (duplicate ids across them are errors) and validates links.
    static CatalogLoadResult loadFiles(const std::vector<std::filesystem::path>& files);

    /// Loads every *.json in `builtInDir`, then every *.json in `userDir` (if it exists) over it:
    /// a user exercise with a built-in id replaces it and a note says so. Links are checked on the merge.
    /// For a `language` other than "en", the translations in `builtInDir`/`language` are shown
    /// over the built-in exercises' texts (a user's exercise keeps its own words).
    static CatalogLoadResult loadWithOverrides(const std::filesystem::path& builtInDir,
        const std::filesystem::path& userDir, std::string_view language = "en");

    /// Checks translation files against `english`; each file's "language" must be the name of the
    /// folder it is in when that name is a language code. Returns every problem found.
    static std::vector<CatalogIssue> checkTranslationFiles(
        const std::vector<std::filesystem::path>& files, const Catalog& english);

    /// True when `file` can be read and is a translation file (by its "format").
    static bool isTranslationFile(const std::filesystem::path& file);

    /// Validates one document already in memory (`name` is used in messages).
    static CatalogLoadResult loadText(const std::string& name, const std::string& text);
};

} // namespace keel::core
