// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/userfolders.h"

#include <QDir>
#include <QStandardPaths>

namespace keel::gui {

QString UserFolders::documents()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

QString UserFolders::inDocuments(const QString& name)
{
    return QDir(documents()).filePath(name);
}

} // namespace keel::gui
