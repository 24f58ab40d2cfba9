// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/logwalkcommand.h"

#include "core/store/logrepository.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

LogWalkCommand::LogWalkCommand(Logbook& logbook, core::WalkEntry walk, QUndoCommand* parent)
    : StoreCommand(
        logbook, QCoreApplication::translate("LogWalkCommand", "Log %1-minute walk").arg(walk.minutes), parent)
    , m_walk(std::move(walk))
{ }

void LogWalkCommand::redo()
{
    if (!run([this] {
            core::LogRepository log(m_logbook.database());
            if (m_walk.id == 0)
                m_walk.id = log.addWalk(m_walk);
            else
                log.restoreWalk(m_walk);
        }))
        return;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(text());
}

void LogWalkCommand::undo()
{
    if (!run([this] { core::LogRepository(m_logbook.database()).removeWalk(m_walk.id); }))
        return;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(QCoreApplication::translate("LogWalkCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
