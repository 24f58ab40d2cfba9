// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <array>
#include <string>

namespace keel::core {

namespace {

// Dates are 'YYYY-MM-DD' text: they sort as dates and read well in any SQLite browser.
// Units are canonical: kilograms, metres, seconds. The CHECKs repeat the repository
// validation so that no other writer (a script, a future bug) can store nonsense.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    experience TEXT NOT NULL,
    strength_days INTEGER NOT NULL,
    preferred_days TEXT NOT NULL,
    equipment TEXT NOT NULL,
    minutes_per_day INTEGER NOT NULL,
    walk_baseline_minutes INTEGER NOT NULL,
    units TEXT NOT NULL CHECK (units IN ('kg', 'lb')),
    week_start TEXT NOT NULL,
    recovery_every INTEGER NOT NULL,
    rest_seconds INTEGER NOT NULL
);

CREATE TABLE plan_weeks (
    id INTEGER PRIMARY KEY,
    week_start TEXT NOT NULL UNIQUE CHECK (week_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    flare_up INTEGER NOT NULL DEFAULT 0 CHECK (flare_up IN (0, 1)),
    recovery INTEGER NOT NULL DEFAULT 0 CHECK (recovery IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE planned_sessions (
    id INTEGER PRIMARY KEY,
    week_id INTEGER NOT NULL REFERENCES plan_weeks (id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('strength', 'mobility', 'walk'))
);
CREATE INDEX planned_sessions_week ON planned_sessions (week_id, date);

CREATE TABLE planned_items (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES planned_sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
    pattern TEXT NOT NULL,
    focus TEXT NOT NULL,
    sets INTEGER NOT NULL CHECK (sets >= 0),
    reps_min INTEGER, reps_max INTEGER,
    seconds_min INTEGER, seconds_max INTEGER,
    minutes_min INTEGER, minutes_max INTEGER,
    meters_min INTEGER, meters_max INTEGER,
    load_kg REAL CHECK (load_kg IS NULL OR load_kg >= 0),
    per_side INTEGER NOT NULL DEFAULT 0 CHECK (per_side IN (0, 1)),
    warm_up INTEGER NOT NULL DEFAULT 0 CHECK (warm_up IN (0, 1)),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX planned_items_session ON planned_items (session_id, position);

CREATE TABLE logged_sets (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
    reps INTEGER CHECK (reps IS NULL OR reps BETWEEN 0 AND 1000),
    load_kg REAL CHECK (load_kg IS NULL OR load_kg BETWEEN 0 AND 1000),
    seconds INTEGER CHECK (seconds IS NULL OR seconds BETWEEN 0 AND 86400),
    meters REAL CHECK (meters IS NULL OR meters BETWEEN 0 AND 100000),
    rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),
    pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT '',
    planned_item_id INTEGER REFERENCES planned_items (id) ON DELETE SET NULL
);
-- (exercise_id, date) also serves every lookup by exercise alone.
CREATE INDEX logged_sets_date ON logged_sets (date);
CREATE INDEX logged_sets_exercise_date ON logged_sets (exercise_id, date);
CREATE INDEX logged_sets_planned_item ON logged_sets (planned_item_id) WHERE planned_item_id IS NOT NULL;

CREATE TABLE walks (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    meters REAL CHECK (meters IS NULL OR meters BETWEEN 0 AND 200000),
    pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT '',
    planned_item_id INTEGER REFERENCES planned_items (id) ON DELETE SET NULL
);
CREATE INDEX walks_date ON walks (date);
CREATE INDEX walks_planned_item ON walks (planned_item_id) WHERE planned_item_id IS NOT NULL;

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10)
);

CREATE TABLE progression_state (
    pattern TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL,
    sets INTEGER NOT NULL,
    reps INTEGER,
    seconds INTEGER,
    meters INTEGER,
    minutes INTEGER,
    load_kg REAL,
    last_change TEXT
) WITHOUT ROWID;

CREATE TABLE progression_program (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    flare_up INTEGER NOT NULL CHECK (flare_up IN (0, 1)),
    flare_up_since TEXT
);

CREATE TABLE progression_events (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    pattern TEXT,
    kind TEXT NOT NULL,
    exercise_id TEXT NOT NULL DEFAULT '',
    from_value TEXT NOT NULL DEFAULT '',
    to_value TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX progression_events_pattern ON progression_events (pattern, date);
CREATE INDEX progression_events_exercise ON progression_events (exercise_id, date);
)sql";

// Every database knows who it is, so a backup can be matched to the file it was taken of
// (two logbooks in one folder must never be offered each other's backups).
constexpr const char* kVersion2 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
)sql";

// Imports (keel-cli import): every imported row carries the stable key of the row it came from, so
// importing the same file again, or a newer export that overlaps it, adds nothing twice. Names the
// catalog does not know are kept as imported exercises under their own names, and a mapping the
// user chose for an imported name is remembered for the next import. Warm-up sets are marked so
// that they can be told apart from working sets.
constexpr const char* kVersion3 = R"sql(
ALTER TABLE logged_sets ADD COLUMN warm_up INTEGER NOT NULL DEFAULT 0 CHECK (warm_up IN (0, 1));
ALTER TABLE logged_sets ADD COLUMN source_key TEXT CHECK (source_key IS NULL OR source_key <> '');
CREATE UNIQUE INDEX logged_sets_source_key ON logged_sets (source_key) WHERE source_key IS NOT NULL;

ALTER TABLE walks ADD COLUMN source_key TEXT CHECK (source_key IS NULL OR source_key <> '');
CREATE UNIQUE INDEX walks_source_key ON walks (source_key) WHERE source_key IS NOT NULL;

CREATE TABLE imported_exercises (
    id TEXT PRIMARY KEY CHECK (id GLOB 'imported:?*'),
    name TEXT NOT NULL CHECK (name <> '')
) WITHOUT ROWID;

CREATE TABLE exercise_mappings (
    source_name TEXT PRIMARY KEY CHECK (source_name <> ''),
    exercise_id TEXT NOT NULL CHECK (exercise_id <> '')
) WITHOUT ROWID;
)sql";

// Hand edits: a session moved to another day remembers the day the plan chose, and a swapped item the
// exercise the plan chose, so a re-plan of the rest of the week can keep what the person arranged as long
// as the plan still makes the choice they overrode.
constexpr const char* kVersion4 = R"sql(
ALTER TABLE planned_sessions ADD COLUMN moved_from TEXT
    CHECK (moved_from IS NULL OR moved_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE planned_items ADD COLUMN swapped_from TEXT CHECK (swapped_from IS NULL OR swapped_from <> '');
)sql";

// The weights a person owns (issue 11): no prescription may exceed them, and every load must be one they
// can put together. Stored in kilograms like every load. Existing profiles get the defaults that
// Profile::setDefaultWeights gives for their units (kg: dumbbells every 2 kg to 20, kettlebells every
// 4 kg to 24, a bar every 2.5 kg to 100; lb: 5 lb steps to 50, 50 and 225 lb).
constexpr const char* kVersion5 = R"sql(
ALTER TABLE profile ADD COLUMN heaviest_dumbbell_kg REAL NOT NULL DEFAULT 20
    CHECK (heaviest_dumbbell_kg > 0 AND heaviest_dumbbell_kg <= 300);
ALTER TABLE profile ADD COLUMN dumbbell_step_kg REAL NOT NULL DEFAULT 2
    CHECK (dumbbell_step_kg >= 0.25 AND dumbbell_step_kg <= 50);
ALTER TABLE profile ADD COLUMN heaviest_kettlebell_kg REAL NOT NULL DEFAULT 24
    CHECK (heaviest_kettlebell_kg > 0 AND heaviest_kettlebell_kg <= 300);
ALTER TABLE profile ADD COLUMN kettlebell_step_kg REAL NOT NULL DEFAULT 4
    CHECK (kettlebell_step_kg >= 0.25 AND kettlebell_step_kg <= 50);
ALTER TABLE profile ADD COLUMN heaviest_bar_kg REAL NOT NULL DEFAULT 100
    CHECK (heaviest_bar_kg > 0 AND heaviest_bar_kg <= 300);
ALTER TABLE profile ADD COLUMN bar_step_kg REAL NOT NULL DEFAULT 2.5
    CHECK (bar_step_kg >= 0.25 AND bar_step_kg <= 50);
UPDATE profile SET heaviest_dumbbell_kg = 50 * 0.45359237, dumbbell_step_kg = 5 * 0.45359237,
    heaviest_kettlebell_kg = 50 * 0.45359237, kettlebell_step_kg = 5 * 0.45359237,
    heaviest_bar_kg = 225 * 0.45359237, bar_step_kg = 5 * 0.45359237
    WHERE units = 'lb';
)sql";

// An exercise's bests (Today, and every set logged) come from the distinct amounts of its working sets
// and the first day of each (LogRepository::firstOfEachAmount). This index holds exactly those columns
// in that order, so the grouping reads the index alone instead of every set's row: with 30 years of
// history, a fifth of the time.
constexpr const char* kVersion6 = R"sql(
CREATE INDEX logged_sets_amounts ON logged_sets (exercise_id, reps, load_kg, seconds, date) WHERE warm_up = 0;
)sql";

// Reasons as codes and values (JSON, see core/model/reason.h) beside their English words, so each
// front end reads them in its own language. NULL for rows written before: their words stay as they are.
constexpr const char* kVersion7 = R"sql(
ALTER TABLE planned_items ADD COLUMN reason_parts TEXT CHECK (reason_parts IS NULL OR json_valid(reason_parts));
ALTER TABLE progression_events ADD COLUMN reason_parts TEXT CHECK (reason_parts IS NULL OR json_valid(reason_parts));
)sql";

// Where a progression event went from and to, as phrases beside the English from_value and
// to_value, so a front end names the exercise and the load in its own language.
constexpr const char* kVersion8 = R"sql(
ALTER TABLE progression_events ADD COLUMN from_parts TEXT CHECK (from_parts IS NULL OR json_valid(from_parts));
ALTER TABLE progression_events ADD COLUMN to_parts TEXT CHECK (to_parts IS NULL OR json_valid(to_parts));
)sql";

constexpr std::array<Migration, 8> kMigrations = {{{1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4},
    {5, kVersion5}, {6, kVersion6}, {7, kVersion7}, {8, kVersion8}}};

} // namespace

std::span<const Migration> Schema::migrations()
{
    return kMigrations;
}

int Schema::version(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

int Schema::migrate(SQLite::Database& db, std::span<const Migration> steps)
{
    if (std::none_of(steps.begin(), steps.end(), [&](const Migration& step) { return step.version > version(db); }))
        return version(db);
    // Every pending step in one transaction: an upgrade happens whole or not at all, so a step
    // that fails leaves the file exactly as the older Keel left it, not half-way between versions.
    db.exec("BEGIN IMMEDIATE");
    try {
        // Another process may have migrated while we waited for the write lock.
        const int start = version(db);
        int current = start;
        for (const Migration& step : steps) {
            if (step.version <= current)
                continue;
            db.exec(step.sql);
            if (current == 0)
                db.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
            current = step.version;
        }
        if (current != start)
            db.exec("PRAGMA user_version = " + std::to_string(current));
        db.exec("COMMIT");
    } catch (...) {
        sql::rollbackQuietly(db);
        throw;
    }
    return version(db);
}

} // namespace keel::core
