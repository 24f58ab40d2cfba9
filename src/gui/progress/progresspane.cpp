// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/progresspane.h"

#include "gui/session.h"

namespace keel::gui {

ProgressPane::ProgressPane(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace keel::gui
