// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupname.h"

#include <string_view>

namespace keel::core::backupname {

std::optional<BackupName> parse(const std::string& name, const std::string& stem)
{
    const std::size_t dateAt = stem.size() + 1;
    std::string_view base(name);
    if (base.ends_with(".zst"))
        base.remove_suffix(4);
    if (base.size() < dateAt + 13 || !base.starts_with(stem) || base[stem.size()] != '-' || !base.ends_with(".db"))
        return std::nullopt;
    const auto date = Date::parse(base.substr(dateAt, 10));
    if (!date)
        return std::nullopt;
    const std::string_view rest = base.substr(dateAt + 10);
    if (rest == ".db")
        return BackupName {*date, true};
    if (rest.size() > 4 && rest.front() == '-')
        return BackupName {*date, false};
    return std::nullopt;
}

std::string daily(const std::string& stem, Date date)
{
    return stem + "-" + date.toString() + ".db.zst";
}

std::string oldDaily(const std::string& stem, Date date)
{
    return stem + "-" + date.toString() + ".db";
}

} // namespace keel::core::backupname
