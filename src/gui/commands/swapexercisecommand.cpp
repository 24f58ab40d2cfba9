// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/swapexercisecommand.h"

#include "core/store/planrepository.h"
#include "gui/session.h"

#include <QCoreApplication>

namespace keel::gui {

SwapExerciseCommand::SwapExerciseCommand(
    Session& session, std::int64_t itemId, std::string exerciseId, const QString& description, QUndoCommand* parent)
    : StoreCommand(session, description, parent)
    , m_itemId(itemId)
    , m_exerciseId(std::move(exerciseId))
{ }

void SwapExerciseCommand::redo()
{
    if (!run(
            [this] { m_previousId = core::PlanRepository(m_session.database()).swapExercise(m_itemId, m_exerciseId); }))
        return;
    m_session.notifyPlanChanged();
    m_session.reportSaved(text());
}

void SwapExerciseCommand::undo()
{
    if (!run([this] { core::PlanRepository(m_session.database()).swapExercise(m_itemId, m_previousId); }))
        return;
    m_session.notifyPlanChanged();
    m_session.reportSaved(QCoreApplication::translate("SwapExerciseCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
