// The whole per-article pipeline (times, entities, coreference, quotes,
// quantities) on any valid UTF-8 text: extractors must never read outside
// the text or crash on odd punctuation, digits or scripts.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_invariants.h"
#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  static const Pipeline* pipeline = [] {
    auto created = Pipeline::Create(PipelineOptions{});
    if (!created.ok()) std::abort();
    return new Pipeline(std::move(created).value());
  }();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!ValidateUtf8(bytes).ok()) return 0;
  Document doc;
  doc.id = "fuzz";
  // Half the inputs get an article date, so relative times resolve.
  if (size % 2 == 0) doc.date = Date{2024, 10, 29};
  doc.text = NormalizeText(bytes);
  pipeline->Annotate(doc);
  fuzz::CheckTextLayer(doc);
  fuzz::CheckSpans(doc);
  return 0;
}
