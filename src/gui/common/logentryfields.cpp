// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/logentryfields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace keel::gui {

namespace {

using core::LogLimits;

// A spin box at its minimum shows this for a value that was not recorded.
const QString kNotGiven = QStringLiteral("—"); // notr: a dash, the same in every language
constexpr int kNoRpe = LogLimits::kMinRpe - 1;
constexpr int kNoPain = -1;
constexpr double kMetersPerKm = 1000.0;

QSpinBox* spinBox(QWidget* parent, const char* objectName, int minimum, int maximum, int step)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setAlignment(Qt::AlignRight);
    return box;
}

// The value of a spin box whose minimum means "not recorded".
std::optional<int> given(const QSpinBox* box)
{
    if (box->value() == box->minimum())
        return std::nullopt;
    return box->value();
}

} // namespace

LogEntryFields::LogEntryFields(Placement placement, QWidget* parent)
    : QWidget(parent)
    , m_placement(placement)
    , m_reps(spinBox(this, "repsSpinBox", 0, LogLimits::kMaxReps, 1))
    , m_seconds(spinBox(this, "secondsSpinBox", 0, LogLimits::kMaxSeconds, 5))
    , m_meters(spinBox(this, "metersSpinBox", 0, static_cast<int>(LogLimits::kMaxMeters), 5))
    , m_minutes(spinBox(this, "minutesSpinBox", LogLimits::kMinWalkMinutes, LogLimits::kMaxWalkMinutes, 1))
    , m_km(new QDoubleSpinBox(this))
    , m_load(new QDoubleSpinBox(this))
    , m_rpe(spinBox(this, "rpeSpinBox", kNoRpe, LogLimits::kMaxRpe, 1))
    , m_pain(spinBox(this, "painSpinBox", kNoPain, LogLimits::kMaxPain, 1))
    , m_note(new QLineEdit(this))
{
    for (QSpinBox* box : {m_reps, m_seconds, m_meters, m_rpe, m_pain})
        box->setSpecialValueText(kNotGiven);
    m_seconds->setSuffix(tr(" s"));
    m_meters->setSuffix(tr(" m"));
    m_minutes->setSuffix(tr(" min"));
    m_km->setObjectName(QStringLiteral("kmSpinBox"));
    m_km->setRange(0.0, LogLimits::kMaxWalkMeters / kMetersPerKm);
    m_km->setDecimals(2);
    m_km->setSingleStep(0.1);
    m_km->setSuffix(tr(" km"));
    m_km->setSpecialValueText(kNotGiven);
    m_km->setAlignment(Qt::AlignRight);
    m_load->setObjectName(QStringLiteral("loadSpinBox"));
    m_load->setDecimals(2); // 41.25 kg: plates of 1.25 kg are loadable, so they must read back exactly
    m_load->setSpecialValueText(tr("bodyweight"));
    m_load->setAlignment(Qt::AlignRight);
    m_rpe->setToolTip(tr("RPE, how hard the set felt: 10 = nothing left, 8 = about two more reps in reserve, "
                         "6 = four or more. Loads and reps go up only when every set is RPE 8 or easier."));
    m_pain->setToolTip(tr("0 is no pain; up to 3 is fine, 4–5 is the ceiling"));
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setMaxLength(static_cast<int>(LogLimits::kMaxNoteChars));
    m_note->setPlaceholderText(tr("optional"));

    if (placement == Placement::Dialog) {
        m_form = new QFormLayout(this);
        m_form->setContentsMargins(0, 0, 0, 0);
    } else {
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
    }
    // Today shows the item's entry and the walk row together, so the walk row answers other
    // letters (or none) than the item's fields; the dialog has its own date and exercise letters.
    const bool walkRow = placement == Placement::TodayWalk;
    addField(tr("&Reps"), m_reps, tr("Reps"));
    addField(tr("H&old"), m_seconds, tr("Hold seconds"));
    addField(tr("Dis&tance"), m_meters, tr("Distance in metres"));
    addField(walkRow ? tr("Min&utes") : tr("&Minutes"), m_minutes, tr("Minutes"));
    addField(walkRow ? tr("Distance") : tr("&Km"), m_km, tr("Distance in kilometres (optional)"));
    addField(tr("&Load"), m_load, tr("Load (0 is bodyweight)"));
    addField(placement == Placement::Dialog ? tr("R&PE") : tr("RPE"), m_rpe, tr("Effort, RPE 1 to 10 (optional)"));
    addField(walkRow ? tr("P&ain") : tr("Pa&in"), m_pain, tr("Pain 0 to 10 (optional)"));
    addField(walkRow ? tr("Note") : tr("&Note"), m_note, tr("Note (optional)"), 1);

    const auto changed = [this] { emit edited(); };
    for (QSpinBox* box : {m_reps, m_seconds, m_meters, m_minutes, m_rpe, m_pain})
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox* box : {m_load, m_km})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_note, &QLineEdit::textEdited, this, changed);
    setUnits(m_units);
    showFields(Field::Reps | Field::Rpe | Field::Pain | Field::Note);
}

void LogEntryFields::addField(const QString& caption, QWidget* field, const QString& accessibleName, int stretch)
{
    field->setAccessibleName(accessibleName);
    if (m_form) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        m_form->addRow(label, field);
        return;
    }
    // A captioned column, hidden and shown as one.
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* label = new QLabel(caption, box);
    label->setBuddy(field);
    field->setParent(box);
    column->addWidget(label);
    column->addWidget(field);
    static_cast<QHBoxLayout*>(layout())->addWidget(box, stretch);
}

void LogEntryFields::insertRow(int row, QLabel* caption, QWidget* field)
{
    if (m_form)
        m_form->insertRow(row, caption, field);
}

void LogEntryFields::setUnits(const UnitFormat& units)
{
    // A load already shown keeps its kilograms, now in the other unit.
    const bool converts = units.units() != m_units.units() && m_load->value() > 0.0;
    const double kg = m_units.fromDisplay(m_load->value());
    m_units = units;
    m_load->setRange(0.0, units.toDisplay(LogLimits::kMaxLoadKg));
    m_load->setSingleStep(units.units() == core::Units::Kg ? 2.5 : 5.0);
    m_load->setSuffix(QLatin1Char(' ') + units.loadSuffix());
    if (converts)
        m_load->setValue(units.toDisplay(kg));
}

void LogEntryFields::showFields(Fields fields)
{
    m_shown = fields;
    const std::pair<Field, QWidget*> all[] = {{Field::Reps, m_reps}, {Field::Seconds, m_seconds},
        {Field::Meters, m_meters}, {Field::Minutes, m_minutes}, {Field::Kilometers, m_km}, {Field::Load, m_load},
        {Field::Rpe, m_rpe}, {Field::Pain, m_pain}, {Field::Note, m_note}};
    for (const auto& [field, widget] : all) {
        if (m_form)
            m_form->setRowVisible(widget, fields.testFlag(field));
        else
            widget->parentWidget()->setVisible(fields.testFlag(field));
    }
}

void LogEntryFields::allowNoPain(bool allow)
{
    m_pain->setMinimum(allow ? kNoPain : 0);
    m_pain->setSpecialValueText(allow ? kNotGiven : QString());
}

void LogEntryFields::setSet(const core::LoggedSet& set)
{
    m_set = set;
    allowNoPain(true);
    m_reps->setValue(set.reps.value_or(0));
    m_seconds->setValue(set.seconds.value_or(0));
    m_minutes->setValue(std::max(LogLimits::kMinWalkMinutes, set.seconds.value_or(0) / 60));
    m_meters->setValue(static_cast<int>(std::lround(set.meters.value_or(0.0))));
    m_load->setValue(set.loadKg ? m_units.toDisplay(*set.loadKg) : 0.0);
    m_rpe->setValue(set.rpe.value_or(kNoRpe));
    m_pain->setValue(set.pain.value_or(kNoPain));
    m_note->setText(QString::fromStdString(set.note));
}

core::LoggedSet LogEntryFields::loggedSet() const
{
    core::LoggedSet set = m_set;
    const auto shown = [this](Field field) { return m_shown.testFlag(field); };
    set.reps = shown(Field::Reps) ? given(m_reps) : std::nullopt;
    if (shown(Field::Seconds))
        set.seconds = given(m_seconds);
    else if (shown(Field::Minutes))
        set.seconds = m_minutes->value() * 60;
    else
        set.seconds.reset();
    set.meters.reset();
    if (shown(Field::Meters) && given(m_meters)) {
        const bool untouched = m_set.meters && std::lround(*m_set.meters) == m_meters->value();
        set.meters = untouched ? *m_set.meters : m_meters->value();
    }
    // A load of 0 is bodyweight, stored as no load.
    set.loadKg.reset();
    if (shown(Field::Load) && m_load->value() > 0.0) {
        const bool untouched = m_set.loadKg && std::abs(m_load->value() - m_units.toDisplay(*m_set.loadKg)) < 1e-9;
        set.loadKg = untouched ? *m_set.loadKg : m_units.fromDisplay(m_load->value());
    }
    set.rpe = shown(Field::Rpe) ? given(m_rpe) : std::nullopt;
    set.pain = shown(Field::Pain) ? given(m_pain) : std::nullopt;
    set.note = shown(Field::Note) ? m_note->text().trimmed().toStdString() : std::string();
    return set;
}

void LogEntryFields::setWalk(const core::WalkEntry& walk)
{
    m_walk = walk;
    allowNoPain(true);
    m_minutes->setValue(walk.minutes);
    m_km->setValue(walk.meters ? *walk.meters / kMetersPerKm : 0.0);
    m_pain->setValue(walk.pain.value_or(kNoPain));
    m_note->setText(QString::fromStdString(walk.note));
}

core::WalkEntry LogEntryFields::walkEntry() const
{
    core::WalkEntry walk = m_walk;
    walk.minutes = m_minutes->value();
    walk.meters.reset();
    if (m_shown.testFlag(Field::Kilometers) && m_km->value() > 0.0) {
        const bool untouched = m_walk.meters && std::abs(*m_walk.meters / kMetersPerKm - m_km->value()) < 0.005;
        walk.meters = untouched ? *m_walk.meters : m_km->value() * kMetersPerKm;
    }
    walk.pain = m_shown.testFlag(Field::Pain) ? given(m_pain) : std::nullopt;
    walk.note = m_shown.testFlag(Field::Note) ? m_note->text().trimmed().toStdString() : std::string();
    return walk;
}

void LogEntryFields::setCheckIn(const core::CheckIn& checkIn)
{
    m_checkIn = checkIn;
    allowNoPain(false);
    m_pain->setValue(checkIn.pain);
}

core::CheckIn LogEntryFields::checkIn() const
{
    core::CheckIn checkIn = m_checkIn;
    checkIn.pain = m_pain->value();
    return checkIn;
}

void LogEntryFields::clearEffort()
{
    m_rpe->setValue(kNoRpe);
    m_pain->setValue(m_pain->minimum());
    m_note->clear();
}

int LogEntryFields::seconds() const
{
    return m_seconds->value();
}

void LogEntryFields::setSeconds(int seconds)
{
    m_seconds->setValue(seconds);
}

void LogEntryFields::focusFirst()
{
    const std::pair<Field, QAbstractSpinBox*> numbers[]
        = {{Field::Reps, m_reps}, {Field::Seconds, m_seconds}, {Field::Meters, m_meters}, {Field::Minutes, m_minutes}};
    for (const auto& [field, box] : numbers) {
        if (m_shown.testFlag(field)) {
            box->setFocus(Qt::OtherFocusReason);
            box->selectAll();
            return;
        }
    }
}

} // namespace keel::gui
