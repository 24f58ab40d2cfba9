// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/profilerepository.h"

#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace keel::core {

namespace {

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start)
            items.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return items;
}

template<typename Range, typename ToText> std::string joinList(const Range& range, ToText toText)
{
    std::string text;
    for (const auto& item : range) {
        if (!text.empty())
            text += ',';
        text += toText(item);
    }
    return text;
}

template<typename T> T parsed(std::optional<T> value, const char* column, const std::string& text)
{
    if (!value)
        sql::throwBadStoredValue(std::string("profile.") + column, text);
    return *value;
}

} // namespace

std::optional<Profile> ProfileRepository::load()
{
    SQLite::Statement query(m_db.sql(),
        "SELECT experience, strength_days, preferred_days, equipment, minutes_per_day, walk_baseline_minutes, units, "
        "week_start, recovery_every, rest_seconds, heaviest_dumbbell_kg, dumbbell_step_kg, heaviest_kettlebell_kg, "
        "kettlebell_step_kg, heaviest_bar_kg, bar_step_kg FROM profile WHERE id = 1");
    if (!query.executeStep())
        return std::nullopt;
    Profile profile;
    const std::string experience = query.getColumn(0).getString();
    profile.experience = parsed(parseExperience(experience), "experience", experience);
    profile.strengthDays = query.getColumn(1).getInt();
    for (const std::string& day : splitList(query.getColumn(2).getString()))
        profile.preferredDays.push_back(parsed(parseWeekday(day), "preferred_days", day));
    for (std::string& item : splitList(query.getColumn(3).getString()))
        profile.equipment.insert(std::move(item));
    profile.minutesPerDay = query.getColumn(4).getInt();
    profile.walkBaselineMinutes = query.getColumn(5).getInt();
    const std::string units = query.getColumn(6).getString();
    profile.units = parsed(parseUnits(units), "units", units);
    const std::string weekStart = query.getColumn(7).getString();
    profile.weekStart = parsed(parseWeekday(weekStart), "week_start", weekStart);
    profile.recoveryEvery = query.getColumn(8).getInt();
    profile.restSeconds = query.getColumn(9).getInt();
    profile.heaviestDumbbellKg = query.getColumn(10).getDouble();
    profile.dumbbellStepKg = query.getColumn(11).getDouble();
    profile.heaviestKettlebellKg = query.getColumn(12).getDouble();
    profile.kettlebellStepKg = query.getColumn(13).getDouble();
    profile.heaviestBarKg = query.getColumn(14).getDouble();
    profile.barStepKg = query.getColumn(15).getDouble();
    return profile;
}

void ProfileRepository::save(const Profile& profile)
{
    if (const auto problem = profile.validate())
        throw StoreError(StoreStatus::InvalidInput,
            Reason(PhraseCode::StoreProfileProblem, {ReasonArg::words(*problem)})
            += Reason(PhraseCode::StoreNothingSaved));
    for (const std::string& item : profile.equipment) {
        if (item.empty() || item.find(',') != std::string::npos)
            throw StoreError(
                StoreStatus::InvalidInput, Reason(PhraseCode::StoreEquipmentName, {ReasonArg::words(item)}));
    }
    // Preferred days are a set: stored sorted and without repeats, as Profile documents.
    std::vector<Weekday> days = profile.preferredDays;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    m_db.transaction([&] {
        SQLite::Statement upsert(m_db.sql(),
            "INSERT OR REPLACE INTO profile (id, experience, strength_days, preferred_days, equipment, "
            "minutes_per_day, walk_baseline_minutes, units, week_start, recovery_every, rest_seconds, "
            "heaviest_dumbbell_kg, dumbbell_step_kg, heaviest_kettlebell_kg, kettlebell_step_kg, heaviest_bar_kg, "
            "bar_step_kg) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        upsert.bind(1, std::string(toString(profile.experience)));
        upsert.bind(2, profile.strengthDays);
        upsert.bind(3, joinList(days, [](Weekday day) { return std::string(weekdayKey(day)); }));
        upsert.bind(4, joinList(profile.equipment, [](const std::string& item) { return item; }));
        upsert.bind(5, profile.minutesPerDay);
        upsert.bind(6, profile.walkBaselineMinutes);
        upsert.bind(7, std::string(toString(profile.units)));
        upsert.bind(8, std::string(weekdayKey(profile.weekStart)));
        upsert.bind(9, profile.recoveryEvery);
        upsert.bind(10, profile.restSeconds);
        upsert.bind(11, profile.heaviestDumbbellKg);
        upsert.bind(12, profile.dumbbellStepKg);
        upsert.bind(13, profile.heaviestKettlebellKg);
        upsert.bind(14, profile.kettlebellStepKg);
        upsert.bind(15, profile.heaviestBarKg);
        upsert.bind(16, profile.barStepKg);
        upsert.exec();
    });
}

} // namespace keel::core
