// Plain-text articles: header lines, headline, normalization, tokens, sentences.
#include <cstdint>
#include <string_view>

#include "fuzz_invariants.h"
#include "ingest/article_parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!ValidateUtf8(bytes).ok()) return 0;  // the reader rejects these before parsing
  ingest::ParsedArticle article = ingest::ParsePlainText(bytes);
  fuzz::Check(ValidateUtf8(article.doc.text).ok());
  fuzz::Check(NormalizeText(article.doc.text) == article.doc.text);  // normalizing is idempotent
  AnnotateText(article.doc);
  fuzz::CheckTextLayer(article.doc);
  return 0;
}
