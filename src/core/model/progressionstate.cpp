// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/progressionstate.h"

#include <array>
#include <utility>

namespace keel::core {

namespace {

constexpr std::array<std::pair<ProgressionKind, std::string_view>, 12> kKinds = {{
    {ProgressionKind::Start, "start"},
    {ProgressionKind::RepsUp, "reps_up"},
    {ProgressionKind::SecondsUp, "seconds_up"},
    {ProgressionKind::DistanceUp, "distance_up"},
    {ProgressionKind::LoadUp, "load_up"},
    {ProgressionKind::RungUp, "rung_up"},
    {ProgressionKind::MinutesUp, "minutes_up"},
    {ProgressionKind::Hold, "hold"},
    {ProgressionKind::StepBack, "step_back"},
    {ProgressionKind::FlareUpOn, "flare_up_on"},
    {ProgressionKind::FlareUpOff, "flare_up_off"},
    {ProgressionKind::PainEvent, "pain_event"},
}};

} // namespace

std::string_view toString(ProgressionKind kind)
{
    for (const auto& [value, key] : kKinds) {
        if (value == kind)
            return key;
    }
    return "start";
}

bool isForward(ProgressionKind kind)
{
    switch (kind) {
    case ProgressionKind::RepsUp:
    case ProgressionKind::SecondsUp:
    case ProgressionKind::DistanceUp:
    case ProgressionKind::LoadUp:
    case ProgressionKind::RungUp:
    case ProgressionKind::MinutesUp:
        return true;
    case ProgressionKind::Start:
    case ProgressionKind::Hold:
    case ProgressionKind::StepBack:
    case ProgressionKind::FlareUpOn:
    case ProgressionKind::FlareUpOff:
    case ProgressionKind::PainEvent:
        return false;
    }
    return false;
}

std::optional<ProgressionKind> parseProgressionKind(std::string_view text)
{
    for (const auto& [value, key] : kKinds) {
        if (key == text)
            return value;
    }
    return std::nullopt;
}

} // namespace keel::core
