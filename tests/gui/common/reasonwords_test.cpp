// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's reasons come from the core as codes and values; the GUI reads them in the
// desktop's language, with dates, numbers and loads worded for the locale, and keel-cli's
// English stays what it was.
#include "core/catalog/catalog.h"
#include "core/model/phrasecode.h"
#include "core/plan/entrycheck.h"
#include "gui/common/reasonwords.h"
#include "gui/logbook.h"
#include "gui/week/weekmodel.h"
#include "gui/week/weekpane.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace keel;
using core::PhraseCode;
using core::Reason;
using core::ReasonArg;

namespace {

const core::Date kTuesday = core::Date::fromYmd(2026, 11, 17);

/// A step back after a painful set, as the pain monitor and the pattern's rules write it.
Reason painfulStepBack()
{
    const Reason pain(PhraseCode::PainOnExercise,
        {ReasonArg::count(8), ReasonArg::day(kTuesday), ReasonArg::exercise("kb-deadlift", "Kettlebell deadlift")});
    Reason reason(PhraseCode::SteppedBack, {pain.asArg()});
    reason += Reason(PhraseCode::LoadDown, {ReasonArg::load(8.0, core::Units::Kg)});
    return reason;
}

Reason welcomeBack(long steps)
{
    return {PhraseCode::WelcomeBack, {ReasonArg::count(6), ReasonArg::day(kTuesday), ReasonArg::count(steps)}};
}

} // namespace

TEST_CASE("a reason reads in German, its values worded for a German desktop", "[reason][language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    CHECK(gui::ReasonWords::text(painfulStepBack(), nullptr).toStdString()
        == "zurückgestuft: Schmerz 8/10 am Dienstag 17.11.26 (Kettlebell deadlift); Last runter auf 8 kg");
    const Reason morning(
        PhraseCode::MorningAboveUsual, {ReasonArg::count(6), ReasonArg::day(kTuesday), ReasonArg::decimal(3.5)});
    CHECK(gui::ReasonWords::text(morning, nullptr).toStdString()
        == "Morgen-Check-in 6/10 am Dienstag 17.11.26, 2+ über Ihren üblichen 3,5/10");
}

TEST_CASE("a reason with a count takes the word form of its count", "[reason][language]")
{
    SECTION("German")
    {
        const test::InLanguage german(QStringLiteral("de"));
        CHECK(gui::ReasonWords::text(welcomeBack(1), nullptr).contains(QStringLiteral("beginnen Sie 1 Stufe unter")));
        CHECK(gui::ReasonWords::text(welcomeBack(2), nullptr).contains(QStringLiteral("beginnen Sie 2 Stufen unter")));
    }
    SECTION("English, as keel-cli says it")
    {
        const test::InLanguage english(QStringLiteral("en"));
        for (const long steps : {1L, 2L}) {
            // Only the date is the desktop's: the words are the ones keel-cli prints.
            const QString words = gui::ReasonWords::text(welcomeBack(steps), nullptr);
            CHECK(QString(words).replace(QStringLiteral("11/17/26"), QStringLiteral("2026-11-17")).toStdString()
                == welcomeBack(steps).text());
            CHECK(words.contains(
                steps == 1 ? QStringLiteral("start again 1 step below") : QStringLiteral("start again 2 steps below")));
        }
    }
}

TEST_CASE("in English the GUI words a reason as keel-cli does, but for dates", "[reason][language]")
{
    const test::InLanguage english(QStringLiteral("en"));
    CHECK(painfulStepBack().text()
        == "stepped back: pain 8/10 on Tuesday 2026-11-17 (Kettlebell deadlift); load down to 8 kg");
    CHECK(gui::ReasonWords::text(painfulStepBack(), nullptr).toStdString()
        == "stepped back: pain 8/10 on Tuesday 11/17/26 (Kettlebell deadlift); load down to 8 kg");
}

TEST_CASE("words stored before reasons had codes read as they were written", "[reason][language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    CHECK(gui::ReasonWords::text(Reason::verbatim("first week on this rung"), nullptr)
        == QStringLiteral("first week on this rung"));
}

TEST_CASE("in German every reason of a generated week reads in German", "[reason][language][week]")
{
    const test::InLanguage german(QStringLiteral("de"));
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 1);
    gui::WeekPane pane(*logbook);
    const auto& plan = pane.model()->content().plan;
    REQUIRE(plan.has_value());
    int items = 0;
    for (const core::PlannedSession& session : plan->sessions) {
        for (const core::PlannedItem& item : session.items) {
            const QString why = pane.model()->itemIndex(item.id).data(gui::WeekModel::ReasonRole).toString();
            INFO(item.exerciseId << ": " << why.toStdString() << " / " << item.reason.text());
            CHECK_FALSE(item.reason.startsWith(PhraseCode::Verbatim));
            CHECK_FALSE(why.isEmpty());
            CHECK(why.toStdString() != item.reason.text());
            ++items;
        }
    }
    CHECK(items > 10);
}

TEST_CASE("what may not be logged is said in German, as keel-cli says it in English", "[reason][language]")
{
    const auto refused = core::EntryCheck::date(core::Date::fromYmd(2026, 12, 10), core::Date::fromYmd(2026, 12, 6));
    REQUIRE(refused.has_value());
    CHECK(refused->text() == "date 2026-12-10: entries can be logged up to tomorrow (2026-12-07), not later");
    const test::InLanguage german(QStringLiteral("de"));
    CHECK(gui::ReasonWords::text(*refused, nullptr).toStdString()
        == "Datum 10.12.26: Einträge sind bis morgen (07.12.26) möglich, nicht später");
}
