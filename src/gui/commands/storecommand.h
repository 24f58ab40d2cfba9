// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace keel::gui {

class Logbook;

/// Base of every undoable edit that writes to the database. A write that fails (a full disk, a
/// value the store refuses) is reported through the logbook and the command marks itself
/// obsolete, so the undo stack drops it instead of holding a step that never happened.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Logbook& logbook, const QString& text, QUndoCommand* parent = nullptr);

protected:
    /// Runs `work`; true when it committed. On an exception: reports it and goes obsolete.
    bool run(const std::function<void()>& work);
    /// run() for an edit of the log: once committed, the panes refresh and the window says `saved`.
    void runLogEdit(const std::function<void()>& work, const QString& saved);
    /// "Undone: <text>", what the window says after an undo.
    QString undoneText() const;

    Logbook& m_logbook;
};

} // namespace keel::gui
