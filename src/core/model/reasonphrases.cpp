// SPDX-License-Identifier: GPL-3.0-or-later
// The English wording of every phrase a reason is made of: the one home of these sentences.
// keel-cli reads them as they are; the GUI translates them, and lupdate finds them here through
// the markers of core/util/translatable.h (scripts/translations gives lupdate KEEL_TRANSLATE_NOOP as
// an alias of Qt's).
#include "core/model/phrasecode.h"
#include "core/model/reason.h"
#include "core/util/translatable.h"

#include <algorithm>
#include <array>

namespace keel::core {

namespace {

struct Entry {
    PhraseCode code;
    std::string_view key;
    std::string_view english;
};

// clang-format off
constexpr std::array kPhrases = std::to_array<Entry>({
    {PhraseCode::Verbatim, "text", "%1"},
    {PhraseCode::PainOn, "pain-on", KEEL_TRANSLATE_NOOP("Reason", "pain %1/10 on %2")},
    {PhraseCode::PainOnExercise, "pain-on-exercise", KEEL_TRANSLATE_NOOP("Reason", "pain %1/10 on %2 (%3)")},
    {PhraseCode::PainOnWalk, "pain-on-walk", KEEL_TRANSLATE_NOOP("Reason", "pain %1/10 on a walk on %2")},
    {PhraseCode::MorningCheckIn, "morning-check-in", KEEL_TRANSLATE_NOOP("Reason", "morning check-in %1/10 on %2")},
    {PhraseCode::MorningAboveUsual, "morning-above-usual", KEEL_TRANSLATE_NOOP("Reason", "morning check-in %1/10 on %2, 2+ above your usual %3/10")},
    {PhraseCode::MorningAfter, "morning-after", KEEL_TRANSLATE_NOOP("Reason", "%1, the morning after %2")},
    {PhraseCode::SteppedBack, "stepped-back", KEEL_TRANSLATE_NOOP("Reason", "stepped back: %1")},
    {PhraseCode::HoldingAtCeiling, "holding-at-ceiling", KEEL_TRANSLATE_NOOP("Reason", "%1: holding (4–5 is the ceiling)")},
    {PhraseCode::Holding, "holding", KEEL_TRANSLATE_NOOP("Reason", "%1: holding")},
    {PhraseCode::MorningsAround, "mornings-around", KEEL_TRANSLATE_NOOP("Reason", "mornings around %1/10 this week: holding until they settle below 4/10")},
    {PhraseCode::Both, "both", KEEL_TRANSLATE_NOOP("Reason", "%1 and %2")},
    {PhraseCode::TwoCalmSessions, "two-calm-sessions", KEEL_TRANSLATE_NOOP("Reason", "two sessions in flare-up mode at pain ≤ 3 (%1, %2)")},
    {PhraseCode::MissedSets, "missed-sets", KEEL_TRANSLATE_NOOP("Reason", "missed: no sets logged, so no progress")},
    {PhraseCode::PlannedOtherRung, "planned-other-rung", KEEL_TRANSLATE_NOOP("Reason", "the week planned %1 while your rung is %2: holding")},
    {PhraseCode::PlannedNothing, "planned-nothing", KEEL_TRANSLATE_NOOP("Reason", "the week planned nothing while your rung is %1: holding")},
    {PhraseCode::NothingToProgress, "nothing-to-progress", KEEL_TRANSLATE_NOOP("Reason", "nothing to progress on %1: holding")},
    {PhraseCode::SetsLogged, "sets-logged", KEEL_TRANSLATE_NOOP("Reason", "same as last week: %1 of %2 planned sets of %3 logged")},
    {PhraseCode::RpeTooHigh, "rpe-too-high", KEEL_TRANSLATE_NOOP("Reason", "same as last week: RPE %1 — progress comes when every set feels RPE 8 or easier")},
    {PhraseCode::EverySetReached, "every-set-reached", KEEL_TRANSLATE_NOOP("Reason", "every set reached %1 reps")},
    {PhraseCode::EveryHoldReached, "every-hold-reached", KEEL_TRANSLATE_NOOP("Reason", "every hold reached %1 s")},
    {PhraseCode::EveryCarryReached, "every-carry-reached", KEEL_TRANSLATE_NOOP("Reason", "every carry reached %1 m")},
    {PhraseCode::AmountReps, "amount-reps", KEEL_TRANSLATE_NOOP("Reason", "%1 reps")},
    {PhraseCode::AmountSeconds, "amount-seconds", KEEL_TRANSLATE_NOOP("Reason", "%1 s")},
    {PhraseCode::AmountMeters, "amount-meters", KEEL_TRANSLATE_NOOP("Reason", "%1 m")},
    {PhraseCode::TopReached, "top-reached", KEEL_TRANSLATE_NOOP("Reason", "%1 at RPE ≤ 8, pain ≤ 3")},
    {PhraseCode::TargetReached, "target-reached", KEEL_TRANSLATE_NOOP("Reason", "%1 at pain ≤ 3")},
    {PhraseCode::TargetMissed, "target-missed", KEEL_TRANSLATE_NOOP("Reason", "same as last week: %1 of %2 sets reached %3")},
    {PhraseCode::RepsUp, "reps-up", KEEL_TRANSLATE_NOOP("Reason", "reps up: %1; now %2–%3 reps")},
    {PhraseCode::HoldUp, "hold-up", KEEL_TRANSLATE_NOOP("Reason", "hold +%1 s: %2; now %3 s")},
    {PhraseCode::CarryUp, "carry-up", KEEL_TRANSLATE_NOOP("Reason", "carry +%1 m: %2; now %3 m")},
    {PhraseCode::SameAsLastWeek, "same-as-last-week", KEEL_TRANSLATE_NOOP("Reason", "same as last week")},
    {PhraseCode::LoadUp, "load-up", KEEL_TRANSLATE_NOOP("Reason", "load up to %1 (+%2, the smallest step you can load): %3; back to the bottom of the range")},
    {PhraseCode::TopLoadFor, "top-load-for", KEEL_TRANSLATE_NOOP("Reason", "the top load for %1")},
    {PhraseCode::NoTopLoad, "no-top-load", KEEL_TRANSLATE_NOOP("Reason", "%1 has no top load, so it stays at its start")},
    {PhraseCode::HeaviestOwned, "heaviest-owned", KEEL_TRANSLATE_NOOP("Reason", "the heaviest %1 you own")},
    {PhraseCode::LoadIsCeiling, "load-is-ceiling", KEEL_TRANSLATE_NOOP("Reason", "%1 is %2")},
    {PhraseCode::UpTheLadder, "up-the-ladder", KEEL_TRANSLATE_NOOP("Reason", "up the ladder from %1 to %2: %3")},
    {PhraseCode::NeedsSoNextYouCanDo, "needs-so-next-you-can-do", KEEL_TRANSLATE_NOOP("Reason", "%1 needs %2, so the next rung you can do")},
    {PhraseCode::NextRungBlocked, "next-rung-blocked", KEEL_TRANSLATE_NOOP("Reason", "the next rung, %1, needs %2: progressing by reps instead")},
    {PhraseCode::TopOfLadder, "top-of-ladder", KEEL_TRANSLATE_NOOP("Reason", "the top of the ladder: progressing by reps instead")},
    {PhraseCode::NextRungNeeds, "next-rung-needs", KEEL_TRANSLATE_NOOP("Reason", "the next rung, %1, needs %2")},
    {PhraseCode::TopOfLadderOnly, "top-of-ladder-only", KEEL_TRANSLATE_NOOP("Reason", "the top of the ladder")},
    {PhraseCode::OneMoreSet, "one-more-set", KEEL_TRANSLATE_NOOP("Reason", "one more set: %1")},
    {PhraseCode::HoldingAtTop, "holding-at-top", KEEL_TRANSLATE_NOOP("Reason", "holding at the top your equipment allows: %1")},
    {PhraseCode::LoadDown, "load-down", KEEL_TRANSLATE_NOOP("Reason", "load down to %1")},
    {PhraseCode::BackTo, "back-to", KEEL_TRANSLATE_NOOP("Reason", "back to %1")},
    {PhraseCode::OneSetFewerGentlest, "one-set-fewer-gentlest", KEEL_TRANSLATE_NOOP("Reason", "one set fewer on the gentlest rung")},
    {PhraseCode::BackToBottom, "back-to-bottom", KEEL_TRANSLATE_NOOP("Reason", "back to the bottom of the range")},
    {PhraseCode::GentlestAlready, "gentlest-already", KEEL_TRANSLATE_NOOP("Reason", "already at the gentlest dose, so the same again")},
    {PhraseCode::NoLongerListed, "no-longer-listed", KEEL_TRANSLATE_NOOP("Reason", "%1 needs %2, which the profile no longer lists: %3 (level %4) instead")},
    {PhraseCode::StartingLevel, "starting-level", KEEL_TRANSLATE_NOOP("Reason", "starting level for %1: %2 (level %3)")},
    {PhraseCode::NotInCatalogStart, "not-in-catalog-start", KEEL_TRANSLATE_NOOP("Reason", "%1 is no longer in the catalog, so starting level: %2 (level %3)")},
    {PhraseCode::WalkingStart, "walking-start", KEEL_TRANSLATE_NOOP("Reason", "%1 min a day (walking baseline %2 min), building by at most 10 % a week toward 30")},
    {PhraseCode::WalkingStartInBouts, "walking-start-in-bouts", KEEL_TRANSLATE_NOOP("Reason", "%1 min a day in short bouts (walking baseline %2 min), building by at most 10 % a week toward 30")},
    {PhraseCode::WelcomeBack, "welcome-back", KEEL_TRANSLATE_N_NOOP("Reason", "welcome back: %1 weeks without logged strength work (the last on %2), so you start again %n step(s) below where you were and build back up")},
    {PhraseCode::WalksNow, "walks-now", KEEL_TRANSLATE_NOOP("Reason", "walks now %1 min a day")},
    {PhraseCode::NowMinutes, "now-minutes", KEEL_TRANSLATE_NOOP("Reason", "now %1 min a day")},
    {PhraseCode::MissedWalks, "missed-walks", KEEL_TRANSLATE_NOOP("Reason", "missed: no walks logged, so no progress")},
    {PhraseCode::WalkDaysShort, "walk-days-short", KEEL_TRANSLATE_NOOP("Reason", "same as last week: %1 of %2 days reached %3 min (%4 days build it up)")},
    {PhraseCode::WalkingGoal, "walking-goal", KEEL_TRANSLATE_NOOP("Reason", "walking 30 min a day: the goal; keep it up (%1 of %2 days reached %3 min)")},
    {PhraseCode::WalkingUp, "walking-up", KEEL_TRANSLATE_NOOP("Reason", "walking +%1 min (≤ 10 % a week) toward 30: %2 of %3 days reached %4 min")},
    {PhraseCode::OneWalkNow, "one-walk-now", KEEL_TRANSLATE_NOOP("Reason", "from now on one walk instead of short bouts")},
    {PhraseCode::PainEventsWithin, "pain-events-within", KEEL_TRANSLATE_NOOP("Reason", "%1 pain events within 14 days, the last %2")},
    {PhraseCode::FlareUpWalksCapped, "flare-up-walks-capped", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode (%1): walks capped at %2 min")},
    {PhraseCode::GradedReturnStarts, "graded-return-starts", KEEL_TRANSLATE_NOOP("Reason", "%1: a graded return to your regular rungs")},
    {PhraseCode::FlareUpHold, "flare-up-hold", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode: holding until two sessions done in flare-up mode are at pain ≤ 3")},
    {PhraseCode::FlareUpOver, "flare-up-over", KEEL_TRANSLATE_NOOP("Reason", "flare-up over: a graded return over the next weeks to where you were before it")},
    {PhraseCode::ReturnHolding, "return-holding", KEEL_TRANSLATE_NOOP("Reason", "graded return after the flare-up: holding your usual dose while it lasts")},
    {PhraseCode::ReturnDone, "return-done", KEEL_TRANSLATE_NOOP("Reason", "graded return after the flare-up done: back to your dose from before it")},
    {PhraseCode::RecoveryWalkHold, "recovery-walk-hold", KEEL_TRANSLATE_NOOP("Reason", "recovery week: walking holds this week; it builds again after it")},
    {PhraseCode::RecoveryHold, "recovery-hold", KEEL_TRANSLATE_NOOP("Reason", "recovery week: no increase this week; progress resumes after it")},
    {PhraseCode::AfterRecovery, "after-recovery", KEEL_TRANSLATE_NOOP("Reason", "after the recovery week, progress resumes: %1")},
    {PhraseCode::AlreadyChanged, "already-changed", KEEL_TRANSLATE_NOOP("Reason", "already changed this week: holding")},
    {PhraseCode::FirstWeekOnRung, "first-week-on-rung", KEEL_TRANSLATE_NOOP("Reason", "first week on this rung")},
    {PhraseCode::FirstWeekOnRungBecause, "first-week-on-rung-because", KEEL_TRANSLATE_NOOP("Reason", "first week on this rung: %1")},
    {PhraseCode::Since, "since", KEEL_TRANSLATE_NOOP("Reason", "since %1: %2")},
    {PhraseCode::NothingNewYet, "nothing-new-yet", KEEL_TRANSLATE_NOOP("Reason", "same as last week: nothing new logged to review yet")},
    {PhraseCode::FirstWeekStartingLevel, "first-week-starting-level", KEEL_TRANSLATE_NOOP("Reason", "first week on this rung: the starting level for %1 is %2")},
    {PhraseCode::FirstWeekNotInCatalog, "first-week-not-in-catalog", KEEL_TRANSLATE_NOOP("Reason", "first week on this rung: %1 is no longer in the catalog")},
    {PhraseCode::ProfileDoesNotList, "profile-does-not-list", KEEL_TRANSLATE_NOOP("Reason", "first week on this rung: %1 needs %2, which your profile does not list; %3 (level %4) instead")},
    {PhraseCode::FlareUpGentle, "flare-up-gentle", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode: gentle options only")},
    {PhraseCode::FlareUpGentleSince, "flare-up-gentle-since", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode since %1: gentle options only")},
    {PhraseCode::FlareUpGentleBecause, "flare-up-gentle-because", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode (%1): gentle options only")},
    {PhraseCode::FlareUpGentleSinceBecause, "flare-up-gentle-since-because", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode since %1 (%2): gentle options only")},
    {PhraseCode::NoFlareUpSafe, "no-flare-up-safe", KEEL_TRANSLATE_NOOP("Reason", "no flare-up-safe %1 exercise your equipment allows, so the gentlest one you can do")},
    {PhraseCode::InPlaceOf, "in-place-of", KEEL_TRANSLATE_NOOP("Reason", "%1 in place of %2")},
    {PhraseCode::GradedReturn, "graded-return", KEEL_TRANSLATE_N_NOOP("Reason", "graded return after the flare-up (over on %1): %n step(s) below your %2")},
    {PhraseCode::GradedReturnAtLoad, "graded-return-at-load", KEEL_TRANSLATE_N_NOOP("Reason", "graded return after the flare-up (over on %1): %n step(s) below your %2 at %3")},
    {PhraseCode::BackToItFrom, "back-to-it-from", KEEL_TRANSLATE_NOOP("Reason", "back to it from %1")},
    {PhraseCode::StepsBelowFrom, "steps-below-from", KEEL_TRANSLATE_N_NOOP("Reason", "%n step(s) below from %1")},
    {PhraseCode::FirstWeekOfWalking, "first-week-of-walking", KEEL_TRANSLATE_NOOP("Reason", "first week of walking: %1 min a day, building by at most 10 % a week toward 30")},
    {PhraseCode::FirstWeekOfWalkingBecause, "first-week-of-walking-because", KEEL_TRANSLATE_NOOP("Reason", "first week of walking: %1")},
    {PhraseCode::WalkSameMinutes, "walk-same-minutes", KEEL_TRANSLATE_NOOP("Reason", "same as last week: %1 min a day")},
    {PhraseCode::ShortWalks, "short-walks", KEEL_TRANSLATE_NOOP("Reason", "short walks (at most 15 min)")},
    {PhraseCode::ShortWalksMinutes, "short-walks-minutes", KEEL_TRANSLATE_NOOP("Reason", "short walks (at most 15 min): %1 min a day")},
    {PhraseCode::RecoveryOneSetFewer, "recovery-one-set-fewer", KEEL_TRANSLATE_NOOP("Reason", "recovery week: one set fewer")},
    {PhraseCode::SecondCoreDrill, "second-core-drill", KEEL_TRANSLATE_NOOP("Reason", "second core drill, since your %1 minutes allow it: trunk control from another angle")},
    {PhraseCode::AccessoryTimeAllows, "accessory-time-allows", KEEL_TRANSLATE_NOOP("Reason", "accessory, since time allows: %1")},
    {PhraseCode::SetsToFit, "sets-to-fit", KEEL_TRANSLATE_N_NOOP("Reason", "%n set(s) to fit your %1-minute session")},
    {PhraseCode::SetsCutRunsOver, "sets-cut-runs-over", KEEL_TRANSLATE_N_NOOP("Reason", "cut to %n set(s) for your %1-minute session, which even so runs over (see the week's note)")},
    {PhraseCode::Bout, "bout", KEEL_TRANSLATE_NOOP("Reason", "bout %1 of %2")},
    {PhraseCode::DayAdded, "day-added", KEEL_TRANSLATE_NOOP("Reason", "%1 added: fewer preferred days (%2) than strength days (%3)")},
    {PhraseCode::BackToBack, "back-to-back", KEEL_TRANSLATE_NOOP("Reason", "back to back with %1: your preferred days leave no rest day between")},
    {PhraseCode::BackToBackLastWeek, "back-to-back-last-week", KEEL_TRANSLATE_NOOP("Reason", "back to back with last week's %1: your preferred days leave no rest day between")},
    {PhraseCode::WarmUp, "warm-up", KEEL_TRANSLATE_NOOP("Reason", "warm-up before lifting: %1")},
    {PhraseCode::RestOfMobility, "rest-of-mobility", KEEL_TRANSLATE_NOOP("Reason", "the rest of today's mobility: %1")},
    {PhraseCode::MobilityDay, "mobility-day", KEEL_TRANSLATE_NOOP("Reason", "%1 day (mobility alternates hip and thoracic), %2 min of mobility today")},
    {PhraseCode::FlareUpGentleDrills, "flare-up-gentle-drills", KEEL_TRANSLATE_NOOP("Reason", "flare-up mode: gentle drills")},
    {PhraseCode::DaysAdded, "days-added", KEEL_TRANSLATE_N_NOOP("Reason", "%n preferred day(s) for %1 strength days: added %2")},
    {PhraseCode::StrengthBackToBack, "strength-back-to-back", KEEL_TRANSLATE_NOOP("Reason", "strength days back to back (%1): your preferred days (%2) leave no rest day between them; keep those sessions light and stop if your back protests")},
    {PhraseCode::PlannedFromOn, "planned-from-on", KEEL_TRANSLATE_N_NOOP("Reason", "planned from %1 on: %n strength day(s) for the rest of the week")},
    {PhraseCode::BackToBackDaysLeft, "back-to-back-days-left", KEEL_TRANSLATE_NOOP("Reason", "strength days back to back (%1): the days left this week leave no rest day between them; keep those sessions light")},
    {PhraseCode::AcrossWeekBoundary, "across-week-boundary", KEEL_TRANSLATE_NOOP("Reason", "strength back to back across the week boundary (%1 and %2): your preferred days (%3) leave no rest day between them; keep those sessions light and stop if your back protests")},
    {PhraseCode::SessionsRunOver, "sessions-run-over", KEEL_TRANSLATE_NOOP("Reason", "strength sessions take about %1 min (a %2-minute warm-up, then the lifts with %3 s rests), more than your %4 minutes even at one set each: the four patterns always go in, so allow about %1 min on strength days or shorten the rest timer")},
    {PhraseCode::RecoveryWeekNote, "recovery-week-note", KEEL_TRANSLATE_NOOP("Reason", "recovery week (every %1 weeks): the same exercises with one set fewer, so the body can absorb the last weeks")},
    {PhraseCode::FlareUpWeek, "flare-up-week", KEEL_TRANSLATE_NOOP("Reason", "%1, mobility and short walks")},
    {PhraseCode::DateTooLate, "date-too-late", KEEL_TRANSLATE_NOOP("Reason", "date %1: entries can be logged up to tomorrow (%2), not later")},
    {PhraseCode::WalkingNotASet, "walking-not-a-set", KEEL_TRANSLATE_NOOP("Reason", "exercise %1: %2 is walking; log it as a walk, not as a set")},
    {PhraseCode::RepsNotMeasured, "reps-not-measured", KEEL_TRANSLATE_NOOP("Reason", "reps %1: %2 is measured in %3, not reps")},
    {PhraseCode::SecondsNotMeasured, "seconds-not-measured", KEEL_TRANSLATE_NOOP("Reason", "seconds %1: %2 is measured in %3, not seconds")},
    {PhraseCode::MetresNotMeasured, "metres-not-measured", KEEL_TRANSLATE_NOOP("Reason", "metres %1: %2 is measured in %3, not metres")},
    {PhraseCode::MeasuredInReps, "measured-in-reps", KEEL_TRANSLATE_NOOP("Reason", "reps")},
    {PhraseCode::MeasuredInSecondsHeld, "measured-in-seconds-held", KEEL_TRANSLATE_NOOP("Reason", "seconds held")},
    {PhraseCode::MeasuredInMetresCarried, "measured-in-metres-carried", KEEL_TRANSLATE_NOOP("Reason", "metres carried")},
    {PhraseCode::MeasuredInMinutes, "measured-in-minutes", KEEL_TRANSLATE_NOOP("Reason", "minutes")},
    {PhraseCode::Missing, "missing", KEEL_TRANSLATE_NOOP("Reason", "missing")},
    {PhraseCode::NeedsARep, "needs-a-rep", KEEL_TRANSLATE_NOOP("Reason", "reps %1: a set of %2 needs at least 1 rep")},
    {PhraseCode::NeedsASecond, "needs-a-second", KEEL_TRANSLATE_NOOP("Reason", "seconds %1: a set of %2 needs at least 1 second")},
    {PhraseCode::NeedsADistance, "needs-a-distance", KEEL_TRANSLATE_NOOP("Reason", "metres %1: a set of %2 needs a distance above 0")},
    // The progress report.
    {PhraseCode::SetsNotCounted, "sets-not-counted", KEEL_TRANSLATE_N_NOOP("Reason", "%n sets of exercises that are no longer in the catalog are not counted.")},
    {PhraseCode::LongestWalkOn, "longest-walk-on", KEEL_TRANSLATE_NOOP("Reason", "Longest walk: %1 min on %2.")},
    {PhraseCode::EachPointOneWeek, "each-point-one-week", KEEL_TRANSLATE_NOOP("Reason", "Each point is one week, drawn on its first day: the worst session pain and the average morning check-in.")},
    {PhraseCode::EachPointOneMonth, "each-point-one-month", KEEL_TRANSLATE_NOOP("Reason", "Each point is one month, drawn on its first day: the worst session pain and the average morning check-in.")},
    {PhraseCode::SessionPainIsWorst, "session-pain-is-worst", KEEL_TRANSLATE_NOOP("Reason", "Session pain is the worst pain logged in a set or a walk that day.")},
    {PhraseCode::MarkerFromTo, "marker-from-to", KEEL_TRANSLATE_NOOP("Reason", "%1: %2 → %3")},
    {PhraseCode::MarkerTo, "marker-to", KEEL_TRANSLATE_NOOP("Reason", "%1: %2")},
    {PhraseCode::EventStarted, "event-started", KEEL_TRANSLATE_NOOP("Reason", "Started")},
    {PhraseCode::EventMoreReps, "event-more-reps", KEEL_TRANSLATE_NOOP("Reason", "More reps")},
    {PhraseCode::EventLongerHold, "event-longer-hold", KEEL_TRANSLATE_NOOP("Reason", "Longer hold")},
    {PhraseCode::EventLongerCarry, "event-longer-carry", KEEL_TRANSLATE_NOOP("Reason", "Longer carry")},
    {PhraseCode::EventLoadUp, "event-load-up", KEEL_TRANSLATE_NOOP("Reason", "Load up")},
    {PhraseCode::EventUpTheLadder, "event-up-the-ladder", KEEL_TRANSLATE_NOOP("Reason", "Up the ladder")},
    {PhraseCode::EventLongerWalks, "event-longer-walks", KEEL_TRANSLATE_NOOP("Reason", "Longer walks")},
    {PhraseCode::EventHeld, "event-held", KEEL_TRANSLATE_NOOP("Reason", "Held")},
    {PhraseCode::EventSteppedBack, "event-stepped-back", KEEL_TRANSLATE_NOOP("Reason", "Stepped back")},
    {PhraseCode::EventFlareUp, "event-flare-up", KEEL_TRANSLATE_NOOP("Reason", "Flare-up")},
    {PhraseCode::EventFlareUpOver, "event-flare-up-over", KEEL_TRANSLATE_NOOP("Reason", "Flare-up over")},
    {PhraseCode::EventPain, "event-pain", KEEL_TRANSLATE_NOOP("Reason", "Pain")},
    {PhraseCode::StateWalking, "state-walking", KEEL_TRANSLATE_NOOP("Reason", "walking %1 min a day")},
    {PhraseCode::StateExercise, "state-exercise", KEEL_TRANSLATE_NOOP("Reason", "%1")},
    {PhraseCode::StateExerciseLoad, "state-exercise-load", KEEL_TRANSLATE_NOOP("Reason", "%1 @ %2")},
    {PhraseCode::StateDose, "state-dose", KEEL_TRANSLATE_NOOP("Reason", "%1 %2")},
    {PhraseCode::StateDoseLoad, "state-dose-load", KEEL_TRANSLATE_NOOP("Reason", "%1 %2 @ %3")},
    // Import and export.
    {PhraseCode::ImportFileEmpty, "import-file-empty", KEEL_TRANSLATE_NOOP("Reason", "the file is empty")},
    {PhraseCode::ImportFieldCount, "import-field-count", KEEL_TRANSLATE_NOOP("Reason", "%1 fields where the header has %2 (is the file cut short, or written with another delimiter?)")},
    {PhraseCode::ImportRowTooLong, "import-row-too-long", KEEL_TRANSLATE_NOOP("Reason", "a row longer than %1 MiB; this is not a CSV export (or a quote is never closed)")},
    {PhraseCode::ImportQuoteNotClosed, "import-quote-not-closed", KEEL_TRANSLATE_NOOP("Reason", "a quoted field is never closed (is the file cut short?)")},
    {PhraseCode::ImportTextAfterQuote, "import-text-after-quote", KEEL_TRANSLATE_NOOP("Reason", "text after the closing quote of field %1")},
    {PhraseCode::ImportInColumn, "import-in-column", KEEL_TRANSLATE_NOOP("Reason", "%1: %2")},
    {PhraseCode::ImportNotANumber, "import-not-a-number", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a number")},
    {PhraseCode::ImportOutOfRange, "import-out-of-range", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is out of range")},
    {PhraseCode::ImportNotWhole, "import-not-whole", KEEL_TRANSLATE_NOOP("Reason", "%1 %2 is not a whole number")},
    {PhraseCode::ImportNotADate, "import-not-a-date", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a date")},
    {PhraseCode::ImportNotATime, "import-not-a-time", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a time like 0:01:30")},
    {PhraseCode::ImportLongerThanADay, "import-longer-than-a-day", KEEL_TRANSLATE_NOOP("Reason", "%1 %2 is longer than a day")},
    {PhraseCode::ImportWeightUnit, "import-weight-unit", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a weight unit (kg or lbs)")},
    {PhraseCode::ImportDistanceUnit, "import-distance-unit", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a distance unit (m, km, mi or ft)")},
    {PhraseCode::ImportRpeAboveTen, "import-rpe-above-ten", KEEL_TRANSLATE_NOOP("Reason", "%1 %2 is above 10")},
    {PhraseCode::ImportEmptySet, "import-empty-set", KEEL_TRANSLATE_NOOP("Reason", "an empty set: no weight, reps, time or distance")},
    {PhraseCode::ImportNoExerciseName, "import-no-exercise-name", KEEL_TRANSLATE_NOOP("Reason", "no exercise name")},
    {PhraseCode::ImportUnknownFormat, "import-unknown-format", KEEL_TRANSLATE_NOOP("Reason", "not a format Keel can import (Strong, Hevy or FitNotes CSV, GPX, Keel JSON); the header reads \"%1\"")},
    {PhraseCode::ImportXmlNotGpx, "import-xml-not-gpx", KEEL_TRANSLATE_NOOP("Reason", "an XML file that is not GPX")},
    {PhraseCode::ImportJsonNotRows, "import-json-not-rows", KEEL_TRANSLATE_NOOP("Reason", "a Keel JSON backup is restored with JsonBackup, not read as rows")},
    {PhraseCode::ImportNotStrong, "import-not-strong", KEEL_TRANSLATE_NOOP("Reason", "not a Strong export: the header lacks Exercise Name or Set Order")},
    {PhraseCode::ImportStrongDate, "import-strong-date", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a date like 2026-04-07 10:14:00")},
    {PhraseCode::ImportStrongSetOrder, "import-strong-set-order", KEEL_TRANSLATE_NOOP("Reason", "set order \"%1\" is not a set (a number, W, D or F)")},
    {PhraseCode::ImportNotHevy, "import-not-hevy", KEEL_TRANSLATE_NOOP("Reason", "not a Hevy export: the header lacks exercise_title or set_type")},
    {PhraseCode::ImportHevyDate, "import-hevy-date", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not a date like 7 Apr 2026, 10:14")},
    {PhraseCode::ImportHevyNoTitle, "import-hevy-no-title", KEEL_TRANSLATE_NOOP("Reason", "no exercise_title")},
    {PhraseCode::ImportHevySetType, "import-hevy-set-type", KEEL_TRANSLATE_NOOP("Reason", "\"%1\" is not normal, warmup, failure or dropset")},
    {PhraseCode::ImportNotFitNotes, "import-not-fitnotes", KEEL_TRANSLATE_NOOP("Reason", "not a FitNotes export: the header lacks Exercise, Category or Weight")},
    {PhraseCode::ImportDatesAmbiguous, "import-dates-ambiguous", KEEL_TRANSLATE_NOOP("Reason", "dates such as \"%1\" could be day/month or month/day; say which with --dates dmy or --dates mdy")},
    {PhraseCode::ImportGpxNoParser, "import-gpx-no-parser", KEEL_TRANSLATE_NOOP("Reason", "out of memory starting the XML parser")},
    {PhraseCode::ImportGpxMalformed, "import-gpx-malformed", KEEL_TRANSLATE_NOOP("Reason", "not well-formed XML: %1")},
    {PhraseCode::ImportGpxRoot, "import-gpx-root", KEEL_TRANSLATE_NOOP("Reason", "the root element is <%1>, not <gpx>")},
    {PhraseCode::ImportGpxPointOutsideTrack, "import-gpx-point-outside-track", KEEL_TRANSLATE_NOOP("Reason", "a <trkpt> outside any <trk>")},
    {PhraseCode::ImportGpxPointWithoutPosition, "import-gpx-point-without-position", KEEL_TRANSLATE_NOOP("Reason", "a <trkpt> without a valid lat and lon")},
    {PhraseCode::ImportGpxBadTime, "import-gpx-bad-time", KEEL_TRANSLATE_NOOP("Reason", "<time> \"%1\" is not an ISO 8601 timestamp")},
    {PhraseCode::ImportGpxNoTracks, "import-gpx-no-tracks", KEEL_TRANSLATE_NOOP("Reason", "the GPX file has no <trk> tracks")},
    {PhraseCode::ImportGpxTrackNumber, "import-gpx-track-number", KEEL_TRANSLATE_NOOP("Reason", "track %1")},
    {PhraseCode::ImportGpxTrackNamed, "import-gpx-track-named", KEEL_TRANSLATE_NOOP("Reason", "track \"%1\"")},
    {PhraseCode::ImportGpxNoTimestamps, "import-gpx-no-timestamps", KEEL_TRANSLATE_NOOP("Reason", "%1 has no timestamps, so its date and duration are unknown")},
    {PhraseCode::ImportGpxUnderAMinute, "import-gpx-under-a-minute", KEEL_TRANSLATE_NOOP("Reason", "%1 lasts under a minute")},
    {PhraseCode::BackupJsonInvalid, "backup-json-invalid", KEEL_TRANSLATE_NOOP("Reason", "not valid JSON: %1")},
    {PhraseCode::BackupJsonNotKeel, "backup-json-not-keel", KEEL_TRANSLATE_NOOP("Reason", "not a Keel backup: \"format\" is not \"keel-backup\"")},
    {PhraseCode::BackupJsonNoVersion, "backup-json-no-version", KEEL_TRANSLATE_NOOP("Reason", "the backup has no valid \"format_version\"")},
    {PhraseCode::BackupJsonTooNew, "backup-json-too-new", KEEL_TRANSLATE_NOOP("Reason", "the backup's format_version %1 is newer than this Keel reads (%2); update Keel")},
    {PhraseCode::BackupJsonNoTables, "backup-json-no-tables", KEEL_TRANSLATE_NOOP("Reason", "the backup has no \"tables\" object")},
    {PhraseCode::BackupJsonCatalogFiles, "backup-json-catalog-files", KEEL_TRANSLATE_NOOP("Reason", "the backup's \"catalog_files\" is not an object of file names and texts")},
    {PhraseCode::BackupJsonCatalogName, "backup-json-catalog-name", KEEL_TRANSLATE_NOOP("Reason", "the backup's catalog file name \"%1\" is not a plain NAME.json")},
    {PhraseCode::BackupJsonCatalogNotText, "backup-json-catalog-not-text", KEEL_TRANSLATE_NOOP("Reason", "the backup's catalog file %1 is not text")},
    {PhraseCode::BackupJsonUnknownTable, "backup-json-unknown-table", KEEL_TRANSLATE_NOOP("Reason", "the backup holds an unknown table \"%1\"")},
    {PhraseCode::BackupJsonTableNotArray, "backup-json-table-not-array", KEEL_TRANSLATE_NOOP("Reason", "table %1 in the backup is not an array of rows")},
    {PhraseCode::BackupJsonRowNotObject, "backup-json-row-not-object", KEEL_TRANSLATE_NOOP("Reason", "%1 row %2 is not an object")},
    {PhraseCode::BackupJsonRowNotText, "backup-json-row-not-text", KEEL_TRANSLATE_NOOP("Reason", "%1 row %2 has a %3 that is not text")},
    {PhraseCode::BackupJsonRowNoDate, "backup-json-row-no-date", KEEL_TRANSLATE_NOOP("Reason", "%1 row %2 has no valid %3")},
    {PhraseCode::BackupJsonRowNotNumber, "backup-json-row-not-number", KEEL_TRANSLATE_NOOP("Reason", "%1 row %2 has a %3 that is not a number")},
    {PhraseCode::BackupJsonRowOutOfRange, "backup-json-row-out-of-range", KEEL_TRANSLATE_NOOP("Reason", "%1 row %2 has a %3 of %4, out of range")},
    {PhraseCode::BackupJsonCannotRead, "backup-json-cannot-read", KEEL_TRANSLATE_NOOP("Reason", "%1: cannot be read for the backup")},
    {PhraseCode::BackupJsonCannotList, "backup-json-cannot-list", KEEL_TRANSLATE_NOOP("Reason", "%1: cannot be listed for the backup: %2")},
    {PhraseCode::BackupJsonCatalogExists, "backup-json-catalog-exists", KEEL_TRANSLATE_NOOP("Reason", "the backup holds the catalog file %1, and %2 already exists; move it away (or merge the two by hand) and restore again")},
    {PhraseCode::BackupJsonCannotCreate, "backup-json-cannot-create", KEEL_TRANSLATE_NOOP("Reason", "%1: cannot be created: %2")},
    {PhraseCode::BackupJsonCannotWrite, "backup-json-cannot-write", KEEL_TRANSLATE_NOOP("Reason", "%1: cannot be written")},
    {PhraseCode::BackupJsonNotEmpty, "backup-json-not-empty", KEEL_TRANSLATE_NOOP("Reason", "the database already holds data; restore into a new database (--db NEW.db), or add --merge to add this backup's sets, walks and check-ins to it")},
    {PhraseCode::ImportDialectStrongComma, "import-dialect-strong-comma", KEEL_TRANSLATE_NOOP("Reason", "comma-separated, no unit columns")},
    {PhraseCode::ImportDialectStrongSemicolon, "import-dialect-strong-semicolon", KEEL_TRANSLATE_NOOP("Reason", "semicolon-separated with unit columns and workout duration")},
    {PhraseCode::ImportDialectStrongOlder, "import-dialect-strong-older", KEEL_TRANSLATE_NOOP("Reason", "semicolon-separated with unit columns (older, no duration)")},
    {PhraseCode::ImportDialectHevyKgKm, "import-dialect-hevy-kg-km", KEEL_TRANSLATE_NOOP("Reason", "weights in kg, km")},
    {PhraseCode::ImportDialectHevyKgMiles, "import-dialect-hevy-kg-miles", KEEL_TRANSLATE_NOOP("Reason", "weights in kg, miles")},
    {PhraseCode::ImportDialectHevyLbKm, "import-dialect-hevy-lb-km", KEEL_TRANSLATE_NOOP("Reason", "weights in lb, km")},
    {PhraseCode::ImportDialectHevyLbMiles, "import-dialect-hevy-lb-miles", KEEL_TRANSLATE_NOOP("Reason", "weights in lb, miles")},
    {PhraseCode::ImportDialectAnd, "import-dialect-and", KEEL_TRANSLATE_NOOP("Reason", "%1, %2")},
    {PhraseCode::ImportDialectUnitColumn, "import-dialect-unit-column", KEEL_TRANSLATE_NOOP("Reason", "Weight Unit column")},
    {PhraseCode::ImportDialectUnitInName, "import-dialect-unit-in-name", KEEL_TRANSLATE_NOOP("Reason", "unit in the weight column's name")},
    {PhraseCode::ImportDialectMonthFirst, "import-dialect-month-first", KEEL_TRANSLATE_NOOP("Reason", "month/day dates")},
    {PhraseCode::ImportDialectDayFirst, "import-dialect-day-first", KEEL_TRANSLATE_NOOP("Reason", "day/month dates")},
    {PhraseCode::ImportDialectIsoDates, "import-dialect-iso-dates", KEEL_TRANSLATE_NOOP("Reason", "ISO dates")},
    {PhraseCode::ImportDialectGpx, "import-dialect-gpx", KEEL_TRANSLATE_NOOP("Reason", "GPX 1.1 tracks")},
});
// clang-format on

const Entry& entryOf(PhraseCode code)
{
    return kPhrases[static_cast<std::size_t>(code)];
}

} // namespace

std::string_view phraseTemplate(PhraseCode code)
{
    return entryOf(code).english;
}

std::string_view phraseKey(PhraseCode code)
{
    return entryOf(code).key;
}

std::optional<PhraseCode> parsePhraseKey(std::string_view key)
{
    const auto found
        = std::find_if(kPhrases.begin(), kPhrases.end(), [key](const Entry& entry) { return entry.key == key; });
    return found == kPhrases.end() ? std::nullopt : std::optional(found->code);
}

const std::vector<PhraseCode>& allPhraseCodes()
{
    static const std::vector<PhraseCode> codes = [] {
        std::vector<PhraseCode> all;
        for (const Entry& entry : kPhrases)
            all.push_back(entry.code);
        return all;
    }();
    return codes;
}

} // namespace keel::core
