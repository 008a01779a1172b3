// Test fixture: the bundled examples/ articles as annotated Documents.
//
// Ingest is separate work, so the text is given here as the examples' article
// text (header lines and HTML markup removed) and annotated with the real
// pipeline stages, so story tests see what the extractors really produce.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace newsgraph::testing {

// Global Wire, Harbor Times, The Daily Ledger and Coastal Courier (a reprint of
// Global Wire) on the Valencia wildfire; Harbor Times and The Daily Ledger on
// the Northwind pilots' strike. Annotated (text layer, times, entities,
// coreference, quotes, quantities); not yet linked across documents.
std::vector<Document> ExampleArticles();

// One article annotated the same way, for tests that need their own text.
Document AnnotatedArticle(std::string id, std::string source, Date date, std::string text);

}  // namespace newsgraph::testing
