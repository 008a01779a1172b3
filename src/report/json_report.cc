#include "report/json_report.h"

#include <stdexcept>
#include <string>

#include "core/parallel.h"

namespace newsgraph {
namespace {

// An optional value as JSON, null when absent.
template <typename T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json OrNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

Json DateOrNull(const std::optional<Date>& date) {
  return date ? Json(date->ToString()) : Json(nullptr);
}

// The report-wide id of a document-local entity, or null.
Json EntityId(const Document& doc, int local) {
  if (local < 0 || local >= static_cast<int>(doc.entities.size())) return nullptr;
  return OrNull(doc.entities[local].global_id);
}

void PutSpan(Json& j, const Document& doc, Span span) {
  j["start"] = span.begin;
  j["end"] = span.end;
  j["text"] = std::string(doc.Slice(span));
}

Json MentionJson(const Document& doc, const Mention& m) {
  Json j;
  PutSpan(j, doc, m.span);
  j["type"] = ToString(m.type);
  j["entity"] = EntityId(doc, m.entity);
  return j;
}

Json QuoteJson(const Document& doc, const Quote& q) {
  Json j;
  PutSpan(j, doc, q.span);
  j["speaker"] = EntityId(doc, q.speaker_entity);
  if (q.speaker) {
    j["speaker_text"] = std::string(doc.Slice(*q.speaker));
    j["speaker_start"] = q.speaker->begin;
    j["speaker_end"] = q.speaker->end;
  } else {
    j["speaker_text"] = nullptr;
    j["speaker_start"] = nullptr;
    j["speaker_end"] = nullptr;
  }
  const bool named = q.speaker_entity >= 0 && q.speaker_entity < static_cast<int>(doc.entities.size());
  j["speaker_name"] = named ? Json(doc.entities[q.speaker_entity].name) : Json(nullptr);
  j["kind"] = ToString(q.kind);
  j["cue"] = q.cue ? Json(std::string(doc.Slice(*q.cue))) : Json(nullptr);
  return j;
}

Json TimeValueOrNull(const Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.times.size())) return nullptr;
  return doc.times[index].value;
}

Json QuantityJson(const Document& doc, const Quantity& q) {
  Json j;
  PutSpan(j, doc, q.span);
  j["value"] = OrNull(q.value);
  j["low"] = OrNull(q.low);
  j["high"] = OrNull(q.high);
  j["unit"] = OrNull(q.unit);
  j["qualifier"] = ToString(q.qualifier);
  j["counted"] = OrNull(q.counted);
  if (q.counted_span) {
    j["counted_start"] = q.counted_span->begin;
    j["counted_end"] = q.counted_span->end;
  }
  j["previous"] = q.previous >= 0 ? Json(q.previous) : Json(nullptr);
  j["as_of"] = TimeValueOrNull(doc, q.as_of_time);
  j["attributed_to"] = EntityId(doc, q.attributed_to);
  return j;
}

Json TimeJson(const Document& doc, const TimeExpression& t) {
  Json j;
  PutSpan(j, doc, t.span);
  j["value"] = t.value;
  j["type"] = ToString(t.type);
  if (!t.reason.empty()) j["reason"] = t.reason;
  return j;
}

template <typename T, typename F>
Json ArrayOf(const std::vector<T>& items, F&& to_json) {
  Json array = Json::array();
  for (const T& item : items) array.push_back(to_json(item));
  return array;
}

Json SpanJson(const std::string& document, Span span) {
  return Json{{"document", document}, {"start", span.begin}, {"end", span.end}};
}

Json ClaimJson(const Claim& claim) {
  Json j;
  j["id"] = claim.id;
  j["counted"] = claim.counted;
  j["unit"] = OrNull(claim.unit);
  j["status"] = ToString(claim.status);
  j["explanation"] = claim.explanation;
  j["values"] = ArrayOf(claim.values, [](const ClaimValue& v) {
    Json row;
    row["value"] = OrNull(v.value);
    row["low"] = OrNull(v.low);
    row["high"] = OrNull(v.high);
    row["qualifier"] = ToString(v.qualifier);
    row["text"] = v.text;
    row["documents"] = v.documents;
    row["sources"] = ArrayOf(v.sources, [](const SourceRef& s) { return SpanJson(s.document, s.span); });
    row["attributed_to"] = OrNull(v.attributed_to);
    row["as_of"] = OrNull(v.as_of);
    return row;
  });
  return j;
}

}  // namespace

Json ToJson(const Document& doc) {
  Json j;
  j["id"] = doc.id;
  j["path"] = OrNull(doc.path);
  j["url"] = OrNull(doc.url);
  j["source"] = OrNull(doc.source);
  j["title"] = OrNull(doc.title);
  j["date"] = DateOrNull(doc.date);
  j["date_from"] = doc.date_from == DateSource::kNone ? Json(nullptr) : Json(ToString(doc.date_from));
  j["text"] = doc.text;
  j["sentences"] = ArrayOf(doc.sentences, [](const Sentence& s) { return Json::array({s.span.begin, s.span.end}); });
  j["mentions"] = ArrayOf(doc.mentions, [&](const Mention& m) { return MentionJson(doc, m); });
  j["quotes"] = ArrayOf(doc.quotes, [&](const Quote& q) { return QuoteJson(doc, q); });
  j["quantities"] = ArrayOf(doc.quantities, [&](const Quantity& q) { return QuantityJson(doc, q); });
  j["times"] = ArrayOf(doc.times, [&](const TimeExpression& t) { return TimeJson(doc, t); });
  j["errors"] = doc.errors;
  return j;
}

Json ToJson(const Entity& e) {
  Json j;
  j["id"] = e.id;
  j["name"] = e.name;
  j["type"] = ToString(e.type);
  j["titles"] = e.titles;
  j["aliases"] = e.aliases;
  j["documents"] = e.documents;
  j["gender"] = ToString(e.gender);
  j["country_code"] = OrNull(e.country_code);
  j["latitude"] = OrNull(e.latitude);
  j["longitude"] = OrNull(e.longitude);
  return j;
}

Json ToJson(const Story& s) {
  Json j;
  j["id"] = s.id;
  j["headline"] = s.headline;
  j["documents"] = s.documents;
  j["sources"] = s.sources;
  j["independent_sources"] = s.independent_sources;
  j["first_date"] = DateOrNull(s.first_date);
  j["last_date"] = DateOrNull(s.last_date);
  j["entities"] = s.entities;
  j["claims"] = ArrayOf(s.claims, ClaimJson);
  j["timeline"] = ArrayOf(s.timeline, [](const TimelineEvent& e) {
    Json row;
    row["date"] = e.date;
    row["document"] = e.document;
    row["start"] = e.sentence.begin;
    row["end"] = e.sentence.end;
    row["text"] = e.text;
    row["time_text"] = e.time_text;
    row["documents"] = e.documents;
    return row;
  });
  j["summary"] = ArrayOf(s.summary, [](const SummarySentence& sentence) {
    Json row = SpanJson(sentence.document, sentence.span);
    row["text"] = sentence.text;
    return row;
  });
  j["shared_quotes"] = ArrayOf(s.shared_quotes, [](const SharedQuote& q) {
    Json row;
    row["speaker"] = OrNull(q.speaker);
    row["speaker_name"] = q.speaker_name;
    row["versions"] = ArrayOf(q.versions, [](const SharedQuoteVersion& v) {
      Json version = SpanJson(v.document, v.span);
      version["source"] = v.source;
      version["text"] = v.text;
      return version;
    });
    return row;
  });
  j["shared_passages"] = ArrayOf(s.shared_passages, [](const SharedPassage& p) {
    return Json{{"a", SpanJson(p.document_a, p.span_a)}, {"b", SpanJson(p.document_b, p.span_b)}};
  });
  return j;
}

Json ToJson(const InputError& error) {
  Json j;
  j["path"] = error.path;
  j["line"] = error.line > 0 ? Json(error.line) : Json(nullptr);
  j["message"] = error.message;
  return j;
}

Json ToJson(const Report& report) {
  Json j;
  j["documents"] = ArrayOf(report.documents, [](const Document& d) { return ToJson(d); });
  j["entities"] = ArrayOf(report.entities, [](const Entity& e) { return ToJson(e); });
  j["stories"] = ArrayOf(report.stories, [](const Story& s) { return ToJson(s); });
  j["errors"] = ArrayOf(report.errors, [](const InputError& e) { return ToJson(e); });
  return j;
}

namespace {

// Invalid UTF-8 never reaches a report (ingest rejects it), but replacing
// rather than throwing keeps a bug from losing the whole report.
std::string Dump(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

constexpr const char* kSectionKeys[] = {"documents", "entities", "stories", "errors"};
constexpr const char* kLineKeys[] = {"document", "entity", "story", "error"};

}  // namespace

// The JSON form prints each item as ToJson(report).dump(2) would at depth
// one, but one item in memory at a time: the report tree of a large batch
// would take many times the size of its text.
std::string ReportWriter::Render(const Json& item) const {
  if (json_lines_) return Dump(item, -1);
  const std::string flat = Dump(item, 2);
  std::string indented;
  indented.reserve(flat.size() + flat.size() / 8);
  for (char c : flat) {
    indented.push_back(c);
    if (c == '\n') indented.append("    ");
  }
  return indented;
}

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
    ParallelFor(rendered.size(), threads, [&](size_t k) { rendered[k] = writer.Render(ToJson(items[from + k])); });
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
