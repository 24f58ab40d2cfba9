// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace keel::gui {

class Session;

/// The Today pane. (Skeleton: its owner replaces it.)
class TodayPane : public QWidget {
    Q_OBJECT
public:
    explicit TodayPane(Session& session, QWidget* parent = nullptr);

private:
    Session& m_session;
};

} // namespace keel::gui
