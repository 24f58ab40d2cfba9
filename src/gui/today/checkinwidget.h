// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/today/entryform.h"

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace keel::gui {

/// The morning check-in: how the back feels on waking, 0–10. Enter or the button saves.
class CheckInWidget final : public EntryForm {
    Q_OBJECT
public:
    explicit CheckInWidget(QWidget* parent = nullptr);

    /// Shows the pain of the day's stored check-in, if there is one.
    void showCheckIn(std::optional<int> pain);
    /// The pain entered; nullopt while the field says "–".
    std::optional<int> enteredPain() const;
    /// Puts the keyboard in the pain field with its text selected.
    void focusEntry();

private:
    QSpinBox* m_pain = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_state = nullptr;
};

} // namespace keel::gui
