#include "story/shared_quotes.h"

#include <algorithm>
#include <map>

#include "story/words.h"

namespace newsgraph::story {
namespace {

// Share of the shorter quote's content words found in the other; set so that
// a repeated phrase matches and two statements on one topic do not.
constexpr double kSameWords = 0.6;

struct Said {
  int doc_index;
  const Document* doc;
  const Quote* quote;
  WordSet stems;
};

// Reported speech is matched with reported speech, quoted words with quoted
// words: a paraphrase shares topic words with many quotes.
bool Reported(QuoteKind kind) { return kind == QuoteKind::kIndirect; }

std::vector<uint64_t> QuoteStems(const Document& doc, Span span) {
  uint32_t first = 0;
  while (first < doc.tokens.size() && doc.tokens[first].span.end <= span.begin) ++first;
  uint32_t end = first;
  while (end < doc.tokens.size() && doc.tokens[end].span.begin < span.end) ++end;
  auto stems = ContentStemHashes(doc, first, end);
  for (uint32_t i = first; i < end; ++i)  // figures are content too ("1,500 firefighters")
    if (doc.tokens[i].kind == TokenKind::kNumber) stems.push_back(WordHash(doc.TokenText(i)));
  return stems;
}

}  // namespace

std::vector<SharedQuote> FindSharedQuotes(const std::vector<const Document*>& documents,
                                          const std::vector<int>& original, const std::vector<Entity>& entities) {
  // Speaker entity -> what they said, one entry per statement.
  std::map<std::string, std::vector<Said>> by_speaker;
  for (int doc_index = 0; doc_index < static_cast<int>(documents.size()); ++doc_index) {
    const Document* d = documents[doc_index];
    for (const Quote& q : d->quotes) {
      if (q.speaker_entity < 0 || q.speaker_entity >= static_cast<int>(d->entities.size())) continue;
      const std::string& speaker = d->entities[q.speaker_entity].global_id;
      if (speaker.empty()) continue;
      auto& said = by_speaker[speaker];
      WordSet stems = ToWordSet(QuoteStems(*d, q.span));
      if (stems.empty()) continue;
      // Overlapping spans are one statement: keep the first, unless a later
      // one gives the quoted words of what the first reports.
      auto nested = std::find_if(said.begin(), said.end(), [&](const Said& s) {
        return s.doc == d && s.quote->span.Overlaps(q.span);
      });
      if (nested == said.end()) said.push_back({doc_index, d, &q, std::move(stems)});
      else if (Reported(nested->quote->kind) && !Reported(q.kind)) *nested = {doc_index, d, &q, std::move(stems)};
    }
  }
  std::vector<SharedQuote> shared;
  for (const auto& speaker_quotes : by_speaker) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const auto& speaker = speaker_quotes.first;
    const auto& said = speaker_quotes.second;
    std::vector<bool> used(said.size(), false);
    for (size_t i = 0; i < said.size(); ++i) {
      if (used[i]) continue;
      std::vector<size_t> group = {i};
      for (size_t j = i + 1; j < said.size(); ++j)
        if (!used[j] && said[j].doc != said[i].doc && Reported(said[i].quote->kind) == Reported(said[j].quote->kind) &&
            OverlapCoefficient(said[i].stems, said[j].stems) >= kSameWords)
          group.push_back(j);
      // Shared means independently reported: a reprint adds a version, not an outlet.
      std::vector<std::string> outlets;
      for (size_t k : group) {
        const std::string& outlet = documents[original[said[k].doc_index]]->source;
        if (std::find(outlets.begin(), outlets.end(), outlet) == outlets.end()) outlets.push_back(outlet);
      }
      if (outlets.size() < 2) continue;
      SharedQuote q;
      q.speaker = speaker;
      const Entity* entity = FindEntity(entities, speaker);
      q.speaker_name = entity ? entity->name : std::string();
      for (size_t k : group) {
        used[k] = true;
        const Said& s = said[k];
        q.versions.push_back({s.doc->id, s.doc->source, s.quote->span, std::string(s.doc->Slice(s.quote->span))});
      }
      shared.push_back(std::move(q));
    }
  }
  return shared;
}

}  // namespace newsgraph::story
