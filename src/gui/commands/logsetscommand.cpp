// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/logsetscommand.h"

#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "gui/logbook.h"

namespace keel::gui {

LogSetsCommand::LogSetsCommand(
    Logbook& logbook, std::vector<core::LoggedSet> sets, const QString& text, QUndoCommand* parent)
    : StoreCommand(logbook, text, parent)
    , m_sets(std::move(sets))
{ }

void LogSetsCommand::redo()
{
    m_logged = run([this] {
        core::LogRepository log(m_logbook.database());
        if (m_sets.empty() || m_sets.front().id == 0) {
            const std::vector<std::int64_t> ids = log.addSets(m_sets);
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_sets[i].id = ids[i];
            return;
        }
        m_logbook.database().transaction([&] {
            for (const core::LoggedSet& set : m_sets)
                log.restoreSet(set);
        });
    });
    if (!m_logged)
        return;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(text());
}

void LogSetsCommand::undo()
{
    if (!run([this] {
            core::LogRepository log(m_logbook.database());
            m_logbook.database().transaction([&] {
                for (const core::LoggedSet& set : m_sets)
                    log.removeSet(set.id);
            });
        }))
        return;
    m_logged = false;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(undoneText());
}

} // namespace keel::gui
