// SPDX-License-Identifier: GPL-3.0-or-later
// Catch's runner for widget tests: an offscreen QApplication whose XDG folders (data, config,
// cache, runtime) all live in one temporary folder removed at exit.
#define CATCH_CONFIG_RUNNER
#include "support/tempdir.h"

#include <QApplication>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const keel::test::TempDir xdg;
    for (const char* variable :
        {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const auto folder = xdg / variable;
        std::filesystem::create_directories(folder);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
        ::setenv(variable, folder.c_str(), 1);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("keel"));
    QApplication::setApplicationName(QStringLiteral("keel"));
    return Catch::Session().run(argc, argv);
}
