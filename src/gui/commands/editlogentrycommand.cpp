// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/editlogentrycommand.h"

#include "core/store/logrepository.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

EditLogEntryCommand::EditLogEntryCommand(Logbook& logbook, LogEntry before, LogEntry after, QUndoCommand* parent)
    : StoreCommand(
        logbook, describeEntry(logbook.catalog(), after, QCoreApplication::translate("LogEntry", "Edit")), parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditLogEntryCommand::redo()
{
    write(m_after, text());
}

void EditLogEntryCommand::undo()
{
    write(m_before, undoneText());
}

void EditLogEntryCommand::write(const LogEntry& entry, const QString& message)
{
    runLogEdit(
        [this, &entry] {
            core::LogRepository log(m_logbook.database());
            std::visit(Overloaded {
                           [&](const core::LoggedSet& set) { log.updateSet(set); },
                           [&](const core::WalkEntry& walk) { log.updateWalk(walk); },
                           [&](const core::CheckIn& checkIn) { log.setCheckIn(checkIn); },
                       },
                entry);
        },
        message);
}

} // namespace keel::gui
