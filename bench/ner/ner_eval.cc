// ner_eval: span-level precision/recall/F1 of EntityRecognizer on a CoNLL-2003
// file in IOB2 (exact span + type, CoNLL conventions) and tokens/s on one core.
// Usage: ner_eval [conll_iob2_file] [model_dir]
#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "extract/entities.h"
#include "extract/ner_tagger.h"

namespace {

using newsgraph::Document;
using newsgraph::EntityType;

// Report types fold back to CoNLL's four (GROUP comes from MISC demonyms).
std::string ConllType(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "LOC";
    default: return "MISC";
  }
}

// One document per sentence, words separated by single spaces.
Document ToDocument(const newsgraph::ner::LabeledSentence& s) {
  Document doc;
  for (const std::string& w : s.words) {
    newsgraph::Token t;
    if (!doc.text.empty()) doc.text.push_back(' ');
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += w;
    t.span.end = static_cast<uint32_t>(doc.text.size());
    bool letter = std::isalpha(static_cast<unsigned char>(w[0]));
    t.kind = w == "'s" ? newsgraph::TokenKind::kPossessive
             : letter  ? newsgraph::TokenKind::kWord
             : std::isdigit(static_cast<unsigned char>(w[0])) ? newsgraph::TokenKind::kNumber
                                                                : newsgraph::TokenKind::kPunct;
    if (std::isupper(static_cast<unsigned char>(w[0]))) t.flags |= newsgraph::Token::kCapitalized;
    bool caps = w.size() >= 2;
    for (char c : w) caps = caps && !std::islower(static_cast<unsigned char>(c));
    if (caps && letter) t.flags |= newsgraph::Token::kAllCaps;
    doc.tokens.push_back(t);
  }
  return doc;
}

using SpanSet = std::vector<std::tuple<uint32_t, uint32_t, std::string>>;

SpanSet GoldSpans(const newsgraph::ner::LabeledSentence& s, const Document& doc) {
  static constexpr const char* kTypes[] = {"PER", "ORG", "LOC", "MISC"};
  SpanSet spans;
  for (size_t i = 0; i < s.tags.size(); ++i) {
    if (s.tags[i] % 2 == 0) continue;  // O or an I- tag
    size_t j = i + 1;
    while (j < s.tags.size() && s.tags[j] == s.tags[i] + 1) ++j;
    spans.emplace_back(doc.tokens[i].span.begin, doc.tokens[j - 1].span.end, kTypes[(s.tags[i] - 1) / 2]);
  }
  return spans;
}

}  // namespace

int main(int argc, char** argv) {
  const char* shared = std::getenv("NEWSGRAPH_SHARED");
  std::string path = argc > 1 ? argv[1]
                              : std::string(shared ? shared : "/work/shared") + "/data/ner/conll2003/iob2/dev.txt";
  std::string model_dir = argc > 2 ? argv[2] : "models";
  auto read = newsgraph::ner::ReadConllIob2(path);
  if (!read.ok()) {
    fmt::print(stderr, "{}\n", read.status().message());
    return 1;
  }
  const std::vector<newsgraph::ner::LabeledSentence>& sentences = read.value();
  auto recognizer = newsgraph::EntityRecognizer::Load(model_dir);
  if (!recognizer.ok()) {
    fmt::print(stderr, "{}\n", recognizer.status().message());
    return 1;
  }
  std::vector<Document> docs;
  size_t tokens = 0;
  for (const auto& s : sentences) {
    docs.push_back(ToDocument(s));
    tokens += s.words.size();
  }
  auto start = std::chrono::steady_clock::now();
  for (Document& doc : docs) recognizer.value().Recognize(doc);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::map<std::string, std::array<size_t, 3>> counts;  // type -> {correct, predicted, gold}
  for (size_t d = 0; d < docs.size(); ++d) {
    SpanSet gold = GoldSpans(sentences[d], docs[d]);
    for (const auto& g : gold) ++counts[std::get<2>(g)][2];
    for (const auto& m : docs[d].mentions) {
      auto predicted = std::make_tuple(m.span.begin, m.span.end, ConllType(m.type));
      ++counts[std::get<2>(predicted)][1];
      if (std::find(gold.begin(), gold.end(), predicted) != gold.end()) ++counts[std::get<2>(predicted)][0];
    }
  }
  std::array<size_t, 3> total{};
  auto print = [](const std::string& name, const std::array<size_t, 3>& c) {
    double p = c[1] ? double(c[0]) / c[1] : 0, r = c[2] ? double(c[0]) / c[2] : 0;
    fmt::print("{:<8} P={:.4f} R={:.4f} F1={:.4f}  (gold {})\n", name, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0, c[2]);
  };
  for (const auto& [type, c] : counts) {
    print(type, c);
    for (int k = 0; k < 3; ++k) total[k] += c[k];
  }
  print("overall", total);
  fmt::print("{} tokens in {:.3f} s: {:.0f} tokens/s on one core\n", tokens, seconds, tokens / seconds);
}
