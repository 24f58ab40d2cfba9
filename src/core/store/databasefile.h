// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace SQLite {
class Database;
}

namespace keel::core {

/// What a logbook file says about itself before a connection writes to it: its SQLite header,
/// its application id and schema version, and whether its pages hold together. Database::open
/// asks here first, so a foreign, newer or damaged file is refused untouched.
class DatabaseFile {
public:
    /// How long a connection waits for another one's lock.
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Kind { New, Keel };

    /// An existing file as identify() found it.
    struct Inspection {
        Kind kind = Kind::New;
        int version = 0;
        std::optional<std::string> checkedOn; ///< The day of the last passed full check, if recorded.
    };

    /// What a database file says about itself before anything writes to it.
    struct Identity {
        std::int32_t applicationId = 0;
        int version = 0;
        std::optional<int> schemaObjects; ///< Unknown when read from the raw header.
    };

    enum class CheckDepth { Quick, Full };

    /// Where a connection that met a corruption error leaves word for the next open: beside the
    /// file, never in it, since a damaged file is not written to.
    static std::filesystem::path suspectMarker(const std::filesystem::path& path);
    static std::unique_ptr<SQLite::Database> openReadOnly(const std::filesystem::path& path);
    /// Refuses a file that is not ours or is newer than `knownVersion`; nothing has touched it yet.
    static void requireKeel(const std::filesystem::path& path, const Identity& identity, int knownVersion);
    /// The raw 100-byte SQLite header; nullopt when the file is not an SQLite database at all.
    static std::optional<Identity> readHeader(const std::filesystem::path& path);
    static Identity readIdentity(SQLite::Database& db);
    /// integrity_check and foreign_key_check, every problem in words.
    static IntegrityReport runChecks(SQLite::Database& db);
    /// Looks at an existing file without writing to it: refuses foreign and newer files, and
    /// files too broken to read the header of. The page-by-page check is checkPages().
    static Inspection identify(const std::filesystem::path& path, int knownVersion);
    /// quick_check, or the full integrity_check with foreign_key_check, on a read-only connection
    /// of its own; throws Damaged with the first problem.
    static void checkPages(const std::filesystem::path& path, CheckDepth depth);
};

} // namespace keel::core
