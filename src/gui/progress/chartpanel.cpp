// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartpanel.h"

#include "gui/common/typography.h"
#include "gui/common/userfolders.h"
#include "gui/progress/chartexport.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 4);
    // Fit the columns to the rows around the visible ones, not to every row of a ten-year table.
    m_table->horizontalHeader()->setResizeContentsPrecision(kSizingRows);
    // Every column is in view: the widest ones give way (their text elided, whole in the tooltip)
    // rather than the table growing a horizontal scroll bar.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    m_table->installEventFilter(this);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(model, &QAbstractItemModel::modelReset, m_table, [this] {
        // The newest rows are what people look for first.
        if (m_table->model()->rowCount() > 0)
            m_table->scrollToBottom();
        fitColumns();
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

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

std::vector<int> ChartPanel::fitWidths(const std::vector<int>& wanted, int available)
{
    // Columns narrower than a fair share keep their width; the rest share what is left equally.
    std::vector<std::size_t> order(wanted.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return wanted[a] < wanted[b]; });
    std::vector<int> widths = wanted;
    int remaining = std::max(available, 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int share = remaining / static_cast<int>(order.size() - i);
        if (wanted[order[i]] <= share) {
            remaining -= wanted[order[i]];
            continue;
        }
        for (std::size_t j = i; j < order.size(); ++j)
            widths[order[j]] = share;
        break;
    }
    return widths;
}

void ChartPanel::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int count = header->count();
    if (count == 0 || !m_table->isVisible())
        return;
    // QTableView narrows the access of this QAbstractItemView function; the base one is public.
    const QAbstractItemView* items = m_table;
    const QFontMetrics metrics = header->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2;
    std::vector<int> needed; // the cells and the longest word of the header (headers wrap)
    std::vector<int> whole; // the cells and the header on one line
    for (int column = 0; column < count; ++column) {
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        int word = 0;
        for (const QString& part : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, metrics.horizontalAdvance(part));
        needed.push_back(std::max({items->sizeHintForColumn(column), word + padding, header->minimumSectionSize()}));
        whole.push_back(std::max(needed.back(), header->sectionSizeHint(column)));
    }
    // What the cells and a wrapped header need comes first; the widest columns (names, changes)
    // give way when even that does not fit, their text elided and whole in the tooltip. Room left
    // over lets headers stand on one line.
    const int available = m_table->viewport()->width();
    const int neededTotal = std::accumulate(needed.begin(), needed.end(), 0);
    std::vector<int> widths;
    if (neededTotal <= available) {
        std::vector<int> extra;
        for (std::size_t i = 0; i < needed.size(); ++i)
            extra.push_back(whole[i] - needed[i]);
        widths = fitWidths(extra, available - neededTotal);
        for (std::size_t i = 0; i < needed.size(); ++i)
            widths[i] += needed[i];
    } else {
        widths = fitWidths(needed, available);
    }
    int lines = metrics.height();
    for (int column = 0; column < count; ++column) {
        const int width = std::max(widths[static_cast<std::size_t>(column)], header->minimumSectionSize());
        header->resizeSection(column, width);
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        lines = std::max(lines,
            metrics.boundingRect(QRect(0, 0, std::max(width - padding, 1), 10000), Qt::TextWordWrap, title).height());
    }
    // The header grows to its most wrapped title.
    header->setFixedHeight(lines + metrics.height() / 2 + 4);
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
    QString name = m_title.toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    return UserFolders::inDocuments(QStringLiteral("keel-%1.%2").arg(name, extension));
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
