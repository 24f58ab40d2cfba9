// SPDX-License-Identifier: GPL-3.0-or-later
// A plan error carries its message as a reason, so the GUI can word it in the desktop's
// language, while what() (keel-cli's words) stays the English it always was.
#include "core/model/phrasecode.h"
#include "core/plan/planerror.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;

TEST_CASE("a refused number of weeks and a missing profile are reasons, their English unchanged")
{
    const auto db = Database::openInMemory();
    PlanService service(*db, keel::test::miniCatalog());
    const Date monday = Date::fromYmd(2026, 11, 16);
    try {
        service.generate(monday, 53, 1, monday);
        FAIL("53 weeks were planned");
    } catch (const PlanError& error) {
        CHECK(std::string(error.what()) == "weeks must be between 1 and 52, got 53");
        CHECK(error.reason().startsWith(PhraseCode::PlanWeeksOutOfRange));
        const auto back = Reason::fromJson(error.reason().toJson());
        REQUIRE(back.has_value());
        CHECK(*back == error.reason());
    }
    try {
        service.profile();
        FAIL("a profile was found in an empty database");
    } catch (const PlanError& error) {
        CHECK(error.reason() == Reason(PhraseCode::PlanNoProfile));
        CHECK(
            std::string(error.what()) == "no profile yet: run keel-cli profile set … (or the first-run dialog) first");
    }
}
