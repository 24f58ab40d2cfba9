// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/logentrydialog.h"

#include "core/plan/entrycheck.h"
#include "core/store/logrepository.h"
#include "core/store/storeerror.h"
#include "gui/common/errorwords.h"
#include "gui/common/labels.h"
#include "gui/common/logentryfields.h"
#include "gui/common/palettecolors.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"

#include "ui_logentrydialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace keel::gui {

using Field = LogEntryFields::Field;

LogEntryDialog::LogEntryDialog(
    const LogEntry& entry, const core::Catalog& catalog, const UnitFormat& units, core::Date today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LogEntryDialog>())
    , m_original(entry)
    , m_catalog(catalog)
    , m_today(today)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LogEntryDialog::accept);
    // The date and exercise are the first rows of the fields' form, so all captions share one column;
    // made before the fields, so Tab reaches them first.
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    auto* dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    m_exercise = new QComboBox(this);
    m_exercise->setObjectName(QStringLiteral("exerciseComboBox"));
    m_exerciseLabel = new QLabel(tr("E&xercise"), this);
    m_exerciseLabel->setBuddy(m_exercise);
    m_fields = new LogEntryFields(LogEntryFields::Placement::Dialog, this);
    m_fields->setUnits(units);
    m_fields->insertRow(0, dateLabel, m_date);
    m_fields->insertRow(1, m_exerciseLabel, m_exercise);
    m_ui->dialogLayout->insertWidget(0, m_fields);
    // The fields are made after the buttons; Tab still reaches the buttons last.
    QWidget* previous = m_fields->findChild<QLineEdit*>(QStringLiteral("noteLineEdit"));
    for (QAbstractButton* button : m_ui->buttonBox->buttons()) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    // The buttons were made first, so the dialog would open with the keyboard on OK: start at the date.
    m_date->setFocus();
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, PaletteColors::warning(errorPalette));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    std::vector<const core::Exercise*> exercises;
    for (const core::Exercise& exercise : catalog.exercises())
        exercises.push_back(&exercise);
    PrescriptionText::sortByName(catalog, exercises);
    for (const core::Exercise* exercise : exercises)
        m_exercise->addItem(PrescriptionText::exerciseName(catalog, *exercise), QString::fromStdString(exercise->id));

    m_date->setDate(Labels::toQDate(entryDate(entry)));
    std::visit(Overloaded {
                   [&](const core::LoggedSet& set) {
                       setWindowTitle(tr("Edit set"));
                       const QString id = QString::fromStdString(set.exerciseId);
                       if (m_exercise->findData(id) < 0)
                           m_exercise->addItem(id, id); // logged before the catalog lost it
                       m_exercise->setCurrentIndex(m_exercise->findData(id));
                       m_fields->showFields(Field::Reps | Field::Load | Field::Seconds | Field::Meters | Field::Rpe
                           | Field::Pain | Field::Note);
                       m_fields->setSet(set);
                   },
                   [&](const core::WalkEntry& walk) {
                       setWindowTitle(tr("Edit walk"));
                       m_exerciseLabel->hide();
                       m_exercise->hide();
                       m_fields->showFields(Field::Minutes | Field::Kilometers | Field::Pain | Field::Note);
                       m_fields->setWalk(walk);
                   },
                   [&](const core::CheckIn& checkIn) {
                       setWindowTitle(tr("Edit morning check-in"));
                       m_exerciseLabel->hide();
                       m_exercise->hide();
                       m_fields->showFields(Field::Pain);
                       m_fields->setCheckIn(checkIn);
                       m_date->setEnabled(false); // a check-in is the one of its date
                   },
               },
        entry);
    adjustSize();
}

LogEntryDialog::~LogEntryDialog() = default;

LogEntry LogEntryDialog::entry() const
{
    const core::Date date = Labels::fromQDate(m_date->date());
    return std::visit(Overloaded {
                          [&](const core::LoggedSet&) -> LogEntry {
                              core::LoggedSet set = m_fields->loggedSet();
                              set.date = date;
                              set.exerciseId = m_exercise->currentData().toString().toStdString();
                              return set;
                          },
                          [&](const core::WalkEntry&) -> LogEntry {
                              core::WalkEntry walk = m_fields->walkEntry();
                              walk.date = date;
                              return walk;
                          },
                          [&](const core::CheckIn&) -> LogEntry { return m_fields->checkIn(); },
                      },
        m_original);
}

void LogEntryDialog::accept()
{
    // The store's own validation, so the dialog refuses exactly what the store would, then what makes no
    // sense for the exercise or the day (the same check keel-cli makes).
    const LogEntry edited = entry();
    std::optional<QString> problem;
    try {
        std::visit([](const auto& item) { core::LogRepository::validate(item); }, edited);
        std::optional<core::Reason> refused = core::EntryCheck::date(entryDate(edited), m_today);
        if (const auto* set = std::get_if<core::LoggedSet>(&edited); set && !refused) {
            if (const core::Exercise* exercise = m_catalog.find(set->exerciseId))
                refused = core::EntryCheck::set(*set, *exercise, m_today);
        }
        if (refused)
            problem = ReasonWords::text(*refused, &m_catalog);
    } catch (const core::StoreError& error) {
        problem = ErrorWords::text(error, &m_catalog);
    }
    if (problem) {
        m_ui->errorLabel->setText(*problem);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace keel::gui
