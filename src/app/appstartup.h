// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/store/storeerror.h"

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
class Session;
}

namespace keel::app {

class StartupPrompts;

/// Everything between main() and the main window: the lock beside the database, opening it
/// (with the restore offer for a damaged file), the catalog, the session, and the first run.
/// Kept out of main() so tests can drive it with scripted prompts.
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
    /// True when this start asked for the profile (so the window opens on Today).
    bool ranFirstRun() const { return m_ranFirstRun; }
    /// Remarks for the status bar (catalog overrides, a failed daily backup).
    const QStringList& notes() const { return m_notes; }
    /// "Keel (process 1234 on host) …" when the lock was refused.
    const QString& refusal() const { return m_refusal; }

    /// The lock file beside a database: "<path>.lock".
    static QString lockPathFor(const std::filesystem::path& databasePath);

private:
    bool acquireLock();
    /// The open database, or why it could not be opened (safe to call from a worker thread).
    using Opened = std::variant<std::unique_ptr<core::Database>, core::StoreError>;
    Opened tryOpen(core::Date today) const;
    /// Explains a failed open, offering the restore of the newest good backup when damaged.
    std::unique_ptr<core::Database> handleOpened(Opened opened, core::Date today);
    std::optional<core::Catalog> loadCatalog();
    bool ensureProfile();

    StartupOptions m_options;
    StartupPrompts& m_prompts;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<gui::Session> m_session;
    QStringList m_notes;
    QString m_refusal;
    bool m_ranFirstRun = false;
};

} // namespace keel::app
