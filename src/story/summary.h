// Extractive story summary: what most outlets agree on, then where they
// differ, every sentence cited to its document.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph::story {

// Agreement: sentences whose content words recur in sentences of other
// independent outlets (reprints do not vote), best supported first, no two
// saying the same. Difference: for each conflicting or updated claim, the
// sentences giving its differing values. `original` as in BuildClaims.
std::vector<SummarySentence> Summarize(const std::vector<const Document*>& documents, const std::vector<int>& original,
                                       const std::vector<Claim>& claims);

}  // namespace newsgraph::story
