// Quotes with speakers: direct, partial and indirect (reported) speech.
#pragma once

#include "core/document.h"

namespace newsgraph {

// Fills doc.quotes. Needs tokens, sentences, mentions and entities.
void ExtractQuotes(Document& doc);

}  // namespace newsgraph
