#include "story/summary.h"

#include <algorithm>

#include "story/words.h"

namespace newsgraph::story {
namespace {

constexpr size_t kAgreed = 3;          // sentences on what outlets agree on
constexpr size_t kDifferingClaims = 2; // claims whose differing values are cited
constexpr size_t kValuesPerClaim = 2;  // sentences cited per differing claim
constexpr double kSameSentence = 0.4;  // share of content words that makes two sentences say the same
constexpr size_t kMinContentWords = 5; // shorter sentences (credits, quotes' tails) say too little

struct Candidate {
  int doc = 0;
  int sentence = 0;
  int outlet = 0;  // numbered within the story
  WordSet stems;
  int support = 0;      // other outlets saying the same
  double strength = 0;  // summed best overlap with each other outlet
};

SummarySentence Cite(const Document& d, int sentence) {
  const Span span = d.sentences[sentence].span;
  return {std::string(d.Slice(span)), d.id, span};
}

}  // namespace

std::vector<SummarySentence> Summarize(const std::vector<const Document*>& documents, const std::vector<int>& original,
                                       const std::vector<Claim>& claims) {
  std::vector<Candidate> candidates;
  std::vector<const std::string*> outlets;
  for (size_t d = 0; d < documents.size(); ++d) {
    if (original[d] != static_cast<int>(d)) continue;
    const Document& doc = *documents[d];
    auto known = std::find_if(outlets.begin(), outlets.end(), [&](const std::string* o) { return *o == doc.source; });
    const int outlet = static_cast<int>(known - outlets.begin());
    if (known == outlets.end()) outlets.push_back(&doc.source);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      auto stems = ContentStemHashes(doc, doc.sentences[s].first_token, doc.sentences[s].end_token);
      if (stems.size() >= kMinContentWords)
        candidates.push_back({static_cast<int>(d), static_cast<int>(s), outlet, ToWordSet(std::move(stems))});
    }
  }
  // Every pair of sentences from different outlets: a story from one outlet
  // (a wire's updates) compares nothing.
  std::vector<double> best(outlets.size());  // by outlet: its best overlap with the candidate
  for (Candidate& c : candidates) {
    if (outlets.size() < 2) break;
    std::fill(best.begin(), best.end(), -1.0);
    for (const Candidate& o : candidates)
      if (o.outlet != c.outlet) best[o.outlet] = std::max(best[o.outlet], OverlapCoefficient(c.stems, o.stems));
    for (double overlap : best) {
      if (overlap < 0) continue;  // its own outlet, or one without candidates
      c.strength += overlap;
      c.support += overlap >= kSameSentence;
    }
  }
  // Best supported first; among equals the earlier sentence (leads summarize).
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.support != b.support) return a.support > b.support;
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    return a.strength > b.strength;
  });
  std::vector<SummarySentence> summary;
  std::vector<const Candidate*> chosen;
  const int needed = candidates.empty() ? 0 : std::min(1, candidates.front().support);
  for (const Candidate& c : candidates) {
    if (chosen.size() >= kAgreed || c.support < needed) break;
    const bool repeats = std::any_of(chosen.begin(), chosen.end(), [&](const Candidate* o) {
      return OverlapCoefficient(c.stems, o->stems) >= kSameSentence;
    });
    if (repeats) continue;
    chosen.push_back(&c);
    summary.push_back(Cite(*documents[c.doc], c.sentence));
  }
  // Where they differ: sentences giving a differing claim's values.
  struct Cited { std::string document; WordSet stems; };
  std::vector<Cited> cited;
  for (const Candidate* c : chosen) cited.push_back({documents[c->doc]->id, c->stems});
  size_t differing = 0;
  for (const Claim& claim : claims) {
    if (claim.status != ClaimStatus::kConflicting && claim.status != ClaimStatus::kUpdated) continue;
    if (differing++ >= kDifferingClaims) break;
    size_t added = 0;
    for (const ClaimValue& v : claim.values) {
      if (added == kValuesPerClaim) break;
      const SourceRef& ref = v.sources.front();
      auto doc = std::find_if(documents.begin(), documents.end(), [&](const Document* d) { return d->id == ref.document; });
      const int s = (*doc)->SentenceAt(ref.span.begin);
      if (s < 0) continue;
      WordSet stems = ToWordSet(ContentStemHashes(**doc, (*doc)->sentences[s].first_token, (*doc)->sentences[s].end_token));
      // Said already: a cited sentence of an outlet giving this same value.
      const bool said = std::any_of(cited.begin(), cited.end(), [&](const Cited& o) {
        return std::find(v.documents.begin(), v.documents.end(), o.document) != v.documents.end() &&
               OverlapCoefficient(stems, o.stems) >= kSameSentence;
      });
      if (said) continue;
      summary.push_back(Cite(**doc, s));
      cited.push_back({(*doc)->id, std::move(stems)});
      ++added;
    }
  }
  return summary;
}

}  // namespace newsgraph::story
