// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace keel::core {

class Catalog;
struct Exercise;

/// Matches exercise names from other apps to catalog ids, ignoring case and punctuation:
/// first the mappings the user chose before, then the catalog's own names and ids (also with an
/// equipment suffix moved to the front: "Deadlift (Kettlebell)" reads as "kettlebell deadlift"),
/// then the common names those apps use (aliases).
class ExerciseMatcher {
public:
    /// `remembered` maps normalised imported names to exercise ids (ImportRepository::mappings).
    ExerciseMatcher(const Catalog& catalog, std::map<std::string, std::string> remembered);

    /// The catalog id for an imported name; nullopt when nothing matches.
    std::optional<std::string> match(std::string_view name) const;
    /// The catalog exercise a match named.
    const Exercise* exercise(const std::string& id) const;
    /// Lower case, apostrophes dropped, every other run of punctuation and spaces one space.
    static std::string normalise(std::string_view name);
    /// The id an unmatched name is kept under: "imported:" and a slug of the name.
    static std::string importedId(std::string_view name);

private:
    std::optional<std::string> lookUp(const std::string& normalised) const;

    const Catalog& m_catalog;
    std::map<std::string, std::string> m_remembered;
    std::unordered_map<std::string, std::string> m_known; ///< Normalised catalog names, ids and aliases.
};

} // namespace keel::core
