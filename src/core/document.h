// The one document type that flows through the pipeline.
//
// ingest/ creates a Document with its metadata and `text`; every later stage
// adds annotations and never re-parses what an earlier stage produced.
// Offsets everywhere are byte offsets into `text`, which never changes after
// ingest; spans are [begin, end).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace newsgraph {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool Contains(Span other) const { return begin <= other.begin && other.end <= end; }
  bool Overlaps(Span other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(Span, Span) = default;
};

// Where a document's publication date came from (report field `date_from`).
enum class DateSource { kNone, kDateline, kMetadata, kText, kOption };

// ---- text layer -----------------------------------------------------------

enum class TokenKind : uint8_t {
  kWord,         // letters, digits inside words, internal hyphens/apostrophes: "Son-hui", "don't"
  kNumber,       // "10,000", "3.5", "2024"
  kPunct,        // . , ; : ! ? ( ) [ ] and the like
  kQuoteOpen,    // “ or a straight " that opens a quotation
  kQuoteClose,   // ” or a straight " that closes one
  kDash,         // – — or "--"
  kSymbol,       // $ % € £ & and other symbols
  kPossessive,   // 's ’s or a bare ' after a plural
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  // Bit flags describing the surface form; see Token::kCapitalized etc.
  uint8_t flags = 0;

  static constexpr uint8_t kCapitalized = 1;   // first letter upper case
  static constexpr uint8_t kAllCaps = 2;       // every letter upper case (2+ letters)
  static constexpr uint8_t kHasDigit = 4;
  static constexpr uint8_t kSpaceBefore = 8;   // whitespace precedes it
  static constexpr uint8_t kParagraphStart = 16;  // first token after a blank line
  static constexpr uint8_t kLineBreakBefore = 32;  // a line break precedes it
  static constexpr uint8_t kFullStop = 64;        // a word keeping its full stop: "U.S.", "Mr.", "J."
  static constexpr uint8_t kTerminator = 128;     // punctuation that may end a sentence: . ... ! ? …
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last token
};

// ---- entities ---------------------------------------------------------------

enum class EntityType : uint8_t { kPerson, kOrg, kPlace, kGroup, kMisc };
enum class Gender : uint8_t { kUnknown, kFemale, kMale };

struct Mention {
  Span span;             // never includes titles, possessive 's or punctuation
  EntityType type = EntityType::kMisc;
  int entity = -1;       // index into Document::entities
};

// An entity as known within one document (within-document coreference done).
struct DocEntity {
  std::string name;                   // canonical: "Lloyd Austin"
  EntityType type = EntityType::kMisc;
  std::vector<std::string> titles;    // "Defense Secretary"
  std::vector<std::string> aliases;   // every other surface form seen: "Austin", "Mr. Austin"
  Gender gender = Gender::kUnknown;
  std::string country_code;           // ISO 3166-1 alpha-2 for places, where known
  std::optional<double> latitude, longitude;
  std::string global_id;              // report-wide entity id, set by link/
};

// ---- quotes, quantities, times ----------------------------------------------

enum class QuoteKind : uint8_t { kDirect, kPartial, kIndirect };

struct Quote {
  Span span;                      // the quoted words (without the quotation marks)
  QuoteKind kind = QuoteKind::kDirect;
  int speaker_entity = -1;        // index into Document::entities, or -1
  std::optional<Span> speaker;    // the words naming the speaker ("she", "the Pentagon")
  std::optional<Span> cue;        // "said", "told reporters", "according to"
};

enum class Qualifier : uint8_t { kExact, kApproximate, kUpperBound, kLowerBound, kEstimate };

struct Quantity {
  Span span;                       // "about 10,000 troops" minus the counted noun phrase
  std::optional<double> value;     // a point value
  std::optional<double> low, high; // a range or a bound
  std::string unit;                // "troops", "people", "USD", "percent"
  Qualifier qualifier = Qualifier::kExact;
  std::string counted;             // "North Korean troops"
  std::optional<Span> counted_span;
  int previous = -1;               // index of an older figure this one updates ("up from 3,000")
  int as_of_time = -1;             // index into Document::times the figure refers to, or -1
  int attributed_to = -1;          // index into Document::entities (who gave the figure), or -1
};

enum class TimeType : uint8_t { kDate, kTime, kDuration, kSet };

struct TimeExpression {
  Span span;
  std::string value;   // TIMEX3 value: "2024-10-28", "2024-W43", "P3Y", "PAST_REF", "XXXX-XX-XX" ...
  TimeType type = TimeType::kDate;
  std::string reason;  // why a value is unresolved or vague ("no article date"); empty otherwise
};

// ---- the document -------------------------------------------------------------

struct Document {
  // Metadata from ingest.
  std::string id;                  // from the input, or derived from path and line
  bool derived_id = false;         // the input gave no id: `id` is made from the file name (and line)
  std::optional<std::string> path; // the file it came from, or nullopt for stdin
  std::string url;
  std::string source;              // outlet: "Reuters", "apnews.com"
  std::string title;
  std::optional<Date> date;        // publication date
  DateSource date_from = DateSource::kNone;
  std::string text;                // the article text, UTF-8, NFC; all offsets refer here

  // Text layer.
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // Extractors.
  std::vector<Mention> mentions;
  std::vector<DocEntity> entities;
  std::vector<Quote> quotes;
  std::vector<Quantity> quantities;
  std::vector<TimeExpression> times;

  // Problems with this document that did not stop it from being processed.
  std::vector<std::string> errors;

  // Empty for a span that is not inside the text. Not substr(): its throw
  // path kept this hot accessor from being inlined.
  std::string_view Slice(Span s) const {
    if (s.begin > s.end || s.end > text.size()) return {};
    return std::string_view(text.data() + s.begin, s.size());
  }
  std::string_view TokenText(size_t i) const { return Slice(tokens[i].span); }
  // Index of the sentence containing byte offset `pos`, or -1.
  int SentenceAt(uint32_t pos) const;
  // Index of the first token that starts at or after byte offset `pos`
  // (tokens.size() when none does): the token a span beginning at `pos` opens.
  uint32_t TokenAt(uint32_t pos) const;
};

std::string_view ToString(EntityType type);   // "PERSON", "ORG", "PLACE", "GROUP", "MISC"
std::string_view ToString(QuoteKind kind);    // "direct", "partial", "indirect"
std::string_view ToString(Qualifier q);       // "exact", "approximate", "upper_bound", ...
std::string_view ToString(TimeType type);     // "DATE", "TIME", "DURATION", "SET"
std::string_view ToString(DateSource source); // "dateline", "metadata", "text", "option"; "" for none
std::string_view ToString(Gender gender);     // "female", "male", "unknown"

}  // namespace newsgraph
