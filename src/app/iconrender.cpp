// SPDX-License-Identifier: GPL-3.0-or-later
// keel-iconrender: a build tool. Renders the application's SVG icon into the fixed PNG sizes of
// the hicolor icon theme: ROOT/NxN/apps/NAME.png for every size given.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: keel-iconrender ICON.svg ROOT NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "keel-iconrender: %s: not a valid SVG file\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QString root = arguments.at(2);
    const QString name = arguments.at(3);
    for (qsizetype i = 4; i < arguments.size(); ++i) {
        bool isNumber = false;
        const int size = arguments.at(i).toInt(&isNumber);
        if (!isNumber || size < 8 || size > 1024) {
            std::fprintf(stderr, "keel-iconrender: size \"%s\": expected a number of pixels from 8 to 1024\n",
                qPrintable(arguments.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(root).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(folder, name);
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "keel-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
