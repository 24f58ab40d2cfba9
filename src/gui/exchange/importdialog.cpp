// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exchange/importdialog.h"

#include "core/exchange/exchangeerror.h"
#include "core/exchange/exercisematcher.h"
#include "core/store/importrepository.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"
#include "gui/logbook.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace keel::gui {

namespace {

enum Column { NameColumn, SetsColumn, MappingColumn, ColumnCount };

QString formatName(core::ImportFormat format)
{
    switch (format) {
    case core::ImportFormat::Strong:
        return QStringLiteral("Strong");
    case core::ImportFormat::Hevy:
        return QStringLiteral("Hevy");
    case core::ImportFormat::FitNotes:
        return QStringLiteral("FitNotes");
    case core::ImportFormat::Gpx:
        return QCoreApplication::translate("ImportDialog", "GPX walks");
    case core::ImportFormat::Json:
        return QCoreApplication::translate("ImportDialog", "Keel backup");
    }
    return {};
}

QString unitName(core::Units units)
{
    return units == core::Units::Kg ? QCoreApplication::translate("ImportDialog", "kilograms (distances in km)")
                                    : QCoreApplication::translate("ImportDialog", "pounds (distances in miles)");
}

} // namespace

QString ImportDialog::fileError(const QString& path, const core::ExchangeError& error)
{
    const QString reason = ReasonWords::text(error.reason(), nullptr);
    return error.line() > 0 ? tr("%1:%2: %3").arg(path, QString::number(error.line()), reason)
                            : tr("%1: %2").arg(path, reason);
}

bool ImportDialog::readFile(const QString& path, std::string& text, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1: %2 MiB; no export Keel reads is that large").arg(path).arg(file.size() >> 20);
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    text.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return true;
}

core::Units ImportDialog::guessUnits(const Logbook& logbook)
{
    if (logbook.profile())
        return logbook.profile()->units;
    return QLocale::system().measurementSystem() == QLocale::MetricSystem ? core::Units::Kg : core::Units::Lb;
}

ImportDialog::ImportDialog(Logbook& logbook, const QString& path, std::string text, QWidget* parent)
    : QDialog(parent)
    , m_logbook(logbook)
    , m_path(path)
    , m_text(std::move(text))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setObjectName(QStringLiteral("importDialog"));
    m_remembered = core::ImportRepository(logbook.database()).mappings();

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (const auto format :
        {core::ImportFormat::Strong, core::ImportFormat::Hevy, core::ImportFormat::FitNotes, core::ImportFormat::Gpx})
        m_format->addItem(formatName(format), static_cast<int>(format));
    form->addRow(tr("&Format:"), m_format);
    m_units = new QComboBox(this);
    m_units->setObjectName(QStringLiteral("unitsComboBox"));
    m_units->addItem(unitName(core::Units::Kg), static_cast<int>(core::Units::Kg));
    m_units->addItem(unitName(core::Units::Lb), static_cast<int>(core::Units::Lb));
    m_units->setCurrentIndex(guessUnits(logbook) == core::Units::Kg ? 0 : 1);
    m_unitsLabel = new QLabel(tr("&Weights in:"), this);
    m_unitsLabel->setBuddy(m_units);
    form->addRow(m_unitsLabel, m_units);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, PaletteColors::warning(palette()));
    m_errorLabel->setPalette(warning);
    layout->addWidget(m_errorLabel);

    m_namesLabel = new QLabel(this);
    m_namesLabel->setWordWrap(true);
    layout->addWidget(m_namesLabel);
    m_names = new QTableWidget(0, ColumnCount, this);
    m_names->setObjectName(QStringLiteral("namesTable"));
    m_names->setHorizontalHeaderLabels({tr("Name in the file"), tr("Sets"), tr("Record as")});
    m_names->verticalHeader()->hide();
    m_names->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setSectionResizeMode(SetsColumn, QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setSectionResizeMode(MappingColumn, QHeaderView::Stretch);
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_namesLabel->setBuddy(m_names);
    layout->addWidget(m_names, 1);

    m_skippedLabel = new QLabel(this);
    layout->addWidget(m_skippedLabel);
    m_skipped = new QListWidget(this);
    m_skipped->setObjectName(QStringLiteral("skippedList"));
    m_skippedLabel->setBuddy(m_skipped);
    layout->addWidget(m_skipped);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // The format the header says, when it says one; otherwise the error and a choice of format.
    try {
        const core::ImportFormat detected = core::Importer::detect(m_text);
        if (detected == core::ImportFormat::Json)
            m_error = tr("%1: a Keel backup; restore it with “keel-cli import %1” (add --merge to add its logs "
                         "to this logbook)")
                          .arg(m_path);
        else
            m_format->setCurrentIndex(m_format->findData(static_cast<int>(detected)));
    } catch (const core::ExchangeError& error) {
        m_error = fileError(m_path, error);
    }
    if (m_error.isEmpty())
        reread();
    else
        showPreview();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_units, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30)));
}

core::Units ImportDialog::assumedUnits() const
{
    return static_cast<core::Units>(m_units->currentData().toInt());
}

void ImportDialog::reread()
{
    m_error.clear();
    m_source.reset();
    m_preview.reset();
    try {
        core::ReadOptions options;
        options.units = assumedUnits();
        m_source
            = core::Importer::read(m_text, static_cast<core::ImportFormat>(m_format->currentData().toInt()), options);
        m_preview = core::Importer::plan(
            *m_source, core::ExerciseMatcher(m_logbook.catalog(), m_remembered), m_logbook.today());
    } catch (const core::ExchangeError& error) {
        m_error = fileError(m_path, error);
        m_source.reset();
    }
    showPreview();
}

void ImportDialog::showPreview()
{
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    const bool unitsAsked = m_preview && m_preview->preview.unitsAssumed;
    m_units->setVisible(unitsAsked);
    m_unitsLabel->setVisible(unitsAsked);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
    if (!m_preview) {
        m_summary->setText(m_error.isEmpty() ? QString() : tr("Nothing will be imported."));
        m_names->setRowCount(0);
        m_names->hide();
        m_namesLabel->hide();
        m_skipped->clear();
        m_skipped->hide();
        m_skippedLabel->hide();
        return;
    }
    const core::ImportPreview& preview = m_preview->preview;
    QStringList lines;
    lines << tr("<b>%1</b> (%2)")
                 .arg(formatName(preview.format).toHtmlEscaped(),
                     ReasonWords::text(preview.dialect, nullptr).toHtmlEscaped());
    if (preview.first)
        lines << tr("From %1 to %2")
                     .arg(PrescriptionText::shortDate(*preview.first), PrescriptionText::shortDate(*preview.last));
    else
        lines << tr("Nothing in the file can be imported.");
    QString contents = Plural::of(tr("%n workout(s)", nullptr, preview.workouts), preview.workouts)
        + QStringLiteral(", ") + Plural::of(tr("%n set(s)", nullptr, preview.sets), preview.sets);
    if (preview.warmUpSets > 0)
        contents += QStringLiteral(" ") + tr("(%1 warm-up)").arg(preview.warmUpSets);
    contents += QStringLiteral(", ") + Plural::of(tr("%n walk(s)", nullptr, preview.walks), preview.walks);
    lines << contents;
    if (preview.unitsAssumed) {
        lines << tr("The file does not say which unit its weights are in; they are read as %1, your usual unit. "
                    "Change it above if that is wrong.")
                     .arg(unitName(assumedUnits()));
    } else if (!preview.weightUnits.empty()) {
        QStringList units;
        for (const core::Units unit : preview.weightUnits)
            units << Labels::fromUtf8(core::toString(unit));
        lines << tr("Weights in %1, stored as kg.").arg(units.join(tr(" and ")));
    }
    if (!preview.matched.empty())
        lines << Plural::of(
            tr("%n exercise name(s) matched to the catalog.", nullptr, static_cast<int>(preview.matched.size())),
            static_cast<int>(preview.matched.size()));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    fillNames();

    m_skipped->clear();
    for (const core::SkippedRow& row : preview.skipped)
        m_skipped->addItem(
            tr("line %1: %2").arg(QString::number(row.line), ReasonWords::text(row.reason, &m_logbook.catalog())));
    m_skippedLabel->setText(
        Plural::of(tr("%n row(s) will be &skipped:", nullptr, static_cast<int>(preview.skipped.size())),
            static_cast<int>(preview.skipped.size())));
    m_skipped->setVisible(!preview.skipped.empty());
    m_skippedLabel->setVisible(!preview.skipped.empty());
}

void ImportDialog::fillNames()
{
    const auto& unmatched = m_preview->preview.unmatched;
    m_names->setRowCount(static_cast<int>(unmatched.size()));
    m_names->setVisible(!unmatched.empty());
    m_namesLabel->setVisible(!unmatched.empty());
    m_namesLabel->setText(
        tr("&Not in the catalog: each is kept under its own name unless you choose the exercise it is. "
           "Keel remembers the choice for the next import."));
    std::vector<const core::Exercise*> exercises;
    for (const core::Exercise& exercise : m_logbook.catalog().exercises())
        exercises.push_back(&exercise);
    PrescriptionText::sortByName(m_logbook.catalog(), exercises);
    for (int row = 0; row < static_cast<int>(unmatched.size()); ++row) {
        const core::UnmatchedName& name = unmatched[static_cast<std::size_t>(row)];
        const QString text = Labels::fromUtf8(name.name);
        auto* nameItem = new QTableWidgetItem(text);
        if (!name.reason.empty())
            nameItem->setToolTip(tr("Matched a catalog exercise, but these sets do not fit how it is measured: %1")
                                     .arg(ReasonWords::text(name.reason, &m_logbook.catalog())));
        m_names->setItem(row, NameColumn, nameItem);
        auto* sets = new QTableWidgetItem(QString::number(name.sets));
        sets->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_names->setItem(row, SetsColumn, sets);
        auto* mapping = new QComboBox(m_names);
        mapping->setObjectName(QStringLiteral("mappingComboBox"));
        mapping->setAccessibleName(tr("Record %1 as").arg(text));
        mapping->addItem(tr("Keep as “%1”").arg(text), QString());
        for (const core::Exercise* exercise : exercises)
            mapping->addItem(
                PrescriptionText::exerciseName(m_logbook.catalog(), *exercise), QString::fromStdString(exercise->id));
        const auto chosen = m_choices.find(name.name);
        if (chosen != m_choices.end())
            mapping->setCurrentIndex(std::max(0, mapping->findData(QString::fromStdString(chosen->second))));
        const std::string key = name.name;
        connect(mapping, &QComboBox::currentIndexChanged, this, [this, mapping, key] {
            const std::string id = mapping->currentData().toString().toStdString();
            if (id.empty())
                m_choices.erase(key);
            else
                m_choices[key] = id;
        });
        m_names->setCellWidget(row, MappingColumn, mapping);
    }
}

void ImportDialog::chooseMapping(const std::string& name, const std::string& exerciseId)
{
    if (!m_preview)
        return;
    const auto& unmatched = m_preview->preview.unmatched;
    for (int row = 0; row < static_cast<int>(unmatched.size()); ++row) {
        if (unmatched[static_cast<std::size_t>(row)].name != name)
            continue;
        auto* box = static_cast<QComboBox*>(m_names->cellWidget(row, MappingColumn));
        box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(exerciseId))));
    }
}

bool ImportDialog::canImport() const
{
    return m_preview && (m_preview->preview.sets > 0 || m_preview->preview.walks > 0);
}

std::map<std::string, std::string> ImportDialog::chosenMappings() const
{
    std::map<std::string, std::string> result;
    for (const auto& [name, id] : m_choices)
        result[core::ExerciseMatcher::normalise(name)] = id;
    return result;
}

core::ImportPlan ImportDialog::plan() const
{
    if (!m_source)
        return {};
    std::map<std::string, std::string> mappings = m_remembered;
    for (const auto& [name, id] : chosenMappings())
        mappings[name] = id;
    return core::Importer::plan(*m_source, core::ExerciseMatcher(m_logbook.catalog(), mappings), m_logbook.today());
}

} // namespace keel::gui
