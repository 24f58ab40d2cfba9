// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace keel::gui {

class Session;

/// The Progress pane. (Skeleton: its owner replaces it.)
class ProgressPane : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPane(Session& session, QWidget* parent = nullptr);

private:
    Session& m_session;
};

} // namespace keel::gui
