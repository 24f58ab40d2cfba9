// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the store tests: fixed dates, sample records, and files made by hand with
// SQLite (foreign, newer, damaged) to check what the store refuses.

#include "core/model/logentries.h"
#include "core/store/database.h"

#include <SQLiteCpp/Database.h>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace keel::test {

inline core::Date day(const char* text)
{
    return *core::Date::parse(text);
}

inline core::LoggedSet sampleSet(const char* date = "2026-03-02", const char* exercise = "goblet-squat")
{
    core::LoggedSet set;
    set.date = day(date);
    set.exerciseId = exercise;
    set.reps = 10;
    set.loadKg = 12.5;
    set.rpe = 7;
    set.pain = 2;
    set.note = "felt solid";
    return set;
}

inline core::WalkEntry sampleWalk(const char* date = "2026-03-02")
{
    core::WalkEntry walk;
    walk.date = day(date);
    walk.minutes = 30;
    walk.meters = 2500.0;
    walk.pain = 1;
    walk.note = "park loop";
    return walk;
}

/// An SQLite file written without Keel: `applicationId`, `version`, one table, WAL or not.
inline void writeForeignDatabase(
    const std::filesystem::path& path, std::int32_t applicationId, int version, bool wal = false)
{
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    if (wal)
        db.exec("PRAGMA journal_mode = WAL");
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
    db.exec("INSERT INTO notes (text) VALUES ('not yours')");
    db.exec("PRAGMA application_id = " + std::to_string(applicationId));
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

/// Overwrites `length` bytes at `offset` with 0xFF: enough to break a b-tree page.
inline void scribble(const std::filesystem::path& path, std::size_t offset, std::size_t length)
{
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(offset));
    const std::string junk(length, '\xFF');
    file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
}

inline bool hasSidecars(const std::filesystem::path& path)
{
    return std::filesystem::exists(path.string() + "-wal") || std::filesystem::exists(path.string() + "-shm");
}

} // namespace keel::test
