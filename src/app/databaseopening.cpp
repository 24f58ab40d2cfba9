// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/databaseopening.h"

#include "core/store/backupmanager.h"
#include "core/store/database.h"

namespace keel::app {

namespace {

core::StoreError asStoreError(const std::exception& error)
{
    if (const auto* storeError = dynamic_cast<const core::StoreError*>(&error))
        return *storeError;
    return core::StoreError(core::StoreStatus::CannotOpen, error.what());
}

} // namespace

DatabaseOpening::DatabaseOpening(std::filesystem::path path, core::Date today, BackupFailed backupFailed)
    : m_opened(m_openedPromise.get_future())
    , m_damage(m_damagePromise.get_future().share())
    , m_worker(&DatabaseOpening::work, this, std::move(path), today, std::move(backupFailed))
{ }

DatabaseOpening::~DatabaseOpening()
{
    m_worker.join();
}

DatabaseOpening::Opened DatabaseOpening::takeDatabase()
{
    return m_opened.get();
}

std::optional<core::StoreError> DatabaseOpening::damage()
{
    return m_damage.get();
}

void DatabaseOpening::work(std::filesystem::path path, core::Date today, BackupFailed backupFailed)
{
    bool pending = false;
    try {
        auto database = core::Database::openDeferringChecks(path, today);
        pending = database->startChecksPending();
        m_openedPromise.set_value(std::move(database));
    } catch (const std::exception& error) {
        m_openedPromise.set_value(asStoreError(error));
    }
    if (!pending) {
        m_damagePromise.set_value(std::nullopt);
        return;
    }
    try {
        core::Database::verify(path);
        m_damagePromise.set_value(std::nullopt);
    } catch (const std::exception& error) {
        m_damagePromise.set_value(asStoreError(error));
        return;
    }
    // Only a file that passed its check is worth a backup. On a connection of its own, so the
    // main one stays free for the window.
    try {
        auto connection = core::Database::connect(path);
        core::BackupManager::dailyBackup(*connection, today);
    } catch (const std::exception& error) {
        if (backupFailed)
            backupFailed(error.what());
    }
}

} // namespace keel::app
