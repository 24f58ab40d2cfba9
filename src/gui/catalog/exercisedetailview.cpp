// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catalog/exercisedetailview.h"

#include "gui/common/exercisetext.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"

#include <QEvent>
#include <QUrl>

namespace keel::gui {

namespace {

constexpr auto kScheme = "exercise";

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString list(const char* tag, const std::vector<std::string>& items)
{
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const std::string& item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

QString section(const QString& title)
{
    return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
}

QString rungLink(const core::Exercise& rung, const core::Catalog& catalog)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(ExerciseDetailView::linkTo(rung.id).toString(QUrl::FullyEncoded), escaped(catalog.name(rung)));
}

QString ladderHtml(const core::Exercise& exercise, const core::Catalog& catalog, const QPalette& palette)
{
    const QString muted = PaletteColors::css(PaletteColors::mutedText(palette));
    QString html = section(ExerciseDetailView::tr("Ladder"));
    const core::Exercise* previous = exercise.regressesTo ? catalog.find(*exercise.regressesTo) : nullptr;
    const core::Exercise* next = exercise.progressesTo ? catalog.find(*exercise.progressesTo) : nullptr;
    html += QStringLiteral("<p>");
    html += previous ? ExerciseDetailView::tr("Easier: %1").arg(rungLink(*previous, catalog))
                     : ExerciseDetailView::tr("This is the gentlest rung.");
    html += QStringLiteral("<br>");
    html += next ? ExerciseDetailView::tr("Harder: %1").arg(rungLink(*next, catalog))
                 : ExerciseDetailView::tr("This is the top rung.");
    html += QStringLiteral("</p>");
    const auto ladder = catalog.ladderOf(exercise.id);
    if (ladder.size() > 1) {
        html += QStringLiteral("<ol>");
        for (const core::Exercise* rung : ladder) {
            if (rung->id == exercise.id)
                html += QStringLiteral("<li><b>%1</b> <span style='color:%2'>%3</span></li>")
                            .arg(escaped(catalog.name(*rung)), muted, ExerciseDetailView::tr("(this one)"));
            else
                html += QStringLiteral("<li>%1</li>").arg(rungLink(*rung, catalog));
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace

ExerciseDetailView::ExerciseDetailView(const core::Catalog& catalog, QWidget* parent)
    : QTextBrowser(parent)
    , m_catalog(catalog)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Exercise details"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String(kScheme))
            emit exerciseRequested(url.path());
    });
    render();
}

QUrl ExerciseDetailView::linkTo(const std::string& id)
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setPath(QString::fromStdString(id));
    return url;
}

void ExerciseDetailView::setUnits(const UnitFormat& units)
{
    m_units = units;
    render();
}

void ExerciseDetailView::showExercise(const QString& id)
{
    m_id = id;
    render();
}

void ExerciseDetailView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ExerciseDetailView::render()
{
    const core::Exercise* exercise = m_id.isEmpty() ? nullptr : m_catalog.find(m_id.toStdString());
    if (!exercise) {
        setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(PaletteColors::css(PaletteColors::mutedText(palette())),
                        tr("Pick an exercise on the left to see how to do it, why it helps and where it sits "
                           "on its ladder.")
                            .toHtmlEscaped()));
        return;
    }
    setHtml(html(*exercise, m_catalog, m_units, palette()));
}

QString ExerciseDetailView::html(
    const core::Exercise& exercise, const core::Catalog& catalog, const UnitFormat& units, const QPalette& palette)
{
    const QString muted = PaletteColors::css(PaletteColors::mutedText(palette));
    QString subtitle = Labels::pattern(exercise.pattern);
    if (exercise.focus != core::Focus::None)
        subtitle += QStringLiteral(" · ") + Labels::focus(exercise.focus);
    subtitle += QStringLiteral(" · ") + tr("level %1").arg(exercise.level);
    if (exercise.isFlareUpSafe())
        subtitle += QStringLiteral(" · ") + tr("safe during a flare-up");

    const core::ExerciseTexts texts = catalog.texts(exercise);
    QString html = QStringLiteral("<h2>%1</h2><p style='color:%2'>%3</p><p>%4</p>")
                       .arg(escaped(texts.name), muted, subtitle.toHtmlEscaped(), escaped(texts.summary));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html, &muted](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:%1; padding-right:12px'>%2</td><td>%3</td></tr>")
                    .arg(muted, label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Dose"), ExerciseText::dose(exercise.dose));
    row(tr("Load"), ExerciseText::load(exercise.load, units));
    row(tr("Equipment"), ExerciseText::equipment(exercise));
    html += QStringLiteral("</table>");

    html += section(tr("How to do it")) + list("ol", texts.steps);
    html += section(tr("Cues")) + list("ul", texts.cues);
    html += section(tr("Why it helps")) + QStringLiteral("<p>%1</p>").arg(escaped(texts.why));
    if (!texts.cautions.empty()) {
        html += QStringLiteral("<h3 style='color:%1'>%2</h3>")
                    .arg(PaletteColors::css(PaletteColors::warning(palette)), tr("Take care").toHtmlEscaped());
        html += list("ul", texts.cautions);
    }
    html += ladderHtml(exercise, catalog, palette);
    return html;
}

} // namespace keel::gui
