// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/checkincommand.h"

#include "core/store/logrepository.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

CheckInCommand::CheckInCommand(Logbook& logbook, core::CheckIn checkIn, QUndoCommand* parent)
    : StoreCommand(logbook,
        QCoreApplication::translate("CheckInCommand", "Morning check-in: pain %1/10").arg(checkIn.pain), parent)
    , m_checkIn(checkIn)
{ }

void CheckInCommand::redo()
{
    if (!run([this] { m_replaced = core::LogRepository(m_logbook.database()).setCheckIn(m_checkIn); }))
        return;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(text());
}

void CheckInCommand::undo()
{
    if (!run([this] {
            core::LogRepository log(m_logbook.database());
            if (m_replaced)
                log.setCheckIn(*m_replaced);
            else
                log.removeCheckIn(m_checkIn.date);
        }))
        return;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(QCoreApplication::translate("CheckInCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
