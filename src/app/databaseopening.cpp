// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/databaseopening.h"

#include "core/store/backupmanager.h"
#include "core/store/database.h"

#include <chrono>
#include <sys/resource.h>
#include <unistd.h>

namespace keel::app {

namespace {

constexpr int kBackgroundNice = 10;

core::StoreError asStoreError(const std::exception& error)
{
    if (const auto* storeError = dynamic_cast<const core::StoreError*>(&error))
        return *storeError;
    return core::StoreError(core::StoreStatus::CannotOpen, core::Reason::verbatim(error.what()));
}

} // namespace

DatabaseOpening::DatabaseOpening(std::filesystem::path path, core::Date today, Listener listener)
    : m_listener(std::move(listener))
    , m_opened(m_openedPromise.get_future())
    , m_damage(m_damagePromise.get_future().share())
    , m_worker(&DatabaseOpening::work, this, std::move(path), today)
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

bool DatabaseOpening::checkAnswered() const
{
    return m_damage.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void DatabaseOpening::answerCheck(std::optional<core::StoreError> damage)
{
    m_damagePromise.set_value(std::move(damage));
    if (m_listener.checkAnswered)
        m_listener.checkAnswered();
}

void DatabaseOpening::work(std::filesystem::path path, core::Date today)
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
        answerCheck(std::nullopt);
        return;
    }
    // The check and the backup are background work: let the threads building the window come
    // first when the cores are busy. (On Linux, a thread's nice value is its own.)
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kBackgroundNice);
    try {
        core::Database::verify(path);
    } catch (const std::exception& error) {
        answerCheck(asStoreError(error));
        return;
    }
    answerCheck(std::nullopt);
    // Only a file that passed its check is worth a backup. On a connection of its own, so the
    // main one stays free for the window.
    try {
        auto connection = core::Database::connect(path);
        core::BackupManager::dailyBackup(*connection, today);
    } catch (const std::exception& error) {
        if (m_listener.backupFailed)
            m_listener.backupFailed(asStoreError(error));
    }
}

} // namespace keel::app
