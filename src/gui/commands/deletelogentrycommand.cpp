// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/deletelogentrycommand.h"

#include "core/store/logrepository.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

DeleteLogEntryCommand::DeleteLogEntryCommand(Logbook& logbook, LogEntry entry, QUndoCommand* parent)
    : StoreCommand(
        logbook, describeEntry(logbook.catalog(), entry, QCoreApplication::translate("LogEntry", "Delete")), parent)
    , m_entry(std::move(entry))
{ }

void DeleteLogEntryCommand::redo()
{
    runLogEdit(
        [this] {
            core::LogRepository log(m_logbook.database());
            std::visit(Overloaded {
                           [&](core::LoggedSet& set) {
                               if (auto removed = log.removeSet(set.id))
                                   set = *removed;
                           },
                           [&](core::WalkEntry& walk) {
                               if (auto removed = log.removeWalk(walk.id))
                                   walk = *removed;
                           },
                           [&](core::CheckIn& checkIn) {
                               if (auto removed = log.removeCheckIn(checkIn.date))
                                   checkIn = *removed;
                           },
                       },
                m_entry);
        },
        text());
}

void DeleteLogEntryCommand::undo()
{
    runLogEdit(
        [this] {
            core::LogRepository log(m_logbook.database());
            std::visit(Overloaded {
                           [&](const core::LoggedSet& set) { log.restoreSet(set); },
                           [&](const core::WalkEntry& walk) { log.restoreWalk(walk); },
                           [&](const core::CheckIn& checkIn) { log.setCheckIn(checkIn); },
                       },
                m_entry);
        },
        undoneText());
}

} // namespace keel::gui
