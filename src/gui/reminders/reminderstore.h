// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/reminders.h"

#include <string>

namespace keel::gui {

/// Where the reminder settings live: in the user's Qt settings, like the appearance, since they are
/// this desktop's habits rather than part of the training profile. What was already said is kept
/// per logbook (by its database id), so two people's logbooks never silence each other.
namespace ReminderStore {

core::ReminderSettings settings();
void store(const core::ReminderSettings& settings);

core::RemindersSaid said(const std::string& databaseId);
void store(const std::string& databaseId, const core::RemindersSaid& said);

/// Whether closing the window leaves Keel in the tray, so reminders still arrive.
bool keepInTray();
void storeKeepInTray(bool keep);

} // namespace ReminderStore

} // namespace keel::gui
