// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks English the desktop app shows for translation without any Qt in the core: the text is
// the value, so keel-cli reads it as it is. lupdate finds the marked text because
// scripts/translations tells it these are aliases of Qt's QT_TRANSLATE_NOOP and
// QT_TRANSLATE_N_NOOP; the GUI translates the text in the same context.
#define KEEL_TRANSLATE_NOOP(context, text) text
// The same for text with a count (%n), whose word form follows it.
#define KEEL_TRANSLATE_N_NOOP(context, text) text
