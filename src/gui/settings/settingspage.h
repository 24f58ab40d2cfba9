// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace keel::gui {

class ProfileForm;
class Logbook;

/// The Settings pane (ui/settingspage.ui): the profile, units, week start, rest timer and
/// recovery weeks. Saving is one undoable command that re-plans the current and later weeks.
/// The appearance (light, dark, the system's) is not part of the profile: it applies at once.
class SettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Logbook& logbook, QWidget* parent = nullptr);
    ~SettingsPage() override;

    ProfileForm* form() const;
    /// Stores the form's profile (undoable); false when nothing changed.
    bool save();
    /// Puts the form back to the stored profile.
    void revert();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyMutedText();
    void updateButtons();
    void backUp();

    Logbook& m_logbook;
    std::unique_ptr<Ui::SettingsPage> m_ui;
};

} // namespace keel::gui
