// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/changeprofilecommand.h"

#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

ChangeProfileCommand::ChangeProfileCommand(
    Logbook& logbook, core::Profile before, core::Profile after, QUndoCommand* parent)
    : StoreCommand(logbook, QCoreApplication::translate("ChangeProfileCommand", "Change profile"), parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ChangeProfileCommand::redo()
{
    apply(m_after, QCoreApplication::translate("ChangeProfileCommand", "Profile saved and weeks re-planned"));
}

void ChangeProfileCommand::undo()
{
    apply(m_before, QCoreApplication::translate("ChangeProfileCommand", "Profile change undone and weeks re-planned"));
}

void ChangeProfileCommand::apply(const core::Profile& profile, const QString& message)
{
    if (run([this, &profile] { m_logbook.changeProfile(profile); }))
        m_logbook.reportSaved(message);
}

} // namespace keel::gui
