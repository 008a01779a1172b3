#include "core/document.h"

#include <algorithm>

namespace newsgraph {

uint32_t Document::TokenAt(uint32_t pos) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos, [](const Token& t, uint32_t p) { return t.span.begin < p; });
  return static_cast<uint32_t>(it - tokens.begin());
}

int Document::SentenceAt(uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return pos < it->span.end ? static_cast<int>(it - sentences.begin()) : -1;
}

std::string_view ToString(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kGroup: return "GROUP";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

std::string_view ToString(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

std::string_view ToString(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApproximate: return "approximate";
    case Qualifier::kUpperBound: return "upper_bound";
    case Qualifier::kLowerBound: return "lower_bound";
    case Qualifier::kEstimate: return "estimate";
  }
  return "exact";
}

std::string_view ToString(TimeType type) {
  switch (type) {
    case TimeType::kDate: return "DATE";
    case TimeType::kTime: return "TIME";
    case TimeType::kDuration: return "DURATION";
    case TimeType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view ToString(DateSource source) {
  switch (source) {
    case DateSource::kNone: return "";
    case DateSource::kDateline: return "dateline";
    case DateSource::kMetadata: return "metadata";
    case DateSource::kText: return "text";
    case DateSource::kOption: return "option";
  }
  return "";
}

std::string_view ToString(Gender gender) {
  switch (gender) {
    case Gender::kFemale: return "female";
    case Gender::kMale: return "male";
    case Gender::kUnknown: return "unknown";
  }
  return "unknown";
}

}  // namespace newsgraph
