// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/training/handedit.h"

#include <QUndoStack>

namespace keel::gui {

namespace {

int countIn(const QUndoCommand* command, core::Date week)
{
    int count = 0;
    if (const auto* edit = dynamic_cast<const HandEdit*>(command); edit && edit->editedWeek() == week)
        ++count;
    for (int child = 0; child < command->childCount(); ++child)
        count += countIn(command->child(child), week);
    return count;
}

} // namespace

int HandEdit::inEffect(const QUndoStack& stack, core::Date week)
{
    int count = 0;
    // Commands at and after index() are undone: only those before it are in effect.
    for (int index = 0; index < stack.index(); ++index)
        count += countIn(stack.command(index), week);
    return count;
}

} // namespace keel::gui
