// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QAbstractItemModel;
class QHBoxLayout;
class QImage;
class QLabel;
class QTableView;

namespace keel::gui {

/// One chart of the Progress pane as a card: a title, the picture (a ChartView or the heat map),
/// a table beside it with the same numbers, notes under it, and buttons that save the picture
/// as PNG and the table as CSV.
class ChartPanel final : public QWidget {
    Q_OBJECT
public:
    /// `view` and `model` are shown, not owned by the panel's caller: the panel reparents the view.
    ChartPanel(const QString& title, QWidget* view, QAbstractItemModel* model, QWidget* parent = nullptr);

    /// Adds a control to the title row, before the export buttons (e.g. the exercise picker).
    void addToolWidget(QWidget* widget);
    void setNotes(const QStringList& notes);

    QString title() const { return m_title; }
    QWidget* view() const { return m_view; }
    QTableView* table() const { return m_table; }
    QString notesText() const;

    /// The picture as it is on screen, at the device pixel ratio.
    QImage chartImage() const;
    /// Writes the picture as PNG; false with `error` set when the file cannot be written.
    bool exportPng(const QString& path, QString* error) const;
    /// Writes the table as CSV; false with `error` set when the file cannot be written.
    bool exportCsv(const QString& path, QString* error) const;

    /// Where "Save picture…" and "Save table…" start: the documents folder (the home folder
    /// where there is none), never the working directory.
    QString suggestedPath(const QString& extension) const;

    /// Column widths that fit `available` pixels: columns that want less than an equal share of
    /// what is left keep their width, the widest share the rest equally.
    static std::vector<int> fitWidths(const std::vector<int>& wanted, int available);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Sizes the table's columns to their contents, narrowing the widest so that all of them show.
    void fitColumns();
    void choosePngFile();
    void chooseCsvFile();

    QString m_title;
    QWidget* m_view = nullptr;
    QAbstractItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_notes = nullptr;
    QHBoxLayout* m_tools = nullptr;
};

} // namespace keel::gui
