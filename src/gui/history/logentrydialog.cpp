// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/logentrydialog.h"

#include "core/plan/entrycheck.h"
#include "core/store/logrepository.h"
#include "core/store/storeerror.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"

#include "ui_logentrydialog.h"

#include <algorithm>
#include <cmath>

namespace keel::gui {

namespace {

// Spin boxes show "—" at their minimum for a value that was not recorded.
std::optional<int> optionalValue(const QSpinBox* spin)
{
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return spin->value();
}

std::optional<double> optionalValue(const QDoubleSpinBox* spin)
{
    if (spin->value() <= spin->minimum())
        return std::nullopt;
    return spin->value();
}

} // namespace

LogEntryDialog::LogEntryDialog(
    const LogEntry& entry, const core::Catalog& catalog, const UnitFormat& units, core::Date today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LogEntryDialog>())
    , m_original(entry)
    , m_catalog(catalog)
    , m_units(units)
    , m_today(today)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LogEntryDialog::accept);
    m_ui->loadSpinBox->setSuffix(QLatin1Char(' ') + units.loadSuffix());
    m_ui->loadSpinBox->setSingleStep(units.units() == core::Units::Kg ? 0.5 : 1.0);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, PaletteColors::warning(errorPalette));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    std::vector<const core::Exercise*> exercises;
    for (const core::Exercise& exercise : catalog.exercises())
        exercises.push_back(&exercise);
    std::sort(exercises.begin(), exercises.end(),
        [](const core::Exercise* a, const core::Exercise* b) { return a->name < b->name; });
    for (const core::Exercise* exercise : exercises)
        m_ui->exerciseComboBox->addItem(QString::fromStdString(exercise->name), QString::fromStdString(exercise->id));

    m_ui->dateEdit->setDate(Labels::toQDate(entryDate(entry)));
    std::visit(Overloaded {
                   [&](const core::LoggedSet& set) {
                       setWindowTitle(tr("Edit set"));
                       const QString id = QString::fromStdString(set.exerciseId);
                       if (m_ui->exerciseComboBox->findData(id) < 0)
                           m_ui->exerciseComboBox->addItem(id, id); // logged before the catalog lost it
                       m_ui->exerciseComboBox->setCurrentIndex(m_ui->exerciseComboBox->findData(id));
                       m_ui->repsSpinBox->setValue(set.reps.value_or(0));
                       m_ui->loadSpinBox->setValue(set.loadKg ? units.toDisplay(*set.loadKg) : 0.0);
                       m_ui->secondsSpinBox->setValue(set.seconds.value_or(0));
                       m_ui->metersSpinBox->setValue(set.meters.value_or(0.0));
                       m_ui->rpeSpinBox->setValue(set.rpe.value_or(0));
                       m_ui->painSpinBox->setValue(set.pain.value_or(-1));
                       m_ui->noteLineEdit->setText(QString::fromStdString(set.note));
                   },
                   [&](const core::WalkEntry& walk) {
                       setWindowTitle(tr("Edit walk"));
                       m_ui->minutesSpinBox->setValue(walk.minutes);
                       m_ui->kilometersSpinBox->setValue(walk.meters ? *walk.meters / 1000.0 : 0.0);
                       m_ui->painSpinBox->setValue(walk.pain.value_or(-1));
                       m_ui->noteLineEdit->setText(QString::fromStdString(walk.note));
                   },
                   [&](const core::CheckIn& checkIn) {
                       setWindowTitle(tr("Edit morning check-in"));
                       m_ui->painSpinBox->setMinimum(0); // a check-in always has a pain score
                       m_ui->painSpinBox->setSpecialValueText(QString());
                       m_ui->painSpinBox->setValue(checkIn.pain);
                       m_ui->dateEdit->setEnabled(false); // a check-in is the one of its date
                   },
               },
        entry);
    showRowsFor(entry);
    adjustSize();
}

LogEntryDialog::~LogEntryDialog() = default;

void LogEntryDialog::showRowsFor(const LogEntry& entry)
{
    const bool isSet = std::holds_alternative<core::LoggedSet>(entry);
    const bool isWalk = std::holds_alternative<core::WalkEntry>(entry);
    QFormLayout* form = m_ui->formLayout;
    for (QWidget* field : {static_cast<QWidget*>(m_ui->exerciseComboBox), static_cast<QWidget*>(m_ui->repsSpinBox),
             static_cast<QWidget*>(m_ui->loadSpinBox), static_cast<QWidget*>(m_ui->secondsSpinBox),
             static_cast<QWidget*>(m_ui->metersSpinBox), static_cast<QWidget*>(m_ui->rpeSpinBox)})
        form->setRowVisible(field, isSet);
    form->setRowVisible(m_ui->minutesSpinBox, isWalk);
    form->setRowVisible(m_ui->kilometersSpinBox, isWalk);
    form->setRowVisible(m_ui->noteLineEdit, isSet || isWalk);
}

LogEntry LogEntryDialog::entry() const
{
    const core::Date date = Labels::fromQDate(m_ui->dateEdit->date());
    return std::visit(Overloaded {
                          [&](const core::LoggedSet& original) -> LogEntry {
                              core::LoggedSet set = original;
                              set.date = date;
                              set.exerciseId = m_ui->exerciseComboBox->currentData().toString().toStdString();
                              set.reps = optionalValue(m_ui->repsSpinBox);
                              const auto load = optionalValue(m_ui->loadSpinBox);
                              // Keep the stored kilograms when the shown value was not touched, so
                              // opening and closing the dialog in pounds never drifts the load.
                              if (!load)
                                  set.loadKg.reset();
                              else if (!original.loadKg || m_units.toDisplay(*original.loadKg) != *load)
                                  set.loadKg = m_units.fromDisplay(*load);
                              set.seconds = optionalValue(m_ui->secondsSpinBox);
                              set.meters = optionalValue(m_ui->metersSpinBox);
                              set.rpe = optionalValue(m_ui->rpeSpinBox);
                              set.pain = optionalValue(m_ui->painSpinBox);
                              set.note = m_ui->noteLineEdit->text().toStdString();
                              return set;
                          },
                          [&](const core::WalkEntry& original) -> LogEntry {
                              core::WalkEntry walk = original;
                              walk.date = date;
                              walk.minutes = m_ui->minutesSpinBox->value();
                              const auto kilometers = optionalValue(m_ui->kilometersSpinBox);
                              if (!kilometers)
                                  walk.meters.reset();
                              else if (!original.meters || std::abs(*original.meters / 1000.0 - *kilometers) >= 0.005)
                                  walk.meters = *kilometers * 1000.0;
                              walk.pain = optionalValue(m_ui->painSpinBox);
                              walk.note = m_ui->noteLineEdit->text().toStdString();
                              return walk;
                          },
                          [&](const core::CheckIn& original) -> LogEntry {
                              core::CheckIn checkIn = original;
                              checkIn.pain = m_ui->painSpinBox->value();
                              return checkIn;
                          },
                      },
        m_original);
}

void LogEntryDialog::accept()
{
    // The store's own validation, so the dialog refuses exactly what the store would, then what makes no
    // sense for the exercise or the day (the same check keel-cli makes).
    const LogEntry edited = entry();
    std::optional<std::string> problem;
    try {
        std::visit([](const auto& item) { core::LogRepository::validate(item); }, edited);
        problem = core::EntryCheck::date(entryDate(edited), m_today);
        if (const auto* set = std::get_if<core::LoggedSet>(&edited); set && !problem) {
            if (const core::Exercise* exercise = m_catalog.find(set->exerciseId))
                problem = core::EntryCheck::set(*set, *exercise, m_today);
        }
    } catch (const core::StoreError& error) {
        problem = error.what();
    }
    if (problem) {
        m_ui->errorLabel->setText(QString::fromStdString(*problem));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace keel::gui
