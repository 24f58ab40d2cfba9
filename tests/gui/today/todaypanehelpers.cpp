// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaypanehelpers.h"

#include "support/trainingfixture.h"

#include <QAbstractSpinBox>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

namespace keel::test {

core::PlannedItem repsItem(TrainingFixture& fixture)
{
    const core::PlannedSession strength = fixture.todayStrength();
    const auto found = std::find_if(strength.items.begin(), strength.items.end(),
        [](const core::PlannedItem& item) { return item.reps && item.sets >= 3 && !item.warmUp; });
    REQUIRE(found != strength.items.end());
    return *found;
}

std::vector<core::LoggedSet> setsOf(TrainingFixture& fixture, std::int64_t itemId)
{
    std::vector<core::LoggedSet> sets = fixture.setsToday();
    std::erase_if(sets, [itemId](const core::LoggedSet& set) { return set.plannedItemId != itemId; });
    return sets;
}

QSpinBox* spin(QWidget* root, const char* name)
{
    auto* box = root->findChild<QSpinBox*>(QLatin1String(name));
    REQUIRE(box != nullptr);
    return box;
}

void typeAndEnter(QAbstractSpinBox* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace keel::test
