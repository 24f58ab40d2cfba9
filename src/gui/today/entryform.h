// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace keel::gui {

/// A row of entry fields that Enter submits. Spin boxes take Enter to commit their text and
/// then pass the key on to their parent, which is this form: that is where it logs.
class EntryForm : public QWidget {
    Q_OBJECT
public:
    explicit EntryForm(QWidget* parent = nullptr);

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace keel::gui
