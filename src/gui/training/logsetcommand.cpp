// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/training/logsetcommand.h"

#include "core/store/logrepository.h"
#include "gui/session.h"

#include <QCoreApplication>

namespace keel::gui {

LogSetCommand::LogSetCommand(Session& session, core::LoggedSet set, const QString& exerciseName, QUndoCommand* parent)
    : StoreCommand(session, QCoreApplication::translate("LogSetCommand", "Log set of %1").arg(exerciseName), parent)
    , m_set(std::move(set))
{ }

void LogSetCommand::redo()
{
    if (!run([this] {
            core::LogRepository log(m_session.database());
            if (m_set.id == 0)
                m_set.id = log.addSet(m_set);
            else
                log.restoreSet(m_set);
        }))
        return;
    m_session.notifyLogChanged();
    m_session.reportSaved(text());
}

void LogSetCommand::undo()
{
    if (!run([this] { core::LogRepository(m_session.database()).removeSet(m_set.id); }))
        return;
    m_session.notifyLogChanged();
    m_session.reportSaved(QCoreApplication::translate("LogSetCommand", "Undone: %1").arg(text()));
}

} // namespace keel::gui
