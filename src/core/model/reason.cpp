// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/reason.h"

#include "core/model/phrasecode.h"

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

namespace keel::core {

namespace {

using Kind = ReasonArg::Kind;

constexpr std::array<std::string_view, 7> kWeekdayNames
    = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

/// The JSON key of each kind of value, in the order of ReasonArg::Kind.
constexpr std::array<std::string_view, 15> kKindKeys = {"text", "n", "decimal", "kg", "day", "date", "weekday",
    "exercise", "equipment", "pattern", "focus", "experience", "implements", "weekdays", "reason"};

/// A value of `kind` that is a date (Day, Date, Weekday).
ReasonArg dated(ReasonArg::Kind kind, Date date)
{
    ReasonArg arg;
    arg.kind = kind;
    arg.date = date;
    return arg;
}

std::string weekdayName(Date date)
{
    return std::string(kWeekdayNames[static_cast<std::size_t>(date.weekday())]);
}

std::string joined(const std::vector<Phrase>& phrases);

std::string english(const ReasonArg& arg)
{
    switch (arg.kind) {
    case Kind::Number:
        return std::to_string(std::lround(arg.number));
    case Kind::Decimal:
        return trimmedNumber(arg.number);
    case Kind::Load:
        return LoadUnits::text(arg.number, arg.units);
    case Kind::Day:
        return arg.date ? weekdayName(*arg.date) + " " + arg.date->toString() : arg.text;
    case Kind::Date:
        return arg.date ? arg.date->toString() : arg.text;
    case Kind::Weekday:
        return arg.date ? weekdayName(*arg.date) : arg.text;
    case Kind::Exercise:
        return arg.text.empty() ? arg.key : arg.text;
    case Kind::Nested:
        return joined(arg.nested);
    case Kind::Text:
    case Kind::Equipment:
    case Kind::Pattern:
    case Kind::Focus:
    case Kind::Experience:
    case Kind::Implements:
    case Kind::Weekdays:
        break;
    }
    return arg.text;
}

std::string english(const Phrase& phrase)
{
    std::vector<std::string> values;
    values.reserve(phrase.args.size());
    for (const ReasonArg& arg : phrase.args)
        values.push_back(english(arg));
    std::string wording(phraseTemplate(phrase.code));
    if (hasCount(phrase.code) && !phrase.args.empty()) {
        const long count = std::lround(phrase.args.back().number);
        wording = pluralize(wording, count);
        wording.replace(wording.find("%n"), 2, std::to_string(count));
    }
    return fillTemplate(wording, values);
}

std::string joined(const std::vector<Phrase>& phrases)
{
    std::string text;
    for (const Phrase& phrase : phrases) {
        if (!text.empty())
            text += "; ";
        text += english(phrase);
    }
    return text;
}

bool mentionsIn(const std::vector<Phrase>& phrases, PhraseCode code)
{
    for (const Phrase& phrase : phrases) {
        if (phrase.code == code)
            return true;
        for (const ReasonArg& arg : phrase.args) {
            if (arg.kind == Kind::Nested && mentionsIn(arg.nested, code))
                return true;
        }
    }
    return false;
}

nlohmann::json phrasesJson(const std::vector<Phrase>& phrases);

nlohmann::json argJson(const ReasonArg& arg)
{
    const std::string key(kKindKeys[static_cast<std::size_t>(arg.kind)]);
    switch (arg.kind) {
    case Kind::Number:
    case Kind::Decimal:
        return {{key, arg.number}};
    case Kind::Load:
        return {{key, arg.number}, {"units", std::string(toString(arg.units))}};
    case Kind::Day:
    case Kind::Date:
    case Kind::Weekday:
        return {{key, arg.date ? arg.date->toString() : arg.text}};
    case Kind::Exercise:
    case Kind::Equipment:
    case Kind::Pattern:
    case Kind::Focus:
    case Kind::Experience:
    case Kind::Implements:
    case Kind::Weekdays:
        return {{key, arg.key}, {"text", arg.text}};
    case Kind::Nested:
        return {{key, phrasesJson(arg.nested)}};
    case Kind::Text:
        break;
    }
    return {{key, arg.text}};
}

nlohmann::json phrasesJson(const std::vector<Phrase>& phrases)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Phrase& phrase : phrases) {
        nlohmann::json args = nlohmann::json::array();
        for (const ReasonArg& arg : phrase.args)
            args.push_back(argJson(arg));
        out.push_back({{"code", std::string(phraseKey(phrase.code))}, {"args", std::move(args)}});
    }
    return out;
}

std::optional<std::vector<Phrase>> phrasesFrom(const nlohmann::json& json, int depth);

std::optional<ReasonArg> argFrom(const nlohmann::json& json, int depth)
{
    if (!json.is_object() || json.empty())
        return std::nullopt;
    // "text" names plain words only when no other kind is there: keyed kinds carry it as their English.
    for (std::size_t step = 1; step <= kKindKeys.size(); ++step) {
        const std::size_t index = step % kKindKeys.size();
        const auto found = json.find(std::string(kKindKeys[index]));
        if (found == json.end())
            continue;
        ReasonArg arg;
        arg.kind = static_cast<Kind>(index);
        const nlohmann::json& value = *found;
        switch (arg.kind) {
        case Kind::Number:
        case Kind::Decimal:
        case Kind::Load:
            if (!value.is_number())
                return std::nullopt;
            arg.number = value.get<double>();
            if (arg.kind == Kind::Load) {
                const auto units = json.find("units");
                const auto parsed
                    = units != json.end() && units->is_string() ? parseUnits(units->get<std::string>()) : std::nullopt;
                if (!parsed)
                    return std::nullopt;
                arg.units = *parsed;
            }
            return arg;
        case Kind::Day:
        case Kind::Date:
        case Kind::Weekday:
            if (!value.is_string())
                return std::nullopt;
            arg.date = Date::parse(value.get<std::string>());
            if (!arg.date)
                return std::nullopt;
            return arg;
        case Kind::Nested:
            if (auto nested = phrasesFrom(value, depth + 1)) {
                arg.nested = std::move(*nested);
                return arg;
            }
            return std::nullopt;
        case Kind::Text:
            if (!value.is_string())
                return std::nullopt;
            arg.text = value.get<std::string>();
            return arg;
        case Kind::Exercise:
        case Kind::Equipment:
        case Kind::Pattern:
        case Kind::Focus:
        case Kind::Experience:
        case Kind::Implements:
        case Kind::Weekdays: {
            const auto text = json.find("text");
            if (!value.is_string() || text == json.end() || !text->is_string())
                return std::nullopt;
            arg.key = value.get<std::string>();
            arg.text = text->get<std::string>();
            return arg;
        }
        }
    }
    return std::nullopt;
}

std::optional<std::vector<Phrase>> phrasesFrom(const nlohmann::json& json, int depth)
{
    // Reasons nest a few levels at most; a deeper one is not ours.
    constexpr int kMaxDepth = 8;
    if (depth > kMaxDepth || !json.is_array())
        return std::nullopt;
    std::vector<Phrase> phrases;
    for (const nlohmann::json& item : json) {
        if (!item.is_object())
            return std::nullopt;
        const auto code = item.find("code");
        const auto args = item.find("args");
        if (code == item.end() || !code->is_string() || args == item.end() || !args->is_array())
            return std::nullopt;
        Phrase phrase;
        const auto parsed = parsePhraseKey(code->get<std::string>());
        if (!parsed)
            return std::nullopt;
        phrase.code = *parsed;
        for (const nlohmann::json& value : *args) {
            auto arg = argFrom(value, depth);
            if (!arg)
                return std::nullopt;
            phrase.args.push_back(std::move(*arg));
        }
        phrases.push_back(std::move(phrase));
    }
    return phrases;
}

} // namespace

ReasonArg ReasonArg::words(std::string text)
{
    ReasonArg arg;
    arg.text = std::move(text);
    return arg;
}

ReasonArg ReasonArg::count(long value)
{
    ReasonArg arg;
    arg.kind = Kind::Number;
    arg.number = static_cast<double>(value);
    return arg;
}

ReasonArg ReasonArg::decimal(double value)
{
    ReasonArg arg;
    arg.kind = Kind::Decimal;
    arg.number = value;
    return arg;
}

ReasonArg ReasonArg::load(double kg, Units units)
{
    ReasonArg arg;
    arg.kind = Kind::Load;
    arg.number = kg;
    arg.units = units;
    return arg;
}

ReasonArg ReasonArg::day(Date date)
{
    return dated(Kind::Day, date);
}

ReasonArg ReasonArg::dateOnly(Date date)
{
    return dated(Kind::Date, date);
}

ReasonArg ReasonArg::weekday(Date date)
{
    return dated(Kind::Weekday, date);
}

ReasonArg ReasonArg::exercise(std::string id, std::string name)
{
    return keyed(Kind::Exercise, id, std::move(name));
}

ReasonArg ReasonArg::equipment(std::string exerciseId, std::string needs)
{
    return keyed(Kind::Equipment, exerciseId, std::move(needs));
}

ReasonArg ReasonArg::keyed(Kind kind, std::string_view key, std::string english)
{
    ReasonArg arg;
    arg.kind = kind;
    arg.key = std::string(key);
    arg.text = std::move(english);
    return arg;
}

ReasonArg ReasonArg::implements(const std::vector<std::string>& keys)
{
    ReasonArg arg;
    arg.kind = Kind::Implements;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        arg.key += (i == 0 ? "" : ",") + keys[i];
        arg.text += (i == 0 ? "" : i + 1 == keys.size() ? " or " : ", ") + keys[i];
    }
    return arg;
}

ReasonArg ReasonArg::weekdays(const std::vector<Weekday>& days)
{
    ReasonArg arg;
    arg.kind = Kind::Weekdays;
    for (Weekday day : days) {
        arg.key += (arg.key.empty() ? "" : ",") + std::string(weekdayKey(day));
        arg.text += (arg.text.empty() ? "" : ", ") + std::string(weekdayKey(day));
    }
    if (arg.text.empty())
        arg.text = "none";
    return arg;
}

ReasonArg ReasonArg::reason(std::vector<Phrase> phrases)
{
    ReasonArg arg;
    arg.kind = Kind::Nested;
    arg.nested = std::move(phrases);
    return arg;
}

bool ReasonArg::operator==(const ReasonArg&) const = default;
bool Phrase::operator==(const Phrase&) const = default;

Reason Reason::verbatim(std::string text)
{
    if (text.empty())
        return {};
    return Reason(PhraseCode::Verbatim, {ReasonArg::words(std::move(text))});
}

Reason::Reason(PhraseCode code, std::vector<ReasonArg> args)
    : m_phrases {Phrase {code, std::move(args)}}
{ }

bool Reason::mentions(PhraseCode code) const
{
    return mentionsIn(m_phrases, code);
}

bool Reason::startsWith(PhraseCode code) const
{
    return !m_phrases.empty() && m_phrases.front().code == code;
}

Reason& Reason::operator+=(const Reason& more)
{
    m_phrases.insert(m_phrases.end(), more.m_phrases.begin(), more.m_phrases.end());
    return *this;
}

Reason& Reason::operator+=(Phrase more)
{
    m_phrases.push_back(std::move(more));
    return *this;
}

std::string Reason::text() const
{
    return joined(m_phrases);
}

std::string Reason::toJson() const
{
    return phrasesJson(m_phrases).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<Reason> Reason::fromJson(std::string_view json)
{
    const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    auto phrases = phrasesFrom(parsed, 0);
    if (!phrases)
        return std::nullopt;
    Reason reason;
    reason.m_phrases = std::move(*phrases);
    return reason;
}

bool hasCount(PhraseCode code)
{
    return phraseTemplate(code).find("%n") != std::string_view::npos;
}

std::string fillTemplate(std::string_view text, const std::vector<std::string>& values)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next >= '1' && next <= '9') {
                const auto index = static_cast<std::size_t>(next - '1');
                if (index < values.size()) {
                    out += values[index];
                    ++i;
                    continue;
                }
            } else if (next == '%') {
                out += '%';
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string pluralize(std::string_view text, long count)
{
    std::string out(text);
    for (auto at = out.find("(s)"); at != std::string::npos; at = out.find("(s)", at))
        out.replace(at, 3, count == 1 ? "" : "s");
    return out;
}

} // namespace keel::core
