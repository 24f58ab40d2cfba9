// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/recordbook.h"

#include "core/store/database.h"
#include "core/store/statsrepository.h"

namespace keel::core {

RecordBook RecordBook::load(Database& db)
{
    StatsRepository stats(db);
    RecordBook book;
    book.exercises = PersonalRecords::bestsByExercise(stats.recordCandidates());
    book.longestWalk = stats.longestWalk();
    return book;
}

} // namespace keel::core
