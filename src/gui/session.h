// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/profile.h"
#include "core/util/date.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace keel::core {
class Database;
}

namespace keel::gui {

/// What every pane shares, like a document in a document-based app: the open database, the
/// catalog, the undo stack that every edit goes through, and "today". Panes listen to its
/// signals to refresh; they never talk to each other.
class Session : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<core::Date()>;

    Session(std::unique_ptr<core::Database> database, core::Catalog catalog, Clock today, QObject* parent = nullptr);
    ~Session() override;

    core::Database& database() { return *m_database; }
    const core::Catalog& catalog() const { return m_catalog; }
    QUndoStack* undoStack() const { return m_undoStack; }
    core::Date today() const { return m_today(); }

    /// The stored profile; nullopt before the first run.
    const std::optional<core::Profile>& profile() const { return m_profile; }
    /// Saves the profile (one transaction) and tells the panes.
    void setProfile(const core::Profile& profile);

    /// Called by undo commands after they changed the log or the plan, so panes refresh.
    void notifyLogChanged() { emit logChanged(); }
    void notifyPlanChanged() { emit planChanged(); }

signals:
    void logChanged();
    void planChanged();
    void profileChanged();

private:
    std::unique_ptr<core::Database> m_database;
    core::Catalog m_catalog;
    Clock m_today;
    QUndoStack* m_undoStack = nullptr;
    std::optional<core::Profile> m_profile;
};

} // namespace keel::gui
