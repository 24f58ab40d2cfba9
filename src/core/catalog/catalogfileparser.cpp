// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogfileparser.h"

#include "core/catalog/jsonfieldreader.h"
#include "core/catalog/spelling.h"
#include "core/catalog/strictjsonparser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <set>

namespace keel::core {

namespace {

using json = nlohmann::json;

constexpr int kVersion = 1;
constexpr std::string_view kFormatMarker = "keel-catalog";

// Keys allowed at each level, sorted so membership is a binary search.
constexpr std::array<std::string_view, 3> kFileKeys = {"exercises", "format", "version"};
constexpr std::array<std::string_view, 16> kExerciseKeys = {"cautions", "cues", "dose", "equipment", "focus", "id",
    "level", "load", "name", "pattern", "progresses_to", "regresses_to", "steps", "summary", "tags", "why"};
constexpr std::array<std::string_view, 7> kDoseKeys
    = {"kind", "meters", "minutes", "per_side", "reps", "seconds", "sets"};
constexpr std::array<std::string_view, 4> kLoadKeys = {"kind", "start_kg", "step_kg", "top_kg"};

constexpr std::array<std::string_view, 8> kPatternNames
    = {"hinge", "squat", "carry", "anti_rotation", "mobility", "walking", "pull", "posture"};
constexpr std::array<std::string_view, 3> kFocusNames = {"hip", "thoracic", "spine"};
constexpr std::array<std::string_view, 4> kDoseKindNames = {"reps", "hold", "minutes", "distance"};
constexpr std::array<std::string_view, 2> kLoadKindNames = {"bodyweight", "external"};

constexpr std::size_t kMaxIdChars = 64;

bool isSlug(std::string_view id)
{
    if (id.empty() || id.size() > kMaxIdChars || id.front() == '-' || id.back() == '-')
        return false;
    char previous = '\0';
    for (const char c : id) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(c == '-' && previous != '-'))
            return false;
        previous = c;
    }
    return true;
}

// Which exercise a pointer such as "/exercises/3/dose" falls in, if any.
std::optional<std::size_t> exerciseIndexOf(std::string_view pointer)
{
    constexpr std::string_view prefix = "/exercises/";
    if (!pointer.starts_with(prefix))
        return std::nullopt;
    pointer.remove_prefix(prefix.size());
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(pointer.data(), pointer.data() + pointer.size(), index);
    if (ec != std::errc() || (end != pointer.data() + pointer.size() && *end != '/'))
        return std::nullopt;
    return index;
}

// The id of exercise `index` in a parsed document, or "" when it has none yet.
std::string idAt(const json& document, std::size_t index)
{
    if (!document.is_object())
        return {};
    const auto exercises = document.find("exercises");
    if (exercises == document.end() || !exercises->is_array() || index >= exercises->size())
        return {};
    const json& exercise = (*exercises)[index];
    if (!exercise.is_object())
        return {};
    const auto id = exercise.find("id");
    if (id == exercise.end() || !id->is_string())
        return {};
    return StrictJsonParser::printable(id->get_ref<const std::string&>(), kMaxIdChars);
}

// Validates one parsed document; every check appends to the issue list and carries on.
class DocumentChecker final : private JsonFieldReader {
public:
    using JsonFieldReader::JsonFieldReader;

    std::vector<CatalogEntry> check(json& root, const std::set<std::size_t>& exercisesWithDuplicateKeys)
    {
        std::vector<CatalogEntry> entries;
        const JsonPath rootPath;
        if (!root.is_object()) {
            error(rootPath,
                "a catalog file must hold one JSON object {\"format\": \"keel-catalog\", \"version\": 1, "
                "\"exercises\": [...]}, got "
                    + describe(root));
            return entries;
        }
        auto& object = root.get_ref<json::object_t&>();
        checkKeys(object, rootPath, kFileKeys);
        checkFormat(object, rootPath);
        if (!checkVersion(object, rootPath))
            return entries; // A different version may mean anything; judging its exercises would mislead.

        json* exercises = require(object, "exercises", rootPath);
        if (!exercises)
            return entries;
        const JsonPath exercisesPath = rootPath / "exercises";
        if (!exercises->is_array()) {
            error(exercisesPath, "expected an array of exercises, got " + describe(*exercises));
            return entries;
        }
        auto& array = exercises->get_ref<json::array_t&>();
        entries.reserve(array.size());
        for (std::size_t i = 0; i < array.size(); ++i) {
            if (auto entry = readExercise(array[i], exercisesPath / i, i)) {
                if (exercisesWithDuplicateKeys.contains(i))
                    entry->valid = false;
                entries.push_back(std::move(*entry));
            }
        }
        return entries;
    }

private:
    void checkFormat(json::object_t& object, const JsonPath& at)
    {
        const json* format
            = require(object, "format", at, " (a catalog file starts with \"format\": \"keel-catalog\")");
        if (format && !(format->is_string() && format->get_ref<const std::string&>() == kFormatMarker))
            error(at / "format", "expected \"keel-catalog\", got " + describe(*format));
    }

    bool checkVersion(json::object_t& object, const JsonPath& at)
    {
        const json* version = require(object, "version", at);
        if (!version)
            return true;
        if (!version->is_number_integer()) {
            error(at / "version", "expected the integer 1, got " + describe(*version));
            return false;
        }
        if (*version != kVersion) {
            const bool newer = version->is_number_unsigned() && version->get<std::uint64_t>() > kVersion;
            error(at / "version",
                newer ? "version " + version->dump() + " is not supported: this Keel reads catalog version 1"
                      : "unsupported version " + version->dump() + "; expected 1");
            return false;
        }
        return true;
    }

    template<typename Enum, std::size_t N>
    std::optional<Enum> choice(const json& value, const JsonPath& at, std::string_view what,
        const std::array<std::string_view, N>& names, std::optional<Enum> (*parse)(std::string_view))
    {
        if (!value.is_string()) {
            error(at, "expected a " + std::string(what) + " (one of " + joinNames(names) + "), got " + describe(value));
            return std::nullopt;
        }
        const std::string& name = value.get_ref<const std::string&>();
        if (std::find(names.begin(), names.end(), name) != names.end()) {
            if (auto parsed = parse(name))
                return parsed;
        }
        error(at,
            "unknown " + std::string(what) + " " + quoteText(name) + suggestion(name, names) + "; expected one of "
                + joinNames(names));
        return std::nullopt;
    }

    std::optional<std::string> equipmentName(const json& value, const JsonPath& at)
    {
        if (!value.is_string()) {
            error(at, "expected an equipment name, got " + describe(value));
            return std::nullopt;
        }
        const std::string& name = value.get_ref<const std::string&>();
        if (!isKnownEquipment(name)) {
            error(at,
                "unknown equipment " + quoteText(name) + suggestion(name, equipmentNames()) + "; expected one of "
                    + joinNames(equipmentNames()));
            return std::nullopt;
        }
        return name;
    }

    std::optional<std::vector<EquipmentChoice>> equipment(const json& value, const JsonPath& at)
    {
        if (!value.is_array()) {
            error(at, "expected an array of equipment names (empty for none), got " + describe(value));
            return std::nullopt;
        }
        std::vector<EquipmentChoice> result;
        bool ok = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const json& item = value[i];
            const JsonPath itemPath = at / i;
            EquipmentChoice alternatives;
            if (item.is_array()) {
                if (item.empty()) {
                    error(itemPath, "expected at least one name in a list of alternatives, got an empty array");
                    ok = false;
                }
                for (std::size_t k = 0; k < item.size(); ++k) {
                    if (auto name = equipmentName(item[k], itemPath / k))
                        alternatives.push_back(std::move(*name));
                    else
                        ok = false;
                }
            } else if (item.is_string()) {
                if (auto name = equipmentName(item, itemPath))
                    alternatives.push_back(std::move(*name));
                else
                    ok = false;
            } else {
                error(itemPath, "expected an equipment name or an array of alternatives, got " + describe(item));
                ok = false;
            }
            result.push_back(std::move(alternatives));
        }
        return ok ? std::optional(std::move(result)) : std::nullopt;
    }

    std::optional<std::vector<std::string>> tags(const json& value, const JsonPath& at)
    {
        if (!value.is_array()) {
            error(at, "expected an array of tags, got " + describe(value));
            return std::nullopt;
        }
        std::vector<std::string> result;
        bool ok = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const json& item = value[i];
            const JsonPath itemPath = at / i;
            if (!item.is_string()) {
                error(itemPath, "expected a tag name, got " + describe(item));
                ok = false;
                continue;
            }
            const std::string& name = item.get_ref<const std::string&>();
            if (!isKnownTag(name)) {
                error(itemPath,
                    "unknown tag " + quoteText(name) + suggestion(name, tagNames()) + "; expected one of "
                        + joinNames(tagNames()));
                ok = false;
            } else if (std::find(result.begin(), result.end(), name) != result.end()) {
                error(itemPath, "tag " + quoteText(name) + " is listed twice");
                ok = false;
            } else {
                result.push_back(name);
            }
        }
        return ok ? std::optional(std::move(result)) : std::nullopt;
    }

    std::optional<std::optional<std::string>> link(const json& value, const JsonPath& at)
    {
        if (value.is_null())
            return std::optional<std::string>();
        if (value.is_string() && !value.get_ref<const std::string&>().empty())
            return std::optional<std::string>(value.get_ref<const std::string&>());
        error(at, "expected an exercise id or null, got " + describe(value));
        return std::nullopt;
    }

    std::optional<Dose> dose(json& value, const JsonPath& at, bool mobility)
    {
        if (!value.is_object()) {
            error(at,
                "expected a dose object such as {\"kind\": \"reps\", \"sets\": [2, 3], \"reps\": [8, 12]}, got "
                    + describe(value));
            return std::nullopt;
        }
        auto& object = value.get_ref<json::object_t&>();
        const std::size_t errorsBefore = m_errorCount;
        checkKeys(object, at, kDoseKeys);
        Dose dose;
        std::optional<DoseKind> kind;
        if (const json* kindValue = require(object, "kind", at))
            kind = choice(*kindValue, at / "kind", "dose kind", kDoseKindNames, &parseDoseKind);
        if (kind)
            dose.kind = *kind;

        struct RangeKey {
            std::string_view key;
            int max;
            std::optional<IntRange> Dose::*field;
        };
        const std::array<RangeKey, 5> ranges = {{
            {"sets", 10, &Dose::sets},
            {"reps", 100, &Dose::reps},
            {"seconds", 600, &Dose::seconds},
            {"meters", 2000, &Dose::meters},
            {"minutes", 180, &Dose::minutes},
        }};
        for (const RangeKey& range : ranges) {
            const json* rangeValue = member(object, range.key);
            const bool applies = !kind || appliesTo(range.key, *kind);
            if (rangeValue && !applies) {
                error(at / range.key,
                    quoteText(range.key) + " does not apply to a " + std::string(toString(*kind)) + " dose");
                continue;
            }
            if (!rangeValue) {
                if (kind && requiredFor(range.key, *kind))
                    error(at / range.key,
                        "missing required key " + quoteText(range.key) + " (a " + std::string(toString(*kind))
                            + " dose needs it)");
                else if (mobility && range.key == "minutes")
                    error(at / range.key,
                        "missing required key \"minutes\" (a mobility exercise must say how many minutes it takes)");
                continue;
            }
            dose.*range.field = this->range(*rangeValue, at / range.key, 1, range.max);
        }
        if (const json* perSide = member(object, "per_side")) {
            if (perSide->is_boolean())
                dose.perSide = perSide->get<bool>();
            else
                error(at / "per_side", "expected true or false, got " + describe(*perSide));
        }
        return m_errorCount == errorsBefore ? std::optional(dose) : std::nullopt;
    }

    static bool appliesTo(std::string_view key, DoseKind kind)
    {
        if (key == "minutes")
            return true;
        if (key == "sets")
            return kind != DoseKind::Minutes;
        return requiredFor(key, kind);
    }

    static bool requiredFor(std::string_view key, DoseKind kind)
    {
        switch (kind) {
        case DoseKind::Reps:
            return key == "sets" || key == "reps";
        case DoseKind::Hold:
            return key == "sets" || key == "seconds";
        case DoseKind::Distance:
            return key == "sets" || key == "meters";
        case DoseKind::Minutes:
            return key == "minutes";
        }
        return false;
    }

    std::optional<Load> load(json& value, const JsonPath& at)
    {
        if (!value.is_object()) {
            error(at, "expected a load object such as {\"kind\": \"bodyweight\"}, got " + describe(value));
            return std::nullopt;
        }
        auto& object = value.get_ref<json::object_t&>();
        const std::size_t errorsBefore = m_errorCount;
        checkKeys(object, at, kLoadKeys);
        Load load;
        std::optional<LoadKind> kind;
        if (const json* kindValue = require(object, "kind", at))
            kind = choice(*kindValue, at / "kind", "load kind", kLoadKindNames, &parseLoadKind);
        if (kind)
            load.kind = *kind;
        const json* start = member(object, "start_kg");
        const json* step = member(object, "step_kg");
        const json* top = member(object, "top_kg");
        if (kind == LoadKind::Bodyweight) {
            if (start)
                error(at / "start_kg", "\"start_kg\" applies only to external load");
            if (step)
                error(at / "step_kg", "\"step_kg\" applies only to external load");
            if (top)
                error(at / "top_kg", "\"top_kg\" applies only to external load");
        } else {
            if (kind == LoadKind::External && !start)
                error(at / "start_kg", "missing required key \"start_kg\" (external load needs a first working load)");
            if (kind == LoadKind::External && !step)
                error(at / "step_kg", "missing required key \"step_kg\" (external load needs an increment)");
            if (start)
                load.startKg = number(*start, at / "start_kg", 0.0, 300.0, false).value_or(0.0);
            if (step)
                load.stepKg = number(*step, at / "step_kg", 0.0, 20.0, true).value_or(0.0);
            if (top) {
                load.topKg = number(*top, at / "top_kg", 0.0, 300.0, true);
                // Whole kilograms read as "8", not "8.0".
                auto shown = [](double kg) {
                    return kg == std::floor(kg) ? std::to_string(static_cast<long long>(kg)) : json(kg).dump();
                };
                if (load.topKg && start && *load.topKg < load.startKg)
                    error(at / "top_kg",
                        "top_kg " + shown(*load.topKg) + " is below start_kg " + shown(load.startKg)
                            + " (the top load is the heaviest this exercise is ever prescribed)");
            }
        }
        return m_errorCount == errorsBefore ? std::optional(load) : std::nullopt;
    }

    std::optional<CatalogEntry> readExercise(json& value, const JsonPath& at, std::size_t index)
    {
        m_exerciseId.clear();
        if (!value.is_object()) {
            error(at, "expected an exercise object, got " + describe(value));
            return std::nullopt;
        }
        auto& object = value.get_ref<json::object_t&>();
        const std::size_t errorsBefore = m_errorCount;
        CatalogEntry entry;
        entry.index = index;
        Exercise& exercise = entry.exercise;
        exercise.sourceFile = m_file;

        // The id first, so every later message can name the exercise, even a malformed id.
        bool coreFieldsOk = true;
        if (json* id = require(object, "id", at)) {
            if (id->is_string())
                m_exerciseId = StrictJsonParser::printable(id->get_ref<const std::string&>(), kMaxIdChars);
            if (id->is_string() && isSlug(id->get_ref<const std::string&>())) {
                exercise.id = id->get_ref<const std::string&>();
            } else {
                error(at / "id",
                    "expected a kebab-case id (lowercase letters and digits joined by single hyphens, at most "
                        + std::to_string(kMaxIdChars) + " characters), got " + describe(*id));
                coreFieldsOk = false;
            }
        } else {
            coreFieldsOk = false;
        }
        checkKeys(object, at, kExerciseKeys);

        if (json* name = require(object, "name", at))
            exercise.name = text(*name, at / "name", 80).value_or(std::string());

        std::optional<Pattern> pattern;
        if (const json* patternValue = require(object, "pattern", at))
            pattern = choice(*patternValue, at / "pattern", "pattern", kPatternNames, &parsePattern);
        if (pattern)
            exercise.pattern = *pattern;
        coreFieldsOk = coreFieldsOk && pattern.has_value();
        const bool mobility = pattern == Pattern::Mobility;

        if (const json* focus = member(object, "focus")) {
            if (auto parsed = choice(*focus, at / "focus", "focus", kFocusNames, &parseFocus))
                exercise.focus = *parsed;
        } else if (mobility) {
            error(at / "focus", "missing required key \"focus\" (a mobility exercise needs hip, thoracic or spine)");
        }

        if (const json* level = require(object, "level", at)) {
            const auto parsed = integer(*level, at / "level", 1, 10);
            exercise.level = parsed.value_or(1);
            coreFieldsOk = coreFieldsOk && parsed.has_value();
        } else {
            coreFieldsOk = false;
        }

        if (const json* equipmentValue = require(object, "equipment", at))
            exercise.equipment = equipment(*equipmentValue, at / "equipment").value_or(std::vector<EquipmentChoice>());
        if (json* doseValue = require(object, "dose", at))
            exercise.dose = dose(*doseValue, at / "dose", mobility).value_or(Dose());
        if (json* loadValue = require(object, "load", at))
            exercise.load = load(*loadValue, at / "load").value_or(Load());

        for (const auto& [key, field] : {std::pair {"progresses_to", &Exercise::progressesTo},
                 std::pair {"regresses_to", &Exercise::regressesTo}}) {
            const json* linkValue = require(object, key, at, " (use null when there is no such rung)");
            const auto parsed = linkValue ? link(*linkValue, at / key) : std::nullopt;
            if (parsed)
                exercise.*field = *parsed;
            else
                coreFieldsOk = false;
        }

        if (json* summary = require(object, "summary", at))
            exercise.summary = text(*summary, at / "summary", 300).value_or(std::string());
        if (json* steps = require(object, "steps", at))
            exercise.steps = textList(*steps, at / "steps", 2, 10, 300, "steps").value_or(std::vector<std::string>());
        if (json* cues = require(object, "cues", at))
            exercise.cues = textList(*cues, at / "cues", 1, 6, 160, "cues").value_or(std::vector<std::string>());
        if (json* why = require(object, "why", at))
            exercise.why = text(*why, at / "why", 400).value_or(std::string());
        if (json* cautions = require(object, "cautions", at))
            exercise.cautions
                = textList(*cautions, at / "cautions", 0, 6, 300, "cautions").value_or(std::vector<std::string>());
        if (const json* tagsValue = require(object, "tags", at))
            exercise.tags = tags(*tagsValue, at / "tags").value_or(std::vector<std::string>());

        entry.valid = m_errorCount == errorsBefore;
        entry.linkable = coreFieldsOk;
        return entry;
    }
};

} // namespace

std::vector<CatalogEntry> CatalogFileParser::parse(
    const std::string& file, std::string_view text, std::vector<CatalogIssue>& issues)
{
    StrictJsonResult parsed = StrictJsonParser::parse(text, CatalogLoader::kMaxDepth);

    // Structural problems found while parsing are reported first, named after their exercise
    // when the document got far enough to know it.
    std::set<std::size_t> exercisesWithDuplicateKeys;
    for (JsonProblem& problem : parsed.problems) {
        CatalogIssue issue {file, problem.line, problem.column, problem.pointer, {}, std::move(problem.message)};
        if (const auto index = exerciseIndexOf(issue.jsonPath)) {
            exercisesWithDuplicateKeys.insert(*index);
            // Even a document cut short by a problem usually got as far as the exercise's id.
            issue.exerciseId = idAt(parsed.value, *index);
        }
        issues.push_back(std::move(issue));
    }
    if (!parsed.complete)
        return {};
    return DocumentChecker(file, issues).check(parsed.value, exercisesWithDuplicateKeys);
}

} // namespace keel::core
