// SPDX-License-Identifier: GPL-3.0-or-later
// keel-demo: writes a realistic training history into a new database, for screenshots,
// benchmarks and trying Keel out. Usage:
//   keel-demo --db PATH [--weeks N] [--seed S] [--end YYYY-MM-DD]
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/store/database.h"
#include "core/store/profilerepository.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace {

struct Options {
    std::string db;
    int weeks = 12;
    std::uint64_t seed = 1;
    std::optional<keel::core::Date> end;
};

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "keel-demo: %s\n", message.c_str());
    std::exit(2);
}

Options parse(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::printf("usage: keel-demo --db PATH [--weeks N] [--seed S] [--end YYYY-MM-DD]\n");
            std::exit(0);
        }
        if (i + 1 >= argc)
            fail("missing value after " + std::string(arg));
        const std::string value = argv[++i];
        try {
            if (arg == "--db")
                options.db = value;
            else if (arg == "--weeks")
                options.weeks = std::stoi(value);
            else if (arg == "--seed")
                options.seed = std::stoull(value);
            else if (arg == "--end") {
                options.end = keel::core::Date::parse(value);
                if (!options.end)
                    fail("--end: expected a date as YYYY-MM-DD, got \"" + value + "\"");
            } else
                fail("unknown option " + std::string(arg));
        } catch (const std::logic_error&) {
            fail(std::string(arg) + ": expected a number, got \"" + value + "\"");
        }
    }
    if (options.db.empty())
        fail("--db PATH is required");
    if (options.weeks < 1 || options.weeks > 2000)
        fail("--weeks must be between 1 and 2000, got " + std::to_string(options.weeks));
    return options;
}

keel::core::Date systemToday()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return keel::core::Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    const keel::core::Date end = options.end.value_or(systemToday());
    try {
        auto loaded = keel::core::CatalogLoader::loadWithOverrides(keel::core::builtInCatalogDir(), {});
        if (!loaded.ok()) {
            for (const auto& issue : loaded.errors)
                std::fprintf(stderr, "%s\n", issue.toString().c_str());
            fail("the built-in catalog has errors");
        }
        auto db = keel::core::Database::open(options.db, end);
        if (keel::core::ProfileRepository(*db).load())
            fail(options.db + " already has a profile; keel-demo only fills a new database");
        const auto started = std::chrono::steady_clock::now();
        keel::core::DemoHistory demo(*db, loaded.catalog);
        const auto summary = demo.generate(keel::core::DemoHistory::demoProfile(), end, options.weeks, options.seed);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::printf("%d weeks to %s: %d sets, %d walks, %d check-ins, %d missed sessions (%.1f s)\n", summary.weeks,
            end.toString().c_str(), summary.sets, summary.walks, summary.checkIns, summary.missedSessions, seconds);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "keel-demo: %s\n", error.what());
        return 1;
    }
    return 0;
}
