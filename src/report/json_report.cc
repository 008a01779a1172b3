#include "report/json_report.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <stdexcept>
#include <string>

#include <unicode/utf8.h>

#include "core/parallel.h"

namespace newsgraph {
namespace {

// ---- two ways of writing JSON ---------------------------------------------------
//
// Each report item's fields are listed once (the Emit functions below) and
// written through one of two outputs with the same calls: JsonTree builds an
// nlohmann tree (ToJson: the server, archives), JsonText prints the bytes
// directly (reports), because building a tree of every document only to
// print it was most of the cost of writing a report.

class JsonTree {
 public:
  void BeginObject() { Open(Json::object()); }
  void BeginArray() { Open(Json::array()); }
  void End() { open_.pop_back(); }
  void Key(std::string_view key) { key_ = key; }
  void Null() { Put(nullptr); }
  void Value(std::string_view s) { Put(std::string(s)); }
  void Value(uint32_t n) { Put(n); }
  void Value(int n) { Put(n); }
  void Value(double x) { Put(x); }
  Json Take() { return std::move(root_); }

 private:
  // The new value's place: the root, the next element of an array, or the
  // member of an object named by the last Key.
  Json& Place() {
    if (open_.empty()) return root_;
    Json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(nullptr);
      return parent.back();
    }
    return parent[key_];
  }
  void Put(Json value) { Place() = std::move(value); }
  void Open(Json container) {
    Json& place = Place();
    place = std::move(container);
    open_.push_back(&place);
  }

  Json root_;
  // The containers being filled. Only the innermost grows, so the pointers
  // to the others stay valid.
  std::vector<Json*> open_;
  std::string key_;
};

// Prints exactly what nlohmann's dump prints for the same tree: compact, or
// with `indent` spaces per level starting `base_indent` deep.
class JsonText {
 public:
  JsonText(std::string& out, int indent, int base_indent) : out_(out), indent_(indent), base_indent_(base_indent) {}

  void BeginObject() { Open('{'); }
  void BeginArray() { Open('['); }
  void End() {
    const Container closing = open_.back();
    open_.pop_back();
    if (!closing.empty) NewLine();
    out_.push_back(closing.bracket == '{' ? '}' : ']');
  }
  // Keys are the report's own field names: plain ASCII, nothing to escape.
  void Key(std::string_view key) {
    Separate();
    out_.push_back('"');
    out_.append(key);
    out_.push_back('"');
    out_.append(indent_ >= 0 ? ": " : ":");
    after_key_ = true;
  }
  void Null() {
    BeforeValue();
    out_.append("null");
  }
  void Value(std::string_view s) {
    BeforeValue();
    String(s);
  }
  void Value(uint32_t n) { Integer(n); }
  void Value(int n) { Integer(n); }
  void Value(double x) {
    // nlohmann's own shortest round-trip digits, so that numbers read back
    // bit for bit and print as they always have.
    BeforeValue();
    out_.append(Json(x).dump());
  }

 private:
  struct Container {
    char bracket;
    bool empty = true;
  };

  void Open(char bracket) {
    BeforeValue();
    out_.push_back(bracket);
    open_.push_back({bracket});
  }
  template <typename N>
  void Integer(N n) {
    BeforeValue();
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out_.append(digits, end);
  }
  // An array element needs its separator; an object member got it with its key.
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
    } else if (!open_.empty()) {
      Separate();
    }
  }
  void Separate() {
    Container& container = open_.back();
    if (!container.empty) out_.push_back(',');
    container.empty = false;
    NewLine();
  }
  void NewLine() {
    if (indent_ < 0) return;
    out_.push_back('\n');
    out_.append(base_indent_ + indent_ * open_.size(), ' ');
  }
  // One pass: plain ASCII is copied eight bytes at a time; a byte that needs
  // escaping or starts a multi-byte character is looked at on its own.
  void String(std::string_view s) {
    const size_t mark = out_.size();
    out_.push_back('"');
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    int32_t run = 0;  // start of the bytes not yet copied
    for (int32_t i = 0; i < length;) {
      if (i + 8 <= length && !NeedsAttention(bytes + i)) {
        i += 8;
        continue;
      }
      for (const int32_t chunk_end = std::min(i + 8, length); i < chunk_end;) {
        const uint8_t c = bytes[i];
        if (c >= 0x80) {
          UChar32 code_point;
          U8_NEXT(bytes, i, length, code_point);
          if (code_point < 0) {
            // Never from ingest, which rejects invalid UTF-8; replacing the bad
            // bytes as nlohmann does keeps a bug from losing the whole report.
            out_.resize(mark);
            out_.append(Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace));
            return;
          }
          continue;
        }
        ++i;
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out_.append(s.substr(run, i - 1 - run));
        run = i;
        Escape(c);
      }
    }
    out_.append(s.substr(run));
    out_.push_back('"');
  }
  void Escape(uint8_t c) {
    switch (c) {
      case '"': out_.append("\\\""); break;
      case '\\': out_.append("\\\\"); break;
      case '\b': out_.append("\\b"); break;
      case '\f': out_.append("\\f"); break;
      case '\n': out_.append("\\n"); break;
      case '\r': out_.append("\\r"); break;
      case '\t': out_.append("\\t"); break;
      default: {
        constexpr char kHex[] = "0123456789abcdef";
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out_.append(escaped, sizeof escaped);
      }
    }
  }
  // Whether any of eight bytes is not ASCII, a control character, '"' or
  // '\\'. A byte just above a quote or backslash may be flagged too (the
  // borrow of the zero-byte test); that costs a look, never a wrong answer.
  static bool NeedsAttention(const uint8_t* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    uint64_t x;
    std::memcpy(&x, p, 8);
    auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const uint64_t control = ~((x & ~kHigh) + 0x60 * kOnes) & kHigh;  // 0x20 + 0x60 sets the high bit
    return ((x & kHigh) | control | has_zero(x ^ ('"' * kOnes)) | has_zero(x ^ ('\\' * kOnes))) != 0;
  }

  std::string& out_;
  const int indent_;  // -1: compact
  const int base_indent_;
  std::vector<Container> open_;
  bool after_key_ = false;
};

// ---- fields -------------------------------------------------------------------

template <typename Out>
void Field(Out& out, std::string_view key, std::string_view value) {
  out.Key(key);
  out.Value(value);
}
template <typename Out>
void Field(Out& out, std::string_view key, uint32_t value) {
  out.Key(key);
  out.Value(value);
}
template <typename Out>
void NullField(Out& out, std::string_view key) {
  out.Key(key);
  out.Null();
}
// Absent values are null, never left out: every field is always there.
template <typename Out>
void FieldOrNull(Out& out, std::string_view key, std::string_view value) {
  if (value.empty()) return NullField(out, key);
  Field(out, key, value);
}
template <typename Out>
void FieldOrNull(Out& out, std::string_view key, const std::optional<double>& value) {
  out.Key(key);
  if (value) out.Value(*value);
  else out.Null();
}
template <typename Out>
void DateField(Out& out, std::string_view key, const std::optional<Date>& date) {
  if (!date) return NullField(out, key);
  Field(out, key, date->ToString());
}
template <typename Out>
void Strings(Out& out, std::string_view key, const std::vector<std::string>& values) {
  out.Key(key);
  out.BeginArray();
  for (const std::string& v : values) out.Value(v);
  out.End();
}
template <typename Out, typename T, typename F>
void Array(Out& out, std::string_view key, const std::vector<T>& items, F&& emit) {
  out.Key(key);
  out.BeginArray();
  for (const T& item : items) emit(item);
  out.End();
}

// The report-wide id of a document-local entity, or null.
template <typename Out>
void EntityField(Out& out, std::string_view key, const Document& doc, int local) {
  if (local < 0 || local >= static_cast<int>(doc.entities.size())) return NullField(out, key);
  FieldOrNull(out, key, doc.entities[local].global_id);
}

template <typename Out>
void SpanFields(Out& out, const Document& doc, Span span) {
  Field(out, "start", span.begin);
  Field(out, "end", span.end);
  Field(out, "text", doc.Slice(span));
}

template <typename Out>
void SourceSpan(Out& out, const std::string& document, Span span) {
  Field(out, "document", document);
  Field(out, "start", span.begin);
  Field(out, "end", span.end);
}

// ---- items ----------------------------------------------------------------------

template <typename Out>
void EmitMention(Out& out, const Document& doc, const Mention& m) {
  out.BeginObject();
  SpanFields(out, doc, m.span);
  Field(out, "type", ToString(m.type));
  EntityField(out, "entity", doc, m.entity);
  out.End();
}

template <typename Out>
void EmitQuote(Out& out, const Document& doc, const Quote& q) {
  out.BeginObject();
  SpanFields(out, doc, q.span);
  EntityField(out, "speaker", doc, q.speaker_entity);
  if (q.speaker) {
    Field(out, "speaker_text", doc.Slice(*q.speaker));
    Field(out, "speaker_start", q.speaker->begin);
    Field(out, "speaker_end", q.speaker->end);
  } else {
    NullField(out, "speaker_text");
    NullField(out, "speaker_start");
    NullField(out, "speaker_end");
  }
  const bool named = q.speaker_entity >= 0 && q.speaker_entity < static_cast<int>(doc.entities.size());
  if (named) Field(out, "speaker_name", doc.entities[q.speaker_entity].name);
  else NullField(out, "speaker_name");
  Field(out, "kind", ToString(q.kind));
  if (q.cue) Field(out, "cue", doc.Slice(*q.cue));
  else NullField(out, "cue");
  out.End();
}

template <typename Out>
void EmitQuantity(Out& out, const Document& doc, const Quantity& q) {
  out.BeginObject();
  SpanFields(out, doc, q.span);
  FieldOrNull(out, "value", q.value);
  FieldOrNull(out, "low", q.low);
  FieldOrNull(out, "high", q.high);
  FieldOrNull(out, "unit", q.unit);
  Field(out, "qualifier", ToString(q.qualifier));
  FieldOrNull(out, "counted", q.counted);
  if (q.counted_span) {
    Field(out, "counted_start", q.counted_span->begin);
    Field(out, "counted_end", q.counted_span->end);
  }
  out.Key("previous");
  if (q.previous >= 0) out.Value(q.previous);
  else out.Null();
  if (q.as_of_time >= 0 && q.as_of_time < static_cast<int>(doc.times.size()))
    Field(out, "as_of", doc.times[q.as_of_time].value);
  else NullField(out, "as_of");
  EntityField(out, "attributed_to", doc, q.attributed_to);
  out.End();
}

template <typename Out>
void EmitTime(Out& out, const Document& doc, const TimeExpression& t) {
  out.BeginObject();
  SpanFields(out, doc, t.span);
  Field(out, "value", t.value);
  Field(out, "type", ToString(t.type));
  if (!t.reason.empty()) Field(out, "reason", t.reason);
  out.End();
}

template <typename Out>
void Emit(Out& out, const Document& doc) {
  out.BeginObject();
  Field(out, "id", doc.id);
  if (doc.path) Field(out, "path", *doc.path);
  else NullField(out, "path");
  FieldOrNull(out, "url", doc.url);
  FieldOrNull(out, "source", doc.source);
  FieldOrNull(out, "title", doc.title);
  DateField(out, "date", doc.date);
  FieldOrNull(out, "date_from", doc.date_from == DateSource::kNone ? std::string_view() : ToString(doc.date_from));
  Field(out, "text", doc.text);
  Array(out, "sentences", doc.sentences, [&](const Sentence& s) {
    out.BeginArray();
    out.Value(s.span.begin);
    out.Value(s.span.end);
    out.End();
  });
  Array(out, "mentions", doc.mentions, [&](const Mention& m) { EmitMention(out, doc, m); });
  Array(out, "quotes", doc.quotes, [&](const Quote& q) { EmitQuote(out, doc, q); });
  Array(out, "quantities", doc.quantities, [&](const Quantity& q) { EmitQuantity(out, doc, q); });
  Array(out, "times", doc.times, [&](const TimeExpression& t) { EmitTime(out, doc, t); });
  Strings(out, "errors", doc.errors);
  out.End();
}

template <typename Out>
void Emit(Out& out, const Entity& e) {
  out.BeginObject();
  Field(out, "id", e.id);
  Field(out, "name", e.name);
  Field(out, "type", ToString(e.type));
  Strings(out, "titles", e.titles);
  Strings(out, "aliases", e.aliases);
  Strings(out, "documents", e.documents);
  Field(out, "gender", ToString(e.gender));
  FieldOrNull(out, "country_code", e.country_code);
  FieldOrNull(out, "latitude", e.latitude);
  FieldOrNull(out, "longitude", e.longitude);
  out.End();
}

template <typename Out>
void EmitClaim(Out& out, const Claim& claim) {
  out.BeginObject();
  Field(out, "id", claim.id);
  Field(out, "counted", claim.counted);
  FieldOrNull(out, "unit", claim.unit);
  Field(out, "status", ToString(claim.status));
  Field(out, "explanation", claim.explanation);
  Array(out, "values", claim.values, [&](const ClaimValue& v) {
    out.BeginObject();
    FieldOrNull(out, "value", v.value);
    FieldOrNull(out, "low", v.low);
    FieldOrNull(out, "high", v.high);
    Field(out, "qualifier", ToString(v.qualifier));
    Field(out, "text", v.text);
    Strings(out, "documents", v.documents);
    Array(out, "sources", v.sources, [&](const SourceRef& s) {
      out.BeginObject();
      SourceSpan(out, s.document, s.span);
      out.End();
    });
    FieldOrNull(out, "attributed_to", v.attributed_to);
    FieldOrNull(out, "as_of", v.as_of);
    out.End();
  });
  out.End();
}

template <typename Out>
void Emit(Out& out, const Story& s) {
  out.BeginObject();
  Field(out, "id", s.id);
  Field(out, "headline", s.headline);
  Strings(out, "documents", s.documents);
  Strings(out, "sources", s.sources);
  Strings(out, "independent_sources", s.independent_sources);
  DateField(out, "first_date", s.first_date);
  DateField(out, "last_date", s.last_date);
  Strings(out, "entities", s.entities);
  Array(out, "claims", s.claims, [&](const Claim& c) { EmitClaim(out, c); });
  Array(out, "timeline", s.timeline, [&](const TimelineEvent& e) {
    out.BeginObject();
    Field(out, "date", e.date);
    Field(out, "document", e.document);
    Field(out, "start", e.sentence.begin);
    Field(out, "end", e.sentence.end);
    Field(out, "text", e.text);
    Field(out, "time_text", e.time_text);
    Strings(out, "documents", e.documents);
    out.End();
  });
  Array(out, "summary", s.summary, [&](const SummarySentence& sentence) {
    out.BeginObject();
    SourceSpan(out, sentence.document, sentence.span);
    Field(out, "text", sentence.text);
    out.End();
  });
  Array(out, "shared_quotes", s.shared_quotes, [&](const SharedQuote& q) {
    out.BeginObject();
    FieldOrNull(out, "speaker", q.speaker);
    Field(out, "speaker_name", q.speaker_name);
    Array(out, "versions", q.versions, [&](const SharedQuoteVersion& v) {
      out.BeginObject();
      SourceSpan(out, v.document, v.span);
      Field(out, "source", v.source);
      Field(out, "text", v.text);
      out.End();
    });
    out.End();
  });
  Array(out, "shared_passages", s.shared_passages, [&](const SharedPassage& p) {
    auto side = [&](std::string_view key, const std::string& document, Span span) {
      out.Key(key);
      out.BeginObject();
      SourceSpan(out, document, span);
      out.End();
    };
    out.BeginObject();
    side("a", p.document_a, p.span_a);
    side("b", p.document_b, p.span_b);
    out.End();
  });
  out.End();
}

template <typename Out>
void Emit(Out& out, const InputError& error) {
  out.BeginObject();
  Field(out, "path", error.path);
  out.Key("line");
  if (error.line > 0) out.Value(error.line);
  else out.Null();
  Field(out, "message", error.message);
  out.End();
}

template <typename Item>
Json TreeOf(const Item& item) {
  JsonTree tree;
  Emit(tree, item);
  return tree.Take();
}

}  // namespace

Json ToJson(const Document& doc) { return TreeOf(doc); }
Json ToJson(const Entity& e) { return TreeOf(e); }
Json ToJson(const Story& s) { return TreeOf(s); }
Json ToJson(const InputError& error) { return TreeOf(error); }

Json ToJson(const Report& report) {
  Json j;
  auto section = [&j](const char* key, const auto& items) {
    Json& array = j[key] = Json::array();
    for (const auto& item : items) array.push_back(ToJson(item));
  };
  section("documents", report.documents);
  section("entities", report.entities);
  section("stories", report.stories);
  section("errors", report.errors);
  return j;
}

namespace {

constexpr const char* kSectionKeys[] = {"documents", "entities", "stories", "errors"};
constexpr const char* kLineKeys[] = {"document", "entity", "story", "error"};

// The JSON form prints each item as ToJson(report).dump(2) would at depth
// one (four spaces in), but one item in memory at a time: the report tree of
// a large batch would take many times the size of its text.
template <typename Item>
std::string RenderItem(const Item& item, bool json_lines) {
  std::string rendered;
  JsonText text(rendered, json_lines ? -1 : 2, json_lines ? 0 : 4);
  Emit(text, item);
  return rendered;
}

}  // namespace

std::string ReportWriter::Render(const Document& doc) const { return RenderItem(doc, json_lines_); }
std::string ReportWriter::Render(const Entity& entity) const { return RenderItem(entity, json_lines_); }
std::string ReportWriter::Render(const Story& story) const { return RenderItem(story, json_lines_); }
std::string ReportWriter::Render(const InputError& error) const { return RenderItem(error, json_lines_); }

void ReportWriter::OpenSection(Section section) {
  const int wanted = static_cast<int>(section);
  if (wanted < section_) throw std::logic_error("ReportWriter: report sections must be written in order");
  while (section_ < wanted) {
    if (!json_lines_) {
      if (section_ < 0) out_ << "{\n";
      else out_ << (section_empty_ ? "]" : "\n  ]") << ",\n";
      out_ << "  \"" << kSectionKeys[section_ + 1] << "\": [";
    }
    ++section_;
    section_empty_ = true;
  }
}

void ReportWriter::AddRendered(Section section, std::string_view rendered) {
  OpenSection(section);
  if (json_lines_) {
    out_ << "{\"" << kLineKeys[section_] << "\":" << rendered << "}\n";
  } else {
    out_ << (section_empty_ ? "\n    " : ",\n    ") << rendered;
  }
  section_empty_ = false;
}

void ReportWriter::Finish() {
  OpenSection(Section::kErrors);
  if (!json_lines_) out_ << (section_empty_ ? "]" : "\n  ]") << "\n}\n";
  section_ = 4;  // past the last section: any further Add is a bug
}

namespace {

// Rendering is nearly all the cost of writing, and each item renders on its
// own, so a batch of items renders on `threads` threads and is then written
// in order: the same bytes for any count.
template <typename Item>
void AddRenderedInParallel(ReportWriter& writer, ReportWriter::Section section, const std::vector<Item>& items,
                           int threads) {
  constexpr size_t kBatch = 512;  // bounds the rendered text held at once
  std::vector<std::string> rendered;
  for (size_t from = 0; from < items.size(); from += kBatch) {
    rendered.assign(std::min(kBatch, items.size() - from), std::string());
    ParallelFor(rendered.size(), threads, [&](size_t k) { rendered[k] = writer.Render(items[from + k]); });
    for (const std::string& item : rendered) writer.AddRendered(section, item);
  }
}

}  // namespace

void ReportWriter::AddAll(const std::vector<Document>& items, int threads) {
  AddRenderedInParallel(*this, Section::kDocuments, items, threads);
}
void ReportWriter::AddAll(const std::vector<Entity>& items, int threads) {
  AddRenderedInParallel(*this, Section::kEntities, items, threads);
}
void ReportWriter::AddAll(const std::vector<Story>& items, int threads) {
  AddRenderedInParallel(*this, Section::kStories, items, threads);
}
void ReportWriter::AddAll(const std::vector<InputError>& items, int threads) {
  AddRenderedInParallel(*this, Section::kErrors, items, threads);
}

namespace {

void WriteItems(const Report& report, std::ostream& out, bool json_lines, int threads) {
  ReportWriter writer(out, json_lines);
  writer.AddAll(report.documents, threads);
  writer.AddAll(report.entities, threads);
  writer.AddAll(report.stories, threads);
  writer.AddAll(report.errors, threads);
  writer.Finish();
}

}  // namespace

void WriteJsonReport(const Report& report, std::ostream& out, int threads) { WriteItems(report, out, false, threads); }

void WriteJsonLinesReport(const Report& report, std::ostream& out, int threads) {
  WriteItems(report, out, true, threads);
}

}  // namespace newsgraph
