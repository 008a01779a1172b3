// The JSON report: the public contract that users' scripts read.
//
// Field names and meanings are documented in docs/report-format.md and
// validated against docs/report.schema.json. Fields may be added; none is ever
// renamed or dropped. Offsets are byte offsets into the document's `text`.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/report.h"

namespace newsgraph {

// Object keys keep the documented order, so reports diff cleanly.
using Json = nlohmann::ordered_json;

Json ToJson(const Document& doc);
Json ToJson(const Entity& entity);
Json ToJson(const Story& story);
Json ToJson(const InputError& error);
Json ToJson(const Report& report);

// The whole report as one JSON object: {"documents", "entities", "stories", "errors"}.
// Items are rendered on `threads` threads; the bytes do not depend on it.
void WriteJsonReport(const Report& report, std::ostream& out, int threads = 1);

// JSON Lines: one {"document": ...} per line, then {"entity": ...},
// {"story": ...} and {"error": ...} lines.
void WriteJsonLinesReport(const Report& report, std::ostream& out, int threads = 1);

// Writes a report one item at a time, for reports too large to hold in memory
// (`analyze --stream`). Items go in section order (documents, entities,
// stories, errors); the bytes are those WriteJsonReport or
// WriteJsonLinesReport write for the same items.
class ReportWriter {
 public:
  enum class Section { kDocuments, kEntities, kStories, kErrors };
  ReportWriter(std::ostream& out, bool json_lines) : out_(out), json_lines_(json_lines) {}
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  void Add(const Document& doc) { AddRendered(Section::kDocuments, Render(doc)); }
  void Add(const Entity& entity) { AddRendered(Section::kEntities, Render(entity)); }
  void Add(const Story& story) { AddRendered(Section::kStories, Render(story)); }
  void Add(const InputError& error) { AddRendered(Section::kErrors, Render(error)); }
  // The same as adding each in turn, rendered on `threads` threads.
  void AddAll(const std::vector<Document>& documents, int threads);
  void AddAll(const std::vector<Entity>& entities, int threads);
  void AddAll(const std::vector<Story>& stories, int threads);
  void AddAll(const std::vector<InputError>& errors, int threads);

  // An item as this writer prints it, so it can be set aside (a story built
  // before the entities are final) and added later with AddRendered.
  std::string Render(const Document& doc) const;
  std::string Render(const Entity& entity) const;
  std::string Render(const Story& story) const;
  std::string Render(const InputError& error) const;
  void AddRendered(Section section, std::string_view rendered);

  // Closes the open sections; nothing may be added after it.
  void Finish();

 private:
  void OpenSection(Section section);

  std::ostream& out_;
  bool json_lines_;
  int section_ = -1;       // the section being written; -1 before any
  bool section_empty_ = true;
};

}  // namespace newsgraph
