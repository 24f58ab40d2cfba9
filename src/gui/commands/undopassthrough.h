// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace keel::gui {

/// Lets Undo and Redo reach the window's undo stack while an entry field has the focus. A spin
/// box would otherwise claim Ctrl+Z for its own text, and the set just logged could not be
/// taken back from the keyboard.
class UndoPassThrough final : public QObject {
    Q_OBJECT
public:
    explicit UndoPassThrough(QObject* parent = nullptr);

    /// Installs one filter (owned by `root`) on every spin box and line edit under `root`.
    static void install(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace keel::gui
