// SPDX-License-Identifier: GPL-3.0-or-later
// The mnemonic sweep: in every window and dialog, no two controls that are visible together
// answer the same Alt+letter, and no menu holds two items with the same letter; in English and
// in every translation, since each language picks its own letters.
#include "gui/firstrun/firstrundialog.h"
#include "gui/history/logentrydialog.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"
#include "gui/today/todaymodel.h"
#include "gui/today/todaypane.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

#include <catch2/catch.hpp>

using namespace keel;
using gui::MainWindow;

namespace {

// Every Alt+letter a control answers while `window` shows it, with who answers it.
using Owners = QMap<QKeySequence, QStringList>;

void note(Owners& owners, const QString& text, const QString& who)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners[key] << QStringLiteral("%1 “%2”").arg(who, text);
}

QStringList duplicates(const Owners& owners, const QString& where)
{
    QStringList found;
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("%1: %2 is %3")
                         .arg(where, it.key().toString(), it.value().join(QStringLiteral(", ")));
    }
    return found;
}

// The collisions among what `window` shows now, and inside each of its menus.
QStringList collisions(QWidget* window, const QString& where)
{
    Owners owners;
    QStringList found;
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
        for (QAction* action : mainWindow->menuBar()->actions()) {
            note(owners, action->text(), QStringLiteral("menu"));
            if (QMenu* menu = action->menu()) {
                Owners items;
                for (QAction* item : menu->actions())
                    note(items, item->text(), QStringLiteral("item"));
                found << duplicates(items, where + QStringLiteral(" menu ") + action->text());
            }
        }
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || qobject_cast<QMenuBar*>(widget) || qobject_cast<QMenu*>(widget))
            continue;
        const QString who = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                           : widget->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            note(owners, button->text(), who);
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            note(owners, label->text(), who);
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            note(owners, group->title(), who);
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                note(owners, tabs->tabText(index), who);
        }
    }
    found << duplicates(owners, where);
    return found;
}

void requireNoCollisions(QWidget* window, const QString& where)
{
    QApplication::processEvents();
    const QStringList found = collisions(window, where);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

// Each language the app ships, English first.
QString anyLanguage()
{
    return QString::fromStdString(GENERATE(as<std::string> {}, "en", "de"));
}

} // namespace

TEST_CASE("the sweep itself sees a duplicate mnemonic", "[mnemonics]")
{
    QWidget window;
    QLabel caption(QStringLiteral("&Save"), &window);
    QLabel buddy(&window);
    caption.setBuddy(&buddy);
    QGroupBox group(QStringLiteral("&Strength"), &window);
    QLabel plain(QStringLiteral("&Plain, no buddy"), &window);
    QGroupBox literal(QStringLiteral("Save && quit"), &window);
    test::showAndWait(&window);
    const QStringList found = collisions(&window, QStringLiteral("test"));
    REQUIRE(found.size() == 1);
    CHECK(found.front().contains(QStringLiteral("“&Save”")));
    CHECK(found.front().contains(QStringLiteral("“&Strength”")));
}

TEST_CASE("no mnemonic collides in the main window, on any pane or menu", "[mnemonics]")
{
    const test::InLanguage speaking(anyLanguage());
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    MainWindow window(*logbook);
    test::showAndWait(&window);
    // Without a profile or plan: the empty states with their buttons.
    for (int index = 0; index < MainWindow::kPaneCount; ++index) {
        const auto pane = static_cast<MainWindow::Pane>(index);
        window.showPane(pane);
        requireNoCollisions(&window, QStringLiteral("empty ") + MainWindow::paneKey(pane));
    }
    logbook->planFirstWeeks(test::sampleProfile(), 1);
    for (int index = 0; index < MainWindow::kPaneCount; ++index) {
        const auto pane = static_cast<MainWindow::Pane>(index);
        window.showPane(pane);
        requireNoCollisions(&window, MainWindow::paneKey(pane));
    }
    // Today shows different fields for each kind of item: reps, holds, minutes, walks.
    window.showPane(MainWindow::Pane::Today);
    auto* today = static_cast<gui::TodayPane*>(window.pane(MainWindow::Pane::Today));
    int items = 0;
    for (const core::DaySession& planned : today->model()->content().sessions) {
        for (const core::DayEntry& entry : planned.entries) {
            today->selectItem(entry.item.id);
            requireNoCollisions(
                &window, QStringLiteral("today, %1").arg(QString::fromStdString(entry.item.exerciseId)));
            ++items;
        }
    }
    CHECK(items > 3);
    window.close();
}

TEST_CASE("no mnemonic collides in the welcome dialog", "[mnemonics]")
{
    const test::InLanguage speaking(anyLanguage());
    gui::FirstRunDialog dialog;
    test::showAndWait(&dialog);
    requireNoCollisions(&dialog, QStringLiteral("welcome"));
}

TEST_CASE("no mnemonic collides in the History edit dialog, for any kind of entry", "[mnemonics]")
{
    const test::InLanguage speaking(anyLanguage());
    const core::Catalog catalog = test::shippedCatalog();
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = catalog.exercises().front().id;
    set.reps = 8;
    set.loadKg = 12.0;
    core::WalkEntry walk;
    walk.date = test::testToday();
    walk.minutes = 20;
    const core::CheckIn checkIn {test::testToday(), 2};
    for (const gui::LogEntry& entry : {gui::LogEntry(set), gui::LogEntry(walk), gui::LogEntry(checkIn)}) {
        gui::LogEntryDialog dialog(entry, catalog, gui::UnitFormat(core::Units::Kg), test::testToday());
        test::showAndWait(&dialog);
        requireNoCollisions(&dialog, dialog.windowTitle());
    }
}
