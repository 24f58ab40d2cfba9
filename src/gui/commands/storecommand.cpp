// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/storecommand.h"

#include "gui/common/errorwords.h"
#include "gui/logbook.h"

#include <QCoreApplication>

#include <exception>

namespace keel::gui {

StoreCommand::StoreCommand(Logbook& logbook, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_logbook(logbook)
{ }

bool StoreCommand::run(const std::function<void()>& work)
{
    try {
        work();
        return true;
    } catch (const std::exception& error) {
        setObsolete(true);
        m_logbook.reportError(text(), ErrorWords::text(error, &m_logbook.catalog()));
        return false;
    }
}

void StoreCommand::runLogEdit(const std::function<void()>& work, const QString& saved)
{
    if (!run(work))
        return;
    m_logbook.notifyLogChanged();
    m_logbook.reportSaved(saved);
}

QString StoreCommand::undoneText() const
{
    return QCoreApplication::translate("StoreCommand", "Undone: %1").arg(text());
}

} // namespace keel::gui
