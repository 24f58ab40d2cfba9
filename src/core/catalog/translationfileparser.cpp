// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/translationfileparser.h"

#include "core/catalog/jsonfieldreader.h"
#include "core/catalog/strictjsonparser.h"

#include <algorithm>
#include <array>
#include <set>

namespace keel::core {

namespace {

using json = nlohmann::json;

constexpr int kVersion = 1;
constexpr std::size_t kMaxIdChars = 64;

// Keys allowed at each level, sorted so membership is a binary search.
constexpr std::array<std::string_view, 4> kFileKeys = {"exercises", "format", "language", "version"};
constexpr std::array<std::string_view, 6> kEntryKeys = {"cautions", "cues", "name", "steps", "summary", "why"};

// The exercise id a pointer such as "/exercises/goblet-squat/steps/2" falls in, if any.
std::optional<std::string> exerciseIdOf(std::string_view pointer)
{
    constexpr std::string_view prefix = "/exercises/";
    if (!pointer.starts_with(prefix))
        return std::nullopt;
    pointer.remove_prefix(prefix.size());
    const std::string_view token = pointer.substr(0, pointer.find('/'));
    std::string id;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            id += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            id += token[i];
        }
    }
    return id;
}

// Validates one parsed translation document; every check appends to the issue list and carries on.
class TranslationChecker final : private JsonFieldReader {
public:
    TranslationChecker(const std::string& file, std::vector<CatalogIssue>& issues, const Catalog& english)
        : JsonFieldReader(file, issues)
        , m_english(english)
    { }

    Catalog::Translations check(
        json& root, const std::optional<std::string>& language, const std::set<std::string>& idsWithDuplicateKeys)
    {
        Catalog::Translations result;
        const JsonPath rootPath;
        if (!root.is_object()) {
            error(rootPath,
                "a translation file must hold one JSON object {\"format\": \"keel-catalog-translation\", "
                "\"version\": 1, \"language\": \"de\", \"exercises\": {...}}, got "
                    + describe(root));
            return result;
        }
        auto& object = root.get_ref<json::object_t&>();
        const std::size_t errorsBefore = m_errorCount;
        checkKeys(object, rootPath, kFileKeys);
        checkFormat(object, rootPath);
        checkVersion(object, rootPath);
        checkLanguage(object, rootPath, language);
        json* exercises = require(object, "exercises", rootPath);
        // A file in another format, version or language may mean anything: none of it is shown.
        if (!exercises || m_errorCount != errorsBefore)
            return result;
        const JsonPath exercisesPath = rootPath / "exercises";
        if (!exercises->is_object()) {
            error(
                exercisesPath, "expected an object of translations keyed by exercise id, got " + describe(*exercises));
            return result;
        }
        for (auto& [id, value] : exercises->get_ref<json::object_t&>()) {
            auto translation = readEntry(id, value, exercisesPath / id);
            if (translation && !idsWithDuplicateKeys.contains(id))
                result.emplace(id, std::move(*translation));
        }
        return result;
    }

private:
    void checkFormat(json::object_t& object, const JsonPath& at)
    {
        const json* format = require(
            object, "format", at, " (a translation file starts with \"format\": \"keel-catalog-translation\")");
        if (format
            && !(format->is_string() && format->get_ref<const std::string&>() == TranslationFileParser::kFormatMarker))
            error(at / "format", "expected \"keel-catalog-translation\", got " + describe(*format));
    }

    void checkVersion(json::object_t& object, const JsonPath& at)
    {
        const json* version = require(object, "version", at);
        if (version && !(version->is_number_integer() && *version == kVersion))
            error(at / "version", "expected the integer 1 (the only translation version), got " + describe(*version));
    }

    void checkLanguage(json::object_t& object, const JsonPath& at, const std::optional<std::string>& language)
    {
        const json* value = require(object, "language", at, " (the language code, the same as the folder's name)");
        if (!value)
            return;
        if (!value->is_string() || !TranslationFileParser::isLanguageCode(value->get_ref<const std::string&>())) {
            error(at / "language",
                "expected a language code such as \"de\" (two or three lowercase letters), got " + describe(*value));
            return;
        }
        if (language && value->get_ref<const std::string&>() != *language)
            error(at / "language",
                "expected " + quoteText(*language) + " (the name of the folder the file is in), got "
                    + describe(*value));
    }

    std::optional<ExerciseTranslation> readEntry(const std::string& id, json& value, const JsonPath& at)
    {
        m_exerciseId = StrictJsonParser::printable(id, kMaxIdChars);
        const std::size_t errorsBefore = m_errorCount;
        const Exercise* exercise = m_english.find(id);
        if (!exercise) {
            error(at,
                "unknown exercise id " + quoteText(id) + suggestion(id, englishIds())
                    + ": the English catalog has no such exercise");
            return std::nullopt;
        }
        if (!value.is_object()) {
            error(at,
                "expected an object with the translated name, summary, steps, cues, why and cautions, got "
                    + describe(value));
            return std::nullopt;
        }
        auto& object = value.get_ref<json::object_t&>();
        checkKeys(object, at, kEntryKeys);
        ExerciseTranslation translation;
        translation.name = textField(object, at, "name", 80);
        translation.summary = textField(object, at, "summary", 300);
        translation.steps = listField(object, at, "steps", exercise->steps.size(), 300);
        translation.cues = listField(object, at, "cues", exercise->cues.size(), 160);
        translation.why = textField(object, at, "why", 400);
        translation.cautions = listField(object, at, "cautions", exercise->cautions.size(), 300);
        if (m_errorCount != errorsBefore)
            return std::nullopt;
        return translation;
    }

    // A translated text, its value quoted when it is empty or too long so it can be found.
    std::optional<std::string> translated(json& value, const JsonPath& at, std::size_t maxChars)
    {
        if (value.is_string()) {
            const std::string& text = value.get_ref<const std::string&>();
            const std::size_t chars = characterCount(text);
            if (chars == 0 || chars > maxChars) {
                error(at,
                    "expected 1–" + std::to_string(maxChars) + " characters, got " + std::to_string(chars) + ": "
                        + quoteText(text));
                return std::nullopt;
            }
        }
        return text(value, at, maxChars);
    }

    std::optional<std::string> textField(
        json::object_t& object, const JsonPath& at, std::string_view key, std::size_t maxChars)
    {
        json* value = member(object, key);
        return value ? translated(*value, at / key, maxChars) : std::nullopt;
    }

    std::optional<std::vector<std::string>> listField(json::object_t& object, const JsonPath& objectPath,
        std::string_view key, std::size_t count, std::size_t maxChars)
    {
        json* value = member(object, key);
        if (!value)
            return std::nullopt;
        const JsonPath at = objectPath / key;
        const std::string expected
            = std::to_string(count) + " " + std::string(key) + " (as many as the English exercise)";
        if (!value->is_array()) {
            error(at, "expected an array of " + expected + ", got " + describe(*value));
            return std::nullopt;
        }
        auto& array = value->get_ref<json::array_t&>();
        bool ok = true;
        if (array.size() != count) {
            error(at, "expected " + expected + ", got " + std::to_string(array.size()));
            ok = false;
        }
        std::vector<std::string> result;
        for (std::size_t i = 0; i < array.size(); ++i) {
            if (auto item = translated(array[i], at / i, maxChars))
                result.push_back(std::move(*item));
            else
                ok = false;
        }
        return ok ? std::optional(std::move(result)) : std::nullopt;
    }

    const std::vector<std::string_view>& englishIds()
    {
        if (m_englishIds.empty()) {
            for (const Exercise& exercise : m_english.exercises())
                m_englishIds.push_back(exercise.id);
        }
        return m_englishIds;
    }

    const Catalog& m_english;
    std::vector<std::string_view> m_englishIds;
};

} // namespace

Catalog::Translations TranslationFileParser::parse(const std::string& file, std::string_view text,
    const std::optional<std::string>& language, const Catalog& english, std::vector<CatalogIssue>& issues)
{
    StrictJsonResult parsed = StrictJsonParser::parse(text, CatalogLoader::kMaxDepth);
    // A repeated key inside an exercise's entry leaves that entry out; anywhere else, the file.
    std::set<std::string> idsWithDuplicateKeys;
    bool fileBroken = !parsed.complete;
    for (JsonProblem& problem : parsed.problems) {
        CatalogIssue issue {file, problem.line, problem.column, problem.pointer, {}, std::move(problem.message)};
        if (const auto id = exerciseIdOf(issue.jsonPath)) {
            issue.exerciseId = StrictJsonParser::printable(*id, kMaxIdChars);
            idsWithDuplicateKeys.insert(*id);
        } else {
            fileBroken = true;
        }
        issues.push_back(std::move(issue));
    }
    if (fileBroken)
        return {};
    return TranslationChecker(file, issues, english).check(parsed.value, language, idsWithDuplicateKeys);
}

bool TranslationFileParser::isTranslation(std::string_view text)
{
    const StrictJsonResult parsed = StrictJsonParser::parse(text, CatalogLoader::kMaxDepth);
    if (!parsed.complete || !parsed.value.is_object())
        return false;
    const auto format = parsed.value.find("format");
    return format != parsed.value.end() && format->is_string() && *format == kFormatMarker;
}

bool TranslationFileParser::isLanguageCode(std::string_view code)
{
    return code.size() >= 2 && code.size() <= 3
        && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace keel::core
