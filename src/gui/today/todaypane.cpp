// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/todaypane.h"

#include "core/plan/itemprogress.h"
#include "core/records/personalrecords.h"
#include "core/store/logrepository.h"
#include "gui/commands/checkincommand.h"
#include "gui/commands/logsetscommand.h"
#include "gui/commands/logwalkcommand.h"
#include "gui/commands/undopassthrough.h"
#include "gui/commands/undopush.h"
#include "gui/common/accessibility.h"
#include "gui/common/emptystatelabel.h"
#include "gui/common/errorwords.h"
#include "gui/common/kindstyle.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/typography.h"
#include "gui/logbook.h"
#include "gui/today/checkinwidget.h"
#include "gui/today/itempanel.h"
#include "gui/today/recordtext.h"
#include "gui/today/resttimer.h"
#include "gui/today/setentrywidget.h"
#include "gui/today/todaymodel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace keel::gui {

namespace {

constexpr int kDefaultRestSeconds = 90;
constexpr int kDefaultWalkMinutes = 10;

// Everything logged before `today` can be beaten; today's earlier sets count as well.
core::Date firstLoggable()
{
    return core::Date::fromYmd(core::LogLimits::kMinYear, 1, 1);
}

// What was logged and, when one was typed, its note: the "Saved" line names all of it.
QString withNote(const QString& logged, const std::string& note)
{
    if (note.empty())
        return logged;
    return TodayPane::tr("%1 · note “%2”").arg(logged, QString::fromStdString(note));
}

} // namespace

TodayPane::TodayPane(Logbook& logbook, QWidget* parent)
    : QWidget(parent)
    , m_logbook(logbook)
    , m_model(new TodayModel(logbook.catalog(), this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_checkIn(new CheckInWidget(this))
    , m_emptyBox(new QWidget(this))
    , m_empty(new EmptyStateLabel(this))
    , m_emptyAction(new QPushButton(this))
    , m_planAction(new QPushButton(tr("&Plan this week"), this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTreeView(m_main))
    , m_panel(new ItemPanel(logbook.catalog(), m_main))
    , m_restTimer(new RestTimer(this))
    , m_walkSummary(new QLabel(this))
    , m_walkEntry(new SetEntryWidget(SetEntryWidget::Placement::WalkRow, this))
{
    buildLayout();
    UndoPassThrough::install(this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showCurrent(current); });
    connect(m_panel, &ItemPanel::logRequested, this, &TodayPane::logEnteredSet);
    connect(m_panel, &ItemPanel::doneAsPlannedRequested, this, &TodayPane::doneAsPlanned);
    connect(m_walkEntry, &SetEntryWidget::submitted, this, &TodayPane::logWalk);
    connect(m_checkIn, &CheckInWidget::submitted, this, &TodayPane::saveCheckIn);
    connect(m_emptyAction, &QPushButton::clicked, this, &TodayPane::showWeekRequested);
    connect(m_planAction, &QPushButton::clicked, this, &TodayPane::planThisWeek);
    connect(&m_logbook, &Logbook::logChanged, this, &TodayPane::reload);
    connect(&m_logbook, &Logbook::planChanged, this, &TodayPane::reload);
    connect(&m_logbook, &Logbook::profileChanged, this, &TodayPane::reload);
    connect(m_restTimer, &RestTimer::finished, &m_logbook, &Logbook::reportRestOver);
    reload();
}

void TodayPane::buildLayout()
{
    m_title->setFont(Typography::title(m_title->font()));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The last time is in the item panel; the list keeps to what fits beside it.
    m_view->setColumnHidden(TodayModel::LastTimeColumn, true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TodayModel::ExerciseColumn, QHeaderView::Stretch);
    // Sized to their contents on every reload (below) rather than by ResizeToContents, which
    // measures every row again on each layout pass.
    m_view->header()->setSectionResizeMode(TodayModel::PrescriptionColumn, QHeaderView::Fixed);
    m_view->header()->setSectionResizeMode(TodayModel::ProgressColumn, QHeaderView::Fixed);
    // The viewport, not the view: it is resized whenever the view's room changes, also when
    // the splitter first lays the pane out while the window is still being shown.
    m_view->viewport()->installEventFilter(this);
    Accessibility::describe(m_view, tr("Today's sessions"), tr("Select an exercise to log its sets"));

    Accessibility::describe(m_emptyAction, tr("Open the Week pane"));
    m_emptyAction->setText(tr("Open the &Week"));
    m_planAction->setObjectName(QStringLiteral("planWeekButton"));
    Accessibility::describe(m_planAction, tr("Plan this week"), tr("Generates this week's plan from your profile"));

    auto* right = new QWidget(m_main);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_panel->setParent(right);
    rightLayout->addWidget(m_panel);
    m_restTimer->setParent(right);
    rightLayout->addWidget(m_restTimer);
    rightLayout->addStretch(1);
    m_main->addWidget(m_view);
    m_main->addWidget(right);
    m_main->setChildrenCollapsible(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_checkIn);

    // The empty state: what is missing, and the one button that fixes it, together in the middle.
    auto* emptyLayout = new QVBoxLayout(m_emptyBox);
    emptyLayout->addStretch(1);
    m_empty->setParent(m_emptyBox);
    emptyLayout->addWidget(m_empty);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    m_emptyAction->setParent(m_emptyBox);
    m_planAction->setParent(m_emptyBox);
    emptyRow->addWidget(m_emptyAction);
    emptyRow->addWidget(m_planAction);
    emptyRow->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch(1);

    auto* walkBox = new QGroupBox(tr("Walk"), this);
    walkBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* walkLayout = new QVBoxLayout(walkBox);
    walkLayout->addWidget(m_walkSummary);
    m_walkEntry->setParent(walkBox);
    m_walkEntry->setObjectName(QStringLiteral("walkEntry"));
    walkLayout->addWidget(m_walkEntry);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_emptyBox, 1);
    layout->addWidget(m_main, 1);
    layout->addWidget(walkBox);
}

void TodayPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Split list and panel three to two once the real width is known, so exercise names that run
    // long (German ones do) fit beside their doses; left to its size hints the splitter gives the
    // panel's long lines everything and squeezes the list. The panel keeps its minimum width.
    if (!m_splitSet && m_main->width() > 0) {
        const int list = m_main->width() * 3 / 5;
        m_main->setSizes({list, m_main->width() - list});
        m_splitSet = true;
    }
}

bool TodayPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TodayPane::fitColumns()
{
    // "Planned" and "Done" fit their contents, but never so that the exercise names are cut to
    // nothing (a narrow window, 2x scale): the names keep about sixteen characters and the other
    // columns give way, elided like the names, with their whole text in the tooltip.
    QHeaderView* header = m_view->header();
    // QTreeView narrows the access of this QAbstractItemView function; the base one is public.
    const QAbstractItemView* items = m_view;
    const int planned = items->sizeHintForColumn(TodayModel::PrescriptionColumn);
    const int done = items->sizeHintForColumn(TodayModel::ProgressColumn);
    const int names = std::min(items->sizeHintForColumn(TodayModel::ExerciseColumn),
        m_view->fontMetrics().averageCharWidth() * kNameChars + m_view->indentation() * 2);
    const int room = std::max(m_view->viewport()->width() - names, 0);
    const double share
        = planned + done > room && planned + done > 0 ? static_cast<double>(room) / (planned + done) : 1.0;
    header->resizeSection(TodayModel::PrescriptionColumn, static_cast<int>(planned * share));
    header->resizeSection(TodayModel::ProgressColumn, static_cast<int>(done * share));
}

void TodayPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming to Today means logging: the keyboard starts in the next set's first field, unless
    // everything shown is done; then a stray Enter must not add a set, so the list has it.
    focusNextStep();
}

void TodayPane::focusNextStep()
{
    const core::DayEntry* shown = m_model->content().entry(m_panel->itemId());
    if (m_panel->isVisibleTo(this) && shown && !core::ItemProgress::isComplete(shown->item, shown->log))
        m_panel->setEntry()->focusEntry();
    else if (m_main->isVisibleTo(this))
        m_view->setFocus(Qt::OtherFocusReason);
}

void TodayPane::focusCheckIn()
{
    m_checkIn->focusEntry();
}

QString TodayPane::statusText() const
{
    return m_status->text();
}

int TodayPane::restSeconds() const
{
    const auto& profile = m_logbook.profile();
    return profile ? profile->restSeconds : kDefaultRestSeconds;
}

void TodayPane::reload()
{
    const auto& profile = m_logbook.profile();
    m_units = UnitFormat(profile ? profile->units : core::Units::Kg);
    const core::Date today = m_logbook.today();
    m_title->setText(tr("Today · %1, %2").arg(Labels::weekday(today.weekday()), PrescriptionText::shortDate(today)));

    core::DayView content;
    try {
        content = core::DayView::load(m_logbook.database(), today);
    } catch (const std::exception& error) {
        content.date = today;
        showError(ErrorWords::text(error, &m_logbook.catalog()));
    }
    const std::int64_t selected = m_panel->itemId();
    m_model->setContent(std::move(content), m_units);
    m_view->expandAll();
    fitColumns();

    const core::DayView& shown = m_model->content();
    if (shown.entry(selected))
        selectItem(selected);
    else if (const core::DayEntry* open = shown.firstOpenEntry())
        selectItem(open->item.id);
    else if (!shown.sessions.empty() && !shown.sessions.front().entries.empty())
        selectItem(shown.sessions.front().entries.front().item.id);
    m_checkIn->showCheckIn(shown.checkIn ? std::optional<int>(shown.checkIn->pain) : std::nullopt);
    updateEmptyState();
    updateWalkRow();
}

void TodayPane::selectItem(std::int64_t itemId)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // setCurrentIndex does not notify when the index is already current (after a reset the
    // model rows are new but may compare equal), so show the entry explicitly.
    showCurrent(index);
    m_view->scrollTo(index);
}

void TodayPane::showCurrent(const QModelIndex& current)
{
    QModelIndex index = current.siblingAtColumn(TodayModel::ExerciseColumn);
    if (index.isValid() && !m_model->entryAt(index) && m_model->rowCount(index) > 0)
        index = m_model->index(0, TodayModel::ExerciseColumn, index);
    const core::DayEntry* entry = m_model->entryAt(index);
    if (!entry || entry->item.id != m_extraArmedFor)
        m_extraArmedFor = 0;
    m_panel->setVisible(entry != nullptr);
    if (entry)
        m_panel->showEntry(*entry, m_model->content().date, m_units);
}

void TodayPane::updateEmptyState()
{
    const core::DayView& content = m_model->content();
    const bool nothingToday = content.sessions.empty();
    m_main->setVisible(!nothingToday);
    m_emptyBox->setVisible(nothingToday);
    m_emptyAction->setVisible(nothingToday && m_logbook.profile().has_value() && content.hasPlan);
    m_planAction->setVisible(nothingToday && m_logbook.profile().has_value() && !content.hasPlan);
    if (!nothingToday)
        return;
    if (!m_logbook.profile()) {
        m_empty->setMessage(tr("No profile yet"), tr("Set up your profile in Settings; Keel then plans your week."));
    } else if (!content.hasPlan) {
        m_empty->setMessage(tr("No plan for this week yet"),
            tr("Plan this week to see today's sessions here. A walk and the morning check-in can be logged "
               "below any time."));
    } else if (content.next) {
        m_empty->setMessage(tr("Nothing planned today"),
            tr("A rest day. Next: %1 on %2. A walk and the morning check-in can still be logged below.")
                .arg(KindStyle::name(content.next->kind), PrescriptionText::dayAndDate(content.next->date)));
    } else {
        m_empty->setMessage(
            tr("Nothing planned today"), tr("Nothing else is planned this week. The Week pane plans the next one."));
    }
}

void TodayPane::updateWalkRow()
{
    const core::DayView& content = m_model->content();
    int minutes = 0;
    for (const core::WalkEntry& walk : content.walks)
        minutes += walk.minutes;
    m_walkSummary->setText(content.walks.empty()
            ? tr("No walk logged today.")
            : Plural::of(tr("Walked today: %1 min in %n walk(s).", nullptr, static_cast<int>(content.walks.size())),
                static_cast<int>(content.walks.size()))
                  .arg(minutes));

    // A walk logged here counts towards today's planned walk while its minutes are not yet walked.
    if (const core::DayEntry* planned = content.openWalkItem()) {
        if (!m_walkEntry->holdsTypedEntry(planned->item.id, content.date))
            m_walkEntry->prepareWalk(
                content.date, planned->item.minutes ? planned->item.minutes->min : 0, planned->item.id);
        return;
    }
    if (m_walkEntry->holdsTypedEntry(std::nullopt, content.date))
        return;
    const auto& profile = m_logbook.profile();
    const int baseline
        = profile && profile->walkBaselineMinutes > 0 ? profile->walkBaselineMinutes : kDefaultWalkMinutes;
    m_walkEntry->prepareWalk(content.date, baseline, std::nullopt);
}

bool TodayPane::push(QUndoCommand* command)
{
    QString error;
    if (UndoPush::push(m_logbook, command, &error))
        return true;
    showError(error);
    return false;
}

void TodayPane::showSaved(const QString& what, const QString& records)
{
    // A new best is news: it leads the line rather than trailing after the numbers.
    const QString message = records.isEmpty() ? tr("Saved: %1").arg(what) : tr("Saved: %1 · ★ %2").arg(what, records);
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(PaletteColors::css(PaletteColors::positive(palette()))));
}

void TodayPane::showNotice(const QString& message)
{
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(PaletteColors::css(PaletteColors::warning(palette()))));
}

void TodayPane::showError(const QString& message)
{
    const QString text = tr("Not saved: %1").arg(message);
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(PaletteColors::css(PaletteColors::warning(palette()))));
}

void TodayPane::logEnteredSet()
{
    const std::int64_t itemId = m_panel->itemId();
    const core::DayEntry* entry = m_model->content().entry(itemId);
    if (!entry)
        return;
    SetEntryWidget* fields = m_panel->setEntry();
    const bool walkItem = fields->mode() == SetEntryWidget::Mode::Walk;
    const QString name = PrescriptionText::exerciseName(m_logbook.catalog(), entry->item.exerciseId);
    // An Enter too many must not quietly log a duplicate: on a finished item the first Enter
    // only says what a second one would do.
    if (core::ItemProgress::isComplete(entry->item, entry->log) && m_extraArmedFor != itemId) {
        m_extraArmedFor = itemId;
        showNotice(walkItem ? tr("Today's walk is already logged. Press Enter again to log another walk.")
                            : Plural::of(tr("%1 is done (%n set(s) logged). Press Enter again to log an extra set.",
                                             nullptr, static_cast<int>(entry->log.sets.size())),
                                static_cast<int>(entry->log.sets.size()))
                                  .arg(name));
        return;
    }
    m_extraArmedFor = 0;
    if (walkItem) {
        if (saveWalk(fields->enteredWalk()))
            afterLogged(itemId);
        return;
    }
    const core::LoggedSet set = fields->enteredSet();
    const std::vector<core::PersonalRecord> records = core::PersonalRecords::ofSet(
        set, core::LogRepository(m_logbook.database()).firstOfEachAmount(set.exerciseId, set.date));
    const int number = static_cast<int>(entry->log.sets.size()) + 1;
    const bool extra = entry->item.sets > 0 && number > entry->item.sets;
    if (!push(new LogSetsCommand(m_logbook, {set}, tr("Log set of %1").arg(name))))
        return;
    showSaved((extra ? tr("%1, extra set %2 (%3)") : tr("%1, set %2 (%3)"))
                  .arg(name)
                  .arg(number)
                  .arg(withNote(PrescriptionText::loggedSet(set, m_units, true), set.note)),
        RecordText::of(records, m_units));
    afterLogged(itemId);
}

void TodayPane::doneAsPlanned()
{
    const std::int64_t itemId = m_panel->itemId();
    const core::DayEntry* entry = m_model->content().entry(itemId);
    if (!entry)
        return;
    const core::PlannedItem item = entry->item;
    const int remaining = core::ItemProgress::remainingSets(item, entry->log);
    if (remaining == 0)
        return;
    const core::Date date = m_model->content().date;
    const QString name = PrescriptionText::exerciseName(m_logbook.catalog(), item.exerciseId);
    if (core::ItemProgress::isWalk(item)) {
        if (push(new LogWalkCommand(m_logbook, core::PlannedEntry::walk(item, date)))) {
            showSaved(tr("walk as planned"));
            afterLogged(itemId);
        }
        return;
    }
    // Every remaining set in one call: one transaction, one refresh, one undo step.
    const std::vector<core::LoggedSet> sets(static_cast<std::size_t>(remaining), core::PlannedEntry::set(item, date));
    if (!push(new LogSetsCommand(m_logbook, sets, tr("Done as planned: %1").arg(name))))
        return;
    showSaved(Plural::of(tr("%1 done as planned (%n set(s))", nullptr, remaining), remaining).arg(name));
    afterLogged(itemId);
}

void TodayPane::afterLogged(std::int64_t itemId)
{
    const core::DayView& content = m_model->content();
    const core::DayEntry* entry = content.entry(itemId);
    if (!entry) {
        focusNextStep();
        return;
    }
    const bool complete = core::ItemProgress::isComplete(entry->item, entry->log);
    const core::DayEntry* next = complete ? content.nextOpenEntry(itemId) : entry;
    if (complete && next)
        selectItem(next->item.id);
    // Rest only between sets of real work: not after a walk, a mobility drill or the day's last set.
    if (next && entry->item.sets > 0 && !entry->item.warmUp && entry->item.pattern != core::Pattern::Mobility
        && !core::ItemProgress::isWalk(entry->item))
        m_restTimer->start(restSeconds());
    focusNextStep();
}

void TodayPane::planThisWeek()
{
    try {
        m_logbook.planWeeks(m_logbook.today(), 1);
        showSaved(tr("this week is planned"));
    } catch (const std::exception& error) {
        showError(ErrorWords::text(error, &m_logbook.catalog()));
    }
}

bool TodayPane::saveWalk(const core::WalkEntry& walk)
{
    const std::vector<core::PersonalRecord> records = core::PersonalRecords::ofWalk(
        walk, core::LogRepository(m_logbook.database()).walks(firstLoggable(), walk.date));
    if (!push(new LogWalkCommand(m_logbook, walk)))
        return false;
    showSaved(tr("walk, %1").arg(withNote(PrescriptionText::walk(walk, m_units), walk.note)),
        RecordText::of(records, m_units));
    return true;
}

void TodayPane::logWalk()
{
    const core::WalkEntry walk = m_walkEntry->enteredWalk();
    if (!saveWalk(walk))
        return;
    // Leave the walk row, so a second Enter does not log the same walk twice.
    if (walk.plannedItemId)
        afterLogged(*walk.plannedItemId);
    else
        focusNextStep();
}

void TodayPane::saveCheckIn()
{
    const std::optional<int> pain = m_checkIn->enteredPain();
    if (!pain) {
        showError(tr("enter the morning pain from 0 (none) to 10 first"));
        return;
    }
    if (push(new CheckInCommand(m_logbook, core::CheckIn {m_logbook.today(), *pain})))
        showSaved(tr("morning check-in, pain %1/10").arg(*pain));
}

} // namespace keel::gui
