// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/prescriptiontext.h"

#include "core/catalog/doseparts.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace keel::gui {

namespace {

const QString kTimes = QStringLiteral(" × ");
const QString kDot = QStringLiteral(" · ");

// The numbers of one set without its load: "10", "30 s", "20 m".
QString setAmount(const core::LoggedSet& set, const UnitFormat& units)
{
    QStringList parts;
    if (set.reps)
        parts << QString::number(*set.reps);
    if (set.seconds)
        parts << UnitFormat::duration(*set.seconds);
    if (set.meters)
        parts << units.distance(*set.meters);
    return parts.join(kDot);
}

} // namespace

QString PrescriptionText::range(const core::IntRange& range)
{
    if (range.min == range.max)
        return QString::number(range.min);
    return QStringLiteral("%1–%2").arg(range.min).arg(range.max);
}

QString PrescriptionText::prescription(const core::PlannedItem& item, const UnitFormat& units)
{
    // The parts keel-cli words too (core::PlanText::dose), in the same order.
    const core::DoseParts parts = core::DoseParts::of(item);
    QString text;
    if (parts.amount) {
        const QString amount = range(*parts.amount);
        switch (parts.unit) {
        case core::AmountUnit::Reps:
            text = amount;
            break;
        case core::AmountUnit::Seconds:
            text = tr("%1 s").arg(amount);
            break;
        case core::AmountUnit::Metres:
            text = tr("%1 m").arg(amount);
            break;
        case core::AmountUnit::Minutes:
            text = tr("%1 min").arg(amount);
            break;
        }
    }
    if (parts.sets) {
        text = text.isEmpty() ? Plural::of(tr("%n set(s)", nullptr, parts.sets->max), parts.sets->max)
                              : range(*parts.sets) + kTimes + text;
    }
    if (parts.perSide)
        text += QLatin1Char(' ') + tr("each side");
    if (parts.loadKg)
        text += kDot + units.load(parts.loadKg);
    if (parts.minutes)
        text += (text.isEmpty() ? QString() : kDot) + tr("%1 min").arg(range(*parts.minutes));
    return text;
}

QString PrescriptionText::loggedSet(const core::LoggedSet& set, const UnitFormat& units, bool effort)
{
    QString text = setAmount(set, units);
    if (set.loadKg)
        text += (set.reps ? kTimes : kDot) + units.load(set.loadKg);
    else if (set.reps && !set.seconds && !set.meters)
        text = tr("%1 reps").arg(*set.reps);
    if (effort) {
        if (set.rpe)
            text += kDot + tr("RPE %1").arg(*set.rpe);
        if (set.pain)
            text += kDot + tr("pain %1").arg(*set.pain);
    }
    return text;
}

QString PrescriptionText::loggedSets(const std::vector<core::LoggedSet>& sets, const UnitFormat& units)
{
    if (sets.empty())
        return {};
    bool sameLoad = true;
    for (const core::LoggedSet& set : sets)
        sameLoad = sameLoad && set.loadKg == sets.front().loadKg;
    QStringList parts;
    for (const core::LoggedSet& set : sets)
        parts << (sameLoad ? setAmount(set, units) : loggedSet(set, units));
    QString text = parts.join(QStringLiteral(", "));
    if (sameLoad && sets.front().loadKg)
        text += (sets.front().reps ? kTimes : kDot) + units.load(sets.front().loadKg);
    return text;
}

QString PrescriptionText::lastTime(const std::vector<core::LoggedSet>& sets, const UnitFormat& units)
{
    if (sets.empty())
        return tr("first time");
    return dayAndDate(sets.front().date) + QStringLiteral(": ") + loggedSets(sets, units);
}

QString PrescriptionText::walk(const core::WalkEntry& walk, const UnitFormat& units)
{
    QString text = tr("%1 min").arg(walk.minutes);
    if (walk.meters)
        text += kDot + units.distance(*walk.meters);
    if (walk.pain)
        text += kDot + tr("pain %1").arg(*walk.pain);
    return text;
}

QString PrescriptionText::exerciseName(const core::Catalog& catalog, const std::string& exerciseId)
{
    const core::Exercise* exercise = catalog.find(exerciseId);
    return exercise ? exerciseName(catalog, *exercise) : Labels::fromUtf8(exerciseId);
}

QString PrescriptionText::exerciseName(const core::Catalog& catalog, const core::Exercise& exercise)
{
    return Labels::fromUtf8(catalog.name(exercise));
}

void PrescriptionText::sortByName(const core::Catalog& catalog, std::vector<const core::Exercise*>& exercises)
{
    std::vector<std::pair<QString, const core::Exercise*>> named;
    named.reserve(exercises.size());
    for (const core::Exercise* exercise : exercises)
        named.emplace_back(exerciseName(catalog, *exercise), exercise);
    std::stable_sort(named.begin(), named.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (std::size_t i = 0; i < named.size(); ++i)
        exercises[i] = named[i].second;
}

QString PrescriptionText::shortDate(core::Date date)
{
    return QLocale().toString(Labels::toQDate(date), QLocale::ShortFormat);
}

QString PrescriptionText::dayAndDate(core::Date date)
{
    return Labels::weekday(date.weekday(), true) + QLatin1Char(' ') + shortDate(date);
}

} // namespace keel::gui
