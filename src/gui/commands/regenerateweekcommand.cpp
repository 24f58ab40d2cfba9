// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/regenerateweekcommand.h"

#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"
#include "gui/common/prescriptiontext.h"
#include "gui/session.h"

#include <QCoreApplication>

namespace keel::gui {

RegenerateWeekCommand::RegenerateWeekCommand(Session& session, core::Date weekStart, QUndoCommand* parent)
    : StoreCommand(session,
        QCoreApplication::translate("RegenerateWeekCommand", "Re-plan the week of %1")
            .arg(PrescriptionText::shortDate(weekStart)),
        parent)
    , m_weekStart(weekStart)
{ }

void RegenerateWeekCommand::redo()
{
    const bool done = run([this] {
        if (!m_before)
            m_before = core::PlanRepository(m_session.database()).loadWeek(m_weekStart);
        core::ProgressionRepository progression(m_session.database());
        m_progressionBefore = progression.load();
        m_eventMark = progression.eventMark();
        m_session.planWeeks(m_weekStart, 1);
    });
    if (done)
        m_session.reportSaved(text());
}

void RegenerateWeekCommand::undo()
{
    const bool done = run([this] {
        if (!m_before)
            return;
        core::WeekPlan before = *m_before;
        m_session.database().transaction([&] {
            core::PlanRepository(m_session.database()).saveWeek(before);
            core::ProgressionRepository(m_session.database()).rollBackTo(m_progressionBefore, m_eventMark);
        });
    });
    if (!done)
        return;
    m_session.notifyPlanChanged();
    m_session.reportSaved(QCoreApplication::translate("RegenerateWeekCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
