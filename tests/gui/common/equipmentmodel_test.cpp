// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/vocabulary.h"
#include "gui/common/equipmentmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using keel::gui::EquipmentModel;

TEST_CASE("the equipment list leaves out what every home has and round-trips the owned set")
{
    EquipmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(EquipmentModel::KeyRole).toString();
    CHECK(keys.contains("dumbbell"));
    CHECK_FALSE(keys.contains("wall"));
    CHECK_FALSE(keys.contains("mat"));
    CHECK(model.rowCount() == static_cast<int>(keel::core::equipmentNames().size()) - 3);

    model.setOwned({"dumbbell", "band", "wall"});
    CHECK(model.owned() == EquipmentModel::Owned {"dumbbell", "band"});

    QSignalSpy changed(&model, &EquipmentModel::ownedChanged);
    const int kettlebellRow = static_cast<int>(keys.indexOf("kettlebell"));
    REQUIRE(model.setData(model.index(kettlebellRow, EquipmentModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(changed.count() == 1);
    CHECK(model.owned() == EquipmentModel::Owned {"band", "dumbbell", "kettlebell"});
    CHECK_FALSE(
        model.setData(model.index(kettlebellRow, EquipmentModel::HintColumn), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(model.index(kettlebellRow, EquipmentModel::NameColumn).data().toString() == "Kettlebell");
}
