// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/freetext.h"

#include <catch2/catch.hpp>

using keel::core::freeTextProblem;
using keel::core::utf8Length;

TEST_CASE("free text accepts readable UTF-8 in any script")
{
    CHECK_FALSE(freeTextProblem("", false));
    CHECK_FALSE(freeTextProblem("felt easy, left hip tight", false));
    CHECK_FALSE(freeTextProblem("Rücken gut — 背中 😀", false));
    CHECK(utf8Length("Rücken 😀") == 8);
}

TEST_CASE("free text refuses broken UTF-8 and says at which byte")
{
    struct Case {
        std::string text;
        std::size_t offset;
        std::string mentions;
    };
    const std::vector<Case> cases = {
        {"ok\xFF", 2, "0xFF"}, // a byte that never occurs in UTF-8
        {"ab\xC3", 2, "cut short"}, // a lead byte at the very end
        {"\xC3(", 0, "0xC3"}, // a lead byte without its continuation
        {"x\xC0\xAF", 1, "0xC0"}, // an overlong '/'
        {"\xED\xA0\x80", 0, "0xED"}, // a UTF-16 surrogate
        {"\xF4\x90\x80\x80", 0, "0xF4"}, // past U+10FFFF
        {"\x80", 0, "0x80"}, // a lone continuation byte
    };
    for (const Case& item : cases) {
        INFO(item.mentions);
        const auto problem = freeTextProblem(item.text, false);
        REQUIRE(problem);
        CHECK(problem->byteOffset == item.offset);
        CHECK_THAT(problem->what, Catch::Contains(item.mentions));
    }
}

TEST_CASE("free text refuses control characters, terminal escapes included")
{
    const auto escape = freeTextProblem("red \x1B[31m", false);
    REQUIRE(escape);
    CHECK(escape->byteOffset == 4);
    CHECK_THAT(escape->what, Catch::Contains("U+001B"));
    CHECK(freeTextProblem(std::string("a\0b", 3), false));
    CHECK(freeTextProblem("bell\x07", false));
    CHECK(freeTextProblem("del\x7F", false));
    const auto c1 = freeTextProblem("csi\xC2\x9B", false); // U+009B, the one-byte CSI
    REQUIRE(c1);
    CHECK_THAT(c1->what, Catch::Contains("U+009B"));
}

TEST_CASE("newlines and tabs are text only where several lines are allowed")
{
    CHECK(freeTextProblem("line one\nline two", false));
    CHECK(freeTextProblem("a\tb", false));
    CHECK_FALSE(freeTextProblem("line one\nline two\tindented", true));
    CHECK(freeTextProblem("line\r\n", true));
}
