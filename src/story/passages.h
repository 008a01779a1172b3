// Shared passages between the documents of a story (wire copy, reprints) and
// which documents are reprints of another.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph::story {

struct PassageAnalysis {
  std::vector<SharedPassage> passages;
  // For each document (by index into the input), the index of the document it
  // reprints, following chains to the original; its own index when original.
  std::vector<int> original;
};

// Candidate pairs come from MinHash signatures of 8-word shingles (LSH bands),
// each document paired with at most 8 earlier documents per band, so cost
// grows with the documents' length, not with every pair; each
// candidate pair is then aligned exactly on shingles to give passages with
// byte offsets. A document whose shared passages cover at least half of its
// words is a reprint of the other: the one crediting the other outlet by name,
// else the one more fully covered, else the later one.
PassageAnalysis AnalyzePassages(const std::vector<const Document*>& documents);

}  // namespace newsgraph::story
