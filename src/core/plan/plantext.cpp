// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/plantext.h"

#include "core/catalog/catalog.h"
#include "core/catalog/doseparts.h"
#include "core/plan/dayview.h"
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

/// Length in characters, not bytes, so names with "–" or "×" still line up.
std::size_t displayLength(const std::string& text)
{
    std::size_t length = 0;
    for (char c : text)
        length += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u ? 1 : 0;
    return length;
}

std::string padded(std::string text, std::size_t width)
{
    const std::size_t length = displayLength(text);
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
    // The parts the GUI words too (gui::PrescriptionText), in the same order.
    const DoseParts parts = DoseParts::of(item);
    std::string text;
    if (parts.amount) {
        text = rangeText(*parts.amount);
        switch (parts.unit) {
        case AmountUnit::Reps:
            break;
        case AmountUnit::Seconds:
            text += " s";
            break;
        case AmountUnit::Metres:
            text += " m";
            break;
        case AmountUnit::Minutes:
            text += " min";
            break;
        }
    }
    if (parts.sets) {
        text = text.empty() ? rangeText(*parts.sets) + (parts.sets->max == 1 ? " set" : " sets")
                            : rangeText(*parts.sets) + " × " + text;
    }
    if (parts.perSide)
        text += " each side";
    if (parts.loadKg)
        text += " @ " + ReasonText::load(*parts.loadKg, units);
    if (parts.minutes)
        text += (text.empty() ? "" : ", ") + rangeText(*parts.minutes) + " min";
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
    for (const Reason& note : week.notes)
        out << "  note: " << note.text() << '\n';
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
            out << "        why: " << item.reason.text() << '\n';
        }
    }
    return out.str();
}

std::string PlanText::day(const DayView& day, const Catalog* catalog, Units units)
{
    std::ostringstream out;
    out << ReasonText::dayAndDate(day.date) << '\n';
    if (!day.hasPlan)
        out << "  no plan covers this day: run keel-cli plan generate\n";
    else if (day.sessions.empty())
        out << "  nothing planned"
            << (day.next ? " (next: " + std::string(toString(day.next->kind)) + " on "
                           + ReasonText::dayAndDate(day.next->date) + ")"
                         : std::string())
            << '\n';
    // Columns as wide as the day's longest name and dose, so every line reads straight across.
    std::size_t nameWidth = 0;
    std::size_t doseWidth = 0;
    for (const DaySession& session : day.sessions) {
        for (const DayEntry& entry : session.entries) {
            nameWidth = std::max(nameWidth, displayLength(name(entry.item.exerciseId, catalog)) + 2);
            doseWidth = std::max(doseWidth, displayLength(dose(entry.item, units)) + 2);
        }
    }
    for (const DaySession& session : day.sessions) {
        out << "  " << toString(session.kind) << '\n';
        for (const DayEntry& entry : session.entries) {
            out << "    " << padded(label(entry.item), kLabelWidth)
                << padded(name(entry.item.exerciseId, catalog), nameWidth) << padded(dose(entry.item, units), doseWidth)
                << progress(entry.item, entry.log) << '\n';
        }
    }
    if (day.checkIn)
        out << "  morning check-in: pain " << day.checkIn->pain << "/10\n";
    if (!day.walks.empty()) {
        int minutes = 0;
        for (const WalkEntry& walk : day.walks)
            minutes += walk.minutes;
        out << "  walked: " << minutes << " min in " << day.walks.size() << (day.walks.size() == 1 ? " walk" : " walks")
            << '\n';
    }
    return out.str();
}

std::string PlanText::progress(const PlannedItem& item, const ItemLog& log)
{
    if (ItemProgress::isWalk(item) && item.minutes) {
        if (ItemProgress::isComplete(item, log))
            return "done (" + std::to_string(log.walkMinutes()) + " min)";
        return std::to_string(log.walkMinutes()) + " of " + std::to_string(item.minutes->min) + " min";
    }
    if (item.sets > 0) {
        const std::string count = std::to_string(log.sets.size()) + " of " + std::to_string(item.sets)
            + (item.sets == 1 ? " set" : " sets");
        return ItemProgress::isComplete(item, log) ? "done (" + count + ")" : count;
    }
    return log.sets.empty() && log.walks.empty() ? "to do" : "done";
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
    const std::string from = event.from.text();
    const std::string to = event.to.text();
    if (!from.empty() && from != to)
        text += from + " → " + to;
    else if (!to.empty())
        text += to;
    return text + "\n    why: " + event.reason.text();
}

} // namespace keel::core
