// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/errorwords.h"

#include "core/exchange/exchangeerror.h"
#include "core/plan/planerror.h"
#include "core/store/storeerror.h"
#include "gui/common/reasonwords.h"

namespace keel::gui {

QString ErrorWords::text(const std::exception& error, const core::Catalog* catalog)
{
    if (const auto* storeError = dynamic_cast<const core::StoreError*>(&error))
        return ReasonWords::text(storeError->reason(), catalog);
    if (const auto* planError = dynamic_cast<const core::PlanError*>(&error))
        return ReasonWords::text(planError->reason(), catalog);
    if (const auto* exchangeError = dynamic_cast<const core::ExchangeError*>(&error)) {
        const QString reason = ReasonWords::text(exchangeError->reason(), catalog);
        return exchangeError->line() > 0 ? tr("line %1: %2").arg(QString::number(exchangeError->line()), reason)
                                         : reason;
    }
    return QString::fromUtf8(error.what());
}

} // namespace keel::gui
