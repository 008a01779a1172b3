// Scores ExtractQuotes against PolNeAR attribution relations (train and dev).
//
// Each article runs through the real stages the pipeline runs before quotes:
// AnnotateText, EntityRecognizer::Recognize, ResolveWithinDocument. Gold
// spans are brat standoff in Unicode code points and are mapped to byte
// offsets. Where several annotators labelled an article, the first .ann file
// in name order is the gold standard (the others would count it twice).
//
// Matching is by character overlap, so quotation marks and a trailing comma
// inside or outside a span do not matter; nested spans (predicted or gold)
// count each byte once:
//   content recall   a gold Content is found when predicted quotes cover at
//                    least half of its bytes;
//   quote precision  a predicted quote is correct when at least half of its
//                    bytes lie inside gold Content spans;
//   speaker accuracy over found Contents that have a gold Source: the quote
//                    covering most of the Content (the shortest of equal
//                    covers, for nested quotes) has a speaker span that
//                    overlaps a Source span (a second figure also accepts a
//                    speaker resolved to the entity a Source mention names,
//                    as when "she" or an earlier "Austin" is the speaker).
//
// Usage: quotes_eval [--split train|dev|all] [--models DIR] [--show N]
//        [--shared DIR] [--cues N] [--article NAME] [--dump FILE] [--text TEXT].
//        --show prints N examples
//        of each kind of error; --cues the N most used cues with their
//        precision; --article every predicted quote of the articles whose name
//        contains NAME, with speaker and cue; --dump writes every predicted quote
//        as a tab-separated line (article, kind, then byte offsets of span,
//        speaker and cue, -1 where absent) for analysis by script; --text
//        runs TEXT alone through the same stages and prints its quotes.
// Exits 0 with a message when the data is absent.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/entities.h"
#include "extract/quotes.h"
#include "link/coreference.h"
#include "text/text_layer.h"

namespace fs = std::filesystem;
using newsgraph::Document;
using newsgraph::Span;

namespace {

struct GoldAttribution {
  std::vector<Span> content;
  std::vector<Span> source;
  std::vector<Span> cue;  // shown with misses, to see which cues are missing
};

struct Counts {
  size_t gold = 0, found = 0;                  // contents
  size_t gold_quoted = 0, found_quoted = 0;    // contents that open with a quotation mark
  size_t predicted = 0, correct = 0;           // quotes
  size_t with_source = 0, speaker_right = 0;   // found contents with a gold Source
  size_t entity_right = 0;                     // ... or the speaker is the Source's entity
  size_t nested = 0, nested_best = 0;          // quotes inside another; ... the best quote of a Content
  struct PerCue {
    size_t predicted = 0, correct = 0, found = 0;  // found: gold contents it covers best
    size_t with_source = 0, speaker_right = 0;
  };
  std::map<std::string, PerCue> by_cue;  // lower-cased cue text, "-" for none
};

std::string CueKey(const Document& doc, const newsgraph::Quote& q) {
  std::string key = q.cue ? std::string(doc.Slice(*q.cue)) : "-";
  for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return key;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// byte_at[i] is the byte offset of code point i; byte_at[n] is the text size.
std::vector<uint32_t> CodePointOffsets(const std::string& text) {
  std::vector<uint32_t> byte_at;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_at.push_back(i);
  }
  byte_at.push_back(static_cast<uint32_t>(text.size()));
  return byte_at;
}

// "Content 10 20;30 40" -> byte spans.
std::vector<Span> ParseSpans(const std::string& ranges, const std::vector<uint32_t>& byte_at) {
  std::vector<Span> spans;
  std::stringstream in(ranges);
  std::string piece;
  while (std::getline(in, piece, ';')) {
    unsigned long b = 0, e = 0;
    if (std::sscanf(piece.c_str(), "%lu %lu", &b, &e) != 2 || e >= byte_at.size() || b >= e) continue;
    spans.push_back(Span{byte_at[b], byte_at[e]});
  }
  return spans;
}

std::vector<GoldAttribution> ParseAnn(const std::string& ann, const std::vector<uint32_t>& byte_at) {
  std::map<std::string, std::vector<Span>> spans;  // T id -> spans
  std::vector<std::vector<std::pair<std::string, std::string>>> events;
  std::stringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    std::stringstream fields(line);
    std::string id, middle;
    std::getline(fields, id, '\t');
    std::getline(fields, middle, '\t');
    if (id.empty()) continue;
    if (id[0] == 'T') {
      size_t space = middle.find(' ');
      if (space != std::string::npos) spans[id] = ParseSpans(middle.substr(space + 1), byte_at);
    } else if (id[0] == 'E') {
      std::vector<std::pair<std::string, std::string>> roles;
      std::stringstream parts(middle);
      std::string part;
      while (parts >> part) {
        size_t colon = part.find(':');
        if (colon != std::string::npos) roles.emplace_back(part.substr(0, colon), part.substr(colon + 1));
      }
      events.push_back(std::move(roles));
    }
  }
  std::vector<GoldAttribution> out;
  for (const auto& roles : events) {
    GoldAttribution a;
    for (const auto& [role, id] : roles) {
      auto it = spans.find(id);
      if (it == spans.end()) continue;
      if (role == "Content") a.content = it->second;
      if (role == "Source") a.source = it->second;
      if (role == "Cue") a.cue = it->second;
    }
    if (!a.content.empty()) out.push_back(std::move(a));
  }
  return out;
}

uint32_t Intersection(Span a, Span b) {
  uint32_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

// Bytes of `spans` that lie inside any of `cover`; `cover` must be disjoint
// (see Union), or a byte is counted once per span holding it.
uint32_t Covered(const std::vector<Span>& spans, const std::vector<Span>& cover) {
  uint32_t n = 0;
  for (Span s : spans) {
    for (Span c : cover) n += Intersection(s, c);
  }
  return n;
}

// Nested quotes lie inside the quotes that report them: their union, so
// that coverage counts each byte once.
std::vector<Span> Union(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> out;
  for (Span s : spans) {
    if (!out.empty() && s.begin <= out.back().end) out.back().end = std::max(out.back().end, s.end);
    else out.push_back(s);
  }
  return out;
}

uint32_t Length(const std::vector<Span>& spans) {
  uint32_t n = 0;
  for (Span s : spans) n += s.size();
  return n;
}

bool OpensWithQuote(const Document& doc, Span s) {
  std::string_view t = doc.Slice(s);
  return t.starts_with("\"") || t.starts_with("\xE2\x80\x9C") || t.starts_with("'") ||
         t.starts_with("\xE2\x80\x98");
}

std::string Excerpt(const Document& doc, Span s) {
  std::string out(doc.Slice(s).substr(0, 160));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

struct Shown {
  int misses = 0, false_quotes = 0, speakers = 0;
};

void Score(const Document& doc, const std::vector<GoldAttribution>& gold, const std::string& name,
           int show, Shown& shown, Counts& c) {
  std::vector<Span> predicted;
  for (const auto& q : doc.quotes) predicted.push_back(q.span);
  predicted = Union(std::move(predicted));
  std::vector<Span> gold_content;
  for (const auto& g : gold) gold_content.insert(gold_content.end(), g.content.begin(), g.content.end());
  gold_content = Union(std::move(gold_content));
  std::vector<const newsgraph::Quote*> best_of_content;

  for (const auto& g : gold) {
    bool quoted = OpensWithQuote(doc, g.content.front());
    ++c.gold;
    c.gold_quoted += quoted;
    if (2 * Covered(g.content, predicted) < Length(g.content)) {
      if (shown.misses < show) {
        ++shown.misses;
        Span c = g.content.front();
        Span before{c.begin > 60 ? c.begin - 60 : 0, c.begin};
        std::string cue = g.cue.empty() ? "-" : Excerpt(doc, g.cue.front());
        Span last = g.content.back();
        Span after{last.end, std::min<uint32_t>(last.end + 60, static_cast<uint32_t>(doc.text.size()))};
        std::printf("MISS %s {%s} %.2f: %s [[%s]] %s\n", name.c_str(), cue.c_str(),
                    static_cast<double>(Covered(g.content, predicted)) / Length(g.content), Excerpt(doc, before).c_str(),
                    Excerpt(doc, c).c_str(), Excerpt(doc, after).c_str());
      }
      continue;
    }
    ++c.found;
    c.found_quoted += quoted;
    const newsgraph::Quote* best = nullptr;
    uint32_t best_overlap = 0;
    // A nested quote covers its Content as fully as the quote reporting it
    // does: of equal covers, the shortest quote is the one that matches.
    for (const auto& q : doc.quotes) {
      uint32_t o = Covered(g.content, {q.span});
      if (o > best_overlap || (best && o == best_overlap && q.span.size() < best->span.size()))
        best_overlap = o, best = &q;
    }
    if (best) ++c.by_cue[CueKey(doc, *best)].found, best_of_content.push_back(best);
    if (g.source.empty()) continue;
    ++c.with_source;
    bool right = best && best->speaker && Covered(g.source, {*best->speaker}) > 0;
    c.speaker_right += right;
    if (best) {
      Counts::PerCue& per_cue = c.by_cue[CueKey(doc, *best)];
      ++per_cue.with_source;
      per_cue.speaker_right += right;
    }
    bool same_entity = false;
    for (const auto& m : doc.mentions)
      same_entity |= best && best->speaker_entity >= 0 && m.entity == best->speaker_entity &&
                     Covered(g.source, {m.span}) > 0;
    c.entity_right += right || same_entity;
    if (!right && shown.speakers < show) {
      ++shown.speakers;
      Span before{best->span.begin > 100 ? best->span.begin - 100 : 0, best->span.begin};
      std::printf("SPEAKER %s {%s}: gold '%s' got '%s' for: %s [[%s]]\n", name.c_str(),
                  best ? CueKey(doc, *best).c_str() : "", Excerpt(doc, g.source.front()).c_str(),
                  best && best->speaker ? Excerpt(doc, *best->speaker).c_str() : "-", Excerpt(doc, before).c_str(),
                  Excerpt(doc, best->span).c_str());
    }
  }
  for (const auto& q : doc.quotes) {
    const bool nested = std::any_of(doc.quotes.begin(), doc.quotes.end(), [&](const newsgraph::Quote& outer) {
      return &outer != &q && outer.span.begin <= q.span.begin && q.span.end <= outer.span.end && outer.span != q.span;
    });
    c.nested += nested;
    c.nested_best += nested && std::find(best_of_content.begin(), best_of_content.end(), &q) != best_of_content.end();
    ++c.predicted;
    Counts::PerCue& per_cue = c.by_cue[CueKey(doc, q)];
    ++per_cue.predicted;
    if (2 * Covered({q.span}, gold_content) >= q.span.size()) {
      ++c.correct;
      ++per_cue.correct;
    } else if (shown.false_quotes < show) {
      ++shown.false_quotes;
      std::printf("FALSE %s [%s]: %s\n", name.c_str(), std::string(newsgraph::ToString(q.kind)).c_str(),
                  Excerpt(doc, q.span).c_str());
    }
  }
}

// Every predicted quote of one article, to see what a rule does in context.
void PrintQuotes(const Document& doc, const std::string& name) {
  for (const auto& q : doc.quotes) {
    std::printf("QUOTE %s [%s] {%s} '%s': [[%s]]\n", name.c_str(), std::string(newsgraph::ToString(q.kind)).c_str(),
                CueKey(doc, q).c_str(), q.speaker ? Excerpt(doc, *q.speaker).c_str() : "-", Excerpt(doc, q.span).c_str());
  }
}

void DumpQuotes(const Document& doc, const std::string& name, std::FILE* out) {
  auto at = [](const std::optional<Span>& s) {
    return s ? std::to_string(s->begin) + "\t" + std::to_string(s->end) : std::string("-1\t-1");
  };
  for (const auto& q : doc.quotes) {
    std::fprintf(out, "%s\t%s\t%u\t%u\t%s\t%s\n", name.c_str(), std::string(newsgraph::ToString(q.kind)).c_str(),
                 q.span.begin, q.span.end, at(q.speaker).c_str(), at(q.cue).c_str());
  }
}

double Ratio(size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

void Print(const char* split, const Counts& c) {
  double p = Ratio(c.correct, c.predicted), r = Ratio(c.found, c.gold);
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  std::printf("%-5s contents %zu  quotes %zu\n", split, c.gold, c.predicted);
  std::printf("      content recall   %.3f  (quoted %.3f of %zu, unquoted %.3f of %zu)\n", r,
              Ratio(c.found_quoted, c.gold_quoted), c.gold_quoted, Ratio(c.found - c.found_quoted, c.gold - c.gold_quoted),
              c.gold - c.gold_quoted);
  std::printf("      quote precision  %.3f  (%zu of %zu; %zu contents found)\n", p, c.correct, c.predicted, c.found);
  std::printf("      F1               %.3f\n", f);
  // A nested quote lies inside the Content of the quote holding it, so it is
  // nearly always "correct"; this says how many match a Content of their own.
  std::printf("      nested quotes    %zu  (%zu the best quote of a gold Content)\n", c.nested, c.nested_best);
  std::printf("      speaker accuracy %.3f  (%zu of %zu found contents with a gold Source)\n",
              Ratio(c.speaker_right, c.with_source), c.speaker_right, c.with_source);
  std::printf("      speaker accuracy, same entity allowed %.3f\n", Ratio(c.entity_right, c.with_source));
}

// The `n` cues with most predicted quotes: how many, how many correct, how
// many gold contents each finds. For tuning the cue table.
void PrintCues(const Counts& c, int n) {
  if (n <= 0) return;
  std::vector<std::pair<std::string, Counts::PerCue>> rows(c.by_cue.begin(), c.by_cue.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.predicted > b.second.predicted; });
  std::printf("      %-24s %9s %9s %9s %9s\n", "cue", "predicted", "precision", "found", "speaker");
  for (int i = 0; i < n && i < static_cast<int>(rows.size()); ++i) {
    const auto& [cue, k] = rows[i];
    std::printf("      %-24s %9zu %9.2f %9zu %9.2f\n", cue.c_str(), k.predicted, Ratio(k.correct, k.predicted), k.found,
                Ratio(k.speaker_right, k.with_source));
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string split = "all";
  std::string models = std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  fs::path shared = env && *env ? env : std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared";
  int show = 0, cues = 0;
  std::string article_filter, dump_path, text;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--split") split = argv[i + 1];
    else if (flag == "--models") models = argv[i + 1];
    else if (flag == "--shared") shared = argv[i + 1];
    else if (flag == "--show") show = std::atoi(argv[i + 1]);
    else if (flag == "--cues") cues = std::atoi(argv[i + 1]);
    else if (flag == "--article") article_filter = argv[i + 1];
    else if (flag == "--dump") dump_path = argv[i + 1];
    else if (flag == "--text") text = argv[i + 1];
    else {
      std::fprintf(stderr,
                   "usage: quotes_eval [--split train|dev|all] [--models DIR] [--shared DIR] [--show N] [--cues N] "
                   "[--article NAME] [--dump FILE] [--text TEXT]\n");
      return 2;
    }
  }
  if (!text.empty()) {  // one text through the same stages, every quote printed
    auto recognizer = newsgraph::EntityRecognizer::Load(models);
    if (!recognizer.ok()) {
      std::fprintf(stderr, "quotes_eval: %s\n", recognizer.status().message().c_str());
      return 2;
    }
    Document doc;
    doc.text = text;
    newsgraph::AnnotateText(doc);
    recognizer->Recognize(doc);
    newsgraph::ResolveWithinDocument(doc);
    newsgraph::ExtractQuotes(doc);
    PrintQuotes(doc, "text");
    return 0;
  }
  const fs::path root = shared / "data/quotes/polnear";
  if (!fs::is_directory(root / "train/text") && !fs::is_directory(root / "dev/text")) {
    std::printf("quotes_eval: no PolNeAR data at %s; nothing to score (set NEWSGRAPH_SHARED or --shared)\n",
                root.c_str());
    return 0;
  }
  auto recognizer = newsgraph::EntityRecognizer::Load(models);
  if (!recognizer.ok()) {
    std::fprintf(stderr, "quotes_eval: %s\n", recognizer.status().message().c_str());
    return 2;
  }
  std::FILE* dump = dump_path.empty() ? nullptr : std::fopen(dump_path.c_str(), "w");
  std::vector<std::string> splits = split == "all" ? std::vector<std::string>{"train", "dev"}
                                                    : std::vector<std::string>{split};
  for (const std::string& s : splits) {
    const fs::path text_dir = root / s / "text", ann_dir = root / s / "attributions";
    if (!fs::is_directory(text_dir)) {
      std::printf("quotes_eval: %s is missing; skipping %s\n", text_dir.c_str(), s.c_str());
      continue;
    }
    std::vector<fs::path> anns;
    for (const auto& entry : fs::directory_iterator(ann_dir)) anns.push_back(entry.path());
    std::sort(anns.begin(), anns.end());
    Counts counts;
    Shown shown;
    std::string last_article;
    for (const fs::path& ann : anns) {
      // <article>_<annotator>.ann: keep the first annotator of each article.
      std::string stem = ann.stem().string();
      std::string article = stem.substr(0, stem.rfind('_'));
      if (article == last_article) continue;
      last_article = article;
      Document doc;
      doc.text = ReadFile(text_dir / (article + ".txt"));
      if (doc.text.empty()) continue;
      std::vector<GoldAttribution> gold = ParseAnn(ReadFile(ann), CodePointOffsets(doc.text));
      newsgraph::AnnotateText(doc);
      recognizer->Recognize(doc);
      newsgraph::ResolveWithinDocument(doc);
      newsgraph::ExtractQuotes(doc);
      Score(doc, gold, article, show, shown, counts);
      if (dump) DumpQuotes(doc, s + "/" + article, dump);
      if (!article_filter.empty() && article.find(article_filter) != std::string::npos) PrintQuotes(doc, article);
    }
    Print(s.c_str(), counts);
    PrintCues(counts, cues);
  }
  if (dump) std::fclose(dump);
  return 0;
}
