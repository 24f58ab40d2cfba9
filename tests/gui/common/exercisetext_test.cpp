// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/exercisetext.h"
#include "gui/common/exercisetext.h"
#include "support/guitestsupport.h"

#include <catch2/catch.hpp>

using namespace keel;

TEST_CASE("in English a dose reads as keel-cli writes it, for every exercise in the catalog", "[exercisetext]")
{
    const core::Catalog catalog = test::shippedCatalog();
    REQUIRE(catalog.exercises().size() > 50);
    for (const core::Exercise& exercise : catalog.exercises()) {
        INFO(exercise.id);
        CHECK(gui::ExerciseText::dose(exercise.dose).toStdString() == core::doseText(exercise.dose));
    }
}

TEST_CASE("in German a dose is in German words", "[exercisetext]")
{
    const test::InLanguage german(QStringLiteral("de"));
    core::Dose dose;
    dose.sets = core::IntRange {2, 3};
    dose.reps = core::IntRange {8, 12};
    dose.perSide = true;
    CHECK(gui::ExerciseText::dose(dose) == QStringLiteral("2–3 Sätze × 8–12 Wdh. je Seite"));
    dose.sets = core::IntRange {1, 1};
    dose.kind = core::DoseKind::Hold;
    dose.seconds = core::IntRange {20, 30};
    dose.perSide = false;
    CHECK(gui::ExerciseText::dose(dose) == QStringLiteral("1 Satz × 20–30 s halten"));
}
