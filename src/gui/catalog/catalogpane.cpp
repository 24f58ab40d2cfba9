// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catalog/catalogpane.h"

#include "gui/catalog/catalogfiltermodel.h"
#include "gui/catalog/catalogmodel.h"
#include "gui/catalog/exercisedetailview.h"
#include "gui/common/emptystatelabel.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/tableviews.h"
#include "gui/logbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace keel::gui {

namespace {

enum class EquipmentFilter { All, Owned };

QComboBox* comboBox(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template<typename T> std::optional<T> selected(const QComboBox* combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid())
        return std::nullopt;
    return static_cast<T>(value.toInt());
}

} // namespace

CatalogPane::CatalogPane(Logbook& logbook, QWidget* parent)
    : QWidget(parent)
    , m_logbook(logbook)
    , m_model(new CatalogModel(logbook.catalog(), this))
    , m_filter(new CatalogFilterModel(this))
{
    m_filter->setCatalogModel(m_model);
    m_filter->sort(CatalogModel::PatternColumn);

    auto* layout = new QVBoxLayout(this);
    buildFilters();
    auto* filterGrid = new QGridLayout;
    const auto addLabelled = [this, filterGrid](int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filterGrid->addWidget(label, 0, column);
        filterGrid->addWidget(field, 1, column);
    };
    addLabelled(0, tr("&Search"), m_search);
    addLabelled(1, tr("&Pattern"), m_pattern);
    addLabelled(2, tr("F&ocus"), m_focus);
    addLabelled(3, tr("&Level"), m_level);
    addLabelled(4, tr("E&quipment"), m_equipment);
    filterGrid->addWidget(m_flareUpSafe, 1, 5);
    filterGrid->addWidget(m_clear, 1, 6);
    filterGrid->setColumnStretch(0, 1);
    layout->addLayout(filterGrid);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("exerciseTableView"));
    m_table->setAccessibleName(tr("Exercises"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogModel::PatternColumn, Qt::AscendingOrder);
    TableViews::makeCompact(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogModel::EquipmentColumn, QHeaderView::Interactive);
    m_table->viewport()->installEventFilter(this);
    for (const int column : {CatalogModel::PatternColumn, CatalogModel::FocusColumn, CatalogModel::LevelColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_empty = new EmptyStateLabel(this);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    m_detail = new ExerciseDetailView(logbook.catalog(), this);
    m_detail->setObjectName(QStringLiteral("detailTextBrowser"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPane::showCurrent);
    connect(m_detail, &ExerciseDetailView::exerciseRequested, this, &CatalogPane::selectExercise);
    connect(&m_logbook, &Logbook::profileChanged, this, &CatalogPane::profileChanged);
    profileChanged();
    updateEmptyState();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, CatalogModel::NameColumn));
}

bool CatalogPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void CatalogPane::fitColumns()
{
    // The name is what a person scans for, and it is the longest in some languages: what is left
    // beside pattern, focus and level goes to it first, and equipment takes at most two fifths,
    // elided with its whole text in the tooltip.
    QHeaderView* header = m_table->horizontalHeader();
    int fixed = 0;
    for (const int column : {CatalogModel::PatternColumn, CatalogModel::FocusColumn, CatalogModel::LevelColumn})
        fixed += header->sectionSize(column);
    const int room = std::max(m_table->viewport()->width() - fixed, 0);
    // QTableView narrows the access of this QAbstractItemView function; the base one is public.
    const QAbstractItemView* items = m_table;
    const int equipment = std::min(items->sizeHintForColumn(CatalogModel::EquipmentColumn), room * 2 / 5);
    header->resizeSection(CatalogModel::EquipmentColumn, std::max(equipment, header->minimumSectionSize()));
}

void CatalogPane::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Name, cue or tag, e.g. “bridge” or “desk”"));
    m_search->setClearButtonEnabled(true);

    m_pattern = comboBox(QStringLiteral("patternComboBox"), this);
    m_pattern->addItem(tr("All patterns"));
    for (const core::Pattern pattern : core::allPatterns())
        m_pattern->addItem(Labels::pattern(pattern), static_cast<int>(pattern));

    m_focus = comboBox(QStringLiteral("focusComboBox"), this);
    m_focus->addItem(tr("Any focus"));
    for (const core::Focus focus : {core::Focus::Hip, core::Focus::Thoracic, core::Focus::Spine})
        m_focus->addItem(Labels::focus(focus), static_cast<int>(focus));

    m_level = comboBox(QStringLiteral("levelComboBox"), this);
    m_level->addItem(tr("Any level"));
    int topLevel = 0;
    for (const core::Exercise& exercise : m_logbook.catalog().exercises())
        topLevel = std::max(topLevel, exercise.level);
    for (int level = 1; level <= topLevel; ++level)
        m_level->addItem(tr("Level %1").arg(level), level);

    m_equipment = comboBox(QStringLiteral("equipmentComboBox"), this);
    m_equipment->addItem(tr("Any equipment"), static_cast<int>(EquipmentFilter::All));
    m_equipment->addItem(tr("Equipment I own"), static_cast<int>(EquipmentFilter::Owned));
    // Then every piece the catalog uses, by name, to find what a kettlebell (say) is good for.
    std::set<std::string, std::less<>> pieces;
    for (const core::Exercise& exercise : m_logbook.catalog().exercises()) {
        for (const core::EquipmentChoice& choice : exercise.equipment)
            pieces.insert(choice.begin(), choice.end());
    }
    QList<QPair<QString, QString>> named;
    for (const std::string& piece : pieces)
        named.append({Labels::equipment(piece), QString::fromStdString(piece)});
    std::sort(named.begin(), named.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    if (!named.isEmpty())
        m_equipment->insertSeparator(m_equipment->count());
    for (const auto& [label, key] : named)
        m_equipment->addItem(label, key);

    m_flareUpSafe = new QCheckBox(tr("Flare-up safe only"), this);
    m_flareUpSafe->setObjectName(QStringLiteral("flareUpCheckBox"));
    m_flareUpSafe->setToolTip(tr("Only exercises gentle enough for a bad back day"));

    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));

    connect(m_search, &QLineEdit::textChanged, this, &CatalogPane::applyFilters);
    for (QComboBox* combo : {m_pattern, m_focus, m_level, m_equipment})
        connect(combo, &QComboBox::currentIndexChanged, this, &CatalogPane::applyFilters);
    connect(m_flareUpSafe, &QCheckBox::toggled, this, &CatalogPane::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &CatalogPane::clearFilters);
}

void CatalogPane::applyFilters()
{
    const QString current
        = m_table->currentIndex().siblingAtColumn(CatalogModel::NameColumn).data(CatalogModel::IdRole).toString();
    m_filter->setSearchText(m_search->text());
    m_filter->setPattern(selected<core::Pattern>(m_pattern));
    m_filter->setFocus(selected<core::Focus>(m_focus));
    m_filter->setLevel(selected<int>(m_level));
    m_filter->setFlareUpSafeOnly(m_flareUpSafe->isChecked());
    const QVariant equipment = m_equipment->currentData();
    const bool piece = equipment.typeId() == QMetaType::QString;
    m_filter->setRequiredEquipment(piece ? std::optional(equipment.toString().toStdString()) : std::nullopt);
    const bool ownedOnly = !piece && selected<EquipmentFilter>(m_equipment) == EquipmentFilter::Owned;
    if (ownedOnly && m_logbook.profile())
        m_filter->setOwnedEquipment(m_logbook.profile()->equipment);
    else if (ownedOnly)
        m_filter->setOwnedEquipment(CatalogFilterModel::Owned {});
    else
        m_filter->setOwnedEquipment(std::nullopt);
    updateEmptyState();
    keepSelection(current);
}

void CatalogPane::keepSelection(const QString& exerciseId)
{
    // The exercise being read stays selected while it passes the filters; otherwise the first
    // row, so the details never describe an exercise the list no longer shows.
    const int sourceRow = exerciseId.isEmpty() ? -1 : m_model->rowOf(exerciseId);
    QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, CatalogModel::NameColumn));
    if (!index.isValid() && m_filter->rowCount() > 0)
        index = m_filter->index(0, CatalogModel::NameColumn);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
}

void CatalogPane::clearFilters()
{
    const QSignalBlocker searchBlocker(m_search);
    m_search->clear();
    for (QComboBox* combo : {m_pattern, m_focus, m_level, m_equipment}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker flareUpBlocker(m_flareUpSafe);
    m_flareUpSafe->setChecked(false);
    applyFilters();
}

void CatalogPane::updateEmptyState()
{
    m_clear->setEnabled(m_filter->isFiltering());
    if (m_model->rowCount() == 0) {
        m_empty->setMessage(tr("The catalog is empty"),
            tr("Keel found no exercise files. Check that data/catalog is installed, or add your own files "
               "to catalog.d beside the database."));
        m_listStack->setCurrentWidget(m_empty);
    } else if (m_filter->rowCount() == 0) {
        m_empty->setMessage(tr("No exercise matches"),
            Plural::of(tr("Try fewer words in the search, or press “Clear filters” to see all %n exercise(s).", nullptr,
                           m_model->rowCount()),
                m_model->rowCount()));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
}

void CatalogPane::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_detail->showExercise(current.data(CatalogModel::IdRole).toString());
}

void CatalogPane::profileChanged()
{
    const auto& profile = m_logbook.profile();
    m_detail->setUnits(UnitFormat(profile ? profile->units : core::Units::Kg));
    applyFilters();
}

void CatalogPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogPane::selectExercise(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex proxyIndex = m_filter->mapFromSource(m_model->index(sourceRow, CatalogModel::NameColumn));
    if (!proxyIndex.isValid()) {
        clearFilters();
        proxyIndex = m_filter->mapFromSource(m_model->index(sourceRow, CatalogModel::NameColumn));
    }
    m_table->setCurrentIndex(proxyIndex);
    m_table->scrollTo(proxyIndex);
    m_detail->showExercise(id);
}

QString CatalogPane::currentExerciseId() const
{
    return m_detail->exerciseId();
}

} // namespace keel::gui
