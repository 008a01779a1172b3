// JSON Lines: whole buffers through the reader (line splitting, sniffing,
// ids) and single records through the JSON parser.
#include <cstdint>
#include <string_view>

#include "fuzz_invariants.h"
#include "ingest/article_parsers.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ingest::ParsedArticle article = ingest::ParseJsonArticle(bytes);
  if (article.problem.empty()) fuzz::Check(!article.doc.text.empty() && ValidateUtf8(article.doc.text).ok());
  ReadBuffer(
      bytes, "fuzz", IngestOptions{},
      [](Document doc) {
        fuzz::Check(!doc.id.empty() && ValidateUtf8(doc.text).ok());
        AnnotateText(doc);
        fuzz::CheckTextLayer(doc);
      },
      [](InputError error) { fuzz::Check(!error.message.empty()); });
  return 0;
}
