// Drives ExtractTimes with Microsoft Recognizers-Text date specs
// (/work/shared/data/normalization/DateTime/English/DateParser.json): each case
// gives a reference date and expected text + resolution. We report the pass
// rate and hold a measured floor; many spec cases use chat phrasing ("Oct2",
// "on 15") that news does not, so 100% is not the goal.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/date.h"
#include "extract/times.h"

namespace newsgraph {
namespace {

std::string SharedDir() {
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  return env ? env : "/work/shared";
}

TEST(ExtractTimesRecognizersSpec, ResolvesDateParserCasesAboveMeasuredFloor) {
  std::string path = SharedDir() + "/data/normalization/DateTime/English/DateParser.json";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "Recognizers spec not found at " << path;
  nlohmann::json cases = nlohmann::json::parse(in);
  int total = 0, passed = 0;
  for (const auto& c : cases) {
    if (!c.contains("Context") || !c.contains("Results") || c["Results"].size() != 1) continue;
    const auto& expected = c["Results"][0];
    if (!expected.contains("Value")) continue;
    Document doc;
    doc.text = c["Input"].get<std::string>();
    doc.date = ParseIsoDate(c["Context"]["ReferenceDateTime"].get<std::string>());
    ExtractTimes(doc);
    ++total;
    const auto& value = expected["Value"];
    for (const auto& t : doc.times) {
      if (doc.Slice(t.span) != expected["Text"].get<std::string>()) continue;
      bool ok = t.value == value.value("Timex", "");
      for (const char* res : {"PastResolution", "FutureResolution"})
        if (value.contains(res) && value[res].value("date", "") == t.value) ok = true;
      if (ok) { ++passed; break; }
    }
  }
  double rate = total ? double(passed) / total : 0;
  std::printf("Recognizers DateParser: %d/%d = %.3f\n", passed, total, rate);
  EXPECT_GE(rate, 0.21);  // measured floor (0.215); see docs/notes/times.md
}

}  // namespace
}  // namespace newsgraph
