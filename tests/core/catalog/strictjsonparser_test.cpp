// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/strictjsonparser.h"

#include <catch2/catch.hpp>

using keel::core::StrictJsonParser;

namespace {

std::string nested(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
}

} // namespace

TEST_CASE("nesting up to the limit parses and one level more is refused with its location")
{
    const auto atLimit = StrictJsonParser::parse(nested(16), 16);
    CHECK(atLimit.complete);
    CHECK(atLimit.problems.empty());

    const auto beyond = StrictJsonParser::parse(nested(17), 16);
    CHECK_FALSE(beyond.complete);
    REQUIRE(beyond.problems.size() == 1);
    CHECK(beyond.problems[0].pointer == "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
    CHECK(beyond.problems[0].message.find("deeper than 16 levels") != std::string::npos);

    // A depth bomb far beyond the limit stops at the limit rather than exhausting anything.
    const auto bomb = StrictJsonParser::parse("{\"a\": " + std::string(100000, '[') + "}", 16);
    CHECK_FALSE(bomb.complete);
    REQUIRE(bomb.problems.size() == 1);
    CHECK(bomb.problems[0].pointer.starts_with("/a/0/0"));
}

TEST_CASE("the parser keeps values and types and array order as nlohmann would")
{
    const std::string text = R"({"b": [1, -2, 2.5, "x", true, null, {"c": {}}], "a": {"d": []}})";
    const auto parsed = StrictJsonParser::parse(text, 16);
    REQUIRE(parsed.complete);
    CHECK(parsed.problems.empty());
    CHECK(parsed.value == nlohmann::json::parse(text));
    CHECK(parsed.value["b"][0].is_number_unsigned());
    CHECK(parsed.value["b"][1].is_number_integer());
    CHECK(parsed.value["b"][2].is_number_float());
}

TEST_CASE("every repeated key is reported with its pointer and not only the first")
{
    const auto parsed
        = StrictJsonParser::parse(R"({"a": 1, "a": 2, "list": [{"x": 1}, {"x": 1, "x": 2, "x": 3}]})", 16);
    CHECK(parsed.complete);
    REQUIRE(parsed.problems.size() == 3);
    CHECK(parsed.problems[0].pointer == "/a");
    CHECK(parsed.problems[1].pointer == "/list/1/x");
    CHECK(parsed.problems[2].pointer == "/list/1/x");
    CHECK(parsed.problems[0].line == 0);
}

TEST_CASE("line and column count lines and characters from 1")
{
    const std::string text = "ab\ncé d\n";
    CHECK(StrictJsonParser::lineAndColumn(text, 0) == std::pair {1, 1});
    CHECK(StrictJsonParser::lineAndColumn(text, 1) == std::pair {1, 2});
    CHECK(StrictJsonParser::lineAndColumn(text, 3) == std::pair {2, 1});
    CHECK(StrictJsonParser::lineAndColumn(text, 7) == std::pair {2, 4}); // "é" is two bytes, one character
    CHECK(StrictJsonParser::lineAndColumn(text, 1000) == std::pair {3, 1});
}

TEST_CASE("printable text escapes control bytes and invalid UTF-8 and stays short")
{
    CHECK(StrictJsonParser::printable("plain é", 80) == "plain é");
    CHECK(StrictJsonParser::printable("a\nb\x01", 80) == "a\\x0Ab\\x01");
    CHECK(StrictJsonParser::printable("bad \xff\xc3", 80) == "bad \\xFF\\xC3");
    CHECK(StrictJsonParser::printable("\xed\xa0\x80", 80) == "\\xED\\xA0\\x80"); // an encoded surrogate
    CHECK(StrictJsonParser::printable("abcdef", 3) == "abc…");
}
