// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/firstrun/firstrundialog.h"

#include "gui/settings/profileform.h"

#include "ui_firstrundialog.h"

#include <QPushButton>

namespace keel::gui {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    m_ui->profileForm->setAdvancedVisible(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("P&lan my first weeks"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    setProfile(suggestedProfile());
}

FirstRunDialog::~FirstRunDialog() = default;

core::Profile FirstRunDialog::profile() const
{
    return m_ui->profileForm->profile();
}

void FirstRunDialog::setProfile(const core::Profile& profile)
{
    m_ui->profileForm->setProfile(profile);
}

ProfileForm* FirstRunDialog::form() const
{
    return m_ui->profileForm;
}

std::optional<core::Profile> FirstRunDialog::ask(QWidget* parent)
{
    FirstRunDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.profile();
}

core::Profile FirstRunDialog::suggestedProfile()
{
    core::Profile profile;
    profile.experience = core::Experience::Starting;
    profile.strengthDays = 2;
    profile.preferredDays = {core::Weekday::Tuesday, core::Weekday::Friday};
    profile.minutesPerDay = 30;
    profile.walkBaselineMinutes = 10;
    return profile;
}

} // namespace keel::gui
