// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogloader.h"

#include "core/catalog/catalogfileparser.h"
#include "core/catalog/ladderchecker.h"
#include "core/catalog/translationfileparser.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <new>
#include <optional>
#include <set>

namespace keel::core {

namespace fs = std::filesystem;

namespace {

// Exercises from several files on their way to one catalog, with duplicates resolved.
class Merger {
public:
    explicit Merger(CatalogLoadResult& result)
        : m_result(result)
    { }

    /// Adds exercises that share one namespace of ids; a repeated id is an error.
    void add(std::vector<CatalogEntry> entries)
    {
        for (CatalogEntry& entry : entries) {
            const std::string& id = entry.exercise.id;
            if (!id.empty()) {
                if (const auto it = m_byId.find(id); it != m_byId.end()) {
                    reportDuplicate(entry, m_merged[it->second]);
                    continue;
                }
                m_byId.emplace(id, m_merged.size());
            }
            m_merged.push_back(std::move(entry));
        }
    }

    /// Adds the user's exercises: one with a built-in id replaces it in place, with a note.
    void overlay(std::vector<CatalogEntry> entries)
    {
        std::set<std::string, std::less<>> userIds;
        for (CatalogEntry& entry : entries) {
            const std::string& id = entry.exercise.id;
            if (id.empty()) {
                m_merged.push_back(std::move(entry));
                continue;
            }
            const auto existing = m_byId.find(id);
            // Two user files giving the same id is still a mistake, even when both override.
            if (userIds.contains(id)) {
                reportDuplicate(entry, m_merged[existing->second]);
                continue;
            }
            userIds.insert(id);
            if (existing == m_byId.end()) {
                m_byId.emplace(id, m_merged.size());
                m_merged.push_back(std::move(entry));
                continue;
            }
            CatalogEntry& builtIn = m_merged[existing->second];
            m_result.notes.push_back(
                entry.exercise.sourceFile + ": exercise `" + id + "` overrides " + builtIn.exercise.sourceFile);
            builtIn = std::move(entry);
        }
    }

    /// Checks the links across everything added and builds the catalog from the sound exercises.
    void finish()
    {
        std::vector<CatalogIssue> linkIssues = LadderChecker::check(m_merged);
        m_result.errors.insert(m_result.errors.end(), std::make_move_iterator(linkIssues.begin()),
            std::make_move_iterator(linkIssues.end()));
        std::vector<Exercise> exercises;
        exercises.reserve(m_merged.size());
        for (CatalogEntry& entry : m_merged) {
            if (entry.valid)
                exercises.push_back(std::move(entry.exercise));
        }
        m_result.catalog = Catalog(std::move(exercises));
    }

private:
    void reportDuplicate(const CatalogEntry& entry, const CatalogEntry& first)
    {
        const std::string& id = entry.exercise.id;
        m_result.errors.push_back(
            {entry.exercise.sourceFile, 0, 0, "/exercises/" + std::to_string(entry.index) + "/id", id,
                "duplicate id \"" + id + "\": already defined in " + first.exercise.sourceFile + " at /exercises/"
                    + std::to_string(first.index)});
    }

    CatalogLoadResult& m_result;
    std::vector<CatalogEntry> m_merged;
    std::map<std::string, std::size_t, std::less<>> m_byId;
};

CatalogIssue fileIssue(const std::string& file, std::string message)
{
    return {file, 0, 0, {}, {}, std::move(message)};
}

std::string tooLargeMessage(std::uintmax_t size)
{
    return "file is too large (" + std::to_string(size) + " bytes; the limit is "
        + std::to_string(CatalogLoader::kMaxFileBytes) + " bytes, 4 MiB)";
}

std::vector<CatalogEntry> parseText(const std::string& name, std::string_view text, CatalogLoadResult& result)
{
    if (text.size() > CatalogLoader::kMaxFileBytes) {
        result.errors.push_back(fileIssue(name, tooLargeMessage(text.size())));
        return {};
    }
    return CatalogFileParser::parse(name, text, result.errors);
}

// The bytes of `path`, or nullopt with an issue saying why it cannot be read.
std::optional<std::string> readText(const fs::path& path, std::vector<CatalogIssue>& errors)
{
    const std::string name = path.string();
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        errors.push_back(fileIssue(name, "cannot open: no such file"));
        return std::nullopt;
    }
    if (fs::is_directory(status)) {
        errors.push_back(fileIssue(name, "cannot read: it is a folder, not a file"));
        return std::nullopt;
    }
    // Opening a FIFO would wait for a writer for ever; a device is no catalog either.
    if (!fs::is_regular_file(status)) {
        errors.push_back(fileIssue(name, "cannot read: it is not a regular file (a pipe or a device?)"));
        return std::nullopt;
    }
    // The size is checked before reading, so an enormous file is never pulled into memory.
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > CatalogLoader::kMaxFileBytes) {
        errors.push_back(fileIssue(name, tooLargeMessage(size)));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back(fileIssue(name, std::string("cannot open: ") + std::strerror(errno)));
        return std::nullopt;
    }
    // Read one byte more than measured, and keep going if the file grew meanwhile, but never
    // past one byte over the limit: that byte is enough to refuse it.
    const std::size_t limit = static_cast<std::size_t>(CatalogLoader::kMaxFileBytes) + 1;
    std::string text(ec ? std::size_t {4096} : std::min(static_cast<std::size_t>(size) + 1, limit), '\0');
    std::size_t got = 0;
    while (true) {
        in.read(text.data() + got, static_cast<std::streamsize>(text.size() - got));
        got += static_cast<std::size_t>(in.gcount());
        if (in.bad()) {
            errors.push_back(fileIssue(name, std::string("cannot read: ") + std::strerror(errno)));
            return std::nullopt;
        }
        if (got < text.size() || text.size() == limit)
            break;
        text.resize(std::min(text.size() * 2, limit));
    }
    text.resize(got);
    return text;
}

std::vector<CatalogEntry> readFile(const fs::path& path, CatalogLoadResult& result)
{
    const std::optional<std::string> text = readText(path, result.errors);
    return text ? parseText(path.string(), *text, result) : std::vector<CatalogEntry>();
}

std::vector<CatalogEntry> readFiles(const std::vector<fs::path>& files, CatalogLoadResult& result)
{
    std::vector<CatalogEntry> entries;
    for (const fs::path& file : files) {
        std::vector<CatalogEntry> read = readFile(file, result);
        entries.insert(entries.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
    }
    return entries;
}

// The *.json files directly in `dir`, sorted by name so the merge order is the same everywhere.
std::vector<fs::path> jsonFilesIn(const fs::path& dir, std::vector<CatalogIssue>& errors)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".json" && !it->is_directory(ec))
            files.push_back(it->path());
    }
    if (ec)
        errors.push_back(fileIssue(dir.string(), "cannot list the folder: " + ec.message()));
    std::sort(files.begin(), files.end(),
        [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
    return files;
}

// Reads translation files into one set; an id translated twice keeps its first entry.
Catalog::Translations readTranslations(const std::vector<fs::path>& files,
    const std::function<std::optional<std::string>(const fs::path&)>& languageFor, const Catalog& english,
    std::vector<CatalogIssue>& errors)
{
    Catalog::Translations all;
    std::map<std::string, std::string, std::less<>> firstFile;
    for (const fs::path& file : files) {
        const std::optional<std::string> text = readText(file, errors);
        if (!text)
            continue;
        const std::string name = file.string();
        if (text->size() > CatalogLoader::kMaxFileBytes) {
            errors.push_back(fileIssue(name, tooLargeMessage(text->size())));
            continue;
        }
        for (auto& [id, translation] : TranslationFileParser::parse(name, *text, languageFor(file), english, errors)) {
            if (const auto first = firstFile.find(id); first != firstFile.end()) {
                errors.push_back({name, 0, 0, "/exercises/" + id, id,
                    "exercise \"" + id + "\" is translated twice: already in " + first->second});
                continue;
            }
            firstFile.emplace(id, name);
            all.emplace(id, std::move(translation));
        }
    }
    return all;
}

// The loader promises never to throw; anything unexpected becomes one more issue.
template<typename Work> CatalogLoadResult guarded(const std::string& what, Work&& work)
{
    CatalogLoadResult result;
    try {
        work(result);
    } catch (const std::bad_alloc&) {
        result.errors.push_back(fileIssue(what, "out of memory while loading the catalog"));
    } catch (const std::exception& error) {
        result.errors.push_back(fileIssue(what, std::string("unexpected error while loading: ") + error.what()));
    } catch (...) {
        result.errors.push_back(fileIssue(what, "unexpected error while loading"));
    }
    return result;
}

// Shows the translations in `builtInDir`/`language` over the built-in exercises of the loaded
// catalog. A missing folder is no error: that language simply has no translated exercises yet.
void addTranslations(CatalogLoadResult& result, const fs::path& builtInDir, const std::string& language,
    const std::vector<fs::path>& builtInFiles)
{
    const fs::path folder = builtInDir / language;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return;
    std::vector<CatalogIssue> problems;
    Catalog::Translations translations = readTranslations(
        jsonFilesIn(folder, result.translationErrors), [&language](const fs::path&) { return std::optional(language); },
        result.catalog, problems);
    // An exercise from the user's folder keeps the user's own words, even over a built-in id: the
    // shipped translation is of other words, so it is neither shown nor checked against them.
    std::set<std::string, std::less<>> builtInNames;
    for (const fs::path& file : builtInFiles)
        builtInNames.insert(file.string());
    const auto overridden = [&](std::string_view id) {
        const Exercise* exercise = id.empty() ? nullptr : result.catalog.find(id);
        return exercise && !builtInNames.contains(exercise->sourceFile);
    };
    for (CatalogIssue& problem : problems) {
        if (!overridden(problem.exerciseId))
            result.translationErrors.push_back(std::move(problem));
    }
    for (auto it = translations.begin(); it != translations.end();) {
        const Exercise* exercise = result.catalog.find(it->first);
        const bool builtIn = exercise && builtInNames.contains(exercise->sourceFile);
        it = builtIn ? std::next(it) : translations.erase(it);
    }
    result.catalog.setTranslations(language, std::move(translations));
}

} // namespace

std::string CatalogIssue::toString() const
{
    if (line > 0)
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
    if (jsonPath.empty() && exerciseId.empty())
        return file + ": " + message;
    std::string text = file + ": " + (jsonPath.empty() ? std::string("/") : jsonPath);
    if (!exerciseId.empty())
        text += " (" + exerciseId + ")";
    return text + ": " + message;
}

CatalogLoadResult CatalogLoader::loadFiles(const std::vector<fs::path>& files)
{
    return guarded("catalog", [&files](CatalogLoadResult& result) {
        Merger merger(result);
        merger.add(readFiles(files, result));
        merger.finish();
    });
}

CatalogLoadResult CatalogLoader::loadWithOverrides(
    const fs::path& builtInDir, const fs::path& userDir, std::string_view language)
{
    return guarded(builtInDir.string(), [&](CatalogLoadResult& result) {
        Merger merger(result);
        std::error_code ec;
        std::vector<fs::path> builtInFiles;
        if (!fs::is_directory(builtInDir, ec))
            result.errors.push_back(fileIssue(builtInDir.string(), "the built-in catalog folder does not exist"));
        else
            builtInFiles = jsonFilesIn(builtInDir, result.errors);
        merger.add(readFiles(builtInFiles, result));
        // The user folder is optional: most people never create one.
        if (fs::exists(userDir, ec)) {
            if (!fs::is_directory(userDir, ec))
                result.errors.push_back(fileIssue(userDir.string(), "expected a folder of *.json catalog files"));
            else
                merger.overlay(readFiles(jsonFilesIn(userDir, result.errors), result));
        }
        merger.finish();
        if (language != "en" && TranslationFileParser::isLanguageCode(language))
            addTranslations(result, builtInDir, std::string(language), builtInFiles);
    });
}

std::vector<CatalogIssue> CatalogLoader::checkTranslationFiles(
    const std::vector<fs::path>& files, const Catalog& english)
{
    std::vector<CatalogIssue> errors;
    try {
        const auto folderLanguage = [](const fs::path& file) -> std::optional<std::string> {
            std::string folder = file.parent_path().filename().string();
            if (folder.empty())
                folder = fs::absolute(file).parent_path().filename().string();
            return TranslationFileParser::isLanguageCode(folder) ? std::optional(folder) : std::nullopt;
        };
        readTranslations(files, folderLanguage, english, errors);
    } catch (const std::exception& error) {
        errors.push_back(fileIssue("translations", std::string("unexpected error while checking: ") + error.what()));
    }
    return errors;
}

bool CatalogLoader::isTranslationFile(const fs::path& file)
{
    std::vector<CatalogIssue> ignored;
    const std::optional<std::string> text = readText(file, ignored);
    return text && text->size() <= kMaxFileBytes && TranslationFileParser::isTranslation(*text);
}

CatalogLoadResult CatalogLoader::loadText(const std::string& name, const std::string& text)
{
    return guarded(name, [&](CatalogLoadResult& result) {
        Merger merger(result);
        merger.add(parseText(name, text, result));
        merger.finish();
    });
}

} // namespace keel::core
