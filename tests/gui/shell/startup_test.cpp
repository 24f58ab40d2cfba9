// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planservice.h"
#include "core/store/backupfile.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"
#include "support/guitestsupport.h"
#include "support/scriptedprompts.h"
#include "support/tempdir.h"

#include "app/appstartup.h"
#include "app/commandline.h"
#include "app/inputhold.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLockFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace keel;
using app::AppStartup;

namespace {

app::StartupOptions optionsFor(const std::filesystem::path& db)
{
    app::StartupOptions options;
    options.databasePath = db;
    options.today = test::testToday();
    return options;
}

// A Keel database with a stored profile, then closed.
void createDatabaseWithProfile(const std::filesystem::path& db)
{
    auto database = core::Database::open(db, test::testToday());
    core::ProfileRepository(*database).save(test::sampleProfile());
}

bool anyViewHasRows(QWidget* pane)
{
    const auto views = pane->findChildren<QAbstractItemView*>();
    return std::any_of(views.begin(), views.end(),
        [](QAbstractItemView* view) { return view->model() && view->model()->rowCount(view->rootIndex()) > 0; });
}

} // namespace

TEST_CASE("without --db the app uses the file keel-cli uses by default")
{
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    REQUIRE_FALSE(xdg.isEmpty());
    CHECK(app::CommandLine::defaultDatabasePath()
        == std::filesystem::path(xdg.toStdString()) / "keel" / "keel" / "keel.db");
    const auto options = app::CommandLine::parse({"keel", "--today", "2026-03-11", "--palette", "dark"});
    CHECK(options.databasePath == app::CommandLine::defaultDatabasePath());
    CHECK(options.today == core::Date::fromYmd(2026, 3, 11));
    CHECK(options.darkPalette);
    CHECK(app::CommandLine::parse({"keel", "--db", "/tmp/x/keel.db"}).databasePath == "/tmp/x/keel.db");
}

TEST_CASE("first run: the profile is saved, the first weeks are planned and Today has something to do")
{
    test::TempDir dir;
    test::ScriptedPrompts prompts;
    prompts.profiles = {test::sampleProfile()};
    AppStartup startup(optionsFor(dir / "data" / "keel.db"), prompts);

    REQUIRE(startup.run() == AppStartup::Outcome::Ready);
    CHECK(startup.ranFirstRun());
    CHECK(prompts.profileProblems == QStringList {QString()});
    REQUIRE(startup.logbook()->profile() == test::sampleProfile());

    // The first day is protected at once, with the profile and plan in its backup.
    const auto firstBackup = dir / "data" / "backups" / ("keel-" + test::testToday().toString() + ".db.zst");
    REQUIRE(std::filesystem::exists(firstBackup));
    {
        const auto plain = dir / "first-backup.db";
        core::backupfile::decompress(firstBackup, plain);
        SQLite::Database copy(plain);
        CHECK(copy.execAndGet("SELECT count(*) FROM profile").getInt() == 1);
        CHECK(copy.execAndGet("SELECT count(*) FROM planned_items").getInt() > 0);
    }

    core::PlanService plans(startup.logbook()->database(), startup.logbook()->catalog());
    const auto thisWeek = plans.week(test::testToday());
    REQUIRE(thisWeek);
    CHECK_FALSE(thisWeek->sessions.empty());
    CHECK(plans.week(test::testToday().addDays(7)));

    gui::MainWindow& window = *startup.window();
    CHECK(window.currentPane() == gui::MainWindow::Pane::Today);
    test::showAndWait(&window);
    const bool todayOrWeekShowsItems = anyViewHasRows(window.pane(gui::MainWindow::Pane::Today))
        || anyViewHasRows(window.pane(gui::MainWindow::Pane::Week));
    CHECK(todayOrWeekShowsItems);
}

TEST_CASE("closing the first-run dialog quits without saving a profile")
{
    test::TempDir dir;
    test::ScriptedPrompts prompts;
    {
        AppStartup startup(optionsFor(dir / "keel.db"), prompts);
        CHECK(startup.run() == AppStartup::Outcome::Cancelled);
        CHECK(AppStartup::exitCode(AppStartup::Outcome::Cancelled) == 0);
    }
    auto database = core::Database::open(dir / "keel.db", test::testToday());
    CHECK_FALSE(core::ProfileRepository(*database).load());
}

TEST_CASE("a second start is refused with a message naming the running one")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    QLockFile running(AppStartup::lockPathFor(db));
    running.setStaleLockTime(0);
    REQUIRE(running.tryLock(0));

    test::ScriptedPrompts prompts;
    prompts.profiles = {test::sampleProfile()};
    AppStartup second(optionsFor(db), prompts);
    CHECK(second.run() == AppStartup::Outcome::Refused);
    CHECK(AppStartup::exitCode(AppStartup::Outcome::Refused) != 0);
    REQUIRE(prompts.refusals.size() == 1);
    const QString message = prompts.refusals.front();
    CHECK(message.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(message.contains(QCoreApplication::applicationName()));
    CHECK(message.contains(QString::fromStdString(db.string())));
    CHECK(prompts.profileProblems.isEmpty()); // refused before anything else
    CHECK_FALSE(std::filesystem::exists(db));

    running.unlock();
    AppStartup third(optionsFor(db), prompts);
    CHECK(third.run() == AppStartup::Outcome::Ready);
}

TEST_CASE("a second start on the same database brings the running window forward and exits 0")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    createDatabaseWithProfile(db);
    test::ScriptedPrompts prompts;
    AppStartup first(optionsFor(db), prompts);
    REQUIRE(first.run() == AppStartup::Outcome::Ready);
    gui::MainWindow& window = *first.window();
    test::showAndWait(&window);
    window.showMinimized();
    window.hide();
    REQUIRE_FALSE(window.isVisible());

    // The same file by another spelling of its path is the same database.
    const auto sameFile = dir / "." / "keel.db";
    AppStartup second(optionsFor(sameFile), prompts);
    CHECK(second.run() == AppStartup::Outcome::Raised);
    CHECK(AppStartup::exitCode(AppStartup::Outcome::Raised) == 0);
    CHECK(prompts.refusals.isEmpty());
    CHECK(second.window() == nullptr);
    CHECK(window.isVisible());
    CHECK_FALSE(window.isMinimized());

    // Another database opens a window of its own.
    const auto other = dir / "other.db";
    createDatabaseWithProfile(other);
    AppStartup third(optionsFor(other), prompts);
    CHECK(third.run() == AppStartup::Outcome::Ready);
    CHECK(prompts.refusals.isEmpty());
}

TEST_CASE("the lock is held while the app runs, and released when it ends")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    createDatabaseWithProfile(db);
    test::ScriptedPrompts prompts;
    {
        AppStartup first(optionsFor(db), prompts);
        REQUIRE(first.run() == AppStartup::Outcome::Ready);
        CHECK_FALSE(first.ranFirstRun());
        QLockFile other(AppStartup::lockPathFor(db));
        CHECK_FALSE(other.tryLock(0));
    }
    QLockFile after(AppStartup::lockPathFor(db));
    CHECK(after.tryLock(0));
}

TEST_CASE("a newer or foreign database is explained and left untouched")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const bool newer = GENERATE(true, false);
    {
        SQLite::Database file(db.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        file.exec("CREATE TABLE t (x)");
        file.exec("PRAGMA application_id = " + std::to_string(newer ? core::Database::kApplicationId : 0x12345678));
        file.exec("PRAGMA user_version = " + std::to_string(core::Database::kSchemaVersion + 50));
    }
    const std::string before = test::readFile(db);
    test::ScriptedPrompts prompts;
    AppStartup startup(optionsFor(db), prompts);
    CHECK(startup.run() == AppStartup::Outcome::Failed);
    REQUIRE(prompts.fatalTitles.size() == 1);
    CHECK(prompts.fatalTitles.front().contains(newer ? "newer" : "not a Keel"));
    CHECK(prompts.fatalMessages.front().contains(QString::fromStdString(db.string())));
    CHECK(prompts.restoreOffers.isEmpty());
    CHECK(test::readFile(db) == before);
}

TEST_CASE("a damaged database offers the newest good backup and opens it")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    createDatabaseWithProfile(db);
    {
        // A second day's open takes that day's backup, with the profile in it.
        auto database = core::Database::open(db, test::testToday().addDays(1));
    }
    REQUIRE_FALSE(core::BackupManager::listFor(db).empty());
    std::string bytes = test::readFile(db);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0x5A);
    test::writeFile(db, bytes);

    test::ScriptedPrompts prompts;
    SECTION("accepting restores and starts normally")
    {
        AppStartup startup(optionsFor(db), prompts);
        REQUIRE(startup.run() == AppStartup::Outcome::Ready);
        CHECK(prompts.restoreOffers.size() == 1);
        CHECK(prompts.restoreOffers.front().contains("damaged"));
        // It says which backup, when it was taken and what restoring it gives up.
        CHECK(prompts.restoreOffers.front().contains(
            QString::fromStdString("keel-" + test::testToday().addDays(1).toString() + ".db")));
        CHECK(prompts.restoreOffers.front().contains("Taken"));
        CHECK(prompts.restoreOffers.front().contains("lost"));
        CHECK(startup.logbook()->profile() == test::sampleProfile());
        CHECK_FALSE(startup.ranFirstRun());
        CHECK(startup.notes().join(' ').contains("Restored"));
        CHECK(startup.window()); // built anew, on the restored file
    }
    SECTION("declining quits and leaves the damaged file as it was")
    {
        prompts.acceptRestore = false;
        AppStartup startup(optionsFor(db), prompts);
        CHECK(startup.run() == AppStartup::Outcome::Failed);
        CHECK_FALSE(startup.window());
        CHECK(test::readFile(db) == bytes);
    }
}

TEST_CASE("the window is shown before the check answers, with input held until it does")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    createDatabaseWithProfile(db);
    test::ScriptedPrompts prompts;
    AppStartup startup(optionsFor(db), prompts);
    REQUIRE(startup.run() == AppStartup::Outcome::Ready);
    int shown = 0;
    REQUIRE(startup.present([&shown](gui::MainWindow& window) {
        ++shown;
        window.show();
    }) == AppStartup::Outcome::Ready);
    CHECK(shown == 1);
    CHECK(startup.window()->isVisible());
    static_cast<void>(QTest::qWaitFor([&startup] { return !startup.holdingInput(); }, 10000)); // checked below
    CHECK_FALSE(startup.holdingInput());
    CHECK(shown == 1);
    CHECK(prompts.restoreOffers.isEmpty());
}

TEST_CASE("held input reaches no widget, and flows again once released")
{
    QLineEdit edit;
    test::showAndWait(&edit);
    edit.setFocus();
    {
        app::InputHold hold;
        QTest::keyClicks(&edit, "12");
        QTest::mouseDClick(&edit, Qt::LeftButton);
        CHECK(edit.text().isEmpty());
    }
    QTest::keyClicks(&edit, "12");
    CHECK(edit.text() == "12");
}

TEST_CASE("damage the check finds while the window is up closes it and offers the backup")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    createDatabaseWithProfile(db);
    {
        // Years of old history the window does not read: enough that checking it takes longer
        // than building the window. Then the next day's open takes the backup.
        SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE);
        raw.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                 "INSERT INTO logged_sets (date, exercise_id, reps, note) "
                 "SELECT '2020-01-01', 'goblet-squat', 10, printf('%.400c', 'x') FROM n");
    }
    core::Database::open(db, test::testToday().addDays(1));
    std::string bytes = test::readFile(db);
    const std::size_t middle = bytes.size() / 2 / 4096 * 4096;
    for (std::size_t i = middle; i < middle + 2 * 4096; ++i)
        bytes[i] = static_cast<char>(0x5A);
    test::writeFile(db, bytes);

    // Whether the check answers before the window is shown or after, the user sees one restore
    // offer and ends on a window over the restored file.
    test::ScriptedPrompts prompts;
    AppStartup startup(optionsFor(db), prompts);
    REQUIRE(startup.run() == AppStartup::Outcome::Ready);
    std::vector<gui::MainWindow*> shown;
    REQUIRE(startup.present([&shown](gui::MainWindow& window) {
        shown.push_back(&window);
        window.show();
    }) == AppStartup::Outcome::Ready);
    static_cast<void>(QTest::qWaitFor([&prompts] { return !prompts.restoreOffers.isEmpty(); }, 10000)); // checked below
    REQUIRE(prompts.restoreOffers.size() == 1);
    CHECK_FALSE(startup.holdingInput());
    REQUIRE_FALSE(shown.empty());
    CHECK(shown.back() == startup.window());
    CHECK(startup.window()->isVisible());
    CHECK(startup.logbook()->profile() == test::sampleProfile());
    // The backup was taken after the history was written.
    CHECK(core::LogRepository(startup.logbook()->database())
              .sets(core::Date::fromYmd(2020, 1, 1), core::Date::fromYmd(2020, 1, 1))
              .size()
        == 60000);
    UNSCOPED_INFO("windows shown: " << shown.size()); // 2 when the check answered after showing
}

TEST_CASE("the day's backup is written beside the running app, and a failed one is reported")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    createDatabaseWithProfile(db);
    auto options = optionsFor(db);
    options.today = test::testToday().addDays(1);
    const auto backup = core::Database::backupDirFor(db) / ("keel-" + options.today->toString() + ".db.zst");
    test::ScriptedPrompts prompts;

    SECTION("written")
    {
        {
            AppStartup startup(options, prompts);
            REQUIRE(startup.run() == AppStartup::Outcome::Ready);
        } // the end of the app waits for a backup still being written
        REQUIRE(std::filesystem::exists(backup));
        CHECK(core::BackupManager::checkBackup(backup).ok);
    }
    SECTION("failed: a file stands where the backup folder should be")
    {
        test::writeFile(core::Database::backupDirFor(db), "not a folder");
        AppStartup startup(options, prompts);
        REQUIRE(startup.run() == AppStartup::Outcome::Ready);
        QSignalSpy notices(startup.logbook(), &gui::Logbook::noticed);
        REQUIRE((notices.count() > 0 || notices.wait(10000)));
        CHECK(notices.front().front().toString().contains("daily backup failed"));
        CHECK(startup.window()->statusBar()->currentMessage().contains("daily backup failed"));
    }
}
