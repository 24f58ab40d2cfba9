// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"

#include <QWidget>

#include <array>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;

namespace Ui {
class ProfileForm;
}

namespace keel::gui {

class EquipmentModel;

/// Every field of a profile as a form (ui/profileform.ui), shared by the first-run dialog and
/// the Settings pane. It only edits values: saving is its owner's business.
class ProfileForm final : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget* parent = nullptr);
    ~ProfileForm() override;

    /// Fills the form from `profile`.
    void setProfile(const core::Profile& profile);
    /// The profile the form describes now.
    core::Profile profile() const;
    /// Shows or hides the fields a first run can leave at their defaults (rest timer, recovery weeks).
    void setAdvancedVisible(bool visible);

    EquipmentModel* equipmentModel() const { return m_equipment; }
    /// The spin box for one of the weights owned, in the order of kWeightFields (for tests).
    QDoubleSpinBox* weightSpinBox(std::size_t index) const { return m_weightBoxes.at(index); }

    /// The weights-owned fields, in the order their spin boxes are laid out.
    static constexpr std::size_t kWeightFields = 6;

signals:
    /// Any field changed by the user or by setProfile().
    void changed();

private:
    QCheckBox* dayCheckBox(core::Weekday day) const;
    void updateHints();
    void addWeightFields();
    /// Shows the weights in the units the form now asks for; untouched defaults follow the units.
    void showWeights(core::Units units);

    core::Profile m_weights; ///< Holds the weights owned, in kilograms, between edits.
    core::Units m_weightUnits = core::Units::Kg;
    std::array<QDoubleSpinBox*, kWeightFields> m_weightBoxes {};

    std::unique_ptr<Ui::ProfileForm> m_ui;
    EquipmentModel* m_equipment = nullptr;
    std::array<QCheckBox*, 7> m_days {};
    bool m_loading = false;
};

} // namespace keel::gui
