// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planjson.h"

#include "core/model/phrasecode.h"
#include "core/plan/planerror.h"

namespace keel::core {

namespace {

using nlohmann::json;

json rangeJson(const std::optional<IntRange>& range)
{
    return range ? json::array({range->min, range->max}) : json(nullptr);
}

template<typename T> json optionalJson(const std::optional<T>& value)
{
    return value ? json(*value) : json(nullptr);
}

/// Reads JSON with a path for messages, so a bad fixture or CLI output says where it went wrong.
class Reader {
public:
    Reader(const json& value, std::string path)
        : m_value(value)
        , m_path(std::move(path))
    { }

    Reader at(const std::string& key) const
    {
        if (!m_value.is_object() || !m_value.contains(key))
            fail(m_path + "/" + key, Reason(PhraseCode::PlanMissing));
        return Reader(m_value.at(key), m_path + "/" + key);
    }
    Reader at(std::size_t index) const { return Reader(m_value.at(index), m_path + "/" + std::to_string(index)); }
    bool has(const std::string& key) const { return m_value.is_object() && m_value.contains(key); }
    bool isNull() const { return m_value.is_null(); }
    std::string raw() const { return m_value.dump(); }
    std::size_t size() const
    {
        if (!m_value.is_array())
            fail(m_path, Reason(PhraseCode::PlanExpectedArray));
        return m_value.size();
    }
    std::string text() const
    {
        if (!m_value.is_string())
            fail(m_path, Reason(PhraseCode::PlanExpectedString));
        return m_value.get<std::string>();
    }
    bool flag() const
    {
        if (!m_value.is_boolean())
            fail(m_path, Reason(PhraseCode::PlanExpectedBool));
        return m_value.get<bool>();
    }
    int integer() const
    {
        if (!m_value.is_number_integer())
            fail(m_path, Reason(PhraseCode::PlanExpectedInteger));
        return m_value.get<int>();
    }
    double number() const
    {
        if (!m_value.is_number())
            fail(m_path, Reason(PhraseCode::PlanExpectedNumber));
        return m_value.get<double>();
    }
    Date date() const
    {
        const auto parsed = Date::parse(text());
        if (!parsed)
            fail(m_path, Reason(PhraseCode::PlanExpectedDate));
        return *parsed;
    }
    std::optional<IntRange> range() const
    {
        if (isNull())
            return std::nullopt;
        if (size() != 2)
            fail(m_path, Reason(PhraseCode::PlanExpectedRange));
        return IntRange {at(std::size_t {0}).integer(), at(std::size_t {1}).integer()};
    }
    template<typename T> T parsed(std::optional<T> (*parse)(std::string_view)) const
    {
        const auto value = parse(text());
        if (!value)
            fail(m_path, Reason(PhraseCode::PlanUnknownValue, {ReasonArg::words(text())}));
        return *value;
    }

private:
    [[noreturn]] static void fail(const std::string& path, const Reason& problem)
    {
        throw PlanError(Reason(PhraseCode::PlanJson, {ReasonArg::words(path), problem.asArg()}));
    }

    const json& m_value;
    std::string m_path;
};

/// A reason as its codes and values, for a program that reads the plan.
json partsJson(const Reason& reason)
{
    return json::parse(reason.toJson());
}

/// The reason of `in`: its codes when it has them and this Keel knows them all, else its English words.
Reason reasonFrom(const Reader& in)
{
    const std::string text = in.at("reason").text();
    if (in.has("reason_parts")) {
        if (auto parts = Reason::fromJson(in.at("reason_parts").raw()))
            return std::move(*parts);
    }
    return Reason::verbatim(text);
}

PlannedItem itemFromJson(const Reader& in)
{
    PlannedItem item;
    item.exerciseId = in.at("exercise").text();
    item.pattern = in.at("pattern").parsed(parsePattern);
    item.focus = in.at("focus").isNull() ? Focus::None : in.at("focus").parsed(parseFocus);
    item.sets = in.at("sets").integer();
    item.reps = in.at("reps").range();
    item.seconds = in.at("seconds").range();
    item.minutes = in.at("minutes").range();
    item.meters = in.at("meters").range();
    if (!in.at("load_kg").isNull())
        item.loadKg = in.at("load_kg").number();
    item.reason = reasonFrom(in);
    item.warmUp = in.has("warm_up") && in.at("warm_up").flag();
    item.perSide = in.has("per_side") && in.at("per_side").flag();
    if (in.has("swapped_from"))
        item.swappedFrom = in.at("swapped_from").text();
    if (in.has("id"))
        item.id = in.at("id").integer();
    return item;
}

} // namespace

nlohmann::json PlanJson::toJson(const WeekPlan& week)
{
    json sessions = json::array();
    for (const PlannedSession& session : week.sessions) {
        json items = json::array();
        for (const PlannedItem& item : session.items) {
            items.push_back({{"id", item.id}, {"exercise", item.exerciseId}, {"pattern", toString(item.pattern)},
                {"focus", item.focus == Focus::None ? json(nullptr) : json(toString(item.focus))}, {"sets", item.sets},
                {"reps", rangeJson(item.reps)}, {"seconds", rangeJson(item.seconds)},
                {"minutes", rangeJson(item.minutes)}, {"meters", rangeJson(item.meters)},
                {"load_kg", optionalJson(item.loadKg)}, {"per_side", item.perSide}, {"warm_up", item.warmUp},
                {"reason", item.reason.text()}, {"reason_parts", partsJson(item.reason)}});
            if (!item.swappedFrom.empty())
                items.back()["swapped_from"] = item.swappedFrom;
        }
        sessions.push_back({{"id", session.id}, {"date", session.date.toString()}, {"kind", toString(session.kind)},
            {"items", std::move(items)}});
        if (session.movedFrom)
            sessions.back()["moved_from"] = session.movedFrom->toString();
    }
    json notes = json::array();
    json noteParts = json::array();
    for (const Reason& note : week.notes) {
        notes.push_back(note.text());
        noteParts.push_back(partsJson(note));
    }
    return {{"week", week.weekStart.toString()}, {"flare_up", week.flareUp}, {"recovery", week.recovery},
        {"notes", std::move(notes)}, {"notes_parts", std::move(noteParts)}, {"sessions", std::move(sessions)}};
}

WeekPlan PlanJson::weekFromJson(const nlohmann::json& json)
{
    const Reader in(json, "");
    WeekPlan week;
    week.weekStart = in.at("week").date();
    week.flareUp = in.at("flare_up").flag();
    week.recovery = in.has("recovery") && in.at("recovery").flag();
    if (in.has("notes")) {
        const Reader notes = in.at("notes");
        const bool parts = in.has("notes_parts") && in.at("notes_parts").size() == notes.size();
        for (std::size_t i = 0; i < notes.size(); ++i) {
            std::optional<Reason> read = parts ? Reason::fromJson(in.at("notes_parts").at(i).raw()) : std::nullopt;
            week.notes.push_back(read ? std::move(*read) : Reason::verbatim(notes.at(i).text()));
        }
    }
    const Reader sessions = in.at("sessions");
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Reader entry = sessions.at(i);
        PlannedSession session;
        session.date = entry.at("date").date();
        session.kind = entry.at("kind").parsed(parseSessionKind);
        if (entry.has("id"))
            session.id = entry.at("id").integer();
        if (entry.has("moved_from"))
            session.movedFrom = entry.at("moved_from").date();
        const Reader items = entry.at("items");
        for (std::size_t j = 0; j < items.size(); ++j)
            session.items.push_back(itemFromJson(items.at(j)));
        week.sessions.push_back(std::move(session));
    }
    return week;
}

nlohmann::json PlanJson::toJson(const PatternState& state)
{
    return {{"pattern", toString(state.pattern)}, {"exercise", state.exerciseId}, {"sets", state.sets},
        {"reps", optionalJson(state.reps)}, {"seconds", optionalJson(state.seconds)},
        {"meters", optionalJson(state.meters)}, {"minutes", optionalJson(state.minutes)},
        {"load_kg", optionalJson(state.loadKg)},
        {"last_change", state.lastChange ? json(state.lastChange->toString()) : json(nullptr)}};
}

nlohmann::json PlanJson::toJson(const ProgressionEvent& event)
{
    return {{"id", event.id}, {"date", event.date.toString()},
        {"pattern", event.pattern ? json(toString(*event.pattern)) : json(nullptr)}, {"kind", toString(event.kind)},
        {"exercise", event.exerciseId.empty() ? json(nullptr) : json(event.exerciseId)}, {"from", event.from.text()},
        {"from_parts", partsJson(event.from)}, {"to", event.to.text()}, {"to_parts", partsJson(event.to)},
        {"reason", event.reason.text()}, {"reason_parts", partsJson(event.reason)}};
}

} // namespace keel::core
