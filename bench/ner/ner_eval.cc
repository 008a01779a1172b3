// ner_eval: span-level precision/recall/F1 of EntityRecognizer on a CoNLL-2003
// file in IOB2 (exact span + type, CoNLL conventions) and tokens/s on one core.
// Usage: ner_eval [conll_iob2_file] [model_dir] [--sentences] [--errors]
// Documents are scored whole (the document pass sees every sentence) unless
// --sentences scores each sentence alone; --errors lists every wrong and
// missed span on stderr.
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

// Appends one sentence to `doc`, words separated by single spaces, each
// sentence on its own line, with CoNLL's gold tokens as the document's tokens.
void AppendSentence(const newsgraph::ner::LabeledSentence& s, Document& doc) {
  if (!doc.text.empty()) doc.text.push_back('\n');
  newsgraph::Sentence sentence;
  sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
  sentence.span.begin = static_cast<uint32_t>(doc.text.size());
  for (const std::string& w : s.words) {
    newsgraph::Token t;
    if (doc.tokens.size() > sentence.first_token) doc.text.push_back(' ');
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
  sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
  sentence.span.end = static_cast<uint32_t>(doc.text.size());
  doc.sentences.push_back(sentence);
}

using SpanSet = std::vector<std::tuple<uint32_t, uint32_t, std::string>>;

// Gold spans of a sentence whose first token is doc.tokens[first].
void AddGoldSpans(const newsgraph::ner::LabeledSentence& s, const Document& doc, uint32_t first, SpanSet& spans) {
  static constexpr const char* kTypes[] = {"PER", "ORG", "LOC", "MISC"};
  for (size_t i = 0; i < s.tags.size(); ++i) {
    if (s.tags[i] % 2 == 0) continue;  // O or an I- tag
    size_t j = i + 1;
    while (j < s.tags.size() && s.tags[j] == s.tags[i] + 1) ++j;
    spans.emplace_back(doc.tokens[first + i].span.begin, doc.tokens[first + j - 1].span.end, kTypes[(s.tags[i] - 1) / 2]);
  }
}

// One line per wrong or missed span, with the words around it, for reading
// what the tagger gets wrong.
void PrintError(std::string_view what, const Document& doc, const std::tuple<uint32_t, uint32_t, std::string>& span) {
  const auto [begin, end, type] = span;
  const uint32_t from = begin > 40 ? begin - 40 : 0;
  const uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(doc.text.size()), end + 40);
  std::string context = doc.text.substr(from, begin - from) + "[[" + doc.text.substr(begin, end - begin) + "]]" +
                        doc.text.substr(end, to - end);
  std::replace(context.begin(), context.end(), '\n', ' ');
  fmt::print(stderr, "{}\t{}\t{}\t{}\n", what, type, doc.text.substr(begin, end - begin), context);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  bool per_sentence = false, errors = false;
  for (int a = 1; a < argc; ++a) {
    if (std::string(argv[a]) == "--sentences") {
      per_sentence = true;
    } else if (std::string(argv[a]) == "--errors") {
      errors = true;
    } else {
      args.emplace_back(argv[a]);
    }
  }
  const char* shared = std::getenv("NEWSGRAPH_SHARED");
  std::string path = args.size() > 0 ? args[0]
                                     : std::string(shared ? shared : "../shared") + "/data/ner/conll2003/iob2/dev.txt";
  std::string model_dir = args.size() > 1 ? args[1] : "models";
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
  // One Document per CoNLL document (as the product sees articles), or per
  // sentence with --sentences (no document context).
  std::vector<Document> docs;
  std::vector<SpanSet> gold;
  size_t tokens = 0;
  for (const auto& s : sentences) {
    if (docs.empty() || per_sentence || s.starts_document) {
      docs.emplace_back();
      gold.emplace_back();
    }
    uint32_t first = static_cast<uint32_t>(docs.back().tokens.size());
    AppendSentence(s, docs.back());
    AddGoldSpans(s, docs.back(), first, gold.back());
    tokens += s.words.size();
  }
  auto start = std::chrono::steady_clock::now();
  for (Document& doc : docs) recognizer.value().Recognize(doc);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::map<std::string, std::array<size_t, 3>> counts;  // type -> {correct, predicted, gold}
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const auto& g : gold[d]) ++counts[std::get<2>(g)][2];
    for (const auto& m : docs[d].mentions) {
      auto predicted = std::make_tuple(m.span.begin, m.span.end, ConllType(m.type));
      ++counts[std::get<2>(predicted)][1];
      if (std::find(gold[d].begin(), gold[d].end(), predicted) != gold[d].end()) {
        ++counts[std::get<2>(predicted)][0];
      } else if (errors) {
        PrintError("wrong", docs[d], predicted);
      }
    }
    if (errors) {
      for (const auto& g : gold[d]) {
        bool found = std::any_of(docs[d].mentions.begin(), docs[d].mentions.end(), [&](const newsgraph::Mention& m) {
          return std::make_tuple(m.span.begin, m.span.end, ConllType(m.type)) == g;
        });
        if (!found) PrintError("missed", docs[d], g);
      }
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
