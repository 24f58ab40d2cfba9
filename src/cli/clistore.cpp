// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clistore.h"

#include <algorithm>
#include <ostream>
#include <string>

namespace keel::cli {

std::unique_ptr<core::Database> openDatabase(Context& context)
{
    auto db = core::Database::open(context.databasePath, context.today);
    if (db->backupWarning())
        context.err << "keel-cli: warning: the daily backup failed: " << db->backupWarning()->text() << '\n';
    return db;
}

int withDatabase(Context& context, const std::function<int(core::Database&)>& body)
{
    try {
        const auto db = openDatabase(context);
        return body(*db);
    } catch (const core::StoreError& error) {
        return reportStoreError(context, error);
    }
}

int withReadableDatabase(Context& context, const std::function<int(core::Database&)>& body)
{
    if (core::Database::canWrite(context.databasePath))
        return withDatabase(context, body);
    try {
        const auto db = core::Database::openForReading(context.databasePath);
        context.err << "keel-cli: note: " << context.databasePath.string()
                    << " cannot be written (a read-only file, folder or mount): showing what is stored; nothing "
                       "is saved, no daily backup is taken and the plan is not brought up to date\n";
        return body(*db);
    } catch (const core::StoreError& error) {
        return reportStoreError(context, error);
    }
}

int reportStoreError(Context& context, const core::StoreError& error)
{
    // One line, whatever SQLite put in the message.
    std::string message = error.what();
    std::replace(message.begin(), message.end(), '\n', ' ');
    context.err << "keel-cli: " << message << '\n';
    return 1;
}

std::optional<core::Date> dateOption(const Arguments& args, std::string_view name)
{
    const auto text = args.value(name);
    if (!text)
        return std::nullopt;
    const auto date = core::Date::parse(*text);
    if (!date)
        throw UsageError(
            "--" + std::string(name) + ": \"" + *text + "\" is not a valid date (YYYY-MM-DD, years 1900–2999)");
    return date;
}

} // namespace keel::cli
