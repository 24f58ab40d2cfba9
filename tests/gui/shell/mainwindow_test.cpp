// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/logrepository.h"
#include "gui/common/accessibility.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace keel;
using gui::MainWindow;

namespace {

QAction* findAction(QWidget& window, const QKeySequence& key)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().contains(key))
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the window switches panes from the keyboard and remembers the last one")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 1);
    {
        MainWindow window(*logbook);
        test::showAndWait(&window);
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        CHECK_FALSE(window.isPaneBuilt(MainWindow::Pane::Progress)); // built on first use only

        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        CHECK(window.currentPane() == MainWindow::Pane::History);
        CHECK(window.findChild<QStackedWidget*>()->currentWidget() == window.pane(MainWindow::Pane::History));

        QAction* find = findAction(window, QKeySequence(QKeySequence::Find));
        REQUIRE(find);
        find->trigger();
        CHECK(window.currentPane() == MainWindow::Pane::Catalog);
        CHECK(QApplication::focusWidget() == window.findChild<QLineEdit*>("searchLineEdit"));

        QAction* undo = findAction(window, QKeySequence(QKeySequence::Undo));
        REQUIRE(undo);
        CHECK_FALSE(undo->isEnabled()); // nothing to undo yet
        CHECK(findAction(window, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        CHECK(findAction(window, QKeySequence(Qt::Key_F1)));
        window.close();
    }
    MainWindow again(*logbook);
    CHECK(again.currentPane() == MainWindow::Pane::Catalog);
    again.showPane(MainWindow::Pane::Today);
    again.close();
}

TEST_CASE("accessibility sweep: every visible control in every pane has a name")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 1);
    MainWindow window(*logbook);
    test::showAndWait(&window);
    for (int index = 0; index < MainWindow::kPaneCount; ++index) {
        const auto pane = static_cast<MainWindow::Pane>(index);
        window.showPane(pane);
        QApplication::processEvents();
        const auto all = window.pane(pane)->findChildren<QWidget*>();
        const auto controls = std::count_if(
            all.begin(), all.end(), [](QWidget* w) { return w->isVisible() && gui::Accessibility::isInteractive(w); });
        CHECK(controls > 0); // the sweep looks at something
        QStringList unnamed;
        for (QWidget* widget : gui::Accessibility::unnamedControls(&window))
            unnamed << QStringLiteral("%1 “%2” in %3")
                           .arg(widget->metaObject()->className(), widget->objectName(),
                               widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "");
        INFO("pane " << MainWindow::paneKey(pane).toStdString() << ": " << unnamed.join("; ").toStdString());
        CHECK(unnamed.isEmpty());
    }
}

TEST_CASE("Ctrl+Shift+C opens the morning check-in from any pane, ready for a number", "[checkin]")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 1);
    MainWindow window(*logbook);
    test::showAndWait(&window);
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // The key belongs to the check-in alone.
    int owners = 0;
    for (QAction* action : window.findChildren<QAction*>())
        owners += action->shortcuts().contains(MainWindow::checkInShortcut()) ? 1 : 0;
    CHECK(owners == 1);
    CHECK(MainWindow::checkInShortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    window.showPane(MainWindow::Pane::Progress);
    QApplication::processEvents();
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.currentPane() == MainWindow::Pane::Today);
    auto* field = qobject_cast<QSpinBox*>(QApplication::focusWidget());
    REQUIRE(field != nullptr);
    CHECK(field->objectName() == QStringLiteral("checkInSpinBox"));
    QTest::keyClicks(field, QStringLiteral("2"));
    QTest::keyClick(field, Qt::Key_Return);
    const auto checkIns = core::LogRepository(logbook->database()).checkIns(test::testToday(), test::testToday());
    REQUIRE(checkIns.size() == 1);
    CHECK(checkIns[0].pain == 2);
}
