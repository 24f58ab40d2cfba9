// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/swapexercisecommand.h"

#include "core/store/planrepository.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

SwapExerciseCommand::SwapExerciseCommand(
    Logbook& logbook, std::int64_t itemId, std::string exerciseId, const QString& description, QUndoCommand* parent)
    : StoreCommand(logbook, description, parent)
    , m_itemId(itemId)
    , m_exerciseId(std::move(exerciseId))
{ }

void SwapExerciseCommand::redo()
{
    if (!run(
            [this] { m_previousId = core::PlanRepository(m_logbook.database()).swapExercise(m_itemId, m_exerciseId); }))
        return;
    m_logbook.notifyPlanChanged();
    m_logbook.reportSaved(text());
}

void SwapExerciseCommand::undo()
{
    if (!run([this] { core::PlanRepository(m_logbook.database()).swapExercise(m_itemId, m_previousId); }))
        return;
    m_logbook.notifyPlanChanged();
    m_logbook.reportSaved(QCoreApplication::translate("SwapExerciseCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
