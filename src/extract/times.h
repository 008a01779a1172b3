// Time expressions resolved to TIMEX3 values against the article's date.
#pragma once

#include "core/document.h"

namespace newsgraph {

// Fills doc.times. Needs tokens and sentences; resolves against doc.date.
void ExtractTimes(Document& doc);

}  // namespace newsgraph
