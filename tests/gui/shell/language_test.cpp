// SPDX-License-Identifier: GPL-3.0-or-later
// In German the app reads in German: every pane, menu and dialog shows the translation of each
// text it has one for (nothing made before the translator was installed, nothing left in the
// source language), Qt's standard buttons speak German too, and dates name German months.
#include "gui/common/translations.h"
#include "gui/firstrun/firstrundialog.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include "testpaths.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace keel;
using gui::MainWindow;

namespace {

// The English texts the German file translates differently ("Catalog" -> "Katalog"); texts
// German spells the same ("Status", "Level") are not evidence of anything and are left out.
QSet<QString> translatedSources()
{
    QFile file(QStringLiteral(KEEL_SOURCE_DIR "/translations/keel_de.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> sources;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!source.isEmpty() && !source.contains(u'%') && translation.trimmed() != source)
                sources.insert(source);
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(sources.size() > 400);
    return sources;
}

// Every text `window` shows now (labels, buttons, group titles, tabs, menus) that is still one
// of the English sources.
QStringList englishLeft(QWidget* window, const QSet<QString>& english)
{
    QStringList shown;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            shown << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            shown << button->text() << button->toolTip();
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            shown << group->title();
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                shown << tabs->tabText(index);
        }
    }
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
        for (QAction* action : mainWindow->menuBar()->actions()) {
            shown << action->text();
            if (QMenu* menu = action->menu()) {
                for (QAction* item : menu->actions())
                    shown << item->text();
            }
        }
    }
    QStringList left;
    for (const QString& text : shown) {
        if (english.contains(text))
            left << text;
    }
    left.removeDuplicates();
    return left;
}

} // namespace

TEST_CASE("in German the main window reads in German on every pane", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    const QSet<QString> english = translatedSources();
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    MainWindow window(*logbook);
    test::showAndWait(&window);

    auto* navigation = window.findChild<QListWidget*>();
    REQUIRE(navigation);
    QStringList panes;
    for (int row = 0; row < navigation->count(); ++row)
        panes << navigation->item(row)->text();
    CHECK(panes.join(u',').toStdString() == "Heute,Woche,Katalog,Verlauf,Fortschritt,Einstellungen");

    // Empty, then with a plan: each pane's empty state and its full state.
    for (const bool planned : {false, true}) {
        if (planned)
            logbook->planFirstWeeks(test::sampleProfile(), 1);
        for (int index = 0; index < MainWindow::kPaneCount; ++index) {
            const auto pane = static_cast<MainWindow::Pane>(index);
            window.showPane(pane);
            QApplication::processEvents();
            const QStringList left = englishLeft(&window, english);
            INFO(MainWindow::paneKey(pane).toStdString()
                << (planned ? " planned: " : " empty: ") << left.join(u" | ").toStdString());
            CHECK(left.isEmpty());
        }
    }
    window.close();
}

TEST_CASE("in German the welcome dialog reads in German", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    gui::FirstRunDialog dialog;
    test::showAndWait(&dialog);
    const QStringList left = englishLeft(&dialog, translatedSources());
    INFO(left.join(u" | ").toStdString());
    CHECK(left.isEmpty());
}

TEST_CASE("in German Qt's own buttons and the dates are German too", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Abbrechen"));
    CHECK(QLocale().toString(QDate(2026, 12, 6), QStringLiteral("d. MMMM yyyy")) == QStringLiteral("6. Dezember 2026"));
}

TEST_CASE("without a translation for the desktop's language Keel stays in English", "[language]")
{
    QCoreApplication* app = QCoreApplication::instance();
    CHECK(gui::Translations::install(*app, QLocale(QLocale::Japanese)) == QStringLiteral("en"));
    CHECK(gui::Translations::install(*app, QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("en"));
    for (QTranslator* translator : app->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
