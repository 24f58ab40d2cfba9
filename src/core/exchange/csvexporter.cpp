// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvexporter.h"

#include <array>
#include <charconv>
#include <optional>

namespace keel::core {

namespace {

template<typename T> std::string optionalNumber(const std::optional<T>& value)
{
    if (!value)
        return {};
    if constexpr (std::is_integral_v<T>)
        return std::to_string(*value);
    else
        return CsvExporter::number(*value);
}

void appendRow(std::string& out, const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CsvExporter::cell(cells[i]);
    }
    out += "\r\n";
}

} // namespace

const std::vector<std::string_view>& CsvExporter::columns()
{
    static const std::vector<std::string_view> header = {"kind", "date", "exercise_id", "exercise", "warm_up", "reps",
        "load (kg)", "time (s)", "distance (m)", "walk (min)", "rpe (1-10)", "pain (0-10)", "note"};
    return header;
}

std::string CsvExporter::number(double value)
{
    std::array<char, 32> buffer {};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return error == std::errc() ? std::string(buffer.data(), end) : std::string();
}

std::string CsvExporter::cell(std::string_view text)
{
    std::string value;
    if (!text.empty()) {
        const char first = text.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
            value += '\'';
    }
    value += text;
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string CsvExporter::write(const std::vector<LoggedSet>& sets, const std::vector<WalkEntry>& walks,
    const std::vector<CheckIn>& checkIns, const std::function<std::string(const std::string&)>& exerciseName)
{
    std::string out = "\xEF\xBB\xBF";
    appendRow(out, std::vector<std::string>(columns().begin(), columns().end()));
    for (const LoggedSet& set : sets) {
        appendRow(out,
            {"set", set.date.toString(), set.exerciseId, exerciseName(set.exerciseId), set.warmUp ? "1" : "0",
                optionalNumber(set.reps), optionalNumber(set.loadKg), optionalNumber(set.seconds),
                optionalNumber(set.meters), "", optionalNumber(set.rpe), optionalNumber(set.pain), set.note});
    }
    for (const WalkEntry& walk : walks) {
        appendRow(out,
            {"walk", walk.date.toString(), "", "", "", "", "", "", optionalNumber(walk.meters),
                std::to_string(walk.minutes), "", optionalNumber(walk.pain), walk.note});
    }
    for (const CheckIn& checkIn : checkIns)
        appendRow(out,
            {"checkin", checkIn.date.toString(), "", "", "", "", "", "", "", "", "", std::to_string(checkIn.pain), ""});
    return out;
}

} // namespace keel::core
