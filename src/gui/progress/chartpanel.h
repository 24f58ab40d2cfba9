// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QImage;
class QLabel;
class QTableView;

namespace keel::gui {

/// One chart of the Progress pane as a card: a title, the picture (a ChartView or the heat map),
/// a table beside it with the same numbers, notes under it, and buttons that save the picture
/// as PNG and the table as CSV.
class ChartPanel : public QWidget {
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

private:
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
