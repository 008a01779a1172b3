// Reading articles: files, directories (recursive) and "-" for stdin, in
// plain text, HTML or JSON Lines, detected by content and extension.
//
// Readers stream: each Document is handed to the caller as soon as it is
// read, so memory is bounded by one article (one JSONL line), not the input.
// A broken article becomes an InputError naming its file (and line) and what
// to do; every other article is still read.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/report.h"

namespace newsgraph {

struct IngestOptions {
  std::optional<Date> default_date;      // --date, for articles with none
  size_t max_article_bytes = 64 << 20;   // larger articles are rejected with an error
  std::string skip_file;                 // never read as an article: the report being written into an input folder
};

using DocumentSink = std::function<void(Document)>;
using ErrorSink = std::function<void(InputError)>;

// Reads every input in order. Documents come out with metadata and
// normalized `text`; tokens and later annotations are left empty.
void ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                const DocumentSink& on_document, const ErrorSink& on_error);

// Reads articles from bytes already in memory (an HTTP request body), with
// the format sniffed from the content: JSON Lines, HTML or plain text. `name`
// stands in for the file name in ids and error messages ("request").
void ReadBuffer(std::string_view bytes, const std::string& name, const IngestOptions& options,
                const DocumentSink& on_document, const ErrorSink& on_error);

}  // namespace newsgraph
