// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/logentries.h"

#include <QString>

#include <variant>

namespace keel::gui {

/// One row of the log, whichever kind it is: what History shows and its commands edit.
using LogEntry = std::variant<core::LoggedSet, core::WalkEntry, core::CheckIn>;

/// The date an entry is logged on.
inline core::Date entryDate(const LogEntry& entry)
{
    return std::visit([](const auto& item) { return item.date; }, entry);
}

/// "Delete set of Goblet squat on 2026-03-10", "Edit walk on 2026-03-10" … for undo texts.
QString describeEntry(const core::Catalog& catalog, const LogEntry& entry, const QString& verb);

/// Helper for std::visit with one lambda per kind.
template<typename... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace keel::gui
