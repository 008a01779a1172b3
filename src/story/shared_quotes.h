// The same speaker's words as several outlets report them.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph::story {

// Quotes (direct, partial or reported) whose speakers link to the same
// entity and whose content words mostly coincide ("This is dangerous. Very
// dangerous." / "It's very dangerous, very dangerous") are one shared quote,
// listed only when at least two independent outlets report it (`original` as
// in BuildClaims; a reprint's version is listed but does not count). Quoted
// words are compared with quoted words, reported speech with reported speech.
// Documents must be linked (DocEntity::global_id set).
std::vector<SharedQuote> FindSharedQuotes(const std::vector<const Document*>& documents,
                                          const std::vector<int>& original, const std::vector<Entity>& entities);

}  // namespace newsgraph::story
