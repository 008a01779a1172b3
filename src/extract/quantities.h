// Figures: numbers, money, percentages and ranges with what they count.
#pragma once

#include "core/document.h"

namespace newsgraph {

// Fills doc.quantities. Needs tokens, sentences and times (for as_of links);
// uses mentions and entities when present (for attributed_to).
void ExtractQuantities(Document& doc);

}  // namespace newsgraph
