// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/guitestsupport.h"

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/store/database.h"
#include "gui/common/translations.h"
#include "gui/logbook.h"

#include <QApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <catch2/catch.hpp>

namespace keel::test {

namespace {

core::Exercise exercise(std::string id, std::string name, core::Pattern pattern, int level)
{
    core::Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.pattern = pattern;
    e.level = level;
    e.dose.kind = core::DoseKind::Reps;
    e.dose.sets = core::IntRange {2, 3};
    e.dose.reps = core::IntRange {8, 12};
    e.summary = "A summary of " + e.name + ".";
    e.steps = {"Set up.", "Move.", "Return."};
    e.cues = {"Breathe out as you move."};
    e.why = "It helps the back.";
    return e;
}

} // namespace

core::Date testToday()
{
    return core::Date::fromYmd(2026, 3, 11);
}

core::Catalog sampleCatalog()
{
    std::vector<core::Exercise> all;
    auto bridge = exercise("glute-bridge", "Glute bridge", core::Pattern::Hinge, 1);
    bridge.tags = {"flare_up_safe", "floor"};
    bridge.equipment = {{"mat"}};
    bridge.progressesTo = "hip-hinge-drill";
    all.push_back(bridge);

    auto drill = exercise("hip-hinge-drill", "Hip hinge drill", core::Pattern::Hinge, 2);
    drill.regressesTo = "glute-bridge";
    drill.progressesTo = "dumbbell-romanian-deadlift";
    drill.tags = {"standing"};
    all.push_back(drill);

    auto rdl = exercise("dumbbell-romanian-deadlift", "Dumbbell Romanian deadlift", core::Pattern::Hinge, 3);
    rdl.regressesTo = "hip-hinge-drill";
    rdl.equipment = {{"dumbbell", "kettlebell"}};
    rdl.load = {core::LoadKind::External, 8.0, 2.0};
    rdl.cautions = {"Stop if the back rounds."};
    all.push_back(rdl);

    auto squat = exercise("goblet-squat", "Goblet squat", core::Pattern::Squat, 3);
    squat.equipment = {{"dumbbell", "kettlebell"}};
    squat.load = {core::LoadKind::External, 8.0, 2.0};
    all.push_back(squat);

    auto carry = exercise("farmer-carry", "Farmer carry", core::Pattern::Carry, 2);
    carry.dose.kind = core::DoseKind::Distance;
    carry.dose.reps.reset();
    carry.dose.meters = core::IntRange {20, 40};
    carry.equipment = {{"dumbbell", "kettlebell"}};
    carry.load = {core::LoadKind::External, 10.0, 2.0};
    all.push_back(carry);

    auto birdDog = exercise("bird-dog", "Bird dog", core::Pattern::AntiRotation, 1);
    birdDog.tags = {"flare_up_safe", "floor"};
    birdDog.dose.perSide = true;
    all.push_back(birdDog);

    auto pallof = exercise("pallof-press", "Pallof press", core::Pattern::AntiRotation, 2);
    pallof.equipment = {{"band", "cable"}};
    pallof.tags = {"standing"};
    all.push_back(pallof);

    auto hipFlexor
        = exercise("half-kneeling-hip-flexor-stretch", "Half-kneeling hip flexor stretch", core::Pattern::Mobility, 1);
    hipFlexor.focus = core::Focus::Hip;
    hipFlexor.dose = {core::DoseKind::Hold, core::IntRange {2, 2}, std::nullopt, core::IntRange {30, 45}, std::nullopt,
        core::IntRange {3, 4}, true};
    hipFlexor.tags = {"flare_up_safe"};
    all.push_back(hipFlexor);

    auto openBook = exercise("open-book", "Open book", core::Pattern::Mobility, 1);
    openBook.focus = core::Focus::Thoracic;
    openBook.tags = {"flare_up_safe", "floor", "desk"};
    openBook.dose.minutes = core::IntRange {3, 5};
    all.push_back(openBook);

    auto walk = exercise("brisk-walk", "Brisk walk", core::Pattern::Walking, 1);
    walk.dose = {core::DoseKind::Minutes, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
        core::IntRange {10, 30}, false};
    walk.tags = {"flare_up_safe", "conditioning"};
    all.push_back(walk);
    return core::Catalog(std::move(all));
}

core::Profile sampleProfile()
{
    core::Profile profile;
    profile.experience = core::Experience::Starting;
    profile.strengthDays = 3;
    profile.preferredDays = {core::Weekday::Monday, core::Weekday::Wednesday, core::Weekday::Friday};
    profile.equipment = {"dumbbell", "band"};
    profile.minutesPerDay = 40;
    profile.walkBaselineMinutes = 15;
    return profile;
}

core::Catalog shippedCatalog(const std::string& language)
{
    auto result = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), {}, language);
    for (const auto& issue : result.errors)
        UNSCOPED_INFO(issue.toString());
    for (const auto& issue : result.translationErrors)
        UNSCOPED_INFO(issue.toString());
    REQUIRE(result.ok());
    REQUIRE(result.translationErrors.empty());
    return std::move(result.catalog);
}

std::unique_ptr<gui::Logbook> openLogbook(const std::filesystem::path& path, const std::string& language)
{
    auto database = core::Database::open(path, testToday());
    return std::make_unique<gui::Logbook>(std::move(database), shippedCatalog(language), [] { return testToday(); });
}

void showAndWait(QWidget* widget)
{
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
    QApplication::processEvents();
}

InLanguage::InLanguage(const QString& language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return;
    REQUIRE(gui::Translations::install(*QCoreApplication::instance(), QLocale(language)) == language);
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly))
        m_translators.push_back(translator);
}

InLanguage::~InLanguage()
{
    for (QTranslator* translator : m_translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace keel::test
