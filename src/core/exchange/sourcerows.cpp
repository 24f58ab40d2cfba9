// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/sourcerows.h"

#include <array>

namespace keel::core {

namespace {

constexpr std::array<std::pair<ImportFormat, std::string_view>, 5> kFormatNames = {{
    {ImportFormat::Strong, "strong"},
    {ImportFormat::Hevy, "hevy"},
    {ImportFormat::FitNotes, "fitnotes"},
    {ImportFormat::Gpx, "gpx"},
    {ImportFormat::Json, "json"},
}};

} // namespace

std::string_view toString(ImportFormat format)
{
    for (const auto& [value, name] : kFormatNames) {
        if (value == format)
            return name;
    }
    return "unknown";
}

std::optional<ImportFormat> parseImportFormat(std::string_view text)
{
    for (const auto& [value, name] : kFormatNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

std::string SourceKeys::next(const std::string& base)
{
    return base + "|" + std::to_string(++m_seen[base]);
}

} // namespace keel::core
