// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/reason.h"
#include "core/model/vocabulary.h"
#include "core/util/date.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// Where one pattern stands: its current rung and working prescription.
struct PatternState {
    Pattern pattern = Pattern::Hinge;
    std::string exerciseId;
    int sets = 0;
    std::optional<int> reps; ///< Working reps target (double progression) for rep-dosed exercises.
    std::optional<int> seconds; ///< Hold seconds.
    std::optional<int> meters; ///< Carry distance.
    std::optional<int> minutes; ///< Walking minutes per day.
    std::optional<double> loadKg;
    std::optional<Date> lastChange; ///< When it last moved (forward or back): at most one step a week.
    bool operator==(const PatternState&) const = default;
};

/// What kind of change a progression event records.
enum class ProgressionKind {
    Start, ///< First time this pattern is set.
    RepsUp, ///< Working reps raised inside the range, or one more set when the next rung is out of reach.
    SecondsUp, ///< Hold lengthened.
    DistanceUp, ///< Carry distance or time raised.
    LoadUp, ///< External load raised by one step.
    RungUp, ///< Moved up the ladder.
    MinutesUp, ///< Walking minutes raised.
    Hold, ///< Deliberately kept (pain 4–5, missed sessions …).
    StepBack, ///< Pain-triggered: down one rung or one load step.
    FlareUpOn, ///< Flare-up mode started.
    FlareUpOff, ///< Flare-up mode ended.
    PainEvent, ///< Program-wide: one bad session or one bad morning, dated its day (counts toward flare-up).
};

std::string_view toString(ProgressionKind kind);
/// True for the kinds that move a pattern forward (reps, seconds, distance, load, rung, minutes).
bool isForward(ProgressionKind kind);
std::optional<ProgressionKind> parseProgressionKind(std::string_view text);

/// One recorded change, with the reason a person can read.
struct ProgressionEvent {
    std::int64_t id = 0;
    Date date;
    std::optional<Pattern> pattern; ///< nullopt for program-wide events (flare-up on/off).
    ProgressionKind kind = ProgressionKind::Start;
    std::string exerciseId;
    /// Where the pattern went from and to (ReasonText::describe); verbatim for events stored
    /// before schema 8 ("12 kg", an exercise id, "Goblet box squat 3×8").
    Reason from;
    Reason to;
    Reason reason;
    bool operator==(const ProgressionEvent&) const = default;
};

/// The whole progression state: every pattern plus the program-wide flare-up flag.
struct ProgressionSnapshot {
    std::map<Pattern, PatternState> patterns;
    bool flareUp = false;
    std::optional<Date> flareUpSince;
    bool operator==(const ProgressionSnapshot&) const = default;
};

} // namespace keel::core
