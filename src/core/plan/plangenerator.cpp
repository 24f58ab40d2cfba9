// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/plangenerator.h"

#include "core/model/phrasecode.h"
#include "core/plan/mobilityplanner.h"
#include "core/plan/patternresolver.h"
#include "core/plan/planerror.h"
#include "core/plan/planrandom.h"
#include "core/plan/reasontext.h"
#include "core/plan/sessionbuilder.h"
#include "core/plan/walkingprogression.h"
#include "core/plan/weekscheduler.h"

#include <algorithm>

namespace keel::core {

namespace {

constexpr int kDaysInWeek = 7;
constexpr int kSecondsPerMinute = 60;
constexpr std::array<Pattern, 2> kAccessories = {Pattern::Pull, Pattern::Posture};

/// Everything the week's sessions draw on, decided once for the whole week.
struct WeekChoices {
    std::vector<StrengthChoice> mains;
    std::vector<StrengthChoice> accessories;
    std::vector<const Exercise*> secondCores;
    WalkingChoice walking;
    const Exercise* walkExercise = nullptr;
    bool walkInBouts = false;
};

Reason missingPatternMessage(Pattern pattern, const Profile& profile)
{
    std::string owned;
    for (const std::string& item : profile.equipment)
        owned += (owned.empty() ? "" : ", ") + item;
    return Reason(PhraseCode::PlanNoExerciseAllowed,
        {ReasonArg::keyed(ReasonArg::Kind::Pattern, toString(pattern), std::string(toString(pattern))),
            owned.empty() ? Reason(PhraseCode::PlanNoEquipment).asArg() : ReasonArg::words(owned)});
}

WeekChoices decide(const Catalog& catalog, const PlanRequest& request, const PatternResolver& resolver)
{
    WeekChoices choices;
    for (Pattern pattern : strengthPatterns()) {
        StrengthChoice choice = resolver.choose(pattern);
        if (!choice.exercise)
            throw PlanError(missingPatternMessage(pattern, request.profile));
        choices.mains.push_back(std::move(choice));
    }
    for (Pattern pattern : kAccessories) {
        StrengthChoice choice = resolver.choose(pattern);
        // In a flare-up an extra must be gentle or stay out.
        if (choice.exercise && (!request.progression.flareUp || choice.exercise->isFlareUpSafe()))
            choices.accessories.push_back(std::move(choice));
    }
    const Exercise* mainCore = choices.mains.back().exercise;
    for (const Exercise* exercise : resolver.selector().doable(Pattern::AntiRotation)) {
        if (exercise != mainCore && exercise->level <= mainCore->level
            && (!request.progression.flareUp || exercise->isFlareUpSafe()))
            choices.secondCores.push_back(exercise);
    }
    choices.walking = resolver.walking();
    choices.walkInBouts = WalkingProgression::inBouts(request.profile, choices.walking.minutes);
    choices.walkExercise = WalkingProgression::exerciseFor(catalog, request.profile.equipment, choices.walkInBouts);
    if (!choices.walkExercise)
        throw PlanError(missingPatternMessage(Pattern::Walking, request.profile));
    return choices;
}

std::vector<PlannedItem> walkItems(const WeekChoices& choices)
{
    const std::vector<int> parts = WalkingProgression::split(choices.walking.minutes, choices.walkInBouts);
    std::vector<PlannedItem> items;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        PlannedItem item;
        item.exerciseId = choices.walkExercise->id;
        item.pattern = Pattern::Walking;
        item.minutes = IntRange {parts[i], parts[i]};
        item.reason = choices.walking.reason;
        if (parts.size() > 1) {
            item.reason += Reason(PhraseCode::Bout,
                {ReasonArg::count(static_cast<long>(i + 1)), ReasonArg::count(static_cast<long>(parts.size()))});
        }
        items.push_back(std::move(item));
    }
    return items;
}

/// The next weekday with strength before or after `date` when it is the day next door.
std::optional<Date> neighbour(const std::vector<Date>& strengthDates, Date date)
{
    for (Date other : strengthDates) {
        if (other != date && (other.daysUntil(date) == 1 || date.daysUntil(other) == 1))
            return other;
    }
    return std::nullopt;
}

int minutesOf(const std::vector<PlannedItem>& items)
{
    int total = 0;
    for (const PlannedItem& item : items)
        total += item.minutes ? item.minutes->min : 0;
    return total;
}

/// What a strength session on `date` holds besides its warm-up, with the day's own remarks in the reasons.
SessionRequest requestFor(Date date, const WeekChoices& choices, const StrengthDays& strength, std::size_t index,
    const PlanRequest& request, PlanRandom& random)
{
    const Profile& profile = request.profile;
    SessionRequest session;
    session.mains = choices.mains;
    if (!choices.secondCores.empty()) {
        session.secondCore = choices.secondCores[random.index(choices.secondCores.size())];
        session.secondCoreReason = Reason(PhraseCode::SecondCoreDrill, {ReasonArg::count(profile.minutesPerDay)});
    }
    if (!choices.accessories.empty())
        session.accessory = &choices.accessories[index % choices.accessories.size()];
    if (std::find(strength.added.begin(), strength.added.end(), date) != strength.added.end()) {
        for (StrengthChoice& main : session.mains)
            main.reason += Reason(PhraseCode::DayAdded,
                {ReasonArg::weekday(date), ReasonArg::count(static_cast<long>(profile.preferredDays.size())),
                    ReasonArg::count(profile.strengthDays)});
    }
    if (const auto other = neighbour(strength.dates, date)) {
        for (StrengthChoice& main : session.mains)
            main.reason += Reason(PhraseCode::BackToBack, {ReasonArg::weekday(*other)});
    }
    if (request.previousStrength && request.previousStrength->addDays(1) == date) {
        for (StrengthChoice& main : session.mains)
            main.reason += Reason(PhraseCode::BackToBackLastWeek, {ReasonArg::weekday(*request.previousStrength)});
    }
    return session;
}

} // namespace

PlanGenerator::PlanGenerator(const Catalog& catalog)
    : m_catalog(catalog)
{ }

std::optional<Date> PlanGenerator::lastStrengthDay(const WeekPlan& week)
{
    std::optional<Date> last;
    for (const PlannedSession& session : week.sessions) {
        if (session.kind == SessionKind::Strength && (!last || session.date > *last))
            last = session.date;
    }
    return last;
}

bool PlanGenerator::isRecoveryWeek(int weekIndex, int recoveryEvery)
{
    return recoveryEvery > 0 && weekIndex >= 0 && (weekIndex + 1) % recoveryEvery == 0;
}

WeekPlan PlanGenerator::generate(const PlanRequest& request, const std::optional<PartWeek>& part) const
{
    const Profile& profile = request.profile;
    PlanRandom random(request.seed, request.weekStart);
    WeekPlan week;
    week.weekStart = request.weekStart;
    week.flareUp = request.progression.flareUp;
    week.recovery = isRecoveryWeek(request.weekIndex, profile.recoveryEvery);

    const PatternResolver resolver(m_catalog, profile, request.progression, request.events, request.weekStart);
    const WeekChoices choices = decide(m_catalog, request, resolver);
    const StrengthDays strength = part ? WeekScheduler::chooseRest(profile, request.weekStart, part->from,
                                      part->heldStrength, request.previousStrength)
                                       : WeekScheduler::choose(profile, request.weekStart, request.previousStrength);
    MobilityPlanner mobility(m_catalog, profile.equipment, week.flareUp, random);
    const SessionBuilder builder(profile, week.recovery);

    std::size_t strengthIndex = 0;
    int longest = 0; // the longest strength session's estimate, in seconds
    int warmUp = 0;
    for (int offset = 0; offset < kDaysInWeek; ++offset) {
        const Date date = request.weekStart.addDays(offset);
        const bool strengthDay = std::find(strength.dates.begin(), strength.dates.end(), date) != strength.dates.end();
        PlannedSession session {0, date, strengthDay ? SessionKind::Strength : SessionKind::Mobility, {}};
        PlannedSession after {0, date, SessionKind::Mobility, {}};
        for (PlannedItem& item : mobility.block(date, strengthDay))
            (strengthDay && !item.warmUp ? after : session).items.push_back(std::move(item));
        if (strengthDay) {
            SessionRequest sessionRequest = requestFor(date, choices, strength, strengthIndex, request, random);
            if (!sessionRequest.secondCoreReason.empty() && week.flareUp) {
                Reason reason = resolver.flareUpReason();
                reason += sessionRequest.secondCoreReason;
                sessionRequest.secondCoreReason = std::move(reason);
            }
            sessionRequest.warmUpMinutes = minutesOf(session.items);
            std::vector<PlannedItem> lifts = builder.build(sessionRequest);
            longest = std::max(longest,
                sessionRequest.warmUpMinutes * kSecondsPerMinute
                    + SessionBuilder::liftSeconds(lifts, profile.restSeconds));
            warmUp = std::max(warmUp, sessionRequest.warmUpMinutes);
            session.items.insert(session.items.end(), lifts.begin(), lifts.end());
            ++strengthIndex;
        }
        if (!session.items.empty())
            week.sessions.push_back(std::move(session));
        if (!after.items.empty())
            week.sessions.push_back(std::move(after));
        week.sessions.push_back(PlannedSession {0, date, SessionKind::Walk, walkItems(choices)});
    }

    week.notes = strength.notes;
    const Date dayAfter = request.previousStrength.value_or(request.weekStart).addDays(1);
    const bool held
        = part && std::find(part->heldStrength.begin(), part->heldStrength.end(), dayAfter) != part->heldStrength.end();
    if (request.previousStrength
        && (held || std::find(strength.dates.begin(), strength.dates.end(), dayAfter) != strength.dates.end())) {
        week.notes.push_back(Reason(PhraseCode::AcrossWeekBoundary,
            {ReasonArg::day(*request.previousStrength), ReasonArg::day(dayAfter),
                ReasonArg::weekdays(profile.preferredDays)}));
    }
    if (longest > profile.minutesPerDay * kSecondsPerMinute) {
        const int minutes = (longest + kSecondsPerMinute - 1) / kSecondsPerMinute;
        week.notes.push_back(Reason(PhraseCode::SessionsRunOver,
            {ReasonArg::count(minutes), ReasonArg::count(warmUp), ReasonArg::count(profile.restSeconds),
                ReasonArg::count(profile.minutesPerDay)}));
    }
    if (week.recovery) {
        week.notes.push_back(Reason(PhraseCode::RecoveryWeekNote, {ReasonArg::count(profile.recoveryEvery)}));
    }
    if (week.flareUp)
        week.notes.push_back(Reason(PhraseCode::FlareUpWeek, {resolver.flareUpReason().asArg()}));
    return week;
}

} // namespace keel::core
