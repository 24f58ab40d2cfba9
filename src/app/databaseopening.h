// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storeerror.h"
#include "core/util/date.h"

#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <variant>

namespace keel::core {
class Database;
}

namespace keel::app {

/// Opens the database on a worker thread in the order a start needs the results: the
/// connection first (quick), then the integrity check of an existing file, then its daily
/// backup. Each can be waited for on its own, so the app builds and shows its window while the
/// check runs and nothing waits for the backup. The connection only reads until the check has
/// answered.
class DatabaseOpening {
public:
    using Opened = std::variant<std::unique_ptr<core::Database>, core::StoreError>;
    /// What the worker tells as it goes, called on the worker thread.
    struct Listener {
        std::function<void()> checkAnswered; ///< damage() no longer waits.
        std::function<void(const core::StoreError& failure)> backupFailed;
    };

    DatabaseOpening(std::filesystem::path path, core::Date today, Listener listener);
    /// Waits for the worker, so a backup being written is finished, never cut off.
    ~DatabaseOpening();
    DatabaseOpening(const DatabaseOpening&) = delete;
    DatabaseOpening& operator=(const DatabaseOpening&) = delete;

    /// The open database, or why it could not be opened (foreign, newer, unreadable). Once only.
    Opened takeDatabase();
    /// Waits for the integrity check: the damage it found, or nullopt when the file is sound
    /// (or new, or could not be opened at all).
    std::optional<core::StoreError> damage();
    /// True once damage() has its answer.
    bool checkAnswered() const;

private:
    void work(std::filesystem::path path, core::Date today);
    void answerCheck(std::optional<core::StoreError> damage);

    Listener m_listener;
    std::promise<Opened> m_openedPromise;
    std::future<Opened> m_opened;
    std::promise<std::optional<core::StoreError>> m_damagePromise;
    std::shared_future<std::optional<core::StoreError>> m_damage;
    std::thread m_worker; // Last, so it starts after the promises exist and stops before they go.
};

} // namespace keel::app
