// SPDX-License-Identifier: GPL-3.0-or-later
// Store and plan errors come from the core as reasons; the GUI words them in the desktop's
// language, and any other error as it reads.
#include "core/exchange/exchangeerror.h"
#include "core/exchange/importer.h"
#include "core/model/phrasecode.h"
#include "core/plan/planerror.h"
#include "core/store/storeerror.h"
#include "gui/common/errorwords.h"
#include "support/guitestsupport.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace keel;
using core::PhraseCode;
using core::Reason;
using core::ReasonArg;

TEST_CASE("a store or plan error reads in German; any other error as it reads", "[language]")
{
    const core::StoreError refused(core::StoreStatus::InvalidInput,
        Reason(PhraseCode::StoreValueOutside,
            {Reason(PhraseCode::StoreFieldPain).asArg(), ReasonArg::count(11), ReasonArg::words(""),
                ReasonArg::count(0), ReasonArg::count(10)})
        += Reason(PhraseCode::StoreNothingSaved));
    const core::PlanError weeks(Reason(PhraseCode::PlanWeeksOutOfRange, {ReasonArg::count(53)}));
    const std::runtime_error plain("something else went wrong");
    SECTION("English")
    {
        CHECK(gui::ErrorWords::text(refused, nullptr) == QString::fromUtf8(refused.what()));
        CHECK(gui::ErrorWords::text(weeks, nullptr) == QStringLiteral("weeks must be between 1 and 52, got 53"));
    }
    SECTION("German")
    {
        const test::InLanguage german(QStringLiteral("de"));
        CHECK(gui::ErrorWords::text(refused, nullptr)
            == QStringLiteral("Schmerz 11 liegt außerhalb von 0–10; nichts wurde gespeichert"));
        CHECK(gui::ErrorWords::text(weeks, nullptr)
            == QStringLiteral("die Anzahl der Wochen muss zwischen 1 und 52 liegen, angegeben wurde 53"));
        CHECK(gui::ErrorWords::text(plain, nullptr) == QStringLiteral("something else went wrong"));
    }
}

TEST_CASE("an import error reads in German with its line", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    try {
        core::Importer::read("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
                             "2026-03-02 07:30:00,\"Morning,Squat,1,20,5\n",
            std::nullopt, {});
        FAIL("the broken file was read");
    } catch (const core::ExchangeError& error) {
        const QString words = gui::ErrorWords::text(error, nullptr);
        CHECK(words.startsWith(QStringLiteral("Zeile 2: ")));
        CHECK_FALSE(words.contains(QStringLiteral("quoted field")));
    }
}
