// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/plural.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

using keel::gui::Plural;

TEST_CASE("counted nouns agree with their count", "[plural]")
{
    CHECK(Plural::of(QCoreApplication::translate("Test", "%n walk(s)", nullptr, 1), 1) == QStringLiteral("1 walk"));
    CHECK(Plural::of(QCoreApplication::translate("Test", "%n walk(s)", nullptr, 0), 0) == QStringLiteral("0 walks"));
    CHECK(Plural::of(QCoreApplication::translate("Test", "%n check-in(s)", nullptr, 3), 3)
        == QStringLiteral("3 check-ins"));
    CHECK(Plural::of(QCoreApplication::translate("Test", "All %n set(s) logged", nullptr, 1), 1)
        == QStringLiteral("All 1 set logged"));
    // A text a translation already resolved is left alone.
    CHECK(Plural::of(QStringLiteral("1 Spaziergang"), 1) == QStringLiteral("1 Spaziergang"));
}
