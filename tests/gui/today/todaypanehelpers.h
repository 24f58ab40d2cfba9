// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "core/model/weekplan.h"

#include <QString>

#include <cstdint>
#include <vector>

class QAbstractSpinBox;
class QSpinBox;
class QWidget;

namespace keel::gui {
class TodayPane;
}

namespace keel::test {

class TrainingFixture;

/// Today's first strength item dosed in reps with at least three sets: what the keyboard tests log.
core::PlannedItem repsItem(TrainingFixture& fixture);
/// The sets logged today against one planned item.
std::vector<core::LoggedSet> setsOf(TrainingFixture& fixture, std::int64_t itemId);
/// The spin box called `name` inside `root`; the test fails when there is none.
QSpinBox* spin(QWidget* root, const char* name);
/// Types `text` over the field's contents and presses Enter, as a person at the keyboard would.
void typeAndEnter(QAbstractSpinBox* field, const QString& text);

} // namespace keel::test
