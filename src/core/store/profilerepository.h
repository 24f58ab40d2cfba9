// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"

#include <optional>

namespace keel::core {

class Database;

/// The single profile row.
class ProfileRepository {
public:
    explicit ProfileRepository(Database& db)
        : m_db(db)
    { }

    /// nullopt before the first run has set one.
    std::optional<Profile> load();
    /// Validates (StoreError InvalidInput) and saves in one transaction.
    void save(const Profile& profile);

private:
    Database& m_db;
};

} // namespace keel::core
