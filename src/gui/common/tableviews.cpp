// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace keel::gui {

void TableViews::makeCompact(QTableView* view)
{
    const int line = view->fontMetrics().height();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(line + line / 2);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
}

} // namespace keel::gui
