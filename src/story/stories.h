// Stories: documents grouped by the event they cover, with claims compared
// across outlets, a timeline, shared quotes and passages, and a summary.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph {

std::vector<Story> BuildStories(const std::vector<Document>& documents,
                                const std::vector<Entity>& entities);

}  // namespace newsgraph
