// What `newsgraph analyze` produces: documents, entities across documents, and
// stories. report/ turns a Report into JSON, text or HTML; the JSON field names
// are a public contract documented in docs/report-format.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"

namespace newsgraph {

// One real-world thing across every document of the report.
struct Entity {
  std::string id;                      // "E1", "E2", ...
  std::string name;
  EntityType type = EntityType::kMisc;
  std::vector<std::string> titles;     // every title seen, in any outlet
  std::vector<std::string> aliases;    // every surface form seen
  std::vector<std::string> documents;  // document ids, in report order
  Gender gender = Gender::kUnknown;
  std::string country_code;
  std::optional<double> latitude, longitude;
};

// Where a mention, quote or figure is: a document and a span in it.
struct SourceRef {
  std::string document;  // document id
  Span span;
};

// One value of a claim, as one or more documents report it.
struct ClaimValue {
  std::optional<double> value, low, high;
  Qualifier qualifier = Qualifier::kExact;
  std::string text;                    // the figure as written in the first document
  std::vector<std::string> documents;  // document ids that report this value
  std::vector<SourceRef> sources;      // each report of it
  std::string attributed_to;           // entity id, or empty
  std::string as_of;                   // TIMEX value the figure refers to or was stated on
};

enum class ClaimStatus : uint8_t { kSingle, kCorroborated, kConflicting, kUpdated };

// Figures about the same counted thing across documents.
struct Claim {
  std::string id;                      // "S1-C1"
  std::string counted;                 // "North Korean troops"
  std::string unit;
  std::vector<ClaimValue> values;
  ClaimStatus status = ClaimStatus::kSingle;
  std::string explanation;             // one sentence saying why the status
};

struct TimelineEvent {
  std::string date;                    // TIMEX value, sortable
  std::string document;
  Span sentence;
  std::string text;                    // the sentence
  std::string time_text;               // the time expression it came from
  std::vector<std::string> documents;  // every document reporting this event on this date, `document` first
};

struct SharedQuoteVersion {
  std::string document;
  std::string source;                  // outlet
  Span span;
  std::string text;
};

// The same speaker's words as several outlets report them.
struct SharedQuote {
  std::string speaker;                 // entity id, or empty
  std::string speaker_name;
  std::vector<SharedQuoteVersion> versions;
};

// A passage two documents share (wire copy, reprints).
struct SharedPassage {
  std::string document_a, document_b;
  Span span_a, span_b;
};

struct SummarySentence {
  std::string text;
  std::string document;
  Span span;
};

struct Story {
  std::string id;                      // "S1", ...
  std::string headline;
  std::vector<std::string> documents;  // document ids
  std::vector<std::string> sources;    // distinct outlets
  std::vector<std::string> independent_sources;  // outlets not reprinting another's copy
  std::vector<std::string> entities;   // entity ids, most mentioned first
  std::vector<Claim> claims;
  std::vector<TimelineEvent> timeline;
  std::vector<SharedQuote> shared_quotes;
  std::vector<SharedPassage> shared_passages;
  std::vector<SummarySentence> summary;
  std::optional<Date> first_date, last_date;
};

// An input that could not be read at all (no Document came of it).
struct InputError {
  std::string path;                    // "-" for stdin
  int line = 0;                        // 1-based line for JSONL, 0 otherwise
  std::string message;                 // names the input and what to do
};

struct Report {
  std::vector<Document> documents;
  std::vector<Entity> entities;
  std::vector<Story> stories;
  std::vector<InputError> errors;
};

std::string_view ToString(ClaimStatus status);

// The entity an id names in a report's entities ("E7" is entities[6]), or
// nullptr.
const Entity* FindEntity(const std::vector<Entity>& entities, std::string_view id);  // "single", "corroborated", "conflicting", "updated"

}  // namespace newsgraph
