// Scores ExtractTimes against TimeML (TimeBank/AQUAINT .tml files), as
// TempEval-3 does: strict and relaxed span P/R/F1, and value F1 over
// relaxed-matched spans. The DCT TIMEX3 (functionInDocument="CREATION_TIME")
// is the article date; TEXT with tags stripped is the article.
//
// Files are split by a hash of their name: one in four is held out ("held")
// and the rest are for tuning ("tune"). Error lines (TIMES_EVAL_VERBOSE=1) are
// printed for tuning files only, so the held-out part stays unseen.
//
// Usage: times_eval [--prefix wsj_] [DIR]   (DIR default /work/shared/data/timeml/train)
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "extract/times.h"
#include "eval_xml.h"

namespace fs = std::filesystem;
using newsgraph::Document;

namespace {

using newsgraph::bench::Attribute;
using newsgraph::bench::DecodeEntity;

struct Gold {
  uint32_t begin, end;
  std::string value;
};

// Strips tags from the TEXT element, decoding entities, recording TIMEX3 spans.
void StripText(std::string_view xml, std::string* text, std::vector<Gold>* gold) {
  std::vector<Gold> open;
  size_t i = 0;
  while (i < xml.size()) {
    char c = xml[i];
    if (c == '<') {
      size_t close = xml.find('>', i);
      std::string_view tag = xml.substr(i, close - i + 1);
      if (tag.starts_with("<TIMEX3")) open.push_back({uint32_t(text->size()), 0, Attribute(tag, "value")});
      else if (tag.starts_with("</TIMEX3") && !open.empty()) {
        open.back().end = uint32_t(text->size());
        gold->push_back(open.back());
        open.pop_back();
      }
      i = close + 1;
    } else if (c == '&') {
      size_t semi = xml.find(';', i);
      std::string_view ent = xml.substr(i, semi - i + 1);
      text->push_back(DecodeEntity(ent));
      i = semi + 1;
    } else {
      text->push_back(c);
      ++i;
    }
  }
}

struct Counts {
  int gold = 0, system = 0, strict = 0, relaxed = 0, value = 0;
  double bytes = 0, seconds = 0;
  void Print(const char* name) const {
    auto f1 = [&](int tp) {
      double p = system ? double(tp) / system : 0, r = gold ? double(tp) / gold : 0;
      return std::array<double, 3>{{p, r, p + r > 0 ? 2 * p * r / (p + r) : 0}};
    };
    auto s = f1(strict), r = f1(relaxed), v = f1(value);
    std::printf("%-8s gold=%d sys=%d | strict P=%.3f R=%.3f F1=%.3f | relaxed P=%.3f R=%.3f F1=%.3f"
                " | value F1=%.3f (acc on relaxed %.3f) | %.1f MB/s\n",
                name, gold, system, s[0], s[1], s[2], r[0], r[1], r[2], v[2],
                relaxed ? double(value) / relaxed : 0, bytes / 1e6 / seconds);
  }
};

// FNV-1a: a split that does not depend on directory order or file sources.
bool HeldOut(std::string_view name) {
  uint32_t h = 2166136261u;
  for (unsigned char c : name) h = (h ^ c) * 16777619u;
  return h % 4 == 0;
}

// One line per error, with the sentence-ish context around it, so a tuning
// pass can sort errors by kind: MISS (gold not found), VALUE (span overlaps,
// value differs), SPAN (value right, span boundaries differ), SPURIOUS (no
// gold overlaps).
// TIMEX3 values that name the same time: equal, or equal but for the zero
// that ISO 8601 pads a week number with ("2000-W08"), which part of the
// TimeML gold leaves out ("2000-W8").
bool SameValue(const std::string& system, const std::string& gold) {
  if (system == gold) return true;
  const size_t week = system.find("-W0");
  return week != std::string::npos && system.substr(0, week + 2) + system.substr(week + 3) == gold;
}

void PrintErrors(const std::string& name, const Document& doc, const std::vector<Gold>& gold) {
  auto context = [&](uint32_t b, uint32_t e) {
    uint32_t from = b > 60 ? b - 60 : 0, to = std::min<uint32_t>(uint32_t(doc.text.size()), e + 40);
    std::string s = doc.text.substr(from, to - from);
    for (char& c : s) if (c == '\n' || c == '\t') c = ' ';
    return s;
  };
  std::printf("DCT %s %s\n", name.c_str(), doc.date ? doc.date->ToString().c_str() : "-");
  std::vector<bool> used(doc.times.size());
  for (const auto& g : gold) {
    std::string text = doc.text.substr(g.begin, g.end - g.begin);
    bool found = false;
    for (size_t j = 0; j < doc.times.size(); ++j) {
      const auto& t = doc.times[j];
      if (!(t.span.begin < g.end && g.begin < t.span.end)) continue;
      used[j] = true;
      if (!found && SameValue(t.value, g.value) && (t.span.begin != g.begin || t.span.end != g.end))
        std::printf("SPAN %s [%s] gold [%s] %s\n", name.c_str(), std::string(doc.Slice(t.span)).c_str(),
                    text.c_str(), g.value.c_str());
      if (!found && !SameValue(t.value, g.value))
        std::printf("VALUE %s [%s] %s gold [%s] %s | %s\n", name.c_str(), std::string(doc.Slice(t.span)).c_str(),
                    t.value.c_str(), text.c_str(), g.value.c_str(), context(g.begin, g.end).c_str());
      found = true;
    }
    if (!found)
      std::printf("MISS %s [%s] %s | %s\n", name.c_str(), text.c_str(), g.value.c_str(), context(g.begin, g.end).c_str());
  }
  for (size_t j = 0; j < doc.times.size(); ++j) {
    if (used[j]) continue;
    const auto& t = doc.times[j];
    std::printf("SPURIOUS %s [%s] %s | %s\n", name.c_str(), std::string(doc.Slice(t.span)).c_str(), t.value.c_str(),
                context(t.span.begin, t.span.end).c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string prefix, dir = "/work/shared/data/timeml/train";
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--prefix" && a + 1 < argc) prefix = argv[++a];
    else dir = arg;
  }
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "times_eval: no TimeML directory at %s; pass the folder of .tml files\n", dir.c_str());
    return 2;
  }
  Counts tune, held, all;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".tml") continue;
    std::string name = entry.path().filename().string();
    if (!prefix.empty() && !name.starts_with(prefix)) continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string xml = ss.str();
    Document doc;
    size_t dct = xml.find("CREATION_TIME");
    if (dct != std::string::npos) {
      size_t tag = xml.rfind("<TIMEX3", dct);
      std::string value = Attribute(std::string_view(xml).substr(tag, xml.find('>', dct) - tag), "value");
      doc.date = newsgraph::ParseIsoDate(value.substr(0, 10));
    }
    size_t begin = xml.find("<TEXT>"), end = xml.find("</TEXT>");
    if (begin == std::string::npos || end == std::string::npos) continue;
    std::vector<Gold> gold;
    StripText(std::string_view(xml).substr(begin + 6, end - begin - 6), &doc.text, &gold);

    auto t0 = std::chrono::steady_clock::now();
    newsgraph::ExtractTimes(doc);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    Counts c;
    c.gold = int(gold.size());
    c.system = int(doc.times.size());
    c.bytes = double(doc.text.size());
    c.seconds = seconds;
    for (const auto& g : gold) {
      for (const auto& t : doc.times) {
        if (t.span.begin == g.begin && t.span.end == g.end) ++c.strict;
        if (t.span.begin < g.end && g.begin < t.span.end) {
          ++c.relaxed;
          if (SameValue(t.value, g.value)) ++c.value;
          break;
        }
      }
    }
    bool held_out = HeldOut(name);
    if (!held_out && std::getenv("TIMES_EVAL_VERBOSE")) PrintErrors(name, doc, gold);
    Counts& part = held_out ? held : tune;
    for (Counts* k : {&part, &all}) {
      k->gold += c.gold; k->system += c.system; k->strict += c.strict; k->relaxed += c.relaxed;
      k->value += c.value; k->bytes += c.bytes; k->seconds += c.seconds;
    }
  }
  tune.Print("tune");
  held.Print("held");
  all.Print("all");
  return 0;
}
