// Scores ExtractTimes on GUM's Wikinews documents (news and interviews), an
// annotation independent of TimeML. GUM's xml/ files hold one token per line
// with inline <date when="..."> / <date from="..." to="..."> elements and the
// article date in <text dateCreated="...">; the text is rebuilt by joining
// tokens with single spaces.
//
// Extraction: P/R/F1 of overlapping spans. GUM marks calendar dates (points
// and ranges), so system DURATION and SET expressions and vague references
// (PRESENT_REF, PAST_REF, FUTURE_REF) are left out of precision.
// Value: a matched gold date with a when= or from=/to= value counts as right
// when the system value names the same span of days ("2015-W38" = Monday
// 2015-09-14 to Sunday 2015-09-20, "2022-SU" = June to August); a gold
// notBefore/notAfter range has no single value and is left out.
//
// Usage: gum_times_eval [DIR]   (DIR default /work/shared/data/gum-news/xml)
// Exits 0 with a message when DIR is absent, so CI without the data skips it.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "extract/times.h"
#include "eval_xml.h"

namespace fs = std::filesystem;
using newsgraph::Date;
using newsgraph::Document;

namespace {

using newsgraph::bench::Attribute;
using newsgraph::bench::DecodeEntity;

struct GoldDate {
  uint32_t begin = 0, end = 0;
  std::string when, from, to;  // at most one of when / (from, to) is set
};

std::string DecodeEntities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out.push_back(s[i]); continue; }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos) { out.push_back('&'); continue; }
    std::string_view ent = s.substr(i, semi - i + 1);
    out.push_back(DecodeEntity(ent));
    i = semi;
  }
  return out;
}

// Rebuilds the text from token lines and records each <date> element's span.
void ReadGum(const std::string& xml, Document* doc, std::vector<GoldDate>* gold, std::string* genre) {
  std::istringstream lines(xml);
  std::string line;
  std::vector<GoldDate> open;
  while (std::getline(lines, line)) {
    if (line.starts_with("<text ")) {
      doc->date = newsgraph::ParseIsoDate(Attribute(line, "dateCreated"));
      *genre = Attribute(line, "type");
    } else if (line.starts_with("<date")) {
      GoldDate g;
      g.begin = UINT32_MAX;  // set by the first token inside
      g.when = Attribute(line, "when");
      g.from = Attribute(line, "from");
      g.to = Attribute(line, "to");
      open.push_back(std::move(g));
    } else if (line.starts_with("</date")) {
      if (open.empty()) continue;
      if (open.back().begin == UINT32_MAX) { open.pop_back(); continue; }  // an empty element
      open.back().end = uint32_t(doc->text.size());
      gold->push_back(std::move(open.back()));
      open.pop_back();
    } else if (line.starts_with("</s>") || line.starts_with("</p>") || line.starts_with("</head>")) {
      // Sentence and paragraph breaks become newlines so the extractor sees them.
      if (!doc->text.empty() && doc->text.back() != '\n') doc->text.push_back('\n');
    } else if (!line.empty() && line[0] != '<') {
      if (!doc->text.empty() && doc->text.back() != '\n') doc->text.push_back(' ');
      for (auto& g : open)
        if (g.begin == UINT32_MAX) g.begin = uint32_t(doc->text.size());
      doc->text += DecodeEntities(std::string_view(line).substr(0, line.find('\t')));
    }
  }
}

using DayRange = std::pair<Date, Date>;

std::optional<int> Digits(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// The days a TIMEX3-style value covers: YYYY, YYYY-MM, YYYY-MM-DD[T...],
// YYYY-Www[-WE], YYYY-Qn, YYYY-SP|SU|FA|WI. nullopt for anything else.
std::optional<DayRange> Days(std::string_view v) {
  if (v.size() == 3 || v.size() == 2) {  // a decade (196) or century (19)
    auto lead = Digits(v);
    if (!lead) return std::nullopt;
    int span = v.size() == 3 ? 10 : 100;
    return DayRange{{*lead * span, 1, 1}, {*lead * span + span - 1, 12, 31}};
  }
  auto year = Digits(v.substr(0, 4));
  if (v.size() < 4 || !year) return std::nullopt;
  int y = *year;
  if (v.size() == 4) return DayRange{{y, 1, 1}, {y, 12, 31}};
  if (v[4] != '-') return std::nullopt;
  std::string_view rest = v.substr(5);
  if (size_t t = rest.find('T'); t != std::string_view::npos && rest[0] != 'W') rest = rest.substr(0, t);
  if (rest.size() == 2) {
    if (auto m = Digits(rest); m && *m >= 1 && *m <= 12)
      return DayRange{{y, *m, 1}, {y, *m, newsgraph::DaysInMonth(y, *m)}};
    static constexpr std::array<std::pair<std::string_view, std::array<int, 4>>, 4> kSeasons = {{
        {"SP", {3, 1, 5, 31}}, {"SU", {6, 1, 8, 31}}, {"FA", {9, 1, 11, 30}}, {"WI", {12, 1, 2, 28}}}};
    for (const auto& [name, r] : kSeasons)
      if (rest == name) return DayRange{{y, r[0], r[1]}, {r[2] < r[0] ? y + 1 : y, r[2], r[3]}};
    if (rest[0] == 'Q') {
      if (auto q = Digits(rest.substr(1)); q && *q >= 1 && *q <= 4) {
        int last = *q * 3;
        return DayRange{{y, last - 2, 1}, {y, last, newsgraph::DaysInMonth(y, last)}};
      }
    }
    return std::nullopt;
  }
  if (rest.size() == 5 && rest[2] == '-') {
    auto m = Digits(rest.substr(0, 2)), d = Digits(rest.substr(3, 2));
    if (!m || !d || !newsgraph::IsValidDate(y, *m, *d)) return std::nullopt;
    return DayRange{{y, *m, *d}, {y, *m, *d}};
  }
  if (rest[0] == 'W') {
    bool weekend = rest.ends_with("-WE");
    auto w = Digits(weekend ? rest.substr(1, rest.size() - 4) : rest.substr(1));
    if (!w || *w < 1 || *w > 53) return std::nullopt;
    Date jan4{y, 1, 4};
    Date monday = jan4.AddDays(-jan4.Weekday() + 7 * (*w - 1));
    return weekend ? DayRange{monday.AddDays(5), monday.AddDays(6)} : DayRange{monday, monday.AddDays(6)};
  }
  return std::nullopt;
}

struct Counts {
  int gold = 0, system = 0, matched_gold = 0, matched_system = 0, valued = 0, value_right = 0;
  void Add(const Counts& c) {
    gold += c.gold; system += c.system; matched_gold += c.matched_gold;
    matched_system += c.matched_system; valued += c.valued; value_right += c.value_right;
  }
  void Print(const char* name) const {
    double p = system ? double(matched_system) / system : 0, r = gold ? double(matched_gold) / gold : 0;
    std::printf("%-10s gold=%d sys=%d | extraction P=%.3f R=%.3f F1=%.3f | value acc=%.3f (%d/%d matched"
                " dates with a value)\n",
                name, gold, system, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0,
                valued ? double(value_right) / valued : 0, value_right, valued);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/work/shared/data/gum-news/xml";
  if (!fs::is_directory(dir)) {
    std::printf("gum_times_eval: no GUM xml directory at %s; skipped\n", dir.c_str());
    return 0;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::printf("gum_times_eval: no .xml files in %s; skipped\n", dir.c_str());
    return 0;
  }
  bool verbose = std::getenv("TIMES_EVAL_VERBOSE") != nullptr;
  Counts news, interview, all;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    Document doc;
    std::vector<GoldDate> gold;
    std::string genre;
    ReadGum(ss.str(), &doc, &gold, &genre);
    newsgraph::ExtractTimes(doc);

    Counts c;
    c.gold = int(gold.size());
    std::vector<bool> system_matched(doc.times.size());
    for (size_t j = 0; j < doc.times.size(); ++j) {
      const auto& t = doc.times[j];
      // GUM's <date> holds calendar dates: vague references (PRESENT_REF) are out of its scope.
      if (t.type == newsgraph::TimeType::kDuration || t.type == newsgraph::TimeType::kSet ||
          t.value.ends_with("_REF"))
        continue;
      ++c.system;
      for (const auto& g : gold)
        if (t.span.begin < g.end && g.begin < t.span.end) { system_matched[j] = true; break; }
      if (system_matched[j]) ++c.matched_system;
      else if (verbose)
        std::printf("SPURIOUS %s [%s] %s\n", path.filename().c_str(), std::string(doc.Slice(t.span)).c_str(),
                    t.value.c_str());
    }
    for (const auto& g : gold) {
      std::string text = doc.text.substr(g.begin, g.end - g.begin);
      const newsgraph::TimeExpression* hit = nullptr;
      for (const auto& t : doc.times)
        if (t.span.begin < g.end && g.begin < t.span.end) { hit = &t; break; }
      std::optional<DayRange> want = !g.when.empty() ? Days(g.when)
                                     : !g.from.empty() && !g.to.empty()
                                         ? [&]() -> std::optional<DayRange> {
                                             auto a = Days(g.from), b = Days(g.to);
                                             if (!a || !b) return std::nullopt;
                                             return DayRange{a->first, b->second};
                                           }()
                                         : std::nullopt;
      if (!hit) {
        if (verbose) std::printf("MISS %s [%s] %s%s\n", path.filename().c_str(), text.c_str(), g.when.c_str(), g.from.c_str());
        continue;
      }
      ++c.matched_gold;
      if (!want) continue;
      ++c.valued;
      auto got = Days(hit->value);
      if (got && *got == *want) ++c.value_right;
      else if (verbose)
        std::printf("VALUE %s [%s] %s gold [%s] %s%s %s\n", path.filename().c_str(),
                    std::string(doc.Slice(hit->span)).c_str(), hit->value.c_str(), text.c_str(), g.when.c_str(),
                    g.from.c_str(), g.to.c_str());
    }
    (genre == "interview" ? interview : news).Add(c);
    all.Add(c);
  }
  news.Print("news");
  interview.Print("interview");
  all.Print("all");
  return 0;
}
