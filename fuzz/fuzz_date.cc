// Date lines, datelines, dates in text, URLs and credit lines.
#include <cstdint>
#include <string_view>

#include "fuzz_invariants.h"
#include "ingest/metadata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (auto date = ingest::ParseLooseDate(bytes)) fuzz::Check(IsValidDate(date->year, date->month, date->day));
  for (auto found : {ingest::FindDateInText(bytes), ingest::FindDatelineDate(bytes)}) {
    if (found) fuzz::Check(found->span.begin < found->span.end && found->span.end <= size);
  }
  ingest::SourceFromUrl(bytes);
  ingest::SourceFromCredits(bytes);
  return 0;
}
