// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

class Database;

/// A set read from another app's export, with the stable key of the row it came from.
struct ImportedSet {
    LoggedSet set;
    std::string sourceKey; ///< Same row, same key: what makes a second import add nothing.
};

/// A walk read from an export (a GPX track), with its stable key.
struct ImportedWalk {
    WalkEntry walk;
    std::string sourceKey;
};

/// An exercise name the catalog does not know, kept under its own name. Its id is
/// "imported:" followed by a slug of the name.
struct ImportedExercise {
    std::string id;
    std::string name;
    bool operator==(const ImportedExercise&) const = default;
};

/// Everything one import writes, in one transaction.
struct ImportBatch {
    std::vector<ImportedExercise> exercises;
    std::vector<ImportedSet> sets;
    std::vector<ImportedWalk> walks;
};

/// What writing a batch did.
struct ImportOutcome {
    int setsAdded = 0;
    int setsAlreadyThere = 0; ///< Their source key was stored by an earlier import.
    int walksAdded = 0;
    int walksAlreadyThere = 0;
    std::vector<std::int64_t> addedSetIds; ///< The rows this write added, for taking it back.
    std::vector<std::int64_t> addedWalkIds;
    std::vector<std::string> addedExercises; ///< Imported exercise ids that were new.
};

/// The store side of imports: rows keyed by their source, imported exercise names, and the
/// remembered mappings from an imported name to a catalog exercise.
class ImportRepository {
public:
    explicit ImportRepository(Database& db)
        : m_db(db)
    { }

    /// Writes the batch in one transaction: every row is validated first (InvalidInput naming the
    /// row's key and field, nothing written); rows whose source key is already stored are left alone.
    ImportOutcome write(const ImportBatch& batch);
    /// Takes back exactly what `outcome`'s write added (its sets, walks and new imported
    /// exercises), in one transaction; rows it left alone stay.
    void remove(const ImportOutcome& outcome);
    /// True when a set or a walk with this source key is stored.
    bool hasSourceKey(const std::string& sourceKey);

    /// True for an id in the imported exercises' namespace ("imported:…").
    static bool isImportedId(std::string_view id);
    /// Imported exercises, by id.
    std::vector<ImportedExercise> importedExercises();
    /// The imported exercise with this id, if any.
    std::optional<ImportedExercise> importedExercise(const std::string& id);

    /// Remembered mappings: normalised imported name -> exercise id.
    std::map<std::string, std::string> mappings();
    /// Remembers that the imported name `sourceName` (normalised) means `exerciseId` from now on.
    void remember(const std::string& sourceName, const std::string& exerciseId);
    /// Forgets the remembered mapping of `sourceName` (normalised), if any.
    void forget(const std::string& sourceName);
    /// Maps an imported exercise to a catalog exercise from now on: its sets move to `exerciseId`,
    /// the imported entry goes, and `sourceName` (normalised) is remembered for the next import.
    /// Returns how many sets moved; InvalidInput when there is no such imported exercise.
    int mapImported(const std::string& importedId, const std::string& sourceName, const std::string& exerciseId);

    /// True when the database holds no user data at all: no profile, sets, walks, check-ins,
    /// plans, progression, imported names or mappings (what a restore from a full backup requires
    /// unless it merges).
    bool logbookEmpty();

private:
    Database& m_db;
};

} // namespace keel::core
