// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli and the GUI word a dose each in their own language, from one core::DoseParts. This
// holds them to it: for many doses, both wordings carry the same numbers in the same order.
#include "core/catalog/exercisetext.h"
#include "core/plan/plantext.h"
#include "core/plan/prescription.h"
#include "gui/common/exercisetext.h"
#include "gui/common/prescriptiontext.h"
#include "support/guitestsupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using namespace keel;

namespace {

/// The numbers of a text in order, with a decimal comma read as a point: "3 × 8–12 · 26,46 lb"
/// gives 3, 8, 12, 26.46.
std::vector<std::string> numbers(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("[0-9]+(?:[.,][0-9]+)?"));
    std::vector<std::string> found;
    for (const QRegularExpressionMatch& match : number.globalMatch(text))
        found.push_back(match.captured().replace(QLatin1Char(','), QLatin1Char('.')).toStdString());
    return found;
}

std::vector<std::string> numbers(const std::string& text)
{
    return numbers(QString::fromStdString(text));
}

/// Planned items over every shipped exercise: its first prescription, then its own kind of amount with a spread of
/// sets, ranges, loads, per side and the minutes a mobility block gives a drill.
std::vector<core::PlannedItem> plannedItems(const core::Catalog& catalog)
{
    std::vector<core::PlannedItem> items;
    const std::vector<core::IntRange> amounts {{1, 1}, {8, 12}, {20, 20}, {5, 30}};
    const std::vector<std::optional<double>> loads {std::nullopt, 2.5, 12.0, 17.5, 26.46, 48.0};
    for (const core::Exercise& exercise : catalog.exercises()) {
        items.push_back(core::Prescription::basic(exercise));
        for (const int sets : {0, 1, 3, 5}) {
            for (const core::IntRange& amount : amounts) {
                for (const std::optional<double>& load : loads) {
                    for (const bool perSide : {false, true}) {
                        for (const bool blockMinutes : {false, true}) {
                            core::PlannedItem item;
                            item.exerciseId = exercise.id;
                            item.pattern = exercise.pattern;
                            item.sets = sets;
                            item.loadKg = load;
                            item.perSide = perSide;
                            switch (exercise.dose.kind) {
                            case core::DoseKind::Reps:
                                item.reps = amount;
                                break;
                            case core::DoseKind::Hold:
                                item.seconds = amount;
                                break;
                            case core::DoseKind::Distance:
                                item.meters = amount;
                                break;
                            case core::DoseKind::Minutes:
                                item.minutes = amount;
                                break;
                            }
                            if (blockMinutes && exercise.dose.kind != core::DoseKind::Minutes)
                                item.minutes = core::IntRange {2, 4};
                            items.push_back(item);
                        }
                    }
                }
            }
        }
    }
    return items;
}

/// Catalog doses: every shipped exercise's own, then each with other sets, ranges and per side.
std::vector<core::Dose> catalogDoses(const core::Catalog& catalog)
{
    std::vector<core::Dose> doses;
    for (const core::Exercise& exercise : catalog.exercises()) {
        doses.push_back(exercise.dose);
        for (const core::IntRange sets : {core::IntRange {1, 1}, core::IntRange {2, 3}}) {
            for (const bool perSide : {false, true}) {
                core::Dose dose = exercise.dose;
                dose.perSide = perSide;
                if (dose.sets)
                    dose.sets = sets;
                for (std::optional<core::IntRange>* range : {&dose.reps, &dose.seconds, &dose.meters, &dose.minutes}) {
                    if (*range)
                        *range = core::IntRange {(*range)->min + 1, (*range)->max + 10};
                }
                doses.push_back(dose);
            }
        }
    }
    return doses;
}

} // namespace

TEST_CASE("a planned item's dose carries the same numbers in the same order in keel-cli and the GUI", "[dose]")
{
    const core::Catalog catalog = test::shippedCatalog();
    REQUIRE(catalog.exercises().size() > 50);
    const std::vector<core::PlannedItem> items = plannedItems(catalog);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        std::optional<test::InLanguage> translated;
        if (language != QStringLiteral("en"))
            translated.emplace(language);
        for (const core::Units units : {core::Units::Kg, core::Units::Lb}) {
            const gui::UnitFormat format(units);
            for (const core::PlannedItem& item : items) {
                const std::string cli = core::PlanText::dose(item, units);
                const QString gui = gui::PrescriptionText::prescription(item, format);
                INFO(item.exerciseId << ": keel-cli \"" << cli << "\", GUI (" << language.toStdString() << ") \""
                                     << gui.toStdString() << '"');
                REQUIRE(numbers(gui) == numbers(cli));
            }
        }
    }
}

TEST_CASE("a catalog dose carries the same numbers in the same order in keel-cli and the GUI", "[dose]")
{
    const core::Catalog catalog = test::shippedCatalog();
    const std::vector<core::Dose> doses = catalogDoses(catalog);
    REQUIRE(doses.size() > 250);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        std::optional<test::InLanguage> translated;
        if (language != QStringLiteral("en"))
            translated.emplace(language);
        for (const core::Dose& dose : doses) {
            const std::string cli = core::doseText(dose);
            const QString gui = gui::ExerciseText::dose(dose);
            INFO("keel-cli \"" << cli << "\", GUI (" << language.toStdString() << ") \"" << gui.toStdString() << '"');
            REQUIRE(numbers(gui) == numbers(cli));
        }
    }
}
