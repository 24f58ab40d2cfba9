// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/profilerepository.h"
#include "gui/common/appearance.h"
#include "gui/common/palettecolors.h"
#include "gui/logbook.h"
#include "gui/settings/profileform.h"
#include "gui/settings/settingspage.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QComboBox>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace keel;

TEST_CASE("saving settings is one undoable step that stores the profile and re-plans the weeks")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 2);
    core::PlanService plans(logbook->database(), logbook->catalog());
    const auto weekBefore = plans.week(test::testToday());
    REQUIRE(weekBefore);

    gui::SettingsPage page(*logbook);
    test::showAndWait(&page);
    auto* save = page.findChild<QPushButton*>("saveButton");
    auto* revert = page.findChild<QPushButton*>("revertButton");
    REQUIRE(save);
    REQUIRE(revert);
    CHECK_FALSE(save->isEnabled());

    QSignalSpy planChanged(logbook.get(), &gui::Logbook::planChanged);
    QSignalSpy saved(logbook.get(), &gui::Logbook::saved);
    auto* strengthDays = page.findChild<QComboBox*>("strengthDaysComboBox");
    auto* units = page.findChild<QComboBox*>("unitsComboBox");
    strengthDays->setCurrentIndex(0); // 3 → 2 strength days
    units->setCurrentIndex(1); // kg → lb
    CHECK(save->isEnabled());
    CHECK(revert->isEnabled());

    save->click();
    core::Profile expected = test::sampleProfile();
    expected.strengthDays = 2;
    expected.units = core::Units::Lb;
    expected.setDefaultWeights(core::Units::Lb); // untouched default weights follow the units
    CHECK(logbook->profile() == expected);
    CHECK(core::ProfileRepository(logbook->database()).load() == expected);
    CHECK(planChanged.count() == 1);
    CHECK(saved.count() == 1);
    CHECK_FALSE(save->isEnabled());
    const auto strengthSessions = [](const core::WeekPlan& week) {
        return std::count_if(week.sessions.begin(), week.sessions.end(),
            [](const core::PlannedSession& s) { return s.kind == core::SessionKind::Strength; });
    };
    const auto weekAfter = plans.week(test::testToday());
    REQUIRE(weekAfter);
    // Logged nothing, so the whole week follows the new profile; the next week was re-planned too.
    CHECK(strengthSessions(*weekAfter) <= 2);
    CHECK(strengthSessions(*plans.week(test::testToday().addDays(7))) <= 2);

    logbook->undoStack()->undo();
    CHECK(logbook->profile() == test::sampleProfile());
    CHECK(core::ProfileRepository(logbook->database()).load() == test::sampleProfile());
    CHECK(page.findChild<QComboBox*>("unitsComboBox")->currentIndex() == 0);
    CHECK(strengthSessions(*plans.week(test::testToday())) == strengthSessions(*weekBefore));

    logbook->undoStack()->redo();
    CHECK(logbook->profile() == expected);
}

TEST_CASE("revert puts the form back to the stored profile")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->setProfile(test::sampleProfile());
    gui::SettingsPage page(*logbook);
    page.findChild<QSpinBox*>("minutesSpinBox")->setValue(90);
    CHECK(page.form()->profile().minutesPerDay == 90);
    page.revert();
    CHECK(page.form()->profile() == test::sampleProfile());
    CHECK_FALSE(page.save()); // nothing to save
    CHECK(logbook->undoStack()->count() == 0);
}

TEST_CASE("changing the week start re-plans from the new first day")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 2);
    core::Profile sundays = test::sampleProfile();
    sundays.weekStart = core::Weekday::Sunday;
    logbook->changeProfile(sundays);
    core::PlanService plans(logbook->database(), logbook->catalog());
    const auto week = plans.week(test::testToday());
    REQUIRE(week);
    CHECK(week->weekStart == test::testToday().startOfWeek(core::Weekday::Sunday));
    CHECK_FALSE(week->sessions.empty());
}

TEST_CASE("the appearance chosen in Settings applies at once and is remembered", "[appearance]")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const QColor dark = gui::PaletteColors::darkPalette().color(QPalette::Window);
    REQUIRE(systemWindow != dark);
    {
        gui::SettingsPage page(*logbook);
        auto* appearance = page.findChild<QComboBox*>(QStringLiteral("appearanceComboBox"));
        REQUIRE(appearance != nullptr);
        CHECK(appearance->currentData().toString() == QStringLiteral("system"));
        test::showAndWait(&page);
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        QApplication::processEvents();
        CHECK(QApplication::palette().color(QPalette::Window) == dark);
        CHECK(page.palette().color(QPalette::Window) == dark); // live, no restart
        CHECK(gui::Appearance::stored() == gui::Appearance::Mode::Dark);
        CHECK(QSettings().value(QStringLiteral("appearance/mode")).toString() == QStringLiteral("dark"));
    }
    {
        gui::SettingsPage again(*logbook); // shows what is in effect
        auto* appearance = again.findChild<QComboBox*>(QStringLiteral("appearanceComboBox"));
        CHECK(appearance->currentData().toString() == QStringLiteral("dark"));
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("light")));
        CHECK_FALSE(gui::PaletteColors::isDark(QApplication::palette()));
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("system")));
        CHECK(QApplication::palette().color(QPalette::Window) == systemWindow);
        CHECK(gui::Appearance::stored() == gui::Appearance::Mode::System);
    }
    CHECK(gui::Appearance::fromKey(QStringLiteral("purple")) == std::nullopt);
}
