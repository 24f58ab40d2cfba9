// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartexport.h"

#include <QAbstractItemModel>
#include <QImage>
#include <QSaveFile>
#include <QStringList>

namespace keel::gui {

namespace {

QString csvField(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool commit(QSaveFile& file, const QString& path, QString* error)
{
    if (file.commit())
        return true;
    if (error)
        *error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QString ChartExport::toCsv(const QAbstractItemModel& model)
{
    QString csv;
    const int columns = model.columnCount();
    QStringList fields;
    for (int column = 0; column < columns; ++column)
        fields << csvField(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant fileText = model.data(index, FileTextRole);
            fields << csvField(
                fileText.isValid() ? fileText.toString() : model.data(index, Qt::DisplayRole).toString());
        }
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

bool ChartExport::writeCsv(const QAbstractItemModel& model, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Could not open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(model).toUtf8());
    return commit(file, path, error);
}

bool ChartExport::writePng(const QImage& image, const QString& path, QString* error)
{
    if (image.isNull()) {
        if (error)
            *error = QObject::tr("Could not write %1: the chart has no picture yet").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Could not open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = QObject::tr("Could not encode %1 as PNG").arg(path);
        return false;
    }
    return commit(file, path, error);
}

} // namespace keel::gui
