// A self-contained HTML view of a report: one file, inline CSS, no scripts or
// external resources; every piece of input text is HTML-escaped.
#pragma once

#include <ostream>

#include "core/report.h"

namespace newsgraph {

// Writes stories (sources side by side, claims table coloured by status,
// timeline, shared quotes by speaker, summary) followed by the entity list.
void WriteHtmlReport(const Report& report, std::ostream& out);

}  // namespace newsgraph
