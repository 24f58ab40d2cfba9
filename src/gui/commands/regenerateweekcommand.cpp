// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/regenerateweekcommand.h"

#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"
#include "gui/common/prescriptiontext.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

RegenerateWeekCommand::RegenerateWeekCommand(Logbook& logbook, core::Date weekStart, QUndoCommand* parent)
    : StoreCommand(logbook,
        QCoreApplication::translate("RegenerateWeekCommand", "Re-plan the week of %1")
            .arg(PrescriptionText::shortDate(weekStart)),
        parent)
    , m_weekStart(weekStart)
{ }

void RegenerateWeekCommand::redo()
{
    const bool done = run([this] {
        if (!m_before)
            m_before = core::PlanRepository(m_logbook.database()).loadWeek(m_weekStart);
        core::ProgressionRepository progression(m_logbook.database());
        m_progressionBefore = progression.load();
        m_eventMark = progression.eventMark();
        m_logbook.planWeeks(m_weekStart, 1);
    });
    if (done)
        m_logbook.reportSaved(text());
}

void RegenerateWeekCommand::undo()
{
    const bool done = run([this] {
        if (!m_before)
            return;
        core::WeekPlan before = *m_before;
        m_logbook.database().transaction([&] {
            core::PlanRepository(m_logbook.database()).saveWeek(before);
            core::ProgressionRepository(m_logbook.database()).rollBackTo(m_progressionBefore, m_eventMark);
        });
    });
    if (!done)
        return;
    m_logbook.notifyPlanChanged();
    m_logbook.reportSaved(QCoreApplication::translate("RegenerateWeekCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
