// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/unitformat.h"

#include <catch2/catch.hpp>

using keel::core::Units;
using keel::gui::UnitFormat;

TEST_CASE("loads show in the profile's units, stored in kilograms")
{
    const UnitFormat kg(Units::Kg);
    const UnitFormat lb(Units::Lb);
    CHECK(kg.load(12.5) == "12.5 kg");
    CHECK(kg.load(12.0) == "12 kg");
    CHECK(lb.load(20.0) == "44.09 lb");
    CHECK(kg.load(std::nullopt) == "bodyweight");
    CHECK(lb.fromDisplay(lb.toDisplay(20.0)) == Approx(20.0).margin(0.05));
    CHECK(lb.loadSuffix() == "lb");
}

TEST_CASE("distances and durations read naturally")
{
    const UnitFormat units;
    CHECK(units.distance(40) == "40 m");
    CHECK(units.distance(1250) == "1.25 km");
    CHECK(units.distance(2000) == "2 km");
    CHECK(UnitFormat::duration(45) == "45 s");
    CHECK(UnitFormat::duration(120) == "2 min");
    CHECK(UnitFormat::duration(90) == "1 min 30 s");
}
