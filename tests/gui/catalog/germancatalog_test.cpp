// SPDX-License-Identifier: GPL-3.0-or-later
// With German chosen, the catalog's exercises read in German wherever the app names them.
#include "gui/catalog/catalogmodel.h"
#include "gui/catalog/catalogpane.h"
#include "gui/catalog/exercisedetailview.h"
#include "gui/common/prescriptiontext.h"
#include "gui/logbook.h"
#include "gui/today/todaymodel.h"
#include "gui/today/todaypane.h"
#include "gui/week/weekmodel.h"
#include "gui/week/weekpane.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>
#include <functional>

using namespace keel;

namespace {

// From data/catalog/de/walking.json.
const QString kGermanWalk = QStringLiteral("Zügiger Spaziergang");

QStringList shownIds(const QTableView& table)
{
    QStringList ids;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        ids << table.model()->index(row, 0).data(gui::CatalogModel::IdRole).toString();
    return ids;
}

// Every item of a tree model: its exercise id and the text in its first column.
void eachItem(const QAbstractItemModel& model, int idRole,
    const std::function<void(const QString& id, const QString& shown)>& visit, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString id = index.data(idRole).toString();
        if (!id.isEmpty())
            visit(id, index.data().toString());
        eachItem(model, idRole, visit, index);
    }
}

} // namespace

TEST_CASE("in German the catalog's exercises are named in German in every pane", "[catalog][language]")
{
    test::InLanguage german(QStringLiteral("de"));
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db", "de");
    const core::Catalog& catalog = logbook->catalog();
    REQUIRE(catalog.language() == "de");
    const core::Exercise& walk = *catalog.find("brisk-walk");
    REQUIRE(gui::PrescriptionText::exerciseName(catalog, walk) == kGermanWalk);
    logbook->setProfile(test::sampleProfile());
    logbook->planWeeks(test::testToday(), 1);

    SECTION("the catalog pane lists and describes it in German and finds it by either name")
    {
        gui::CatalogPane pane(*logbook);
        test::showAndWait(&pane);
        auto* table = pane.findChild<QTableView*>(QStringLiteral("exerciseTableView"));
        auto* search = pane.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        REQUIRE(table);
        REQUIRE(search);
        const int row = static_cast<int>(shownIds(*table).indexOf(QStringLiteral("brisk-walk")));
        REQUIRE(row >= 0);
        CHECK(table->model()->index(row, 0).data().toString() == kGermanWalk);

        pane.selectExercise(QStringLiteral("brisk-walk"));
        auto* details = pane.findChild<gui::ExerciseDetailView*>();
        REQUIRE(details);
        const QString page = details->toPlainText();
        CHECK(page.contains(kGermanWalk));
        CHECK(page.contains(QStringLiteral("Gehen Sie zum Aufwärmen einige Minuten in lockerem Tempo.")));
        CHECK_FALSE(page.contains(QStringLiteral("Brisk walk")));

        // QTest types only ASCII keys; the umlaut goes in as a text input would put it.
        search->insert(QStringLiteral("zügiger spazier"));
        CHECK(shownIds(*table) == QStringList {QStringLiteral("brisk-walk")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("brisk walk"));
        CHECK(shownIds(*table) == QStringList {QStringLiteral("brisk-walk")});
    }

    SECTION("Today and Week name planned exercises as the catalog shows them")
    {
        int translated = 0;
        const auto check = [&](const QString& id, const QString& shown) {
            const core::Exercise* exercise = catalog.find(id.toStdString());
            REQUIRE(exercise);
            INFO(id.toStdString());
            CHECK(shown.startsWith(gui::PrescriptionText::exerciseName(catalog, *exercise)));
            const auto translation = catalog.translations().find(exercise->id);
            if (translation != catalog.translations().end() && translation->second.name) {
                ++translated;
                CHECK(shown.startsWith(QString::fromStdString(*translation->second.name)));
            }
        };
        gui::TodayPane today(*logbook);
        test::showAndWait(&today);
        eachItem(*today.model(), gui::TodayModel::ExerciseIdRole, check);
        gui::WeekPane week(*logbook);
        test::showAndWait(&week);
        const int translatedToday = translated;
        eachItem(*week.model(), gui::WeekModel::ExerciseIdRole, check);
        // Walks are planned on most days, and walking is translated.
        CHECK(translated > translatedToday);
    }
}
