// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/vocabulary.h"
#include "core/util/date.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <string_view>

namespace keel::gui {

/// The words a person reads for the core's vocabulary keys, in one place so every pane
/// names things the same way.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString pattern(core::Pattern pattern);
    static QString focus(core::Focus focus);
    static QString experience(core::Experience experience);
    /// One line on who the experience level is for.
    static QString experienceHint(core::Experience experience);
    /// "Dumbbells", "Trap bar" …
    static QString equipment(std::string_view name);
    /// One line on what counts as owning it.
    static QString equipmentHint(std::string_view name);
    /// "Monday" (long) or "Mon" (short), in the user's language.
    static QString weekday(core::Weekday day, bool shortName = false);

    static QDate toQDate(core::Date date) { return QDate(date.year(), date.month(), date.day()); }
    static core::Date fromQDate(const QDate& date)
    {
        return core::Date::fromYmd(date.year(), date.month(), date.day());
    }
    static QString fromUtf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
};

} // namespace keel::gui
