// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"

#include <QString>

#include <optional>

namespace keel::app {

/// The questions start-up may have to ask. Message boxes in the app; scripted answers in tests.
class StartupPrompts {
public:
    virtual ~StartupPrompts() = default;

    /// Another Keel holds the database; `message` names it.
    virtual void refuseSecondInstance(const QString& message) = 0;
    /// The database is damaged; true to replace it with `backup`.
    virtual bool offerRestore(const QString& message, const QString& backup) = 0;
    /// Something stops Keel from starting; it quits after this.
    virtual void explainFatal(const QString& title, const QString& message) = 0;
    /// Problems that do not stop Keel (catalog files with errors); it goes on afterwards.
    virtual void warn(const QString& title, const QString& message) = 0;
    /// The first-run profile, or nullopt when the user cancels. `problem` explains why the
    /// previous answer could not be used (empty the first time).
    virtual std::optional<core::Profile> askProfile(const QString& problem) = 0;
};

} // namespace keel::app
