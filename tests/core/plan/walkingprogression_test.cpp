// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/walkingprogression.h"

#include <catch2/catch.hpp>

using namespace keel::core;

TEST_CASE("walking grows by at most about 10 % a week, at least a minute, up to 30")
{
    CHECK(WalkingProgression::nextMinutes(10) == 11);
    CHECK(WalkingProgression::nextMinutes(15) == 16);
    CHECK(WalkingProgression::nextMinutes(20) == 22);
    CHECK(WalkingProgression::nextMinutes(25) == 27);
    CHECK(WalkingProgression::nextMinutes(29) == 30);
    CHECK(WalkingProgression::nextMinutes(30) == 30);
    for (int minutes = 10; minutes < 30; ++minutes) {
        const int next = WalkingProgression::nextMinutes(minutes);
        INFO(minutes);
        CHECK(next > minutes);
        CHECK((next - minutes == 1 || (next - minutes) * 10 <= minutes));
    }
}

TEST_CASE("a starting walker's day splits into two or three even bouts")
{
    CHECK(WalkingProgression::split(10, true) == std::vector {5, 5});
    CHECK(WalkingProgression::split(11, true) == std::vector {5, 6});
    CHECK(WalkingProgression::split(16, true) == std::vector {5, 5, 6});
    CHECK(WalkingProgression::split(22, false) == std::vector {22});
    Profile starter;
    starter.experience = Experience::Starting;
    CHECK(WalkingProgression::inBouts(starter, 19));
    CHECK_FALSE(WalkingProgression::inBouts(starter, 20));
    starter.experience = Experience::Returning;
    CHECK_FALSE(WalkingProgression::inBouts(starter, 10));
}

TEST_CASE("a step back on walking loses one week's growth but never goes under 10 minutes")
{
    CHECK(WalkingProgression::stepBackMinutes(22) == 20);
    CHECK(WalkingProgression::stepBackMinutes(11) == 10);
    CHECK(WalkingProgression::stepBackMinutes(10) == 10);
}
