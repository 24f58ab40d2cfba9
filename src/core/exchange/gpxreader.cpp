// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/gpxreader.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/exchangeerror.h"
#include "core/model/phrasecode.h"

#include <charconv>
#include <cmath>
#include <expat.h>
#include <numbers>
#include <string>
#include <vector>

namespace keel::core {

namespace {

constexpr double kEarthRadiusMetres = 6371008.8;

struct Point {
    double lat = 0.0;
    double lon = 0.0;
    std::optional<long long> time;
    std::string timeText;
};

struct Track {
    std::size_t line = 0;
    std::string name;
    std::vector<Point> points;
};

/// What the expat callbacks build up.
struct GpxState {
    XML_Parser parser = nullptr;
    std::vector<Track> tracks;
    std::vector<std::string> open; ///< Element names from the root down.
    std::string text; ///< Character data of the current leaf element.
    std::optional<ExchangeError> error;
};

std::string localName(const XML_Char* name)
{
    const std::string full(name);
    const auto colon = full.rfind(':');
    return colon == std::string::npos ? full : full.substr(colon + 1);
}

std::size_t currentLine(const GpxState& state)
{
    return static_cast<std::size_t>(XML_GetCurrentLineNumber(state.parser));
}

void stop(GpxState& state, Reason reason)
{
    if (!state.error)
        state.error = ExchangeError(currentLine(state), std::move(reason));
    XML_StopParser(state.parser, XML_FALSE);
}

std::optional<double> coordinate(const XML_Char** attributes, const char* wanted)
{
    for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
        if (std::string_view(attributes[i]) == wanted) {
            const std::string_view value(attributes[i + 1]);
            double result = 0.0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
            if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(result))
                return std::nullopt;
            return result;
        }
    }
    return std::nullopt;
}

void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** attributes)
{
    auto& state = *static_cast<GpxState*>(data);
    const std::string element = localName(name);
    if (state.open.empty() && element != "gpx")
        return stop(state, Reason(PhraseCode::ImportGpxRoot, {ReasonArg::words(element)}));
    state.open.push_back(element);
    state.text.clear();
    if (element == "trk") {
        state.tracks.push_back({currentLine(state), {}, {}});
    } else if (element == "trkpt") {
        if (state.tracks.empty())
            return stop(state, Reason(PhraseCode::ImportGpxPointOutsideTrack));
        const auto lat = coordinate(attributes, "lat");
        const auto lon = coordinate(attributes, "lon");
        if (!lat || !lon || std::fabs(*lat) > 90.0 || std::fabs(*lon) > 180.0)
            return stop(state, Reason(PhraseCode::ImportGpxPointWithoutPosition));
        state.tracks.back().points.push_back({*lat, *lon, std::nullopt, {}});
    }
}

void XMLCALL onEnd(void* data, const XML_Char* name)
{
    auto& state = *static_cast<GpxState*>(data);
    const std::string element = localName(name);
    const std::string parent = state.open.size() >= 2 ? state.open[state.open.size() - 2] : std::string();
    if (element == "time" && parent == "trkpt") {
        const std::string stamp = trimmed(state.text);
        const auto seconds = GpxReader::parseTimestamp(stamp);
        if (!seconds)
            return stop(state, Reason(PhraseCode::ImportGpxBadTime, {ReasonArg::words(stamp)}));
        state.tracks.back().points.back().time = seconds;
        state.tracks.back().points.back().timeText = stamp;
    } else if (element == "name" && parent == "trk") {
        state.tracks.back().name = trimmed(state.text);
    }
    if (!state.open.empty())
        state.open.pop_back();
    state.text.clear();
}

void XMLCALL onText(void* data, const XML_Char* text, int length)
{
    auto& state = *static_cast<GpxState*>(data);
    state.text.append(text, static_cast<std::size_t>(length));
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

double haversine(const Point& a, const Point& b)
{
    const double dLat = radians(b.lat - a.lat);
    const double dLon = radians(b.lon - a.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

int digits(std::string_view text, std::size_t pos, std::size_t count, bool& ok)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9') {
            ok = false;
            return 0;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

std::optional<long long> GpxReader::parseTimestamp(std::string_view text)
{
    // YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)
    if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto date = Date::parse(text.substr(0, 10));
    bool ok = true;
    const int hour = digits(text, 11, 2, ok);
    const int minute = digits(text, 14, 2, ok);
    const int second = digits(text, 17, 2, ok);
    if (!date || !ok || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
    }
    long long offset = 0;
    if (pos < text.size() && text[pos] == 'Z') {
        ++pos;
    } else if (pos + 6 == text.size() && (text[pos] == '+' || text[pos] == '-') && text[pos + 3] == ':') {
        const int offsetHours = digits(text, pos + 1, 2, ok);
        const int offsetMinutes = digits(text, pos + 4, 2, ok);
        if (!ok)
            return std::nullopt;
        offset = (text[pos] == '+' ? 1 : -1) * (offsetHours * 3600LL + offsetMinutes * 60LL);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const long long epochDays = date->days() - Date::fromYmd(1970, 1, 1).days();
    return epochDays * 86400LL + hour * 3600LL + minute * 60LL + second - offset;
}

bool GpxReader::recognises(std::string_view text)
{
    const std::string head(CsvReader::withoutBom(text.substr(0, 2048)));
    return head.find("<gpx") != std::string::npos;
}

SourceFile GpxReader::read(std::string_view text)
{
    GpxState state;
    state.parser = XML_ParserCreate(nullptr);
    if (state.parser == nullptr)
        throw ExchangeError(0, Reason(PhraseCode::ImportGpxNoParser));
    XML_SetUserData(state.parser, &state);
    XML_SetElementHandler(state.parser, onStart, onEnd);
    XML_SetCharacterDataHandler(state.parser, onText);
    const XML_Status status = XML_Parse(
        state.parser, text.data(), static_cast<int>(std::min<std::size_t>(text.size(), INT32_MAX)), XML_TRUE);
    if (status != XML_STATUS_OK && !state.error) {
        state.error = ExchangeError(currentLine(state),
            Reason(
                PhraseCode::ImportGpxMalformed, {ReasonArg::words(XML_ErrorString(XML_GetErrorCode(state.parser)))}));
    }
    XML_ParserFree(state.parser);
    if (state.error)
        throw *state.error;
    if (state.tracks.empty())
        throw ExchangeError(0, Reason(PhraseCode::ImportGpxNoTracks));

    SourceFile file;
    file.format = ImportFormat::Gpx;
    file.dialect = Reason(PhraseCode::ImportDialectGpx);
    for (std::size_t i = 0; i < state.tracks.size(); ++i) {
        const Track& track = state.tracks[i];
        const ReasonArg label = track.name.empty()
            ? Reason(PhraseCode::ImportGpxTrackNumber, {ReasonArg::count(static_cast<long>(i + 1))}).asArg()
            : Reason(PhraseCode::ImportGpxTrackNamed, {ReasonArg::words(track.name)}).asArg();
        const Point* first = nullptr;
        const Point* last = nullptr;
        double metres = 0.0;
        for (std::size_t p = 0; p < track.points.size(); ++p) {
            if (p > 0)
                metres += haversine(track.points[p - 1], track.points[p]);
            if (track.points[p].time) {
                if (!first)
                    first = &track.points[p];
                last = &track.points[p];
            }
        }
        if (!first)
            throw ExchangeError(track.line, Reason(PhraseCode::ImportGpxNoTimestamps, {label}));
        const long long seconds = *last->time - *first->time;
        if (seconds < 30) {
            file.skipped.push_back({track.line, Reason(PhraseCode::ImportGpxUnderAMinute, {label})});
            continue;
        }
        SourceWalk walk;
        walk.line = track.line;
        walk.date = *Date::parse(first->timeText.substr(0, 10));
        walk.minutes = static_cast<int>(std::llround(static_cast<double>(seconds) / 60.0));
        walk.meters = std::round(metres);
        walk.name = track.name;
        walk.sourceKey = "gpx|" + first->timeText;
        file.walks.push_back(std::move(walk));
    }
    return file;
}

} // namespace keel::core
