// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for cli_bench: a process that opens a database with the store's pragmas (rawstore.h,
// which cli_bench checks against the store's), inserts one set and commits, with nothing else.
// Usage: rawinsert DATABASE
#include "rawstore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: rawinsert DATABASE\n");
        return 2;
    }
    try {
        const auto opened = keel::bench::openRaw(argv[1]);
        SQLite::Database& db = *opened;
        SQLite::Statement insert(db,
            "INSERT INTO logged_sets (date, exercise_id, reps) VALUES ('2026-03-02', "
            "'goblet-squat', 5)");
        db.exec("BEGIN IMMEDIATE");
        insert.exec();
        db.exec("COMMIT");
        std::printf("%lld\n", static_cast<long long>(db.getLastInsertRowid()));
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "rawinsert: %s\n", error.what());
        return 1;
    }
}
