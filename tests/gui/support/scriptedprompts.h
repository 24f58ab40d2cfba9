// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/startupprompts.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace keel::test {

/// StartupPrompts with answers set in advance and every question recorded.
class ScriptedPrompts : public app::StartupPrompts {
public:
    std::vector<std::optional<core::Profile>> profiles; ///< Answers to askProfile, in order.
    bool acceptRestore = true;

    QStringList refusals;
    QStringList restoreOffers;
    QStringList fatalTitles;
    QStringList fatalMessages;
    QStringList warnings;
    QStringList profileProblems;

    void refuseSecondInstance(const QString& message) override { refusals << message; }
    bool offerRestore(const QString& message, const QString& backup) override
    {
        restoreOffers << message + QLatin1Char('\n') + backup;
        return acceptRestore;
    }
    void explainFatal(const QString& title, const QString& message) override
    {
        fatalTitles << title;
        fatalMessages << message;
    }
    void warn(const QString& title, const QString& message) override
    {
        warnings << title + QLatin1Char('\n') + message;
    }
    std::optional<core::Profile> askProfile(const QString& problem) override
    {
        profileProblems << problem;
        if (profiles.empty())
            return std::nullopt;
        auto answer = profiles.front();
        profiles.erase(profiles.begin());
        return answer;
    }
};

} // namespace keel::test
