// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace keel::gui {

namespace {

struct EquipmentText {
    std::string_view key;
    const char* name;
    const char* hint;
};

constexpr std::array<EquipmentText, 19> kEquipment = {{
    {"dumbbell", QT_TRANSLATE_NOOP("Labels", "Dumbbells"), QT_TRANSLATE_NOOP("Labels", "A pair, or an adjustable set")},
    {"kettlebell", QT_TRANSLATE_NOOP("Labels", "Kettlebell"), QT_TRANSLATE_NOOP("Labels", "One is enough to start")},
    {"barbell", QT_TRANSLATE_NOOP("Labels", "Barbell and plates"),
        QT_TRANSLATE_NOOP("Labels", "An Olympic or standard bar with plates")},
    {"trap_bar", QT_TRANSLATE_NOOP("Labels", "Trap bar"),
        QT_TRANSLATE_NOOP("Labels", "The hexagonal bar you stand inside")},
    {"squat_rack", QT_TRANSLATE_NOOP("Labels", "Squat rack"),
        QT_TRANSLATE_NOOP("Labels", "A rack or stands that hold a bar at chest height")},
    {"bench", QT_TRANSLATE_NOOP("Labels", "Bench"), QT_TRANSLATE_NOOP("Labels", "A sturdy flat bench")},
    {"box", QT_TRANSLATE_NOOP("Labels", "Box or step"),
        QT_TRANSLATE_NOOP("Labels", "A stable box, step or low platform")},
    {"band", QT_TRANSLATE_NOOP("Labels", "Resistance band"),
        QT_TRANSLATE_NOOP("Labels", "A loop or tube band you can anchor")},
    {"cable", QT_TRANSLATE_NOOP("Labels", "Cable machine"),
        QT_TRANSLATE_NOOP("Labels", "An adjustable pulley, as in most gyms")},
    {"pullup_bar", QT_TRANSLATE_NOOP("Labels", "Pull-up bar"), QT_TRANSLATE_NOOP("Labels", "A bar you can hang from")},
    {"suspension_trainer", QT_TRANSLATE_NOOP("Labels", "Suspension trainer"),
        QT_TRANSLATE_NOOP("Labels", "Straps such as a TRX or gymnastic rings")},
    {"foam_roller", QT_TRANSLATE_NOOP("Labels", "Foam roller"),
        QT_TRANSLATE_NOOP("Labels", "For thoracic mobility drills")},
    {"wall", QT_TRANSLATE_NOOP("Labels", "Wall"), QT_TRANSLATE_NOOP("Labels", "Assumed in every home")},
    {"chair", QT_TRANSLATE_NOOP("Labels", "Chair"), QT_TRANSLATE_NOOP("Labels", "Assumed in every home")},
    {"mat", QT_TRANSLATE_NOOP("Labels", "Mat"), QT_TRANSLATE_NOOP("Labels", "Assumed in every home")},
    {"bike", QT_TRANSLATE_NOOP("Labels", "Exercise bike"), QT_TRANSLATE_NOOP("Labels", "A stationary or outdoor bike")},
    {"pool", QT_TRANSLATE_NOOP("Labels", "Pool"), QT_TRANSLATE_NOOP("Labels", "Access to a swimming pool")},
    {"elliptical", QT_TRANSLATE_NOOP("Labels", "Elliptical trainer"), QT_TRANSLATE_NOOP("Labels", "A cross-trainer")},
    {"sandbag", QT_TRANSLATE_NOOP("Labels", "Sandbag"),
        QT_TRANSLATE_NOOP("Labels", "A fillable bag for carries and hugs")},
}};

const EquipmentText* equipmentText(std::string_view key)
{
    for (const EquipmentText& entry : kEquipment) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

} // namespace

QString Labels::pattern(core::Pattern pattern)
{
    switch (pattern) {
    case core::Pattern::Hinge:
        return tr("Hip hinge");
    case core::Pattern::Squat:
        return tr("Squat");
    case core::Pattern::Carry:
        return tr("Loaded carry");
    case core::Pattern::AntiRotation:
        return tr("Anti-rotation");
    case core::Pattern::Mobility:
        return tr("Mobility");
    case core::Pattern::Walking:
        return tr("Walking");
    case core::Pattern::Pull:
        return tr("Pull");
    case core::Pattern::Posture:
        return tr("Posture");
    }
    return fromUtf8(core::displayName(pattern));
}

QString Labels::focus(core::Focus focus)
{
    switch (focus) {
    case core::Focus::None:
        return {};
    case core::Focus::Hip:
        return tr("Hips");
    case core::Focus::Thoracic:
        return tr("Upper back");
    case core::Focus::Spine:
        return tr("Spine");
    }
    return {};
}

QString Labels::experience(core::Experience experience)
{
    switch (experience) {
    case core::Experience::Starting:
        return tr("Just starting");
    case core::Experience::Returning:
        return tr("Returning after a break");
    case core::Experience::Building:
        return tr("Training regularly");
    case core::Experience::Experienced:
        return tr("Experienced lifter");
    }
    return {};
}

QString Labels::experienceHint(core::Experience experience)
{
    switch (experience) {
    case core::Experience::Starting:
        return tr("New to strength training, or starting again with a sore back: the gentlest rungs.");
    case core::Experience::Returning:
        return tr("Trained before and coming back: a rung or two up, built up slowly.");
    case core::Experience::Building:
        return tr("Training a few months already: middle rungs with external load.");
    case core::Experience::Experienced:
        return tr("Comfortable with loaded hinges and squats: the upper rungs.");
    }
    return {};
}

QString Labels::equipment(std::string_view name)
{
    const EquipmentText* entry = equipmentText(name);
    return entry ? tr(entry->name) : fromUtf8(name);
}

QString Labels::equipmentHint(std::string_view name)
{
    const EquipmentText* entry = equipmentText(name);
    return entry ? tr(entry->hint) : QString();
}

QString Labels::weekday(core::Weekday day, bool shortName)
{
    // QLocale counts Monday = 1, the core Monday = 0.
    return QLocale().dayName(static_cast<int>(day) + 1, shortName ? QLocale::ShortFormat : QLocale::LongFormat);
}

} // namespace keel::gui
