// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace keel::app {

/// While it lives, the application drops the user's input (keys, mouse buttons, wheel, touch,
/// drops, context menus): for the few milliseconds a window is on screen before the database
/// behind it has passed its check, so nothing typed ahead can write to a file that turns out
/// damaged. Painting, resizing and closing go on as usual.
class InputHold final : public QObject {
public:
    InputHold();
    ~InputHold() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace keel::app
