// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartpanel.h"

#include "gui/common/typography.h"
#include "gui/progress/chartexport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace keel::gui {

namespace {

constexpr int kSizingRows = 60;

} // namespace

ChartPanel::ChartPanel(const QString& title, QWidget* view, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_view(view)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_notes(new QLabel(this))
    , m_tools(new QHBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, this);
    heading->setFont(Typography::sectionTitle(heading->font()));
    header->addWidget(heading);
    header->addStretch(1);
    header->addLayout(m_tools);

    auto* savePicture = new QToolButton(this);
    savePicture->setText(tr("Save picture…"));
    savePicture->setAccessibleName(tr("Save the %1 chart as a PNG picture").arg(title));
    savePicture->setFocusPolicy(Qt::StrongFocus);
    connect(savePicture, &QToolButton::clicked, this, &ChartPanel::choosePngFile);
    auto* saveTable = new QToolButton(this);
    saveTable->setText(tr("Save table…"));
    saveTable->setAccessibleName(tr("Save the %1 table as CSV").arg(title));
    saveTable->setFocusPolicy(Qt::StrongFocus);
    connect(saveTable, &QToolButton::clicked, this, &ChartPanel::chooseCsvFile);
    header->addWidget(savePicture);
    header->addWidget(saveTable);
    layout->addLayout(header);

    m_table->setModel(model);
    m_table->setAccessibleName(tr("%1 table").arg(title));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fit the columns to the rows around the visible ones, not to every row of a ten-year table.
    m_table->horizontalHeader()->setResizeContentsPrecision(kSizingRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(model, &QAbstractItemModel::modelReset, m_table, [this] {
        // The newest rows are what people look for first.
        if (m_table->model()->rowCount() > 0)
            m_table->scrollToBottom();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Three fifths for the picture, two for the table, whatever their size hints say.
    splitter->setSizes({3000, 2000});
    layout->addWidget(splitter, 1);

    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(false);
    layout->addWidget(m_notes);
}

void ChartPanel::addToolWidget(QWidget* widget)
{
    m_tools->addWidget(widget);
}

void ChartPanel::setNotes(const QStringList& notes)
{
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

QString ChartPanel::notesText() const
{
    return m_notes->text();
}

QImage ChartPanel::chartImage() const
{
    return m_view->grab().toImage();
}

bool ChartPanel::exportPng(const QString& path, QString* error) const
{
    return ChartExport::writePng(chartImage(), path, error);
}

bool ChartPanel::exportCsv(const QString& path, QString* error) const
{
    return ChartExport::writeCsv(*m_model, path, error);
}

QString ChartPanel::suggestedPath(const QString& extension) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name = m_title.toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    return QDir(folder).filePath(QStringLiteral("keel-%1.%2").arg(name, extension));
}

void ChartPanel::choosePngFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1 chart").arg(m_title), suggestedPath(QStringLiteral("png")), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Picture not saved"), error);
}

void ChartPanel::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1 table").arg(m_title), suggestedPath(QStringLiteral("csv")), tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Table not saved"), error);
}

} // namespace keel::gui
