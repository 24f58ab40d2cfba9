// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/records.h"

#include <optional>
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
    void updateSet(const LoggedSet& set);
    /// Deletes and returns the removed row (for undo); nullopt if there was none.
    std::optional<LoggedSet> removeSet(std::int64_t id);
    /// Puts back a removed set with its original id (undo of a delete).
    void restoreSet(const LoggedSet& set);
    std::optional<LoggedSet> set(std::int64_t id);
    /// Sets between two dates inclusive, by date then id.
    std::vector<LoggedSet> sets(Date from, Date to);
    /// The sets of one exercise on its most recent date before `before`.
    std::vector<LoggedSet> lastSession(const std::string& exerciseId, Date before);

    std::int64_t addWalk(const WalkEntry& walk);
    void updateWalk(const WalkEntry& walk);
    std::optional<WalkEntry> removeWalk(std::int64_t id);
    void restoreWalk(const WalkEntry& walk);
    std::vector<WalkEntry> walks(Date from, Date to);

    /// Records the morning check-in for its date, replacing one already there; returns the
    /// replaced check-in (for undo).
    std::optional<CheckIn> setCheckIn(const CheckIn& checkIn);
    std::optional<CheckIn> removeCheckIn(Date date);
    std::vector<CheckIn> checkIns(Date from, Date to);

    /// Throws StoreError(InvalidInput) naming the first bad field; used before every write.
    static void validate(const LoggedSet& set);
    static void validate(const WalkEntry& walk);
    static void validate(const CheckIn& checkIn);

private:
    Database& m_db;
};

} // namespace keel::core
