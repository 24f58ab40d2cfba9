// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/weekplan.h"

namespace keel::core {

/// Carries what the person arranged by hand in a stored week over to `fresh`, a re-plan of the same
/// week, for the days from `from` on (earlier days are history and are not touched).
///
/// A hand edit survives as long as the re-plan still makes the choice it overrode:
/// - a session moved by hand moves again when the re-plan still puts a session of its kind on the day
///   the plan had chosen, and nothing of that kind on the day it was moved to;
/// - an exercise swapped by hand is swapped again when the re-plan still chooses the exercise it
///   replaced, in that session, and the swap is still safe: in the catalog, possible with the profile's
///   equipment, flare-up safe in a flare-up week, and not already in the session.
/// So a change the plan makes for a reason (a gentler rung after pain, flare-up mode, equipment given
/// up, other strength days) wins over the edit, and the edit is dropped with it.
void keepHandEdits(WeekPlan& fresh, const WeekPlan& stored, Date from, const Catalog& catalog, const Profile& profile);

/// How many hand edits `week` holds: sessions moved and exercises swapped by hand.
int handEdits(const WeekPlan& week);

} // namespace keel::core
