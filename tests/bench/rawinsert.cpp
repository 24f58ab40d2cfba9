// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for cli_bench: a process that opens a database with the store's pragmas, inserts one
// set and commits, with nothing else. Usage: rawinsert DATABASE
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
        SQLite::Database db(argv[1], SQLite::OPEN_READWRITE, 5000);
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
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
