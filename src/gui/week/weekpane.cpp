// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekpane.h"

#include "gui/session.h"

namespace keel::gui {

WeekPane::WeekPane(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace keel::gui
