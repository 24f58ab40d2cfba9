// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catalog/catalogfiltermodel.h"
#include "gui/catalog/catalogmodel.h"
#include "gui/catalog/exercisedetailview.h"
#include "support/guitestsupport.h"

#include <QAbstractItemModelTester>
#include <QPalette>

#include <catch2/catch.hpp>

using namespace keel;
using gui::CatalogFilterModel;
using gui::CatalogModel;

namespace {

QStringList visibleIds(const CatalogFilterModel& filter)
{
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data(CatalogModel::IdRole).toString();
    return ids;
}

} // namespace

TEST_CASE("the catalog model lists every exercise with readable columns")
{
    const core::Catalog catalog = test::sampleCatalog();
    CatalogModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == static_cast<int>(catalog.size()));
    const int row = model.rowOf("dumbbell-romanian-deadlift");
    REQUIRE(row >= 0);
    CHECK(model.index(row, CatalogModel::NameColumn).data().toString() == "Dumbbell Romanian deadlift");
    CHECK(model.index(row, CatalogModel::PatternColumn).data().toString() == "Hip hinge");
    CHECK(model.index(row, CatalogModel::LevelColumn).data().toInt() == 3);
    CHECK(model.index(row, CatalogModel::EquipmentColumn).data().toString() == "Dumbbells or Kettlebell");
    CHECK(model.rowOf("no-such-exercise") == -1);
    CHECK(model.exerciseAt(-1) == nullptr);
}

TEST_CASE("search words and filters narrow the catalog and clearing brings everything back")
{
    const core::Catalog catalog = test::sampleCatalog();
    CatalogModel model(catalog);
    CatalogFilterModel filter;
    filter.setCatalogModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = filter.rowCount();
    REQUIRE(all == static_cast<int>(catalog.size()));

    SECTION("every search word must match somewhere")
    {
        filter.setSearchText("bridge");
        CHECK(visibleIds(filter) == QStringList {"glute-bridge"});
        filter.setSearchText("hinge dumbbell");
        CHECK(visibleIds(filter) == QStringList {"dumbbell-romanian-deadlift"});
        filter.setSearchText("desk");
        CHECK(visibleIds(filter) == QStringList {"open-book"});
    }
    SECTION("pattern, focus and level")
    {
        filter.setPattern(core::Pattern::Hinge);
        CHECK(filter.rowCount() == 3);
        filter.setLevel(2);
        CHECK(visibleIds(filter) == QStringList {"hip-hinge-drill"});
        filter.setPattern(core::Pattern::Mobility);
        filter.setLevel(std::nullopt);
        filter.setFocus(core::Focus::Thoracic);
        CHECK(visibleIds(filter) == QStringList {"open-book"});
    }
    SECTION("flare-up safe and owned equipment")
    {
        filter.setFlareUpSafeOnly(true);
        CHECK(filter.rowCount() == 5);
        filter.setFlareUpSafeOnly(false);
        filter.setOwnedEquipment(CatalogFilterModel::Owned {});
        CHECK_FALSE(visibleIds(filter).contains("goblet-squat"));
        CHECK(visibleIds(filter).contains("glute-bridge")); // a mat is assumed
        filter.setOwnedEquipment(CatalogFilterModel::Owned {"kettlebell"});
        CHECK(visibleIds(filter).contains("goblet-squat"));
        CHECK_FALSE(visibleIds(filter).contains("pallof-press"));
    }
    CHECK(filter.rowCount() < all);
    CHECK(filter.isFiltering());
    filter.clearFilters();
    CHECK(filter.rowCount() == all);
    CHECK_FALSE(filter.isFiltering());
}

TEST_CASE("sorting by pattern keeps each ladder in rung order")
{
    const core::Catalog catalog = test::sampleCatalog();
    CatalogModel model(catalog);
    CatalogFilterModel filter;
    filter.setCatalogModel(&model);
    filter.sort(CatalogModel::PatternColumn);
    const QStringList ids = visibleIds(filter);
    CHECK(ids.indexOf("glute-bridge") < ids.indexOf("hip-hinge-drill"));
    CHECK(ids.indexOf("hip-hinge-drill") < ids.indexOf("dumbbell-romanian-deadlift"));
    CHECK(ids.indexOf("dumbbell-romanian-deadlift") < ids.indexOf("goblet-squat"));
}

TEST_CASE("the detail page holds every part of the exercise and links both neighbouring rungs")
{
    const core::Catalog catalog = test::sampleCatalog();
    const core::Exercise* drill = catalog.find("hip-hinge-drill");
    REQUIRE(drill);
    const QString html = gui::ExerciseDetailView::html(*drill, catalog, gui::UnitFormat(core::Units::Lb), QPalette());
    CHECK(html.contains("Hip hinge drill"));
    CHECK(html.contains("A summary of Hip hinge drill."));
    CHECK(html.contains("<ol><li>Set up.</li><li>Move.</li><li>Return.</li></ol>"));
    CHECK(html.contains("Breathe out as you move."));
    CHECK(html.contains("It helps the back."));
    CHECK(html.contains("2–3 sets × 8–12 reps"));
    CHECK(html.contains("href=\"exercise:glute-bridge\""));
    CHECK(html.contains("href=\"exercise:dumbbell-romanian-deadlift\""));

    const core::Exercise* rdl = catalog.find("dumbbell-romanian-deadlift");
    const QString rdlHtml = gui::ExerciseDetailView::html(*rdl, catalog, gui::UnitFormat(core::Units::Lb), QPalette());
    CHECK(rdlHtml.contains("Stop if the back rounds."));
    CHECK(rdlHtml.contains("Starts at 17.64 lb, adds 4.41 lb a step"));
    CHECK(rdlHtml.contains("This is the top rung."));
}
