// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/intrange.h"
#include "core/model/reason.h"
#include "core/model/vocabulary.h"
#include "core/util/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

enum class SessionKind { Strength, Mobility, Walk };

std::string_view toString(SessionKind kind);
std::optional<SessionKind> parseSessionKind(std::string_view text);

/// One exercise in a planned session with its prescription and the reason for it.
struct PlannedItem {
    std::int64_t id = 0; ///< Database id; 0 until stored.
    std::string exerciseId;
    Pattern pattern = Pattern::Mobility;
    Focus focus = Focus::None;
    int sets = 0; ///< 0 when the dose has no sets (minutes).
    std::optional<IntRange> reps;
    std::optional<IntRange> seconds;
    std::optional<IntRange> minutes;
    std::optional<IntRange> meters;
    std::optional<double> loadKg; ///< nullopt for bodyweight.
    bool perSide = false;
    bool warmUp = false; ///< Part of a strength session's mobility warm-up.
    Reason reason;
    /// The exercise the plan chose when the person swapped it by hand; empty when not swapped.
    std::string swappedFrom = {};
    bool operator==(const PlannedItem&) const = default;
};

/// A dated session of one kind with its items in order.
struct PlannedSession {
    std::int64_t id = 0;
    Date date;
    SessionKind kind = SessionKind::Strength;
    std::vector<PlannedItem> items;
    /// The day the plan chose when the person moved the session by hand; nullopt when not moved.
    std::optional<Date> movedFrom = std::nullopt;
    bool operator==(const PlannedSession&) const = default;
};

/// The order of a week's sessions: by date, then kind, then id.
bool inWeekOrder(const PlannedSession& a, const PlannedSession& b);

/// The plan for one week starting on `weekStart`.
struct WeekPlan {
    std::int64_t id = 0;
    Date weekStart;
    bool flareUp = false;
    bool recovery = false;
    std::vector<PlannedSession> sessions; ///< Ordered by date, then kind.
    std::vector<Reason> notes; ///< Week-level remarks ("strength days back to back: …").
    bool operator==(const WeekPlan&) const = default;
};

} // namespace keel::core
