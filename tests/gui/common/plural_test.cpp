// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/plural.h"

#include <catch2/catch.hpp>

using keel::gui::Plural;

TEST_CASE("counted nouns agree with their count", "[plural]")
{
    CHECK(Plural::translate("Test", "%n walk(s)", 1) == QStringLiteral("1 walk"));
    CHECK(Plural::translate("Test", "%n walk(s)", 0) == QStringLiteral("0 walks"));
    CHECK(Plural::translate("Test", "%n check-in(s)", 3) == QStringLiteral("3 check-ins"));
    CHECK(Plural::translate("Test", "All %n set(s) logged", 1) == QStringLiteral("All 1 set logged"));
    // A text a translation already resolved is left alone.
    CHECK(Plural::of(QStringLiteral("1 Spaziergang"), 1) == QStringLiteral("1 Spaziergang"));
}
