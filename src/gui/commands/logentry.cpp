// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/logentry.h"

#include "gui/common/prescriptiontext.h"

#include <QCoreApplication>

namespace keel::gui {

QString describeEntry(const core::Catalog& catalog, const LogEntry& entry, const QString& verb)
{
    const QString date = QString::fromStdString(entryDate(entry).toString());
    return std::visit(Overloaded {
                          [&](const core::LoggedSet& set) {
                              return QCoreApplication::translate("LogEntry", "%1 set of %2 on %3")
                                  .arg(verb, PrescriptionText::exerciseName(catalog, set.exerciseId), date);
                          },
                          [&](const core::WalkEntry&) {
                              return QCoreApplication::translate("LogEntry", "%1 walk on %2").arg(verb, date);
                          },
                          [&](const core::CheckIn&) {
                              return QCoreApplication::translate("LogEntry", "%1 check-in on %2").arg(verb, date);
                          },
                      },
        entry);
}

} // namespace keel::gui
