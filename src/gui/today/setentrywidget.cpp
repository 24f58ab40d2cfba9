// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/setentrywidget.h"

#include "core/plan/itemprogress.h"
#include "gui/common/accessibility.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace keel::gui {

namespace {

constexpr int kNoRpe = 0;
constexpr int kNoPain = -1;
const QString kNotGiven = QStringLiteral("–");

QSpinBox* spinBox(QWidget* parent, const char* objectName, int minimum, int maximum, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

SetEntryWidget::SetEntryWidget(Placement placement, QWidget* parent)
    : EntryForm(parent)
    , m_reps(spinBox(this, "repsSpinBox", 0, 100))
    , m_load(new QDoubleSpinBox(this))
    , m_seconds(spinBox(this, "secondsSpinBox", 1, 3600, tr(" s")))
    , m_meters(spinBox(this, "metersSpinBox", 1, 5000, tr(" m")))
    , m_minutes(spinBox(this, "minutesSpinBox", 1, 600, tr(" min")))
    , m_km(new QDoubleSpinBox(this))
    , m_rpe(spinBox(this, "rpeSpinBox", kNoRpe, 10))
    , m_pain(spinBox(this, "painSpinBox", kNoPain, 10))
    , m_note(new QLineEdit(this))
    , m_submit(new QPushButton(tr("Log set"), this))
{
    m_load->setObjectName(QStringLiteral("loadSpinBox"));
    m_load->setRange(0.0, 1000.0);
    m_load->setDecimals(2); // 41.25 kg: plates of 1.25 kg are loadable, so they must read back exactly
    m_load->setAlignment(Qt::AlignRight);
    m_km->setObjectName(QStringLiteral("kmSpinBox"));
    m_km->setRange(0.0, 200.0);
    m_km->setDecimals(2);
    m_km->setSingleStep(0.1);
    m_km->setSuffix(tr(" km"));
    m_km->setSpecialValueText(kNotGiven);
    m_km->setAlignment(Qt::AlignRight);
    m_rpe->setSpecialValueText(kNotGiven);
    m_rpe->setToolTip(tr("RPE, how hard the set felt: 10 = nothing left, 8 = about two more reps in reserve, "
                         "6 = four or more. Loads and reps go up only when every set is RPE 8 or easier."));
    m_pain->setSpecialValueText(kNotGiven);
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setMaxLength(static_cast<int>(core::LogLimits::kMaxNoteChars));
    m_note->setPlaceholderText(tr("optional"));
    m_submit->setObjectName(QStringLiteral("logButton"));
    m_submit->setAutoDefault(false);
    Accessibility::describe(m_submit, tr("Log set"), tr("Logs the set with the numbers shown (Enter)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Today shows the item's entry and the walk row together, so the walk row answers other
    // letters (or none) than the item's fields.
    const bool item = placement == Placement::Item;
    layout->addWidget(addField(tr("&Reps"), m_reps, tr("Reps")));
    layout->addWidget(addField(tr("H&old"), m_seconds, tr("Hold seconds")));
    layout->addWidget(addField(tr("Dis&tance"), m_meters, tr("Distance in metres")));
    layout->addWidget(addField(item ? tr("&Minutes") : tr("Min&utes"), m_minutes, tr("Minutes")));
    layout->addWidget(addField(item ? tr("&Km") : tr("Km"), m_km, tr("Distance in kilometres (optional)")));
    layout->addWidget(addField(tr("&Load"), m_load, tr("Load")));
    layout->addWidget(addField(tr("RPE"), m_rpe, tr("Effort, RPE 1 to 10 (optional)")));
    layout->addWidget(addField(item ? tr("Pa&in") : tr("P&ain"), m_pain, tr("Pain 0 to 10 (optional)")));
    layout->addWidget(addField(item ? tr("&Note") : tr("Note"), m_note, tr("Note (optional)")), 1);
    layout->addWidget(m_submit, 0, Qt::AlignBottom);
    layout->addStretch(1);

    // Connected before anyone else hears of a submit, so a reload after it prepares the next set.
    connect(this, &EntryForm::submitted, this, [this] { m_edited = false; });
    connect(m_submit, &QPushButton::clicked, this, &SetEntryWidget::submitted);
    const auto edited = [this] { m_edited = true; };
    for (QSpinBox* box : {m_reps, m_seconds, m_meters, m_minutes, m_rpe, m_pain})
        connect(box, &QSpinBox::valueChanged, this, edited);
    for (QDoubleSpinBox* box : {m_load, m_km})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_note, &QLineEdit::textEdited, this, edited);
    setUnits(m_units);
    setMode(Mode::Reps, false);
}

QWidget* SetEntryWidget::addField(const QString& label, QWidget* field, const QString& accessibleName)
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* caption = new QLabel(label, box);
    caption->setBuddy(field);
    field->setParent(box);
    field->setAccessibleName(accessibleName);
    column->addWidget(caption);
    column->addWidget(field);
    return box;
}

void SetEntryWidget::setUnits(const UnitFormat& units)
{
    m_units = units;
    m_load->setSuffix(QLatin1Char(' ') + units.loadSuffix());
    m_load->setSingleStep(units.units() == core::Units::Kg ? 0.5 : 1.0);
}

void SetEntryWidget::setMode(Mode mode, bool withLoad)
{
    m_mode = mode;
    m_withLoad = withLoad;
    m_reps->parentWidget()->setVisible(mode == Mode::Reps);
    m_seconds->parentWidget()->setVisible(mode == Mode::Hold);
    m_meters->parentWidget()->setVisible(mode == Mode::Distance);
    m_minutes->parentWidget()->setVisible(mode == Mode::Minutes || mode == Mode::Walk);
    m_km->parentWidget()->setVisible(mode == Mode::Walk);
    m_load->parentWidget()->setVisible(withLoad);
    m_rpe->parentWidget()->setVisible(mode != Mode::Walk && mode != Mode::Minutes);
}

void SetEntryWidget::resetEffort()
{
    // Effort and pain are asked afresh for every set: carrying them over would record a
    // number nobody entered.
    m_rpe->setValue(kNoRpe);
    m_pain->setValue(kNoPain);
    m_note->clear();
}

void SetEntryWidget::prepare(const core::PlannedItem& item, const core::ItemLog& log, core::Date date)
{
    m_date = date;
    m_exerciseId = item.exerciseId;
    m_itemId = item.id;
    Mode mode = Mode::Reps;
    if (item.reps)
        mode = Mode::Reps;
    else if (item.seconds)
        mode = Mode::Hold;
    else if (item.meters)
        mode = Mode::Distance;
    else if (item.minutes)
        mode = Mode::Minutes;
    setMode(mode, item.loadKg.has_value());

    // The next set starts from the set just logged (the person's real numbers today), or
    // from the prescription for the first set.
    const core::LoggedSet base = log.sets.empty() ? core::PlannedEntry::set(item, date) : log.sets.back();
    m_reps->setValue(base.reps.value_or(1));
    m_seconds->setValue(base.seconds.value_or(30));
    m_meters->setValue(static_cast<int>(base.meters.value_or(20.0)));
    m_minutes->setValue(std::max(1, base.seconds.value_or(300) / 60));
    m_prefilledKg = base.loadKg ? base.loadKg : item.loadKg;
    m_load->setValue(m_prefilledKg ? m_units.toDisplay(*m_prefilledKg) : 0.0);
    resetEffort();
    m_submit->setText(mode == Mode::Minutes ? tr("Log as done") : tr("Log set"));
    m_edited = false;
}

bool SetEntryWidget::holdsTypedEntry(std::optional<std::int64_t> itemId, core::Date date) const
{
    return m_edited && m_itemId == itemId && m_date == date;
}

void SetEntryWidget::prepareWalk(core::Date date, int minutes, std::optional<std::int64_t> plannedItemId)
{
    m_date = date;
    m_exerciseId.clear();
    m_itemId = plannedItemId;
    m_prefilledKg.reset();
    setMode(Mode::Walk, false);
    m_minutes->setValue(minutes);
    m_km->setValue(0.0);
    resetEffort();
    m_submit->setText(tr("Log walk"));
    Accessibility::describe(m_submit, tr("Log walk"), tr("Logs the walk with the numbers shown (Enter)"));
    m_edited = false;
}

core::LoggedSet SetEntryWidget::enteredSet() const
{
    core::LoggedSet set;
    set.date = m_date;
    set.exerciseId = m_exerciseId;
    set.plannedItemId = m_itemId;
    switch (m_mode) {
    case Mode::Reps:
        set.reps = m_reps->value();
        break;
    case Mode::Hold:
        set.seconds = m_seconds->value();
        break;
    case Mode::Distance:
        set.meters = m_meters->value();
        break;
    case Mode::Minutes:
    case Mode::Walk:
        set.seconds = m_minutes->value() * 60;
        break;
    }
    if (m_withLoad) {
        // An untouched load is the planned one exactly, not its rounded pounds converted back.
        const bool untouched = m_prefilledKg && std::abs(m_load->value() - m_units.toDisplay(*m_prefilledKg)) < 1e-9;
        set.loadKg = untouched ? *m_prefilledKg : m_units.fromDisplay(m_load->value());
    }
    if (m_rpe->value() != kNoRpe && m_rpe->isVisibleTo(this))
        set.rpe = m_rpe->value();
    if (m_pain->value() != kNoPain)
        set.pain = m_pain->value();
    set.note = m_note->text().trimmed().toStdString();
    return set;
}

core::WalkEntry SetEntryWidget::enteredWalk() const
{
    core::WalkEntry walk;
    walk.date = m_date;
    walk.minutes = m_minutes->value();
    walk.plannedItemId = m_itemId;
    if (m_km->value() > 0.0)
        walk.meters = m_km->value() * 1000.0;
    if (m_pain->value() != kNoPain)
        walk.pain = m_pain->value();
    walk.note = m_note->text().trimmed().toStdString();
    return walk;
}

void SetEntryWidget::focusEntry()
{
    for (QAbstractSpinBox* field : std::initializer_list<QAbstractSpinBox*> {m_reps, m_seconds, m_meters, m_minutes}) {
        if (field->isVisibleTo(this)) {
            field->setFocus(Qt::OtherFocusReason);
            field->selectAll();
            return;
        }
    }
}

int SetEntryWidget::holdSeconds() const
{
    return m_seconds->value();
}

void SetEntryWidget::setHoldSeconds(int seconds)
{
    m_seconds->setValue(seconds);
}

void SetEntryWidget::setSubmitText(const QString& text)
{
    m_submit->setText(text);
    m_submit->setAccessibleName(text);
}

} // namespace keel::gui
