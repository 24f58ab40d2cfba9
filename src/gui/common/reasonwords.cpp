// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/reasonwords.h"

#include "core/model/phrasecode.h"
#include "gui/common/exercisetext.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/unitformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace keel::gui {

namespace {

using Kind = core::ReasonArg::Kind;

QString phrases(const std::vector<core::Phrase>& list, const core::Catalog* catalog);

QString day(const core::ReasonArg& arg)
{
    const QDate date = Labels::toQDate(*arg.date);
    return QLocale().dayName(date.dayOfWeek()) + QLatin1Char(' ') + QLocale().toString(date, QLocale::ShortFormat);
}

QString value(const core::ReasonArg& arg, const core::Catalog* catalog)
{
    switch (arg.kind) {
    case Kind::Number:
        return QLocale().toString(static_cast<qlonglong>(std::llround(arg.number)));
    case Kind::Decimal:
        return QLocale().toString(arg.number, 'g', 3);
    case Kind::Load:
        return UnitFormat(arg.units).load(arg.number);
    case Kind::Day:
        return arg.date ? day(arg) : Labels::fromUtf8(arg.text);
    case Kind::Date:
        return arg.date ? QLocale().toString(Labels::toQDate(*arg.date), QLocale::ShortFormat)
                        : Labels::fromUtf8(arg.text);
    case Kind::Weekday:
        return arg.date ? QLocale().dayName(Labels::toQDate(*arg.date).dayOfWeek()) : Labels::fromUtf8(arg.text);
    case Kind::Exercise:
        return catalog && catalog->find(arg.key) ? PrescriptionText::exerciseName(*catalog, arg.key)
                                                 : Labels::fromUtf8(arg.text);
    case Kind::Equipment:
        if (const core::Exercise* exercise = catalog ? catalog->find(arg.key) : nullptr)
            return ExerciseText::equipment(*exercise);
        break;
    case Kind::Pattern:
        if (const auto pattern = core::parsePattern(arg.key))
            return Labels::pattern(*pattern);
        break;
    case Kind::Focus:
        if (const auto focus = core::parseFocus(arg.key))
            return Labels::focus(*focus);
        break;
    case Kind::Experience:
        if (const auto experience = core::parseExperience(arg.key))
            return Labels::experience(*experience);
        break;
    case Kind::Implements: {
        QStringList names;
        for (const QString& key : Labels::fromUtf8(arg.key).split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << Labels::equipment(key.toStdString());
        const QString last = names.isEmpty() ? QString() : names.takeLast();
        return names.isEmpty()
            ? last
            : QCoreApplication::translate("Reason", "%1 or %2").arg(names.join(QStringLiteral(", ")), last);
    }
    case Kind::Weekdays: {
        QStringList days;
        for (const QString& key : Labels::fromUtf8(arg.key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto day = core::parseWeekday(key.toStdString()))
                days << Labels::weekday(*day, true);
        }
        return days.isEmpty() ? QCoreApplication::translate("Reason", "none") : days.join(QStringLiteral(", "));
    }
    case Kind::Nested:
        return phrases(arg.nested, catalog);
    case Kind::Text:
        break;
    }
    return Labels::fromUtf8(arg.text);
}

QString phrase(const core::Phrase& phrase, const core::Catalog* catalog)
{
    const std::string english(core::phraseTemplate(phrase.code));
    if (phrase.code == core::PhraseCode::Verbatim)
        return phrase.args.empty() ? QString() : value(phrase.args.front(), catalog);
    QString wording;
    if (core::hasCount(phrase.code) && !phrase.args.empty()) {
        const int count = static_cast<int>(std::lround(phrase.args.back().number));
        wording = Plural::of(QCoreApplication::translate("Reason", english.c_str(), nullptr, count), count);
    } else {
        wording = QCoreApplication::translate("Reason", english.c_str());
    }
    std::vector<std::string> values;
    values.reserve(phrase.args.size());
    for (const core::ReasonArg& arg : phrase.args)
        values.push_back(value(arg, catalog).toStdString());
    return QString::fromStdString(core::fillTemplate(wording.toStdString(), values));
}

QString phrases(const std::vector<core::Phrase>& list, const core::Catalog* catalog)
{
    QStringList parts;
    for (const core::Phrase& each : list)
        parts << phrase(each, catalog);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString ReasonWords::text(const core::Reason& reason, const core::Catalog* catalog)
{
    return phrases(reason.phrases(), catalog);
}

} // namespace keel::gui
