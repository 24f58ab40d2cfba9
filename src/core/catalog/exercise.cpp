// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/exercise.h"

#include <algorithm>

namespace keel::core {

bool Exercise::hasTag(std::string_view tag) const
{
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool Exercise::canBeDoneWith(const std::set<std::string, std::less<>>& owned) const
{
    return std::all_of(equipment.begin(), equipment.end(), [&owned](const EquipmentChoice& choice) {
        return std::any_of(choice.begin(), choice.end(),
            [&owned](const std::string& item) { return isAssumedEquipment(item) || owned.contains(item); });
    });
}

std::string Exercise::equipmentText() const
{
    if (equipment.empty())
        return "none";
    std::string text;
    for (const EquipmentChoice& choice : equipment) {
        if (!text.empty())
            text += ", ";
        for (std::size_t i = 0; i < choice.size(); ++i) {
            if (i > 0)
                text += " or ";
            text += choice[i];
        }
    }
    return text;
}

} // namespace keel::core
