// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/store/storeerror.h"
#include "gui/session.h"

#include "app/startupoptions.h"

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
class StartupPrompts;

/// Everything between main() and showing the main window: the lock beside the database, opening
/// it (with the restore offer for a damaged file), the catalog, the session, the first run and
/// the window. The database's integrity check runs on a worker thread while this thread reads
/// the catalog and builds the window from what the file says; the window is only handed out
/// (and anything only written) once the check has passed. Kept out of main() so tests can drive
/// it with scripted prompts.
class AppStartup {
public:
    enum class Outcome {
        Ready, ///< The session is open and has a profile.
        Refused, ///< Another Keel holds the database.
        Failed, ///< The database or the catalog cannot be used; explained to the user.
        Cancelled, ///< The user closed the first-run dialog.
    };

    /// How many weeks the first run plans.
    static constexpr int kFirstWeeks = 2;

    AppStartup(StartupOptions options, StartupPrompts& prompts);
    ~AppStartup();

    Outcome run();
    /// The process exit code for an outcome (0 for Ready and Cancelled).
    static int exitCode(Outcome outcome);

    /// The open session after Ready.
    gui::Session* session() const { return m_session.get(); }
    /// The main window after Ready, built and not yet shown.
    gui::MainWindow* window() const { return m_window.get(); }
    /// True when this start asked for the profile (so the window opens on Today).
    bool ranFirstRun() const { return m_ranFirstRun; }
    /// Remarks for the status bar (catalog overrides, a restored backup). A daily backup that
    /// fails later, on its worker thread, is reported through Session::noticed.
    const QStringList& notes() const { return m_notes; }
    /// "Keel (process 1234 on host) …" when the lock was refused.
    const QString& refusal() const { return m_refusal; }

    /// The lock file beside a database: "<path>.lock".
    static QString lockPathFor(const std::filesystem::path& databasePath);

private:
    using Opened = std::variant<std::unique_ptr<core::Database>, core::StoreError>;

    bool acquireLock();
    /// Explains a failed open, offering the restore of the newest good backup when damaged.
    std::unique_ptr<core::Database> handleOpened(Opened opened);
    /// The loaded catalog, after telling the user of files with errors; nullopt when none is usable.
    std::optional<core::Catalog> acceptCatalog(core::CatalogLoadResult result);
    /// The session, first run and window on an open database, or the restore offer when the
    /// deferred integrity check finds it damaged.
    Outcome start(std::unique_ptr<core::Database> database, core::Catalog catalog);
    bool ensureProfile();
    void buildWindow();
    /// Called on the opening's worker thread.
    void reportBackupFailure(const std::string& reason);

    StartupOptions m_options;
    StartupPrompts& m_prompts;
    gui::Session::Clock m_clock;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window; // After the session, so it goes first.
    // Receives the worker's backup report on this thread; after the window, so it outlives the
    // worker below and a report still queued for it is dropped with it.
    std::unique_ptr<QObject> m_reports;
    std::unique_ptr<DatabaseOpening> m_opening; // Last: joined before anything it reports to goes.
    QStringList m_notes;
    QString m_refusal;
    bool m_ranFirstRun = false;
};

} // namespace keel::app
