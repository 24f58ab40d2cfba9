// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/store/storeerror.h"
#include "gui/logbook.h"

#include "app/startupoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <variant>

class QLockFile;

namespace keel::core {
class Database;
}

namespace keel::gui {
class MainWindow;
}

namespace keel::app {

class DatabaseOpening;
class InputHold;
class InstanceChannel;
class StartupPrompts;

/// Everything between main() and the main window on screen: the lock beside the database,
/// opening it (with the restore offer for a damaged file), the catalog, the logbook, the first
/// run and the window. The database's page-by-page check runs on a worker thread while this
/// thread builds the window from what the file says, and goes on while the window is shown;
/// until it has answered, the window only reads and the user's input is held back. A damaged
/// file found then closes the window and offers the newest good backup, as a damaged file found
/// earlier does. Kept out of main() so tests can drive it with scripted prompts.
class AppStartup {
    Q_DECLARE_TR_FUNCTIONS(AppStartup)
    Q_DISABLE_COPY_MOVE(AppStartup) // the opening worker and the instance channel call back into it

public:
    enum class Outcome {
        Ready, ///< The logbook is open and has a profile; the window is built.
        Refused, ///< Another Keel holds the database and did not answer.
        Raised, ///< Another Keel holds the database and came to the front instead.
        Failed, ///< The database or the catalog cannot be used; explained to the user.
        Cancelled, ///< The user closed the first-run dialog.
    };
    using Show = std::function<void(gui::MainWindow& window)>;

    /// How many weeks the first run plans.
    static constexpr int kFirstWeeks = 2;

    AppStartup(StartupOptions options, StartupPrompts& prompts);
    ~AppStartup();

    /// Up to a built window. Ready may come before the database's check has answered.
    Outcome run();
    /// After Ready: shows the window through `show`, holding input until the check has
    /// answered. If the check finds damage, the window is closed and the restore offered; a
    /// window on the restored file goes through `show` too. A refusal returns Failed when the
    /// answer was already in, or later quits the event loop with exitCode(Failed).
    Outcome present(Show show);
    /// After Ready: waits for the check and deals with its answer as present() would: Ready
    /// (perhaps on a restored file, with a new window) or Failed. For tests and screenshots.
    Outcome awaitCheck();
    /// The process exit code for an outcome (0 for Ready, Raised and Cancelled).
    static int exitCode(Outcome outcome);

    /// The open logbook after Ready.
    gui::Logbook* logbook() const { return m_logbook.get(); }
    /// The main window after Ready, built and not yet shown.
    gui::MainWindow* window() const { return m_window.get(); }
    /// True while the window may be on screen but the database's check has not answered.
    bool holdingInput() const { return m_hold != nullptr; }
    /// True when this start asked for the profile (so the window opens on Today).
    bool ranFirstRun() const { return m_ranFirstRun; }
    /// Remarks for the status bar (catalog overrides, a restored backup). A daily backup that
    /// fails later, on its worker thread, is reported through Logbook::noticed.
    const QStringList& notes() const { return m_notes; }
    /// "Keel (process 1234 on host) …" when the lock was refused.
    const QString& refusal() const { return m_refusal; }

    /// The lock file beside a database: "<path>.lock".
    static QString lockPathFor(const std::filesystem::path& databasePath);

private:
    using Opened = std::variant<std::unique_ptr<core::Database>, core::StoreError>;

    /// Ready with the lock held (and the instance channel listening); otherwise Raised or Refused.
    Outcome acquireLock();
    /// Brings this Keel's window (or the dialog it is waiting on) to the front: a second launch asked.
    void raiseWindow();
    /// The day's backup right after the first-run profile and plan are saved.
    void takeFirstBackup();
    /// The backup a restore would put back: where, when, and what logged since would be lost.
    static QString describeRestore(const std::filesystem::path& backup, const std::filesystem::path& database);
    /// Explains a failed open, offering the restore of the newest good backup when damaged.
    std::unique_ptr<core::Database> handleOpened(Opened opened);
    /// The loaded catalog, after telling the user of files with errors; nullopt when none is usable.
    std::optional<core::Catalog> acceptCatalog(core::CatalogLoadResult result);
    /// The logbook, first run and window on an open database.
    Outcome open(std::unique_ptr<core::Database> database);
    /// Closes the window and logbook on a damaged file and offers its newest good backup.
    Outcome recover(core::StoreError damage);
    /// True once the check's answer is in (or there is nothing to check).
    bool checkAnswered() const;
    /// The check's damage, waiting for it if need be; nullopt when sound or already dealt with.
    std::optional<core::StoreError> takeDamage();
    bool ensureProfile();
    void buildWindow();
    /// On this thread, when the worker's check has answered.
    void onCheckAnswered();
    /// recover() once present() has a Show: shows the window on a restored file.
    Outcome settle(core::StoreError damage);
    /// Called on the opening's worker thread.
    void reportBackupFailure(const core::StoreError& failure);

    StartupOptions m_options;
    StartupPrompts& m_prompts;
    gui::Logbook::Clock m_clock;
    std::optional<core::Catalog> m_catalog;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<InstanceChannel> m_channel;
    std::unique_ptr<gui::Logbook> m_logbook;
    std::unique_ptr<gui::MainWindow> m_window; // After the session, so it goes first.
    std::unique_ptr<InputHold> m_hold;
    Show m_show;
    // Receives the worker's reports on this thread; declared before the worker, so it outlives
    // it, and a report still queued for it is dropped with it.
    std::unique_ptr<QObject> m_reports;
    std::unique_ptr<DatabaseOpening> m_opening; // Last: joined before anything it reports to goes.
    QStringList m_notes;
    QString m_refusal;
    bool m_ranFirstRun = false;
    bool m_checkTaken = false;
};

} // namespace keel::app
