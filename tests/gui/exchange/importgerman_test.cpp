// SPDX-License-Identifier: GPL-3.0-or-later
// In German the Import dialog reads in German: a skipped row, a name kept apart because its sets
// do not fit its exercise, and a file that cannot be read say why in German, not in the English
// keel-cli prints.
#include "core/exchange/exchangeerror.h"
#include "gui/exchange/importdialog.h"
#include "gui/logbook.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include "importdialogsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace keel;
using test::fixture;
using test::openDialog;

TEST_CASE("in German the import preview words skipped rows and misfits in German", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->setProfile(test::sampleProfile());
    auto dialog = openDialog(*logbook, fixture("strong-comma.csv"));
    test::showAndWait(dialog.get());
    REQUIRE(dialog->preview());
    const core::ImportPreview& preview = dialog->preview()->preview;
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    CHECK_FALSE(summary.contains(QString::fromStdString(preview.dialect.text())));
    CHECK(summary.contains(QStringLiteral("kommagetrennt, ohne Einheitenspalten")));

    const auto* skipped = dialog->findChild<QListWidget*>(QStringLiteral("skippedList"));
    REQUIRE(skipped->count() == static_cast<int>(preview.skipped.size()));
    REQUIRE(skipped->count() == 3);
    for (int i = 0; i < skipped->count(); ++i) {
        const QString shown = skipped->item(i)->text();
        const core::SkippedRow& row = preview.skipped[static_cast<std::size_t>(i)];
        INFO(shown.toStdString());
        CHECK_FALSE(shown.contains(QString::fromStdString(row.reason.text())));
        CHECK_FALSE(shown.startsWith(QStringLiteral("line ")));
        CHECK(shown.contains(QString::number(row.line)));
    }
    CHECK_FALSE(skipped->item(0)->text().contains(QStringLiteral("is not a set")));
    CHECK(skipped->item(0)->text()
        == QStringLiteral("Zeile 8: Satzreihenfolge „Rest Timer“ ist kein Satz (eine Zahl, W, D oder F)"));
    CHECK_FALSE(skipped->item(1)->text().contains(QStringLiteral("whole number")));
    CHECK_FALSE(skipped->item(2)->text().contains(QStringLiteral("an empty set")));

    auto* names = dialog->findChild<QTableWidget*>(QStringLiteral("namesTable"));
    REQUIRE(names->rowCount() == 2);
    REQUIRE_FALSE(preview.unmatched[0].reason.empty());
    const QString misfit = names->item(0, 0)->toolTip();
    INFO(misfit.toStdString());
    CHECK_FALSE(misfit.isEmpty());
    CHECK_FALSE(misfit.contains(QString::fromStdString(preview.unmatched[0].reason.text())));
    CHECK_FALSE(misfit.contains(QStringLiteral("missing")));
    CHECK_FALSE(misfit.contains(QStringLiteral("needs a distance")));
    CHECK(misfit.contains(QStringLiteral("Meter")));
}

TEST_CASE("in German a broken file says where and why in German", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    const QString path = fixture("broken-delimiter.csv");
    auto dialog = openDialog(*logbook, path);
    const QString error = dialog->errorText();
    INFO(error.toStdString());
    CHECK(error.startsWith(path + QStringLiteral(":2: ")));
    CHECK(error.endsWith(QStringLiteral(":2: 1 Felder, wo die Kopfzeile 12 hat (ist die Datei abgeschnitten oder mit "
                                        "einem anderen Trennzeichen geschrieben?)")));
    CHECK_FALSE(error.contains(QStringLiteral("fields where the header has")));
    CHECK_FALSE(error.contains(QStringLiteral("cut short")));
    CHECK_FALSE(dialog->canImport());

    const QString unknown = fixture("broken-unknown.csv");
    auto refused = openDialog(*logbook, unknown);
    CHECK(refused->errorText().startsWith(unknown + QStringLiteral(":1: ")));
    CHECK_FALSE(refused->errorText().contains(QStringLiteral("not a format Keel can import")));
}
