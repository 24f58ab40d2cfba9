// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Database;

/// Logged sets, walks and check-ins. Every write is one transaction and validates its input
/// (throwing StoreError InvalidInput naming the field and value, with nothing written).
class LogRepository {
public:
    explicit LogRepository(Database& db)
        : m_db(db)
    { }

    /// Inserts a set; returns its id after COMMIT. The exercise id is not checked here (the
    /// catalog lives outside the store); callers check it against the catalog first.
    std::int64_t addSet(const LoggedSet& set);
    /// Inserts many sets in one transaction (an import): all are validated first, so either every
    /// set is stored or none is. Returns their ids in order.
    std::vector<std::int64_t> addSets(const std::vector<LoggedSet>& sets);
    /// Rewrites a stored set (found by its id); InvalidInput when there is none.
    void updateSet(const LoggedSet& set);
    /// Deletes and returns the removed row (for undo); nullopt if there was none.
    std::optional<LoggedSet> removeSet(std::int64_t id);
    /// Puts back a removed set with its original id (undo of a delete).
    void restoreSet(const LoggedSet& set);
    /// The set with this id, if any.
    std::optional<LoggedSet> set(std::int64_t id);
    /// Sets between two dates inclusive, by date then id.
    std::vector<LoggedSet> sets(Date from, Date to);
    /// Working sets between two dates inclusive (warm-up sets left out), by date then id: what
    /// progression reviews.
    std::vector<LoggedSet> workingSets(Date from, Date to);
    /// Sets of one exercise between two dates inclusive, by date then id (for charts).
    std::vector<LoggedSet> setsOf(const std::string& exerciseId, Date from, Date to);
    /// Each distinct amount (reps, load, seconds) of one exercise's working sets up to `to`, once,
    /// dated the first day it was logged, by date: everything PersonalRecords needs to find the
    /// bests, in as many rows as there are different sets rather than as many as were logged
    /// (years of history read back as a few dozen rows). Other fields are left empty.
    std::vector<LoggedSet> firstOfEachAmount(const std::string& exerciseId, Date to);
    /// The sets of one exercise on its most recent date before `before`.
    std::vector<LoggedSet> lastSession(const std::string& exerciseId, Date before);

    /// Inserts a walk; returns its id after COMMIT.
    std::int64_t addWalk(const WalkEntry& walk);
    /// Rewrites a stored walk (found by its id); InvalidInput when there is none.
    void updateWalk(const WalkEntry& walk);
    /// Deletes and returns the removed walk (for undo); nullopt if there was none.
    std::optional<WalkEntry> removeWalk(std::int64_t id);
    /// Puts back a removed walk with its original id (undo of a delete).
    void restoreWalk(const WalkEntry& walk);
    /// The walk with this id, if any.
    std::optional<WalkEntry> walk(std::int64_t id);
    /// Walks between two dates inclusive, by date then id.
    std::vector<WalkEntry> walks(Date from, Date to);

    /// Records the morning check-in for its date, replacing one already there; returns the
    /// replaced check-in (for undo).
    std::optional<CheckIn> setCheckIn(const CheckIn& checkIn);
    /// Like setCheckIn, returning the row id of the stored check-in (what keel-cli prints);
    /// the replaced check-in, if any, goes to `replaced`.
    std::int64_t saveCheckIn(const CheckIn& checkIn, std::optional<CheckIn>* replaced = nullptr);
    /// Deletes the check-in of a date and returns it (for undo); nullopt if there was none.
    std::optional<CheckIn> removeCheckIn(Date date);
    /// The check-in of one date, if any.
    std::optional<CheckIn> checkIn(Date date);
    /// Check-ins between two dates inclusive, by date.
    std::vector<CheckIn> checkIns(Date from, Date to);

    /// Throws StoreError(InvalidInput) naming the first bad field; used before every write.
    static void validate(const LoggedSet& set);
    static void validate(const WalkEntry& walk);
    static void validate(const CheckIn& checkIn);

private:
    Database& m_db;
};

} // namespace keel::core
