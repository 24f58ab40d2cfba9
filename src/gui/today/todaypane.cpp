// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/todaypane.h"

#include "gui/session.h"

namespace keel::gui {

TodayPane::TodayPane(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace keel::gui
