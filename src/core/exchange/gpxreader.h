// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/sourcerows.h"

#include <optional>
#include <string_view>

namespace keel::core {

/// Reads GPX 1.1 tracks (with expat) as walks: one walk per <trk>, dated by its first timestamp,
/// lasting from its first to its last timestamped point, as long as the sum of the great-circle
/// distances between its points. A track without timestamps is an error naming it.
class GpxReader {
public:
    /// True when the text looks like GPX (an XML document whose root is <gpx>).
    static bool recognises(std::string_view text);
    /// Reads the whole document; ExchangeError (with the line) for malformed XML or a track
    /// without timestamps.
    static SourceFile read(std::string_view text);
    /// Seconds since 1970 of an ISO 8601 timestamp ("2026-04-07T07:00:00Z", fractions and
    /// offsets allowed); nullopt when it does not read.
    static std::optional<long long> parseTimestamp(std::string_view text);
};

} // namespace keel::core
