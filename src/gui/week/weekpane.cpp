// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekpane.h"

#include "core/plan/handedits.h"
#include "gui/commands/movesessioncommand.h"
#include "gui/commands/regenerateweekcommand.h"
#include "gui/commands/swapexercisecommand.h"
#include "gui/commands/undopush.h"
#include "gui/common/accessibility.h"
#include "gui/common/emptystatelabel.h"
#include "gui/common/errorwords.h"
#include "gui/common/kindstyle.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"
#include "gui/common/typography.h"
#include "gui/logbook.h"
#include "gui/week/swapalternatives.h"
#include "gui/week/weekdayview.h"
#include "gui/week/weekmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringList>
#include <QVBoxLayout>

#include <exception>

namespace keel::gui {

namespace {

constexpr long kDaysPerWeek = 7;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

WeekPane::WeekPane(Logbook& logbook, QWidget* parent)
    : QWidget(parent)
    , m_logbook(logbook)
    , m_model(new WeekModel(logbook.catalog(), this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_weekLabel(new QLabel(this))
    , m_flags(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_today(new QPushButton(tr("&This week"), this))
    , m_next(new QPushButton(tr("Ne&xt ▶"), this))
    , m_swap(new QPushButton(tr("&Swap exercise…"), this))
    , m_generate(new QPushButton(tr("Ge&nerate week"), this))
    , m_regenerate(new QPushButton(tr("&Regenerate week"), this))
    , m_grid(new QWidget(this))
    , m_empty(new EmptyStateLabel(this))
    , m_notes(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_status(new QLabel(this))
{
    buildLayout();
    connect(m_previous, &QPushButton::clicked, this, &WeekPane::previousWeek);
    connect(m_today, &QPushButton::clicked, this, &WeekPane::thisWeek);
    connect(m_next, &QPushButton::clicked, this, &WeekPane::nextWeek);
    connect(m_swap, &QPushButton::clicked, this, &WeekPane::openSwapMenu);
    m_confirm = [this](const QString& message) {
        QMessageBox box(QMessageBox::Question, tr("Plan the week again?"), message, QMessageBox::Cancel, this);
        QPushButton* replan = box.addButton(tr("&Plan again"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == replan;
    };
    connect(m_generate, &QPushButton::clicked, this, &WeekPane::generate);
    connect(m_regenerate, &QPushButton::clicked, this, &WeekPane::generate);
    connect(m_selection, &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showDetail(current); });
    connect(m_model, &WeekModel::sessionMoveRequested, this,
        [this](qint64 sessionId, core::Date /*from*/, core::Date to) { moveSession(sessionId, to); });
    connect(&m_logbook, &Logbook::planChanged, this, &WeekPane::reload);
    connect(&m_logbook, &Logbook::logChanged, this, &WeekPane::reload);
    connect(&m_logbook, &Logbook::profileChanged, this, &WeekPane::thisWeek);
    thisWeek();
}

void WeekPane::buildLayout()
{
    m_weekLabel->setFont(Typography::title(m_weekLabel->font()));
    Accessibility::describe(m_previous, tr("Previous week"));
    Accessibility::describe(m_today, tr("This week"));
    Accessibility::describe(m_next, tr("Next week"));
    Accessibility::describe(m_swap, tr("Swap exercise"),
        tr("Swaps the selected exercise for another of the same pattern and rung that your equipment allows"));
    Accessibility::describe(m_generate, tr("Generate week"), tr("Plans the week shown from your profile"));
    Accessibility::describe(
        m_regenerate, tr("Regenerate week"), tr("Plans the week shown again; what you have logged stays as it is"));
    for (QPushButton* button : {m_previous, m_today, m_next, m_swap, m_generate, m_regenerate})
        button->setAutoDefault(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(m_weekLabel->fontMetrics().height());
    bar->addWidget(m_weekLabel);
    bar->addWidget(m_flags);
    bar->addStretch(1);

    // The actions sit beside the status line, so the week's title keeps the top row to itself.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_swap);
    actions->addWidget(m_generate);
    actions->addWidget(m_regenerate);

    auto* grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(m_weekLabel->fontMetrics().height() / 3);
    for (int day = 0; day < WeekModel::kDays; ++day) {
        auto* header = new QLabel(m_grid);
        header->setAlignment(Qt::AlignCenter);
        header->setTextFormat(Qt::RichText);
        header->setAutoFillBackground(true);
        header->setMargin(header->fontMetrics().height() / 5);
        auto* view = new WeekDayView(m_grid);
        view->setObjectName(QStringLiteral("weekDay%1").arg(day));
        view->setModel(m_model);
        QItemSelectionModel* own = view->selectionModel();
        view->setSelectionModel(m_selection);
        delete own;
        header->setBuddy(view);
        connect(view, &WeekDayView::contextMenuRequested, this, &WeekPane::showContextMenu);
        grid->addWidget(header, 0, day);
        grid->addWidget(view, 1, day);
        grid->setColumnStretch(day, 1);
        m_headers[static_cast<std::size_t>(day)] = header;
        m_views[static_cast<std::size_t>(day)] = view;
    }
    grid->setRowStretch(1, 1);

    m_notes->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("Details of the selection"));
    m_detail->setMargin(m_detail->fontMetrics().height() / 3);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::StyledPanel);
    detailScroll->setAccessibleName(tr("Details of the selection"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_grid, 1);
    topLayout->addWidget(m_empty, 1);
    topLayout->addWidget(m_notes);
    splitter->addWidget(top);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // Room for a title, the prescription, the progress and a two-line reason.
    detailScroll->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 7);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
}

core::Weekday WeekPane::weekStartDay() const
{
    const auto& profile = m_logbook.profile();
    return profile ? profile->weekStart : core::Weekday::Monday;
}

void WeekPane::showWeekOf(core::Date date)
{
    m_weekStart = date.startOfWeek(weekStartDay());
    m_selection->clearCurrentIndex();
    reload();
}

void WeekPane::previousWeek()
{
    showWeekOf(m_weekStart.addDays(-kDaysPerWeek));
}

void WeekPane::nextWeek()
{
    showWeekOf(m_weekStart.addDays(kDaysPerWeek));
}

void WeekPane::thisWeek()
{
    showWeekOf(m_logbook.today());
}

void WeekPane::reload()
{
    const QModelIndex current = m_selection->currentIndex();
    const qint64 itemId = current.data(WeekModel::ItemIdRole).toLongLong();
    const qint64 sessionId = current.data(WeekModel::SessionIdRole).toLongLong();

    WeekContent content;
    content.weekStart = m_weekStart;
    try {
        content = WeekContent::load(m_logbook.database(), m_weekStart);
    } catch (const std::exception& error) {
        showStatus(ErrorWords::text(error, &m_logbook.catalog()), true);
    }
    const auto& profile = m_logbook.profile();
    m_model->setContent(std::move(content), UnitFormat(profile ? profile->units : core::Units::Kg), m_logbook.today());
    for (int row = 0; row < WeekModel::kDays; ++row)
        dayView(row)->showDay(row);

    QModelIndex restored;
    if (itemId != 0)
        restored = m_model->itemIndex(itemId);
    if (!restored.isValid() && sessionId != 0)
        restored = m_model->sessionIndex(sessionId);
    if (restored.isValid())
        m_selection->setCurrentIndex(restored, QItemSelectionModel::ClearAndSelect);
    else
        showDetail({});
    updateHeaders();
}

void WeekPane::updateHeaders()
{
    const WeekContent& content = m_model->content();
    const core::Date last = m_weekStart.addDays(kDaysPerWeek - 1);
    m_weekLabel->setText(
        tr("%1 – %2").arg(PrescriptionText::dayAndDate(m_weekStart), PrescriptionText::dayAndDate(last)));
    QStringList flags;
    if (content.plan && content.plan->recovery)
        flags << tr("Recovery week: one set fewer");
    if (content.plan && content.plan->flareUp)
        flags << tr("Flare-up mode: gentle exercises only");
    m_flags->setText(flags.join(QStringLiteral(" · ")));
    m_flags->setVisible(!flags.isEmpty());

    const QPalette& pal = palette();
    for (int day = 0; day < WeekModel::kDays; ++day) {
        const QModelIndex index = m_model->index(day, WeekModel::TitleColumn);
        const core::Date date = m_weekStart.addDays(day);
        const bool today = date == m_logbook.today();
        QLabel* header = m_headers[static_cast<std::size_t>(day)];
        // Today is said in words as well as marked by colour.
        header->setText(QStringLiteral("<b>%1</b><br>%2")
                            .arg(escaped(Labels::weekday(date.weekday(), true)),
                                escaped(today ? tr("%1 · today").arg(PrescriptionText::shortDate(date))
                                              : PrescriptionText::shortDate(date))));
        QPalette headerPalette = pal;
        headerPalette.setColor(
            QPalette::Window, today ? PaletteColors::markBackground(pal) : pal.color(QPalette::Window));
        header->setPalette(headerPalette);
        dayView(day)->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
    }

    const bool planned = content.plan.has_value();
    const bool past = m_weekStart < m_logbook.today().startOfWeek(weekStartDay());
    const bool profile = m_logbook.profile().has_value();
    m_generate->setEnabled(profile && !planned && !past);
    m_regenerate->setEnabled(profile && planned && !past);
    m_grid->setVisible(planned);
    m_empty->setVisible(!planned);
    if (!planned) {
        QString advice
            = tr("Press Generate week to get strength, mobility and walking sessions that fit your profile.");
        if (past)
            advice = tr("This week is in the past and was never planned. Press This week to return.");
        else if (!profile)
            advice = tr("Set up your profile in Settings first; then the week can be planned.");
        m_empty->setMessage(tr("No plan for this week"), advice);
    }
    QStringList notes;
    if (planned) {
        for (const core::Reason& note : content.plan->notes)
            notes << ReasonWords::text(note, &m_logbook.catalog());
    }
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

QString WeekPane::detailText() const
{
    return m_detail->text();
}

QString WeekPane::statusText() const
{
    return m_status->text();
}

void WeekPane::showDetail(const QModelIndex& index)
{
    const QString muted = PaletteColors::css(PaletteColors::mutedText(palette()));
    const bool planned = m_model->content().plan.has_value();
    const core::PlannedItem* item = m_model->itemAt(index);
    const core::PlannedSession* session = m_model->sessionAt(index);
    if (item) {
        const core::Exercise* exercise = m_logbook.catalog().find(item->exerciseId);
        QString text = QStringLiteral("<p><b>%1</b>").arg(escaped(m_model->exerciseName(*item)));
        if (exercise) {
            text += QStringLiteral(" · %1").arg(
                escaped(tr("%1, rung %2").arg(Labels::pattern(exercise->pattern)).arg(exercise->level)));
        }
        if (item->warmUp)
            text += QStringLiteral(" · %1").arg(escaped(tr("warm-up")));
        text
            += QStringLiteral(" · %1</p>")
                   .arg(escaped(tr("%1 on %2")
                                    .arg(KindStyle::name(session->kind), PrescriptionText::dayAndDate(session->date))));
        text += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(escaped(tr("Planned: %1").arg(index.data(WeekModel::PrescriptionRole).toString())),
                        escaped(tr("Done: %1").arg(index.data(WeekModel::ProgressRole).toString())));
        text += QStringLiteral("<p>%1</p>").arg(escaped(tr("Why: %1").arg(m_model->reasonText(*item))));
        if (exercise)
            text += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(muted, escaped(Labels::fromUtf8(m_logbook.catalog().texts(*exercise).summary)));
        m_detail->setText(text);
    } else if (session) {
        QString text
            = QStringLiteral("<p><b>%1</b> · %2</p><ul>")
                  .arg(escaped(tr("%1 on %2")
                                   .arg(KindStyle::name(session->kind), PrescriptionText::dayAndDate(session->date))),
                      escaped(index.data(WeekModel::ProgressRole).toString()));
        for (const core::PlannedItem& part : session->items) {
            text += QStringLiteral("<li><b>%1</b>: %2<br><span style='color:%3'>%4</span></li>")
                        .arg(escaped(m_model->exerciseName(part)),
                            escaped(PrescriptionText::prescription(part, m_model->units())), muted,
                            escaped(m_model->reasonText(part)));
        }
        text += QStringLiteral("</ul>");
        if (!index.data(WeekModel::LoggedRole).toBool())
            text += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(muted,
                            escaped(tr("Drag the session to another day, or use its context menu, to move it.")));
        m_detail->setText(text);
    } else if (planned) {
        m_detail->setText(QStringLiteral("<p style='color:%1'>%2</p>")
                              .arg(muted,
                                  escaped(tr("Select a session or an exercise to see what is planned and "
                                             "why. Drag a session to another day to move it; right-click "
                                             "an exercise to swap it."))));
    } else {
        m_detail->setText(
            QStringLiteral("<p style='color:%1'>%2</p>").arg(muted, escaped(tr("Nothing planned for this week."))));
    }
    const bool swappable = item && !index.data(WeekModel::LoggedRole).toBool();
    m_swap->setEnabled(swappable);
}

void WeekPane::showContextMenu(const QModelIndex& index, const QPoint& globalPosition)
{
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    if (const core::PlannedItem* item = m_model->itemAt(index)) {
        fillSwapMenu(menu.addMenu(tr("&Swap for")), item->id);
    } else if (const core::PlannedSession* session = m_model->sessionAt(index)) {
        fillMoveMenu(menu.addMenu(tr("&Move to")), session->id);
    } else {
        return;
    }
    menu.exec(globalPosition);
}

void WeekPane::fillSwapMenu(QMenu* menu, std::int64_t itemId)
{
    const QModelIndex index = m_model->itemIndex(itemId);
    if (index.data(WeekModel::LoggedRole).toBool()) {
        menu->addAction(tr("Already logged: it stays as done"))->setEnabled(false);
        return;
    }
    const std::vector<const core::Exercise*> alternatives = swapAlternatives(itemId);
    if (alternatives.empty()) {
        menu->addAction(tr("No other exercise at this rung fits your equipment"))->setEnabled(false);
        return;
    }
    for (const core::Exercise* exercise : alternatives) {
        const std::string id = exercise->id;
        const core::ExerciseTexts texts = m_logbook.catalog().texts(*exercise);
        QAction* action = menu->addAction(Labels::fromUtf8(texts.name));
        action->setToolTip(Labels::fromUtf8(texts.summary));
        connect(action, &QAction::triggered, this, [this, itemId, id] { swapExercise(itemId, id); });
    }
}

void WeekPane::fillMoveMenu(QMenu* menu, std::int64_t sessionId)
{
    const QModelIndex index = m_model->sessionIndex(sessionId);
    if (index.data(WeekModel::LoggedRole).toBool()) {
        menu->addAction(tr("Already logged: it stays on its day"))->setEnabled(false);
        return;
    }
    const core::Date from = m_model->dateAt(index);
    for (int day = 0; day < WeekModel::kDays; ++day) {
        const core::Date to = m_weekStart.addDays(day);
        if (to == from)
            continue;
        QAction* action = menu->addAction(PrescriptionText::dayAndDate(to));
        connect(action, &QAction::triggered, this, [this, sessionId, to] { moveSession(sessionId, to); });
    }
}

void WeekPane::openSwapMenu()
{
    const core::PlannedItem* item = m_model->itemAt(m_selection->currentIndex());
    if (!item)
        return;
    QMenu menu(this);
    fillSwapMenu(&menu, item->id);
    menu.exec(m_swap->mapToGlobal(QPoint(0, m_swap->height())));
}

std::vector<const core::Exercise*> WeekPane::swapAlternatives(std::int64_t itemId) const
{
    const core::PlannedItem* item = m_model->itemAt(m_model->itemIndex(itemId));
    const auto& profile = m_logbook.profile();
    if (!item || !profile)
        return {};
    const core::Exercise* current = m_logbook.catalog().find(item->exerciseId);
    if (!current)
        return {};
    return SwapAlternatives::of(m_logbook.catalog(), *current, *profile);
}

void WeekPane::moveSession(std::int64_t sessionId, core::Date to)
{
    const core::PlannedSession* session = m_model->sessionAt(m_model->sessionIndex(sessionId));
    if (!session || session->date == to)
        return;
    const QString what = tr("Move %1 from %2 to %3")
                             .arg(KindStyle::name(session->kind), PrescriptionText::dayAndDate(session->date),
                                 PrescriptionText::dayAndDate(to));
    if (push(new MoveSessionCommand(m_logbook, sessionId, to, what)))
        showStatus(tr("Saved: %1").arg(what), false);
}

void WeekPane::swapExercise(std::int64_t itemId, const std::string& exerciseId)
{
    const core::PlannedItem* item = m_model->itemAt(m_model->itemIndex(itemId));
    if (!item || item->exerciseId == exerciseId)
        return;
    const QString what
        = tr("Swap %1 for %2")
              .arg(m_model->exerciseName(*item), PrescriptionText::exerciseName(m_logbook.catalog(), exerciseId));
    if (push(new SwapExerciseCommand(m_logbook, itemId, exerciseId, what)))
        showStatus(tr("Saved: %1").arg(what), false);
}

void WeekPane::generate()
{
    if (m_model->content().plan) {
        const int edits = core::handEdits(*m_model->content().plan);
        if (edits > 0
            && !m_confirm(Plural::of(tr("This week has %n change(s) you made by hand (moved sessions, swapped "
                                        "exercises). Planning it again replaces them.",
                                         nullptr, edits),
                edits)))
            return;
        if (push(new RegenerateWeekCommand(m_logbook, m_weekStart)))
            showStatus(edits > 0 ? tr("Saved: the week was planned again; Undo brings your changes back")
                                 : tr("Saved: the week was planned again; logged items are kept"),
                false);
        return;
    }
    try {
        m_logbook.planWeeks(m_weekStart, 1);
        showStatus(tr("Saved: the week is planned"), false);
    } catch (const std::exception& error) {
        showStatus(ErrorWords::text(error, &m_logbook.catalog()), true);
    }
}

bool WeekPane::push(QUndoCommand* command)
{
    QString error;
    if (UndoPush::push(m_logbook, command, &error))
        return true;
    showStatus(error, true);
    return false;
}

void WeekPane::showStatus(const QString& message, bool error)
{
    const QString text = error ? tr("Not saved: %1").arg(message) : message;
    m_status->setText(text);
    const QColor color = error ? PaletteColors::warning(palette()) : PaletteColors::positive(palette());
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(PaletteColors::css(color)));
}

} // namespace keel::gui
