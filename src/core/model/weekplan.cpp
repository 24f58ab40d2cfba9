// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/weekplan.h"

#include <tuple>

namespace keel::core {

std::string_view toString(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Strength:
        return "strength";
    case SessionKind::Mobility:
        return "mobility";
    case SessionKind::Walk:
        return "walk";
    }
    return "strength";
}

bool inWeekOrder(const PlannedSession& a, const PlannedSession& b)
{
    return std::tie(a.date, a.kind, a.id) < std::tie(b.date, b.kind, b.id);
}

std::optional<SessionKind> parseSessionKind(std::string_view text)
{
    if (text == "strength")
        return SessionKind::Strength;
    if (text == "mobility")
        return SessionKind::Mobility;
    if (text == "walk")
        return SessionKind::Walk;
    return std::nullopt;
}

} // namespace keel::core
