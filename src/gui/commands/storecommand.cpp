// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/storecommand.h"

#include "gui/session.h"

#include <QCoreApplication>

#include <exception>

namespace keel::gui {

StoreCommand::StoreCommand(Session& session, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_session(session)
{ }

bool StoreCommand::run(const std::function<void()>& work)
{
    try {
        work();
        return true;
    } catch (const std::exception& error) {
        setObsolete(true);
        m_session.reportError(text(), QString::fromStdString(error.what()));
        return false;
    }
}

void StoreCommand::runLogEdit(const std::function<void()>& work, const QString& saved)
{
    if (!run(work))
        return;
    m_session.notifyLogChanged();
    m_session.reportSaved(saved);
}

QString StoreCommand::undoneText() const
{
    return QCoreApplication::translate("StoreCommand", "Undone: %1").arg(text());
}

} // namespace keel::gui
