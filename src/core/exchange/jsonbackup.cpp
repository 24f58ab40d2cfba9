// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/jsonbackup.h"

#include "core/exchange/exchangeerror.h"
#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/snapshotrepository.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>
#include <utility>
#include <vector>

namespace keel::core {

namespace {

using nlohmann::json;

std::size_t lineAt(std::string_view text, std::size_t byte)
{
    const std::size_t end = std::min(byte, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(end), '\n'));
}

json parseBackup(std::string_view text)
{
    json document;
    try {
        document = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& error) {
        // nlohmann's message starts with its own error id; the byte position becomes our line.
        std::string reason = error.what();
        if (const auto colon = reason.find("syntax error"); colon != std::string::npos)
            reason = reason.substr(colon);
        throw ExchangeError(
            lineAt(text, error.byte), Reason(PhraseCode::BackupJsonInvalid, {ReasonArg::words(reason)}));
    } catch (const json::exception& error) {
        throw ExchangeError(0, Reason(PhraseCode::BackupJsonInvalid, {ReasonArg::words(error.what())}));
    }
    // Compared as JSON: value<std::string>() would throw nlohmann's type_error for {"format": {}}.
    if (!document.is_object() || !document.contains("format")
        || document["format"] != nlohmann::json(JsonBackup::kFormatName))
        throw ExchangeError(0, Reason(PhraseCode::BackupJsonNotKeel));
    // Compared as JSON numbers: get<int>() would wrap 4294967297 to version 1.
    const json& version = document["format_version"];
    if (!version.is_number_integer() || version < 1)
        throw ExchangeError(0, Reason(PhraseCode::BackupJsonNoVersion));
    if (version > JsonBackup::kFormatVersion)
        throw ExchangeError(0,
            Reason(PhraseCode::BackupJsonTooNew,
                {ReasonArg::words(version.dump()), ReasonArg::count(JsonBackup::kFormatVersion)}));
    if (!document.contains("tables") || !document["tables"].is_object())
        throw ExchangeError(0, Reason(PhraseCode::BackupJsonNoTables));
    if (document.contains("catalog_files")) {
        const json& files = document["catalog_files"];
        if (!files.is_object())
            throw ExchangeError(0, Reason(PhraseCode::BackupJsonCatalogFiles));
        for (const auto& [name, content] : files.items()) {
            // Only plain *.json names: a backup never writes outside catalog.d.
            const std::filesystem::path path(name);
            if (name.empty() || path.filename().string() != name || path.extension() != ".json" || name[0] == '.')
                throw ExchangeError(0, Reason(PhraseCode::BackupJsonCatalogName, {ReasonArg::words(name)}));
            if (!content.is_string())
                throw ExchangeError(0, Reason(PhraseCode::BackupJsonCatalogNotText, {ReasonArg::words(name)}));
        }
    }
    for (const auto& [name, rows] : document["tables"].items()) {
        const auto known = SnapshotRepository::tables();
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw ExchangeError(0, Reason(PhraseCode::BackupJsonUnknownTable, {ReasonArg::words(name)}));
        if (!rows.is_array())
            throw ExchangeError(0, Reason(PhraseCode::BackupJsonTableNotArray, {ReasonArg::words(name)}));
    }
    return document;
}

/// A field of a backup row, with the row named when it is not what it should be.
class RowFields {
public:
    /// Row `index` (from 0) of `table`.
    RowFields(const json& row, std::string table, std::size_t index)
        : m_row(row)
        , m_table(std::move(table))
        , m_number(static_cast<long>(index + 1))
    {
        if (!m_row.is_object())
            fail(PhraseCode::BackupJsonRowNotObject);
    }

    /// Throws `code` with the table and row number first, then `more`.
    [[noreturn]] void fail(PhraseCode code, std::vector<ReasonArg> more = {}) const
    {
        std::vector<ReasonArg> args {ReasonArg::words(m_table), ReasonArg::count(m_number)};
        args.insert(args.end(), more.begin(), more.end());
        throw ExchangeError(0, Reason(code, std::move(args)));
    }

    std::string text(const char* name) const
    {
        const auto it = m_row.find(name);
        if (it == m_row.end() || it->is_null())
            return {};
        if (!it->is_string())
            fail(PhraseCode::BackupJsonRowNotText, {ReasonArg::words(name)});
        return it->get<std::string>();
    }

    Date date(const char* name) const
    {
        const auto parsed = Date::parse(text(name));
        if (!parsed)
            fail(PhraseCode::BackupJsonRowNoDate, {ReasonArg::words(name)});
        return *parsed;
    }

    template<typename T> std::optional<T> optional(const char* name) const
    {
        const auto it = m_row.find(name);
        if (it == m_row.end() || it->is_null())
            return std::nullopt;
        if (!it->is_number() || (std::is_integral_v<T> && !it->is_number_integer()))
            fail(PhraseCode::BackupJsonRowNotNumber, {ReasonArg::words(name)});
        if constexpr (std::is_integral_v<T>) {
            // get<T>() wraps what T cannot hold: 4294967306 reps would be merged as 10.
            const bool fits = it->is_number_unsigned() ? std::in_range<T>(it->get<std::uint64_t>())
                                                       : std::in_range<T>(it->get<std::int64_t>());
            if (!fits)
                fail(PhraseCode::BackupJsonRowOutOfRange, {ReasonArg::words(name), ReasonArg::words(it->dump())});
        }
        return it->get<T>();
    }

private:
    const json& m_row;
    std::string m_table;
    long m_number;
};

/// A merge adds the backup's logs as imported rows: their own source key when they were imported,
/// otherwise one naming the backup row, so merging the same backup twice adds nothing.
ImportBatch mergeBatch(const json& tables)
{
    ImportBatch batch;
    const json empty = json::array();
    const json& sets = tables.contains("logged_sets") ? tables["logged_sets"] : empty;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const RowFields row(sets[i], "logged_sets", i);
        ImportedSet imported;
        LoggedSet& set = imported.set;
        set.date = row.date("date");
        set.exerciseId = row.text("exercise_id");
        set.reps = row.optional<int>("reps");
        set.loadKg = row.optional<double>("load_kg");
        set.seconds = row.optional<int>("seconds");
        set.meters = row.optional<double>("meters");
        set.rpe = row.optional<int>("rpe");
        set.pain = row.optional<int>("pain");
        set.note = row.text("note");
        set.warmUp = row.optional<int>("warm_up").value_or(0) != 0;
        imported.sourceKey = row.text("source_key");
        if (imported.sourceKey.empty()) {
            imported.sourceKey = "keel|set|" + std::to_string(row.optional<std::int64_t>("id").value_or(0)) + "|"
                + set.date.toString() + "|" + set.exerciseId;
        }
        batch.sets.push_back(std::move(imported));
    }
    const json& walks = tables.contains("walks") ? tables["walks"] : empty;
    for (std::size_t i = 0; i < walks.size(); ++i) {
        const RowFields row(walks[i], "walks", i);
        ImportedWalk imported;
        imported.walk.date = row.date("date");
        imported.walk.minutes = row.optional<int>("minutes").value_or(0);
        imported.walk.meters = row.optional<double>("meters");
        imported.walk.pain = row.optional<int>("pain");
        imported.walk.note = row.text("note");
        imported.sourceKey = row.text("source_key");
        if (imported.sourceKey.empty()) {
            imported.sourceKey = "keel|walk|" + std::to_string(row.optional<std::int64_t>("id").value_or(0)) + "|"
                + imported.walk.date.toString();
        }
        batch.walks.push_back(std::move(imported));
    }
    const json& exercises = tables.contains("imported_exercises") ? tables["imported_exercises"] : empty;
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const RowFields row(exercises[i], "imported_exercises", i);
        batch.exercises.push_back({row.text("id"), row.text("name")});
    }
    return batch;
}

/// The *.json files directly in `dir`, by name (nlohmann's object keeps keys sorted).
json catalogFiles(const std::filesystem::path& dir)
{
    json files = json::object();
    std::error_code error;
    if (dir.empty() || !std::filesystem::is_directory(dir, error))
        return files;
    for (std::filesystem::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() != ".json" || it->is_directory(error))
            continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in)
            throw ExchangeError(0, Reason(PhraseCode::BackupJsonCannotRead, {ReasonArg::words(it->path().string())}));
        files[it->path().filename().string()] = text.str();
    }
    if (error)
        throw ExchangeError(0,
            Reason(
                PhraseCode::BackupJsonCannotList, {ReasonArg::words(dir.string()), ReasonArg::words(error.message())}));
    return files;
}

/// Writes the backup's catalog files into `dir`, none when any name is taken there; returns the
/// paths written so a failed restore can take them back.
std::vector<std::filesystem::path> restoreCatalogFiles(const json& document, const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> written;
    if (dir.empty() || !document.contains("catalog_files") || document["catalog_files"].empty())
        return written;
    const json& files = document["catalog_files"];
    for (const auto& [name, content] : files.items()) {
        std::error_code error;
        if (std::filesystem::exists(dir / name, error))
            throw ExchangeError(0,
                Reason(PhraseCode::BackupJsonCatalogExists,
                    {ReasonArg::words(name), ReasonArg::words((dir / name).string())}));
    }
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        throw ExchangeError(0,
            Reason(PhraseCode::BackupJsonCannotCreate,
                {ReasonArg::words(dir.string()), ReasonArg::words(error.message())}));
    for (const auto& [name, content] : files.items()) {
        const std::filesystem::path path = dir / name;
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << content.get<std::string>();
        out.flush();
        written.push_back(path);
        if (!out) {
            for (const auto& done : written)
                std::filesystem::remove(done, error);
            throw ExchangeError(0, Reason(PhraseCode::BackupJsonCannotWrite, {ReasonArg::words(path.string())}));
        }
    }
    return written;
}

} // namespace

std::string JsonBackup::write(Database& db, const std::filesystem::path& catalogDir)
{
    json document = {{"format", kFormatName}, {"format_version", kFormatVersion},
        {"schema_version", db.schemaVersion()}, {"tables", SnapshotRepository(db).dump()}};
    json files = catalogFiles(catalogDir);
    if (!files.empty())
        document["catalog_files"] = std::move(files);
    return document.dump(1) + "\n";
}

RestoreSummary JsonBackup::inspect(std::string_view text)
{
    const json document = parseBackup(text);
    RestoreSummary summary;
    for (const auto& [name, rows] : document["tables"].items())
        summary.rows[name] = static_cast<int>(rows.size());
    if (document.contains("catalog_files")) {
        for (const auto& [name, content] : document["catalog_files"].items())
            summary.catalogFiles.push_back(name);
    }
    return summary;
}

RestoreSummary JsonBackup::restore(
    Database& db, std::string_view text, bool merge, const std::filesystem::path& catalogDir)
{
    const json document = parseBackup(text);
    RestoreSummary summary = inspect(text);
    const json& tables = document["tables"];
    ImportRepository imports(db);
    if (!merge && !imports.logbookEmpty())
        throw ExchangeError(0, Reason(PhraseCode::BackupJsonNotEmpty));
    // The catalog files first (refused whole when a name is taken), taken back if the rows fail.
    const std::vector<std::filesystem::path> written = restoreCatalogFiles(document, catalogDir);
    try {
        if (!merge) {
            SnapshotRepository(db).restore(tables);
            return summary;
        }
        summary.merged = true;
        const ImportBatch batch = mergeBatch(tables);
        std::vector<CheckIn> checkIns;
        if (tables.contains("checkins")) {
            for (std::size_t i = 0; i < tables["checkins"].size(); ++i) {
                const RowFields row(tables["checkins"][i], "checkins", i);
                checkIns.push_back({row.date("date"), row.optional<int>("pain").value_or(-1)});
            }
        }
        db.transaction([&] {
            summary.mergeOutcome = imports.write(batch);
            LogRepository log(db);
            for (const CheckIn& checkIn : checkIns) {
                if (!log.checkIn(checkIn.date)) {
                    log.setCheckIn(checkIn);
                    ++summary.checkInsAdded;
                }
            }
        });
        return summary;
    } catch (...) {
        std::error_code error;
        for (const auto& path : written)
            std::filesystem::remove(path, error);
        throw;
    }
}

} // namespace keel::core
