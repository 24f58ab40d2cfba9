// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// The .qm files are built into keel_gui, a static library, whose resources are registered on
// use. Outside any namespace, as Q_INIT_RESOURCE requires.
static void registerTranslationResources()
{
    Q_INIT_RESOURCE(keel_translations);
}

namespace keel::gui {

namespace {

/// Loads `name`_<language>.qm for the first of the locale's UI languages that has one, and
/// returns the language it is in ("de_DE"); empty when there is none.
QString load(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->language();
}

} // namespace

QString Translations::install(QCoreApplication& app, const QLocale& locale)
{
    // Qt's words first: QTranslator::load tries en_US, en, … and finds nothing for English,
    // so an English desktop loads nothing at all.
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    registerTranslationResources();
    const QString language = load(app, locale, QStringLiteral("keel"), QStringLiteral(":/i18n"));
    return language.isEmpty() ? QStringLiteral("en") : language.section(u'_', 0, 0);
}

} // namespace keel::gui
