// Cross-document linking: one Entity per real-world thing across documents.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph {

// Returns report-wide entities ("E1", ...) and sets DocEntity::global_id in
// every document.
std::vector<Entity> LinkAcrossDocuments(std::vector<Document>& documents);

}  // namespace newsgraph
