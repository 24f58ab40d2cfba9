// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/movesessioncommand.h"

#include "core/store/planrepository.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

MoveSessionCommand::MoveSessionCommand(
    Logbook& logbook, std::int64_t sessionId, core::Date newDate, const QString& description, QUndoCommand* parent)
    : StoreCommand(logbook, description, parent)
    , m_sessionId(sessionId)
    , m_newDate(newDate)
{ }

void MoveSessionCommand::redo()
{
    if (!run([this] { m_oldDate = core::PlanRepository(m_logbook.database()).moveSession(m_sessionId, m_newDate); }))
        return;
    m_logbook.notifyPlanChanged();
    m_logbook.reportSaved(text());
}

void MoveSessionCommand::undo()
{
    if (!run([this] { core::PlanRepository(m_logbook.database()).moveSession(m_sessionId, m_oldDate); }))
        return;
    m_logbook.notifyPlanChanged();
    m_logbook.reportSaved(QCoreApplication::translate("MoveSessionCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
