// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/report: what ProgressReport reads once for a range of days, shared by the files
// that build its charts (progressreport.cpp, weeklycharts.cpp, exercisecharts.cpp, consistencychart.cpp).
#pragma once

#include "core/model/logentries.h"
#include "core/report/progressreport.h"
#include "core/store/statsrepository.h"

#include <vector>

namespace keel::core {

struct ProgressReport::Data {
    Date from; ///< The days read, inclusive.
    Date to;
    std::vector<ExerciseDayStats> exerciseDays;
    std::vector<WalkDayStats> walkDays;
    std::vector<PlannedItemStats> planned;
    std::vector<CheckIn> checkIns;
    std::vector<ProgressionEvent> events;

    bool covers(Date first, Date last) const { return from <= first && to >= last; }
};

} // namespace keel::core
