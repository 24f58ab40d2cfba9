// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FirstRunDialog;
}

namespace keel::gui {

class ProfileForm;

/// Asks for the profile on the first start (ui/firstrundialog.ui). It returns the profile and
/// saves nothing: the caller stores it and plans the first weeks.
class FirstRunDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    /// The profile as filled in.
    core::Profile profile() const;
    /// Prefills the form (a sensible default, or a profile read from an import).
    void setProfile(const core::Profile& profile);
    ProfileForm* form() const;

    /// Shows the dialog modally; nullopt when the user cancels.
    static std::optional<core::Profile> ask(QWidget* parent = nullptr);

    /// What the form starts with: a starting lifter, two days (Tuesday, Friday), 30 minutes.
    static core::Profile suggestedProfile();

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
};

} // namespace keel::gui
