// Web pages: gumbo plus our article extraction, on any bytes.
#include <cstdint>
#include <string_view>

#include "fuzz_invariants.h"
#include "ingest/article_parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ingest::ParsedArticle article = ingest::ParseHtml(bytes);
  if (!ValidateUtf8(bytes).ok()) return 0;  // only UTF-8 pages reach the parser in production
  fuzz::Check(ValidateUtf8(article.doc.text).ok());
  AnnotateText(article.doc);
  fuzz::CheckTextLayer(article.doc);
  return 0;
}
