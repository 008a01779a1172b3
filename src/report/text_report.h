// A readable terminal summary of a report: stories first (what happened, who
// said what, where outlets agree or differ), then documents and input errors.
#pragma once

#include <ostream>

#include "core/report.h"

namespace newsgraph {

void WriteTextReport(const Report& report, std::ostream& out);

}  // namespace newsgraph
