// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/plantext.h"

#include "core/catalog/catalog.h"
#include "core/plan/reasontext.h"

#include <algorithm>
#include <sstream>

namespace keel::core {

namespace {

constexpr std::size_t kLabelWidth = 19;
constexpr std::size_t kNameWidth = 30;

std::string rangeText(const IntRange& range)
{
    return range.min == range.max ? std::to_string(range.min)
                                  : std::to_string(range.min) + "–" + std::to_string(range.max);
}

std::string name(const std::string& id, const Catalog* catalog)
{
    return catalog ? ReasonText::exerciseName(*catalog, id) : id;
}

std::string padded(std::string text, std::size_t width)
{
    // Pads by characters, not bytes, so names with "–" or "×" still line up.
    std::size_t length = 0;
    for (char c : text)
        length += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u ? 1 : 0;
    // Always at least one space, so a long name never runs into the next column.
    text.append(length < width ? width - length : 1, ' ');
    return text;
}

std::string label(const PlannedItem& item)
{
    if (item.warmUp)
        return "warm-up";
    if (item.pattern == Pattern::Mobility && item.focus != Focus::None)
        return "mobility/" + std::string(toString(item.focus));
    return std::string(toString(item.pattern));
}

} // namespace

std::string PlanText::dose(const PlannedItem& item, Units units)
{
    std::string amount;
    if (item.reps)
        amount = rangeText(*item.reps) + " reps";
    else if (item.seconds)
        amount = rangeText(*item.seconds) + " s";
    else if (item.meters)
        amount = rangeText(*item.meters) + " m";
    std::string text = item.sets > 0 && !amount.empty() ? std::to_string(item.sets) + " × " + amount : amount;
    if (item.perSide && !text.empty())
        text += " each side";
    if (item.loadKg)
        text += " @ " + ReasonText::load(*item.loadKg, units);
    if (item.minutes)
        text += (text.empty() ? "" : ", ") + rangeText(*item.minutes) + " min";
    return text;
}

std::string PlanText::week(const WeekPlan& week, const Catalog* catalog, Units units)
{
    std::ostringstream out;
    out << "Week of " << ReasonText::dayAndDate(week.weekStart);
    if (week.recovery)
        out << " · recovery week";
    if (week.flareUp)
        out << " · flare-up mode";
    out << '\n';
    for (const std::string& note : week.notes)
        out << "  note: " << note << '\n';
    std::optional<Date> day;
    for (const PlannedSession& session : week.sessions) {
        if (session.date != day) {
            out << '\n' << ReasonText::dayAndDate(session.date) << '\n';
            day = session.date;
        }
        out << "  " << toString(session.kind) << '\n';
        for (const PlannedItem& item : session.items) {
            out << "    " << padded(label(item), kLabelWidth) << padded(name(item.exerciseId, catalog), kNameWidth)
                << dose(item, units) << '\n';
            out << "        why: " << item.reason << '\n';
        }
    }
    return out.str();
}

std::string PlanText::state(const PatternState& state, const Catalog* catalog, Units units)
{
    std::string text = padded(std::string(toString(state.pattern)) + ":", kLabelWidth);
    if (state.pattern == Pattern::Walking) {
        text += std::to_string(state.minutes.value_or(0)) + " min a day (" + name(state.exerciseId, catalog) + ")";
    } else {
        PlannedItem item;
        item.sets = state.sets;
        const Exercise* exercise = catalog ? catalog->find(state.exerciseId) : nullptr;
        // Reps show as the plan does: the working target up to the top of the range.
        if (state.reps)
            item.reps = IntRange {*state.reps,
                exercise && exercise->dose.reps ? std::max(*state.reps, exercise->dose.reps->max) : *state.reps};
        if (state.seconds)
            item.seconds = IntRange {*state.seconds, *state.seconds};
        if (state.meters)
            item.meters = IntRange {*state.meters, *state.meters};
        item.loadKg = state.loadKg;
        text += name(state.exerciseId, catalog) + " " + dose(item, units);
    }
    if (state.lastChange)
        text += " (since " + state.lastChange->toString() + ")";
    return text;
}

std::string PlanText::event(const ProgressionEvent& event)
{
    std::string text = event.date.toString() + " "
        + padded(event.pattern ? std::string(toString(*event.pattern)) : std::string("program"), kLabelWidth)
        + padded(std::string(toString(event.kind)), kLabelWidth);
    if (!event.from.empty() && event.from != event.to)
        text += event.from + " → " + event.to;
    else if (!event.to.empty())
        text += event.to;
    return text + "\n    why: " + event.reason;
}

} // namespace keel::core
