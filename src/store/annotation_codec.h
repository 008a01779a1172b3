// A compact binary form of a Document's annotations (tokens, sentences,
// mentions, entities, quotes, quantities, times, errors), so the archive keeps
// each article's analysis and an ingest annotates only the articles it adds.
//
// Metadata and text are not part of it; they have their own archive columns.
// The first bytes name the format version: a blob from another version, or a
// damaged one, fails to decode and the article is simply annotated again.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"

namespace newsgraph {

std::string EncodeAnnotations(const Document& doc);

// Fills `doc`'s annotation fields from `blob`; on failure leaves them empty.
// Spans are checked against doc.text, so set the text first.
Status DecodeAnnotations(std::string_view blob, Document& doc);

}  // namespace newsgraph
