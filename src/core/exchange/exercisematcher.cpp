// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/exercisematcher.h"

#include "core/catalog/catalog.h"

#include <array>
#include <utility>

namespace keel::core {

namespace {

// Names Strong, Hevy and FitNotes use for exercises the catalog has, written as normalise()
// leaves them. Keel's catalog has no straight-bar deadlift or Romanian deadlift: the barbell lifts
// map to the trap-bar deadlift (the same pull from the floor, with comparable loads) and to the
// kettlebell Romanian deadlift (the same hinge); a barbell back squat has no counterpart and is
// kept as an imported exercise.
constexpr std::array<std::pair<std::string_view, std::string_view>, 58> kAliases = {{
    {"deadlift barbell", "trap-bar-deadlift"},
    {"barbell deadlift", "trap-bar-deadlift"},
    {"conventional deadlift", "trap-bar-deadlift"},
    {"deadlift trap bar", "trap-bar-deadlift"},
    {"deadlift hex bar", "trap-bar-deadlift"},
    {"hex bar deadlift", "trap-bar-deadlift"},
    {"trap bar deadlift", "trap-bar-deadlift"},
    {"deadlift kettlebell", "kettlebell-deadlift"},
    {"kettlebell deadlift", "kettlebell-deadlift"},
    {"deadlift dumbbell", "kettlebell-deadlift"},
    {"dumbbell deadlift", "kettlebell-deadlift"},
    {"romanian deadlift barbell", "kettlebell-romanian-deadlift"},
    {"romanian deadlift dumbbell", "kettlebell-romanian-deadlift"},
    {"romanian deadlift kettlebell", "kettlebell-romanian-deadlift"},
    {"dumbbell romanian deadlift", "kettlebell-romanian-deadlift"},
    {"barbell romanian deadlift", "kettlebell-romanian-deadlift"},
    {"romanian deadlift", "kettlebell-romanian-deadlift"},
    {"rdl", "kettlebell-romanian-deadlift"},
    {"single leg romanian deadlift", "single-leg-romanian-deadlift"},
    {"single leg romanian deadlift dumbbell", "single-leg-romanian-deadlift"},
    {"single leg deadlift", "single-leg-romanian-deadlift"},
    {"squat", "bodyweight-squat"},
    {"air squat", "bodyweight-squat"},
    {"squat bodyweight", "bodyweight-squat"},
    {"goblet squat", "goblet-squat"},
    {"goblet squat kettlebell", "goblet-squat"},
    {"goblet squat dumbbell", "goblet-squat"},
    {"squat goblet", "goblet-squat"},
    {"front squat", "front-squat"},
    {"front squat barbell", "front-squat"},
    {"farmers walk", "farmer-carry"},
    {"farmer walk", "farmer-carry"},
    {"farmers carry", "farmer-carry"},
    {"farmers walk dumbbell", "farmer-carry"},
    {"farmers walk kettlebell", "farmer-carry"},
    {"farmers walk trap bar", "farmer-carry"},
    {"suitcase carry dumbbell", "suitcase-carry"},
    {"suitcase carry kettlebell", "suitcase-carry"},
    {"front plank", "plank"},
    {"forearm plank", "plank"},
    {"side bridge", "side-plank"},
    {"side plank left", "side-plank"},
    {"side plank right", "side-plank"},
    {"bird dogs", "bird-dog"},
    {"dead bugs", "dead-bug"},
    {"pallof press", "pallof-press-band"},
    {"pallof press band", "pallof-press-band"},
    {"band pallof press", "pallof-press-band"},
    {"pallof press cable", "cable-pallof-press"},
    {"hip bridge", "glute-bridge"},
    {"hyperextension", "back-extension"},
    {"back extension machine", "back-extension"},
    {"good morning barbell", "good-morning"},
    {"split squat dumbbell", "dumbbell-split-squat"},
    {"lat pulldown cable", "lat-pulldown"},
    {"bent over row dumbbell", "bent-over-row"},
    {"walking", "brisk-walk"},
    {"walk", "brisk-walk"},
}};

/// "deadlift kettlebell" for "Deadlift (Kettlebell)" is found directly; this gives
/// "kettlebell deadlift", the order catalog names use.
std::optional<std::string> equipmentFirst(std::string_view name)
{
    const auto open = name.rfind('(');
    const auto close = name.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open || open == 0)
        return std::nullopt;
    return std::string(name.substr(open + 1, close - open - 1)) + " " + std::string(name.substr(0, open));
}

} // namespace

ExerciseMatcher::ExerciseMatcher(const Catalog& catalog, std::map<std::string, std::string> remembered)
    : m_catalog(catalog)
    , m_remembered(std::move(remembered))
{
    for (const auto& [alias, id] : kAliases) {
        if (catalog.find(id))
            m_known.emplace(alias, id);
    }
    // Catalog names and ids win over aliases.
    for (const Exercise& exercise : catalog.exercises()) {
        m_known[normalise(exercise.name)] = exercise.id;
        m_known[normalise(exercise.id)] = exercise.id;
    }
}

std::string ExerciseMatcher::normalise(std::string_view name)
{
    std::string result;
    bool space = false;
    for (const char raw : name) {
        const char c = raw >= 'A' && raw <= 'Z' ? static_cast<char>(raw - 'A' + 'a') : raw;
        if (c == '\'')
            continue;
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
        if (word) {
            if (space && !result.empty())
                result += ' ';
            result += c;
            space = false;
        } else {
            space = true;
        }
    }
    return result;
}

std::string ExerciseMatcher::importedId(std::string_view name)
{
    std::string slug = normalise(name);
    for (char& c : slug) {
        if (c == ' ')
            c = '-';
    }
    return "imported:" + (slug.empty() ? std::string("unnamed") : slug);
}

std::optional<std::string> ExerciseMatcher::lookUp(const std::string& normalised) const
{
    if (const auto it = m_remembered.find(normalised); it != m_remembered.end())
        return it->second;
    if (const auto it = m_known.find(normalised); it != m_known.end())
        return it->second;
    return std::nullopt;
}

const Exercise* ExerciseMatcher::exercise(const std::string& id) const
{
    return m_catalog.find(id);
}

std::optional<std::string> ExerciseMatcher::match(std::string_view name) const
{
    if (auto found = lookUp(normalise(name)))
        return found;
    if (const auto swapped = equipmentFirst(name))
        return lookUp(normalise(*swapped));
    return std::nullopt;
}

} // namespace keel::core
