// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/reason.h"

#include <filesystem>
#include <optional>
#include <stdexcept>

namespace keel::core {

/// Why a database could not be used as it is.
enum class StoreStatus {
    Ok,
    NotKeel, ///< Another program's SQLite file (foreign application_id): refused untouched.
    TooNew, ///< Written by a newer Keel (user_version above ours): refused untouched.
    Damaged, ///< quick_check failed or the file is not a database: refused, restore offered.
    CannotOpen, ///< Folder missing, not writable, or the file is locked.
    InvalidInput ///< A value out of range or an unknown reference; nothing was written.
};

/// An error from the store with a message a user can act on. Nothing was written when thrown.
/// Its message is a reason, so a front end words it in its own language; what() is its English.
class StoreError final : public std::runtime_error {
public:
    StoreError(StoreStatus status, Reason reason, std::optional<std::filesystem::path> newestBackup = std::nullopt)
        : std::runtime_error(reason.text())
        , m_status(status)
        , m_reason(std::move(reason))
        , m_newestBackup(std::move(newestBackup))
    { }

    StoreStatus status() const { return m_status; }
    /// What went wrong, as phrases: what() reads it in English.
    const Reason& reason() const { return m_reason; }
    /// For Damaged: the newest backup that passed its integrity check, if any.
    const std::optional<std::filesystem::path>& newestBackup() const { return m_newestBackup; }

private:
    StoreStatus m_status;
    Reason m_reason;
    std::optional<std::filesystem::path> m_newestBackup;
};

} // namespace keel::core
