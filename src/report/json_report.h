// The JSON report: the public contract that users' scripts read.
//
// Field names and meanings are documented in docs/report-format.md and
// validated against docs/report.schema.json. Fields may be added; none is ever
// renamed or dropped. Offsets are byte offsets into the document's `text`.
#pragma once

#include <ostream>

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
void WriteJsonReport(const Report& report, std::ostream& out);

// JSON Lines: one {"document": ...} per line, then {"entity": ...},
// {"story": ...} and {"error": ...} lines.
void WriteJsonLinesReport(const Report& report, std::ostream& out);

}  // namespace newsgraph
