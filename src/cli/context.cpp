// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/context.h"

#include <cstdlib>
#include <ctime>

namespace keel::cli {

std::filesystem::path defaultDatabasePath()
{
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return base / "keel" / "keel" / "keel.db";
}

core::Date systemToday()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return core::Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

} // namespace keel::cli
