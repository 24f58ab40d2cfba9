// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/weekplan.h"
#include "core/util/date.h"

#include <QObject>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>

class QUndoStack;

namespace keel::core {
class Database;
}

namespace keel::gui {

/// What every pane shares, like a document in a document-based app: the open database, the
/// catalog, the undo stack that every edit goes through, and "today". Panes listen to its
/// signals to refresh; they never talk to each other.
class Logbook final : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<core::Date()>;

    Logbook(std::unique_ptr<core::Database> database, core::Catalog catalog, Clock today, QObject* parent = nullptr);
    ~Logbook() override;

    core::Database& database() { return *m_database; }
    const core::Catalog& catalog() const { return m_catalog; }
    QUndoStack* undoStack() const { return m_undoStack; }
    core::Date today() const { return m_today(); }

    /// The stored profile; nullopt before the first run.
    const std::optional<core::Profile>& profile() const { return m_profile; }
    /// Saves the profile (one transaction) and tells the panes.
    void setProfile(const core::Profile& profile);
    /// First run: saves `profile` and plans `weeks` weeks from the current one, in one transaction.
    /// Throws PlanError or StoreError with nothing saved.
    void planFirstWeeks(const core::Profile& profile, int weeks);
    /// Saves a changed profile and re-plans the current week and every planned week after it, in one
    /// transaction (the store keeps logged items). Throws PlanError or StoreError with nothing saved.
    void changeProfile(const core::Profile& profile);
    /// Plans `weeks` weeks from the week holding `from` through PlanService (one transaction) and
    /// tells the panes. Throws PlanError or StoreError.
    std::vector<core::WeekPlan> planWeeks(core::Date from, int weeks);

    /// The seed of every plan the app makes, so regenerating an unchanged week gives the same week.
    static constexpr std::uint64_t kPlanSeed = 1;

    /// The name an exercise is shown under: the catalog's, the name an imported exercise was kept
    /// under, or the id when neither knows it.
    QString exerciseName(const std::string& exerciseId) const;

    /// The profile's display units; kilograms before the first run.
    core::Units units() const { return m_profile ? m_profile->units : core::Units::Kg; }

    /// Called by undo commands after they changed the log: brings the plan up to date with it (so the
    /// next session follows what was logged), re-reads the names of imported exercises, then tells
    /// the panes.
    void notifyLogChanged();
    /// Brings the plan up to date with the log and today's date (PlanService::refresh); tells the panes
    /// when it changed (and returns true then). Runs at start, after every logged entry and when the
    /// date changes.
    bool refreshPlan();
    void notifyPlanChanged() { emit planChanged(); }
    /// Looks whether another program (keel-cli, most often) committed to the database since the last
    /// look, and if so re-reads the profile and imported names, brings the plan up to date and tells
    /// every pane. Runs twice a second; returns true when something had changed.
    bool catchUpWithOutside();
    /// Called after a COMMIT so the window can say "Saved" (never before the data is on disk).
    void reportSaved(const QString& what) { emit saved(what); }
    /// Something the user should hear of that needs no answer (a failed daily backup).
    void reportNotice(const QString& text) { emit noticed(text); }
    /// Called by Settings when a reminder or tray setting changed (they apply at once).
    void reportDesktopSettingsChanged() { emit desktopSettingsChanged(); }
    /// Called by Today when the rest between sets is over (for a reminder outside the window).
    void reportRestOver() { emit restOver(); }
    /// Called when an edit could not be stored; `detail` is the store's message. While a pane
    /// pushes an edit (UndoPush), the failure goes back to that pane, which shows it in its own
    /// place; otherwise (Undo and Redo from the Edit menu) the window hears of it through
    /// errorOccurred once the undo stack has finished, so no dialog opens inside QUndoStack.
    void reportError(const QString& what, const QString& detail);
    /// Sends failures reported from now on to `sink` instead of the window, until the returned
    /// previous sink is put back. UndoPush holds it around a push.
    std::optional<QString>* captureErrors(std::optional<QString>* sink) { return std::exchange(m_errorSink, sink); }

signals:
    void logChanged();
    void planChanged();
    void profileChanged();
    void saved(const QString& what);
    void noticed(const QString& text);
    void errorOccurred(const QString& what, const QString& detail);
    void restOver();
    void desktopSettingsChanged();

private:
    std::unique_ptr<core::Database> m_database;
    core::Catalog m_catalog;
    Clock m_today;
    QUndoStack* m_undoStack = nullptr;
    std::optional<core::Profile> m_profile;
    void loadImportedNames();
    /// Emits errorOccurred from the event loop, after whatever reported it has returned.
    void announceError(const QString& what, const QString& detail);

    std::map<std::string, std::string> m_importedNames; ///< Imported exercise id -> kept name.
    core::Date m_refreshedFor; ///< The day the plan was last brought up to date for.
    std::int64_t m_dataVersion = 0; ///< The database's data_version when last looked at.
    std::optional<QString>* m_errorSink = nullptr; ///< Where failures go during UndoPush::push.
};

} // namespace keel::gui
