// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catalog/catalogfiltermodel.h"
#include "gui/catalog/catalogmodel.h"
#include "gui/catalog/catalogpane.h"
#include "gui/catalog/exercisedetailview.h"
#include "gui/logbook.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel;

TEST_CASE("typing in the catalog search and ticking filters narrow the list")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->setProfile(test::sampleProfile());
    gui::CatalogPane pane(*logbook);
    test::showAndWait(&pane);
    auto* table = pane.findChild<QTableView*>("exerciseTableView");
    auto* search = pane.findChild<QLineEdit*>("searchLineEdit");
    auto* pattern = pane.findChild<QComboBox*>("patternComboBox");
    auto* equipment = pane.findChild<QComboBox*>("equipmentComboBox");
    auto* flareUp = pane.findChild<QCheckBox*>("flareUpCheckBox");
    auto* clear = pane.findChild<QPushButton*>("clearFiltersButton");
    REQUIRE(table);
    REQUIRE(search);
    const int all = table->model()->rowCount();
    REQUIRE(all == static_cast<int>(logbook->catalog().size()));
    CHECK_FALSE(pane.currentExerciseId().isEmpty()); // the first exercise is shown, not an empty page

    QTest::keyClicks(search, "bridge");
    const int bridges = table->model()->rowCount();
    CHECK(bridges > 0);
    CHECK(bridges < all);
    for (int row = 0; row < bridges; ++row)
        CHECK(table->model()->index(row, 0).data().toString().contains("bridge", Qt::CaseInsensitive));

    search->clear();
    pattern->setCurrentIndex(pattern->findData(static_cast<int>(core::Pattern::Carry)));
    const int carries = table->model()->rowCount();
    CHECK(carries > 0);
    CHECK(carries < all);
    equipment->setCurrentIndex(1); // equipment I own: dumbbells and a band
    CHECK(table->model()->rowCount() <= carries);
    flareUp->setChecked(true);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const auto* exercise = logbook->catalog().find(
            table->model()->index(row, 0).data(gui::CatalogModel::IdRole).toString().toStdString());
        REQUIRE(exercise);
        CHECK(exercise->isFlareUpSafe());
        CHECK(exercise->pattern == core::Pattern::Carry);
    }

    QTest::keyClicks(search, "zzz-nothing-like-this");
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(table->isVisible()); // the pane says what to do instead
    REQUIRE(clear->isEnabled());
    clear->click();
    CHECK(table->model()->rowCount() == all);
    CHECK(search->text().isEmpty());
    CHECK_FALSE(flareUp->isChecked());
}

TEST_CASE("a ladder link in the details selects the next rung")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    gui::CatalogPane pane(*logbook);
    test::showAndWait(&pane);
    const core::Exercise* withNext = nullptr;
    for (const core::Exercise& exercise : logbook->catalog().exercises()) {
        if (exercise.progressesTo) {
            withNext = &exercise;
            break;
        }
    }
    REQUIRE(withNext);
    pane.selectExercise(QString::fromStdString(withNext->id));
    CHECK(pane.currentExerciseId() == QString::fromStdString(withNext->id));
    auto* details = pane.findChild<gui::ExerciseDetailView*>();
    REQUIRE(details);
    CHECK(details->toHtml().contains(QString::fromStdString(logbook->catalog().find(*withNext->progressesTo)->name)));
    emit details->anchorClicked(gui::ExerciseDetailView::linkTo(*withNext->progressesTo));
    CHECK(pane.currentExerciseId() == QString::fromStdString(*withNext->progressesTo));
    auto* table = pane.findChild<QTableView*>("exerciseTableView");
    CHECK(table->currentIndex().data(gui::CatalogModel::IdRole).toString()
        == QString::fromStdString(*withNext->progressesTo));
}

TEST_CASE("the catalog filters by one piece of equipment and keeps the selection sensible", "[equipment]")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->setProfile(test::sampleProfile());
    gui::CatalogPane pane(*logbook);
    test::showAndWait(&pane);
    auto* table = pane.findChild<QTableView*>("exerciseTableView");
    auto* equipment = pane.findChild<QComboBox*>("equipmentComboBox");
    REQUIRE(table);
    REQUIRE(equipment);
    const int kettlebell = equipment->findData(QStringLiteral("kettlebell"));
    REQUIRE(kettlebell >= 0);
    const auto uses = [](const core::Exercise& exercise, const std::string& piece) {
        return std::any_of(
            exercise.equipment.begin(), exercise.equipment.end(), [&](const core::EquipmentChoice& choice) {
                return std::find(choice.begin(), choice.end(), piece) != choice.end();
            });
    };
    const auto expected = std::count_if(logbook->catalog().exercises().begin(), logbook->catalog().exercises().end(),
        [&](const core::Exercise& exercise) { return uses(exercise, "kettlebell"); });
    REQUIRE(expected > 0);

    // Reading an exercise that uses a kettlebell: it stays selected when the filter is set.
    const auto kettlebellExercise
        = std::find_if(logbook->catalog().exercises().begin(), logbook->catalog().exercises().end(),
            [&](const core::Exercise& exercise) { return uses(exercise, "kettlebell") && !uses(exercise, "band"); });
    REQUIRE(kettlebellExercise != logbook->catalog().exercises().end());
    pane.selectExercise(QString::fromStdString(kettlebellExercise->id));
    equipment->setCurrentIndex(kettlebell);
    CHECK(table->model()->rowCount() == expected);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const auto* exercise = logbook->catalog().find(
            table->model()->index(row, 0).data(gui::CatalogModel::IdRole).toString().toStdString());
        REQUIRE(exercise);
        CHECK(uses(*exercise, "kettlebell"));
    }
    CHECK(pane.currentExerciseId() == QString::fromStdString(kettlebellExercise->id));
    CHECK(table->currentIndex().data(gui::CatalogModel::IdRole).toString() == pane.currentExerciseId());

    // Reading one the next filter hides: the selection moves to the first row, details follow.
    const int band = equipment->findData(QStringLiteral("band"));
    REQUIRE(band >= 0);
    equipment->setCurrentIndex(band);
    REQUIRE(table->model()->rowCount() > 0);
    CHECK(table->currentIndex().row() == 0);
    CHECK(pane.currentExerciseId() == table->model()->index(0, 0).data(gui::CatalogModel::IdRole).toString());
}
