// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/profileform.h"

#include "core/util/units.h"
#include "gui/common/equipmentmodel.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/common/tableviews.h"

#include "ui_profileform.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace keel::gui {

namespace {

constexpr std::array<core::Experience, 4> kExperiences = {
    core::Experience::Starting, core::Experience::Returning, core::Experience::Building, core::Experience::Experienced};

constexpr std::array<core::Weekday, 7> kWeekdays
    = {core::Weekday::Monday, core::Weekday::Tuesday, core::Weekday::Wednesday, core::Weekday::Thursday,
        core::Weekday::Friday, core::Weekday::Saturday, core::Weekday::Sunday};

/// The weights-owned fields of a profile, in form order.
constexpr std::array<double core::Profile::*, ProfileForm::kWeightFields> kWeightMembers
    = {&core::Profile::heaviestDumbbellKg, &core::Profile::dumbbellStepKg, &core::Profile::heaviestKettlebellKg,
        &core::Profile::kettlebellStepKg, &core::Profile::heaviestBarKg, &core::Profile::barStepKg};

bool sameWeights(const core::Profile& a, const core::Profile& b)
{
    return std::all_of(kWeightMembers.begin(), kWeightMembers.end(),
        [&](double core::Profile::*member) { return std::abs(a.*member - b.*member) < 1e-6; });
}

void setMuted(QWidget* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, PaletteColors::mutedText(palette));
    label->setPalette(palette);
}

} // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileForm>())
    , m_equipment(new EquipmentModel(this))
{
    m_ui->setupUi(this);
    // Wrapped hints keep every line they need: a crowded form grows rather than clipping them.
    for (QLabel* hint : {m_ui->experienceHintLabel, m_ui->daysHintLabel})
        hint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    for (const core::Experience experience : kExperiences)
        m_ui->experienceComboBox->addItem(Labels::experience(experience), static_cast<int>(experience));

    m_days = {m_ui->mondayCheckBox, m_ui->tuesdayCheckBox, m_ui->wednesdayCheckBox, m_ui->thursdayCheckBox,
        m_ui->fridayCheckBox, m_ui->saturdayCheckBox, m_ui->sundayCheckBox};
    for (const core::Weekday day : kWeekdays) {
        QCheckBox* box = dayCheckBox(day);
        box->setText(Labels::weekday(day, true));
        box->setAccessibleName(tr("Strength on %1").arg(Labels::weekday(day)));
        m_ui->weekStartComboBox->addItem(Labels::weekday(day), static_cast<int>(day));
        connect(box, &QCheckBox::toggled, this, [this] {
            updateHints();
            if (!m_loading)
                emit changed();
        });
    }

    m_ui->equipmentTableView->setModel(m_equipment);
    TableViews::makeCompact(m_ui->equipmentTableView);
    m_ui->equipmentTableView->horizontalHeader()->setSectionResizeMode(
        EquipmentModel::NameColumn, QHeaderView::ResizeToContents);
    m_ui->equipmentTableView->setAccessibleName(tr("Equipment you own"));
    setMuted(m_ui->experienceHintLabel);
    setMuted(m_ui->daysHintLabel);
    setMuted(m_ui->equipmentHintLabel);

    const auto emitChanged = [this] {
        updateHints();
        if (!m_loading)
            emit changed();
    };
    for (QComboBox* combo :
        {m_ui->experienceComboBox, m_ui->strengthDaysComboBox, m_ui->unitsComboBox, m_ui->weekStartComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QSpinBox* spin : {m_ui->minutesSpinBox, m_ui->walkingSpinBox, m_ui->restSpinBox, m_ui->recoverySpinBox})
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_equipment, &EquipmentModel::ownedChanged, this, emitChanged);
    addWeightFields();
    connect(m_ui->unitsComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading)
            showWeights(index == 1 ? core::Units::Lb : core::Units::Kg);
    });

    setProfile(core::Profile {});
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::addWeightFields()
{
    const std::array<QString, kWeightFields> labels = {tr("Heaviest &dumbbell"), tr("Dumbbells g&o up by"),
        tr("Heaviest kettlebell"), tr("Kettlebells go up b&y"), tr("Heaviest bar load"), tr("Bar goes up &in")};
    const std::array<QString, kWeightFields> names = {tr("Heaviest dumbbell you own"),
        tr("Step between your dumbbells"), tr("Heaviest kettlebell you own"), tr("Step between your kettlebells"),
        tr("Heaviest load you can put on a bar"), tr("Smallest change on a bar (two of your smallest plates)")};
    for (std::size_t i = 0; i < kWeightFields; ++i) {
        auto* box = new QDoubleSpinBox(this);
        box->setDecimals(2);
        box->setRange(0.0, 1000.0);
        box->setAccessibleName(names[i]);
        box->setObjectName(QStringLiteral("weightSpinBox%1").arg(i));
        m_weightBoxes[i] = box;
        m_ui->formLayout->addRow(labels[i], box);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            if (m_loading)
                return;
            m_weights.*kWeightMembers[i] = core::LoadUnits::fromDisplay(value, m_weightUnits);
            emit changed();
        });
    }
}

void ProfileForm::showWeights(core::Units units)
{
    // Weights nobody changed are the defaults: a person who picks pounds gets pound weights.
    core::Profile defaults;
    defaults.setDefaultWeights(m_weightUnits);
    if (sameWeights(m_weights, defaults))
        m_weights.setDefaultWeights(units);
    m_weightUnits = units;
    const bool loading = m_loading;
    m_loading = true;
    const QString suffix = QLatin1Char(' ') + QString::fromUtf8(core::LoadUnits::suffix(units));
    for (std::size_t i = 0; i < kWeightFields; ++i) {
        m_weightBoxes[i]->setSuffix(suffix);
        m_weightBoxes[i]->setValue(core::LoadUnits::toDisplay(m_weights.*kWeightMembers[i], units));
    }
    m_loading = loading;
}

QCheckBox* ProfileForm::dayCheckBox(core::Weekday day) const
{
    return m_days[static_cast<std::size_t>(day)];
}

void ProfileForm::setProfile(const core::Profile& profile)
{
    m_loading = true;
    m_ui->experienceComboBox->setCurrentIndex(m_ui->experienceComboBox->findData(static_cast<int>(profile.experience)));
    m_ui->strengthDaysComboBox->setCurrentIndex(profile.strengthDays >= 3 ? 1 : 0);
    for (const core::Weekday day : kWeekdays) {
        const bool preferred
            = std::find(profile.preferredDays.begin(), profile.preferredDays.end(), day) != profile.preferredDays.end();
        dayCheckBox(day)->setChecked(preferred);
    }
    m_ui->minutesSpinBox->setValue(profile.minutesPerDay);
    m_ui->walkingSpinBox->setValue(profile.walkBaselineMinutes);
    m_ui->unitsComboBox->setCurrentIndex(profile.units == core::Units::Lb ? 1 : 0);
    m_ui->weekStartComboBox->setCurrentIndex(m_ui->weekStartComboBox->findData(static_cast<int>(profile.weekStart)));
    m_ui->restSpinBox->setValue(profile.restSeconds);
    m_ui->recoverySpinBox->setValue(profile.recoveryEvery);
    m_equipment->setOwned(profile.equipment);
    m_weights = profile;
    m_weightUnits = profile.units;
    for (std::size_t i = 0; i < kWeightFields; ++i) {
        m_weightBoxes[i]->setSuffix(QLatin1Char(' ') + QString::fromUtf8(core::LoadUnits::suffix(profile.units)));
        m_weightBoxes[i]->setValue(core::LoadUnits::toDisplay(profile.*kWeightMembers[i], profile.units));
    }
    m_loading = false;
    updateHints();
    emit changed();
}

core::Profile ProfileForm::profile() const
{
    core::Profile profile;
    profile.experience = static_cast<core::Experience>(m_ui->experienceComboBox->currentData().toInt());
    profile.strengthDays = m_ui->strengthDaysComboBox->currentIndex() == 1 ? 3 : 2;
    for (const core::Weekday day : kWeekdays) {
        if (dayCheckBox(day)->isChecked())
            profile.preferredDays.push_back(day);
    }
    profile.equipment = m_equipment->owned();
    profile.minutesPerDay = m_ui->minutesSpinBox->value();
    profile.walkBaselineMinutes = m_ui->walkingSpinBox->value();
    profile.units = m_ui->unitsComboBox->currentIndex() == 1 ? core::Units::Lb : core::Units::Kg;
    profile.weekStart = static_cast<core::Weekday>(m_ui->weekStartComboBox->currentData().toInt());
    profile.restSeconds = m_ui->restSpinBox->value();
    profile.recoveryEvery = m_ui->recoverySpinBox->value();
    for (double core::Profile::*member : kWeightMembers)
        profile.*member = m_weights.*member;
    return profile;
}

void ProfileForm::setAdvancedVisible(bool visible)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->restLabel), static_cast<QWidget*>(m_ui->restSpinBox),
             static_cast<QWidget*>(m_ui->recoveryLabel), static_cast<QWidget*>(m_ui->recoverySpinBox)})
        widget->setVisible(visible);
}

void ProfileForm::updateHints()
{
    const auto experience = static_cast<core::Experience>(m_ui->experienceComboBox->currentData().toInt());
    m_ui->experienceHintLabel->setText(Labels::experienceHint(experience));
    const int wanted = m_ui->strengthDaysComboBox->currentIndex() == 1 ? 3 : 2;
    const auto ticked = static_cast<int>(
        std::count_if(m_days.begin(), m_days.end(), [](QCheckBox* box) { return box->isChecked(); }));
    if (ticked == 0)
        m_ui->daysHintLabel->setText(tr("No day ticked: Keel spreads the %1 strength days over the week.").arg(wanted));
    else if (ticked == wanted - 1)
        m_ui->daysHintLabel->setText(tr("Tick one more day, or Keel picks it for you."));
    else if (ticked < wanted)
        m_ui->daysHintLabel->setText(Plural::of(
            tr("Tick %n more day(s), or Keel picks them for you.", nullptr, wanted - ticked), wanted - ticked));
    else
        m_ui->daysHintLabel->setText(tr("Keel avoids strength on two days in a row when it can."));
}

} // namespace keel::gui
