// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/startupprompts.h"

#include <QCoreApplication>

namespace keel::app {

/// StartupPrompts as message boxes and the first-run dialog.
class MessageBoxPrompts final : public StartupPrompts {
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompts)

public:
    void refuseSecondInstance(const QString& message) override;
    bool offerRestore(const QString& message, const QString& backup) override;
    void explainFatal(const QString& title, const QString& message) override;
    void warn(const QString& title, const QString& message) override;
    std::optional<core::Profile> askProfile(const QString& problem) override;

private:
    std::optional<core::Profile> m_lastAnswer;
};

} // namespace keel::app
