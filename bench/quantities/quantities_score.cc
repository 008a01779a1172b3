// Scores ExtractQuantities on the Microsoft Recognizers-Text English specs
// (number, percent, number range, currency, dimension) and prints precision,
// recall and F1 per file.
//
// A prediction matches an expected result when their spans overlap and the
// values agree (to 1e-6 relative): the point value, or for ranges both ends.
// Only predictions of the file's kind count: money units for currency,
// "percent" for percentages, ranges for the range model, measures for
// dimensions, everything for plain numbers. Cases marked NotSupported upstream
// are scored too (they are real inputs), and counted separately.
//
// usage: quantities_score [SHARED_DIR]   (default $NEWSGRAPH_SHARED or /work/shared)
// QUANTITIES_VERBOSE=1 prints each missed expectation and each unmatched
// prediction with its input.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/quantities.h"

namespace {

enum class Kind { kNumber, kPercent, kRange, kCurrency, kDimension };

struct SpecFile {
  const char* path;
  Kind kind;
};
constexpr SpecFile kSpecFiles[] = {
    {"Number/English/NumberModel.json", Kind::kNumber},
    {"Number/English/PercentModel.json", Kind::kPercent},
    {"Number/English/NumberRangeModel.json", Kind::kRange},
    {"NumberWithUnit/English/CurrencyModel.json", Kind::kCurrency},
    {"NumberWithUnit/English/DimensionModel.json", Kind::kDimension},
};

bool Close(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

bool IsCurrencyCode(const std::string& unit) {
  return unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0])) &&
         std::isupper(static_cast<unsigned char>(unit[2]));
}

// True when the unit is the head noun of what is counted ("500 troops"): a
// count, where "2.4 billion gallons of jet fuel" is a measure of what it counts.
bool UnitIsCountedHead(const newsgraph::Quantity& q) {
  if (q.counted.empty()) return false;
  const std::string head = q.counted.substr(q.counted.rfind(' ') + 1);
  return head.size() == q.unit.size() && std::equal(head.begin(), head.end(), q.unit.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         });
}

bool Counts(const newsgraph::Quantity& q, Kind kind) {
  switch (kind) {
    case Kind::kNumber: return true;
    case Kind::kPercent: return q.unit == "percent";
    case Kind::kRange: return q.low.has_value() || q.high.has_value();
    // Minor units keep their own name ("34 cents"), as the spec does.
    case Kind::kCurrency: return IsCurrencyCode(q.unit) || q.unit == "cents" || q.unit == "pence";
    case Kind::kDimension:
      return !q.unit.empty() && !Counts(q, Kind::kCurrency) && !UnitIsCountedHead(q) && q.unit != "percent";
  }
  return false;
}

// Expected value(s) of a spec result: a point, or [low, high] for ranges
// written "[20,30)".
struct Expected {
  uint32_t begin, end;
  std::optional<double> value, low, high;
};

std::optional<double> ToNumber(std::string s) {
  while (!s.empty() && (s.back() == '%')) s.pop_back();
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

std::optional<Expected> ReadExpected(const nlohmann::json& r) {
  if (!r.contains("Resolution") || !r["Resolution"].is_object()) return std::nullopt;
  const auto& res = r["Resolution"];
  if (!res.contains("value") || !res["value"].is_string()) return std::nullopt;
  Expected e{r.value("Start", 0u), r.value("End", 0u) + 1, {}, {}, {}};
  std::string v = res["value"];
  if (!v.empty() && (v[0] == '[' || v[0] == '(')) {
    size_t comma = v.find(',');
    if (comma == std::string::npos) return std::nullopt;
    e.low = ToNumber(v.substr(1, comma - 1));
    e.high = ToNumber(v.substr(comma + 1, v.size() - comma - 2));
  } else {
    e.value = ToNumber(v);
  }
  return e;
}

bool Matches(const newsgraph::Quantity& q, const Expected& e) {
  if (q.span.begin >= e.end || e.begin >= q.span.end) return false;
  if (e.value) return q.value && Close(*q.value, *e.value);
  bool low_ok = !e.low || (q.low && Close(*q.low, *e.low));
  bool high_ok = !e.high || (q.high && Close(*q.high, *e.high));
  return low_ok && high_ok && (e.low || e.high);
}

}  // namespace

int main(int argc, char** argv) {
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  std::filesystem::path shared = argc > 1 ? argv[1] : env ? env : "/work/shared";
  std::filesystem::path dir = shared / "data/normalization";
  if (!std::filesystem::exists(dir)) {
    std::fprintf(stderr, "%s is absent; pass the shared/ folder as the first argument\n", dir.c_str());
    return 2;
  }
  const bool verbose = std::getenv("QUANTITIES_VERBOSE") != nullptr;
  int all_tp = 0, all_pred = 0, all_gold = 0;
  std::printf("%-45s %6s %6s %6s %7s %7s %7s\n", "file", "gold", "pred", "tp", "P", "R", "F1");
  for (const SpecFile& spec : kSpecFiles) {
    std::ifstream in(dir / spec.path);
    if (!in) {
      std::fprintf(stderr, "%s: missing, skipped\n", spec.path);
      continue;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);
    nlohmann::json cases = nlohmann::json::parse(content, nullptr, false);
    if (!cases.is_array()) {
      std::fprintf(stderr, "%s: not a JSON list, skipped\n", spec.path);
      continue;
    }
    int tp = 0, pred = 0, gold = 0;
    for (const auto& c : cases) {
      newsgraph::Document doc;
      doc.text = c.value("Input", "");
      newsgraph::ExtractQuantities(doc);
      std::vector<Expected> expected;
      for (const auto& r : c["Results"]) {
        if (auto e = ReadExpected(r)) expected.push_back(*e);
      }
      gold += static_cast<int>(expected.size());
      std::vector<bool> used(expected.size(), false);
      for (const auto& q : doc.quantities) {
        if (!Counts(q, spec.kind)) continue;
        ++pred;
        bool matched = false;
        for (size_t i = 0; i < expected.size() && !matched; ++i) {
          if (!used[i] && Matches(q, expected[i])) {
            used[i] = true;
            matched = true;
            ++tp;
          }
        }
        if (verbose && !matched)
          std::printf("FALSE %s: '%s' = %g [%s] in: %s\n", spec.path, std::string(doc.Slice(q.span)).c_str(),
                      q.value.value_or(q.low.value_or(NAN)), q.unit.c_str(), doc.text.c_str());
      }
      for (size_t i = 0; verbose && i < expected.size(); ++i)
        if (!used[i])
          std::printf("MISS %s: '%s' = %g in: %s\n", spec.path,
                      doc.text.substr(expected[i].begin, expected[i].end - expected[i].begin).c_str(),
                      expected[i].value.value_or(expected[i].low.value_or(NAN)), doc.text.c_str());
    }
    auto ratio = [](int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; };
    double p = ratio(tp, pred), r = ratio(tp, gold), f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    std::printf("%-45s %6d %6d %6d %7.3f %7.3f %7.3f\n", spec.path, gold, pred, tp, p, r, f);
    all_tp += tp;
    all_pred += pred;
    all_gold += gold;
  }
  double p = all_pred ? static_cast<double>(all_tp) / all_pred : 0, r = all_gold ? static_cast<double>(all_tp) / all_gold : 0;
  std::printf("%-45s %6d %6d %6d %7.3f %7.3f %7.3f\n", "all", all_gold, all_pred, all_tp, p, r,
              p + r == 0 ? 0 : 2 * p * r / (p + r));
  return 0;
}
