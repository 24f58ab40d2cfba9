// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace keel::core {

/// A movement pattern. The first six are the program's backbone; the rest are accessories.
enum class Pattern { Hinge, Squat, Carry, AntiRotation, Mobility, Walking, Pull, Posture };

/// Where a mobility drill works.
enum class Focus { None, Hip, Thoracic, Spine };

/// How an exercise is dosed.
enum class DoseKind { Reps, Hold, Minutes, Distance };

/// Whether an exercise is loaded by body weight or by external load.
enum class LoadKind { Bodyweight, External };

/// Experience levels of a profile.
enum class Experience { Starting, Returning, Building, Experienced };

std::string_view toString(Pattern pattern);
std::string_view toString(Focus focus);
std::string_view toString(DoseKind kind);
std::string_view toString(LoadKind kind);
std::string_view toString(Experience experience);

std::optional<Pattern> parsePattern(std::string_view text);
/// Parses "hip", "thoracic", "spine"; "none" and "" give Focus::None.
std::optional<Focus> parseFocus(std::string_view text);
std::optional<DoseKind> parseDoseKind(std::string_view text);
std::optional<LoadKind> parseLoadKind(std::string_view text);
std::optional<Experience> parseExperience(std::string_view text);

/// Human-readable name of a pattern ("Hip hinge", "Anti-rotation").
std::string_view displayName(Pattern pattern);

/// The four strength patterns every strength session trains, in session order.
std::span<const Pattern> strengthPatterns();
/// Every pattern in declaration order.
std::span<const Pattern> allPatterns();

/// Every known equipment name (catalog vocabulary).
std::span<const std::string_view> equipmentNames();
/// Equipment assumed in every home (wall, chair, mat): never limits a plan.
bool isAssumedEquipment(std::string_view name);
bool isKnownEquipment(std::string_view name);

/// Every known tag.
std::span<const std::string_view> tagNames();
bool isKnownTag(std::string_view name);

} // namespace keel::core
