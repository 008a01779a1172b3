// The three article formats, each turned into Documents from bytes in
// memory. Shared by the file reader, the HTTP server and the fuzz targets.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace newsgraph::ingest {

// What a parser says about one article; the reader adds ids, fallbacks for
// date and source, and reports problems with the input's name and line.
struct ParsedArticle {
  Document doc;
  std::string problem;        // non-empty: the article is unusable; says what and what to do
  std::string date_problem;   // non-empty: the article is fine, its stated date is not
};

// Plain text, optionally opening with header lines (" date 2024-10-29",
// "Date: ...", "Source: ...", "Title: ...", "URL: ...", "ID: ...") and a
// headline line followed by a blank line. Neither is kept in the text.
ParsedArticle ParsePlainText(std::string_view utf8);

// A web page: the article's paragraphs and its metadata.
ParsedArticle ParseHtml(std::string_view utf8);

// One JSON object {"id","url","source","date","title","text"|"html"}.
ParsedArticle ParseJsonArticle(std::string_view json);

}  // namespace newsgraph::ingest
