// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the Import dialog tests: the exchange fixtures and a dialog opened on one.

#include "gui/exchange/importdialog.h"

#include "testpaths.h"

#include <QString>

#include <catch2/catch.hpp>
#include <memory>
#include <string>

namespace keel::test {

inline QString fixture(const char* name)
{
    return QStringLiteral(KEEL_FIXTURES_DIR "/exchange/") + QString::fromLatin1(name);
}

inline std::unique_ptr<gui::ImportDialog> openDialog(gui::Logbook& logbook, const QString& path)
{
    std::string text;
    QString error;
    REQUIRE(gui::ImportDialog::readFile(path, text, &error));
    return std::make_unique<gui::ImportDialog>(logbook, path, std::move(text));
}

} // namespace keel::test
