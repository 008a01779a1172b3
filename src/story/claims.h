// Claims: figures about the same counted thing across the documents of a
// story, one row per value, with a status saying whether the outlets agree.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph::story {

// Figures are aligned when they measure the same thing: the same currency,
// percent or measure and two shared context words (an amount joins a claim
// through the figure that opened it, so a long story's sums do not chain
// into one), or counts whose head nouns
// match after stemming and synonyms ("soldiers"/"troops") — for heads that
// only say "people" ("people", "residents", "evacuees") the event must match
// too ("evacuated"/"displaced"/"fled"). A figure introduced as an earlier one
// ("up from 3,000", "risen from 3,000") takes the thing its sentence counts.
//
// Status: `conflicting` when two independent outlets give values further
// apart than the tolerance (2% for exact figures, 10% otherwise) on the same
// publication day; `updated` when an earlier figure is replaced (stated as
// such, or a value published later differs); `corroborated` when at least two
// independent outlets agree; `single` otherwise. Bounds ("as many as 12,000")
// and vague amounts ("thousands") conflict only with values outside them.
//
// `original[i]` is the index of the document documents[i] reprints (itself
// when original); reprints never count as independent. Claims are numbered
// `<story_id>-C1`, ... Documents must be linked (DocEntity::global_id set).
std::vector<Claim> BuildClaims(const std::vector<const Document*>& documents, const std::vector<int>& original,
                               const std::string& story_id);

}  // namespace newsgraph::story
