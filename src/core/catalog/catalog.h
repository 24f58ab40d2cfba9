// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/catalog/exercisetexts.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// A validated, immutable-after-load set of exercises with lookups by id and pattern.
class Catalog {
public:
    Catalog() = default;
    explicit Catalog(std::vector<Exercise> exercises);

    const std::vector<Exercise>& exercises() const { return m_exercises; }
    std::size_t size() const { return m_exercises.size(); }
    bool empty() const { return m_exercises.empty(); }

    /// The exercise with this id, or nullptr.
    const Exercise* find(std::string_view id) const;
    /// Exercises of a pattern, ordered by level then name.
    std::vector<const Exercise*> byPattern(Pattern pattern) const;
    /// The ladder through `id`: every rung from the bottom to the top, in order.
    std::vector<const Exercise*> ladderOf(std::string_view id) const;
    /// Main ladders (chains of two or more linked rungs) of a pattern, bottom rung first.
    std::vector<std::vector<const Exercise*>> ladders(Pattern pattern) const;

    /// Translated texts by exercise id.
    using Translations = std::map<std::string, ExerciseTranslation, std::less<>>;
    /// The language `texts()` and `name()` speak: "en" until a translation is set.
    const std::string& language() const { return m_language; }
    /// Shows `translations` over the English texts; ids this catalog does not hold are ignored.
    void setTranslations(std::string language, Translations translations);
    /// The translated entries by id, as the translation files gave them.
    const Translations& translations() const { return m_translations; }
    /// The exercise's texts in the catalog's language, each field falling back to English.
    ExerciseTexts texts(const Exercise& exercise) const;
    /// The exercise's name in the catalog's language (English when it has no translated name).
    const std::string& name(const Exercise& exercise) const;

private:
    std::vector<Exercise> m_exercises;
    std::map<std::string, std::size_t, std::less<>> m_index;
    std::string m_language = "en";
    Translations m_translations;
};

} // namespace keel::core
