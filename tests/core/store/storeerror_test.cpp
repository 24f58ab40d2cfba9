// SPDX-License-Identifier: GPL-3.0-or-later
// A store error carries its message as a reason, so the GUI can word it in the desktop's
// language, while what() (keel-cli's words) stays the English it always was.
#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "support/tempdir.h"

#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace keel;
using core::Database;
using core::PhraseCode;
using core::Reason;
using core::StoreError;
using core::StoreStatus;

namespace {

StoreError openError(const std::filesystem::path& path)
{
    try {
        Database::open(path, test::day("2026-03-02"));
    } catch (const StoreError& error) {
        return error;
    }
    FAIL("opened " << path);
    throw std::logic_error("unreachable");
}

/// Its reason read back from the JSON it would be stored as.
Reason roundTripped(const Reason& reason)
{
    const auto back = Reason::fromJson(reason.toJson());
    REQUIRE(back.has_value());
    return *back;
}

} // namespace

TEST_CASE("a refused log value is a reason whose English is the store's message")
{
    const auto db = Database::openInMemory();
    core::LoggedSet set = test::sampleSet();
    set.pain = 11;
    try {
        core::LogRepository(*db).addSet(set);
        FAIL("a pain of 11 was stored");
    } catch (const StoreError& error) {
        CHECK(error.status() == StoreStatus::InvalidInput);
        CHECK(std::string(error.what()) == "pain 11 is outside 0–10; nothing was saved");
        CHECK(error.reason().text() == error.what());
        CHECK(error.reason().startsWith(PhraseCode::StoreValueOutside));
        CHECK(error.reason().mentions(PhraseCode::StoreFieldPain));
        CHECK(error.reason().mentions(PhraseCode::StoreNothingSaved));
        CHECK(roundTripped(error.reason()) == error.reason());
    }
}

TEST_CASE("a missing folder and a database from a newer Keel are reasons, their English unchanged")
{
    test::TempDir dir;
    SECTION("a missing folder")
    {
        const auto path = dir / "nowhere" / "keel.db";
        const StoreError error = openError(path);
        CHECK(error.status() == StoreStatus::CannotOpen);
        CHECK(std::string(error.what())
            == "cannot open database " + path.string() + ": folder " + (dir / "nowhere").string() + " does not exist");
        CHECK(error.reason().startsWith(PhraseCode::StoreCannotOpenDatabase));
        CHECK(error.reason().mentions(PhraseCode::StoreFolderMissing));
        CHECK(roundTripped(error.reason()).text() == error.what());
    }
    SECTION("a newer Keel")
    {
        const auto path = dir / "newer.db";
        test::writeForeignDatabase(path, Database::kApplicationId, Database::kSchemaVersion + 1);
        const StoreError error = openError(path);
        CHECK(error.status() == StoreStatus::TooNew);
        CHECK(std::string(error.what())
            == path.string() + " was written by a newer Keel (schema version "
                + std::to_string(Database::kSchemaVersion + 1) + ", this build knows up to "
                + std::to_string(Database::kSchemaVersion) + "); it was not opened or changed. Update Keel to use it");
        CHECK(error.reason().startsWith(PhraseCode::StoreTooNew));
        CHECK(roundTripped(error.reason()) == error.reason());
    }
}

TEST_CASE("a store error read from an error without a reason keeps its words")
{
    const StoreError error(StoreStatus::CannotOpen, Reason::verbatim("disk on fire"));
    CHECK(std::string(error.what()) == "disk on fire");
    CHECK(error.reason().startsWith(PhraseCode::Verbatim));
}
