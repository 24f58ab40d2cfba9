// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/vocabulary.h"

#include <algorithm>
#include <array>
#include <utility>

namespace keel::core {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view text)
{
    for (const auto& [value, key] : table) {
        if (key == text)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
std::string_view keyOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return key;
    }
    return {};
}

constexpr std::array<std::pair<Pattern, std::string_view>, 8> kPatterns = {{
    {Pattern::Hinge, "hinge"},
    {Pattern::Squat, "squat"},
    {Pattern::Carry, "carry"},
    {Pattern::AntiRotation, "anti_rotation"},
    {Pattern::Mobility, "mobility"},
    {Pattern::Walking, "walking"},
    {Pattern::Pull, "pull"},
    {Pattern::Posture, "posture"},
}};

constexpr std::array<std::pair<Pattern, std::string_view>, 8> kPatternNames = {{
    {Pattern::Hinge, "Hip hinge"},
    {Pattern::Squat, "Squat"},
    {Pattern::Carry, "Loaded carry"},
    {Pattern::AntiRotation, "Anti-rotation"},
    {Pattern::Mobility, "Mobility"},
    {Pattern::Walking, "Walking"},
    {Pattern::Pull, "Pull"},
    {Pattern::Posture, "Posture"},
}};

constexpr std::array<std::pair<Focus, std::string_view>, 4> kFocuses = {{
    {Focus::None, "none"},
    {Focus::Hip, "hip"},
    {Focus::Thoracic, "thoracic"},
    {Focus::Spine, "spine"},
}};

constexpr std::array<std::pair<DoseKind, std::string_view>, 4> kDoseKinds = {{
    {DoseKind::Reps, "reps"},
    {DoseKind::Hold, "hold"},
    {DoseKind::Minutes, "minutes"},
    {DoseKind::Distance, "distance"},
}};

constexpr std::array<std::pair<LoadKind, std::string_view>, 2> kLoadKinds = {{
    {LoadKind::Bodyweight, "bodyweight"},
    {LoadKind::External, "external"},
}};

constexpr std::array<std::pair<Experience, std::string_view>, 4> kExperiences = {{
    {Experience::Starting, "starting"},
    {Experience::Returning, "returning"},
    {Experience::Building, "building"},
    {Experience::Experienced, "experienced"},
}};

constexpr std::array<Pattern, 4> kStrength = {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation};
constexpr std::array<Pattern, 8> kAllPatterns = {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation,
    Pattern::Mobility, Pattern::Walking, Pattern::Pull, Pattern::Posture};

constexpr std::array<std::string_view, 19> kEquipment
    = {"dumbbell", "kettlebell", "barbell", "trap_bar", "squat_rack", "bench", "box", "band", "cable", "pullup_bar",
        "suspension_trainer", "foam_roller", "wall", "chair", "mat", "bike", "pool", "elliptical", "sandbag"};

constexpr std::array<std::string_view, 3> kAssumed = {"wall", "chair", "mat"};

constexpr std::array<std::string_view, 9> kTags
    = {"flare_up_safe", "desk", "floor", "standing", "unilateral", "warm_up", "conditioning", "gym", "home"};

} // namespace

std::string_view toString(Pattern pattern)
{
    return keyOf(kPatterns, pattern);
}
std::string_view toString(Focus focus)
{
    return keyOf(kFocuses, focus);
}
std::string_view toString(DoseKind kind)
{
    return keyOf(kDoseKinds, kind);
}
std::string_view toString(LoadKind kind)
{
    return keyOf(kLoadKinds, kind);
}
std::string_view toString(Experience experience)
{
    return keyOf(kExperiences, experience);
}

std::optional<Pattern> parsePattern(std::string_view text)
{
    return lookup(kPatterns, text);
}

std::optional<Focus> parseFocus(std::string_view text)
{
    if (text.empty())
        return Focus::None;
    return lookup(kFocuses, text);
}

std::optional<DoseKind> parseDoseKind(std::string_view text)
{
    return lookup(kDoseKinds, text);
}
std::optional<LoadKind> parseLoadKind(std::string_view text)
{
    return lookup(kLoadKinds, text);
}
std::optional<Experience> parseExperience(std::string_view text)
{
    return lookup(kExperiences, text);
}

std::string_view displayName(Pattern pattern)
{
    return keyOf(kPatternNames, pattern);
}

std::span<const Pattern> strengthPatterns()
{
    return kStrength;
}
std::span<const Pattern> allPatterns()
{
    return kAllPatterns;
}

std::span<const std::string_view> equipmentNames()
{
    return kEquipment;
}

bool isAssumedEquipment(std::string_view name)
{
    return std::find(kAssumed.begin(), kAssumed.end(), name) != kAssumed.end();
}

bool isKnownEquipment(std::string_view name)
{
    return std::find(kEquipment.begin(), kEquipment.end(), name) != kEquipment.end();
}

std::span<const std::string_view> tagNames()
{
    return kTags;
}

bool isKnownTag(std::string_view name)
{
    return std::find(kTags.begin(), kTags.end(), name) != kTags.end();
}

} // namespace keel::core
