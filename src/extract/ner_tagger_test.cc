#include "extract/ner_tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ner_features.h"

namespace newsgraph::ner {
namespace {

LabeledSentence Sentence(const std::string& text, std::vector<Tag> tags) {
  LabeledSentence s;
  std::istringstream words(text);
  for (std::string w; words >> w;) s.words.push_back(w);
  s.tags = std::move(tags);
  return s;
}

std::vector<LabeledSentence> TrainingNews() {
  return {
      Sentence("Angela Merkel visited Paris on Monday .", {kBPer, kIPer, kO, kBLoc, kO, kO, kO}),
      Sentence("Shares of Siemens fell in Frankfurt .", {kO, kO, kBOrg, kO, kO, kBLoc, kO}),
      Sentence("Merkel met Emmanuel Macron in Berlin .", {kBPer, kO, kBPer, kIPer, kO, kBLoc, kO}),
      Sentence("Siemens said on Tuesday it would cut jobs .", {kBOrg, kO, kO, kO, kO, kO, kO, kO, kO}),
  };
}

std::vector<Tag> TagWords(const Tagger& tagger, const LabeledSentence& sentence) {
  std::vector<std::string_view> words(sentence.words.begin(), sentence.words.end());
  std::vector<Tag> tags(words.size());
  tagger.Tag(words, tags);
  return tags;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TrainOptions SmallTable() {
  TrainOptions options;
  options.hash_bits = 12;
  return options;
}

TEST(Tagger, LearnsTheNamesOfItsTrainingNews) {
  const std::vector<LabeledSentence> news = TrainingNews();
  const Tagger tagger = Tagger::Train(news, SmallTable(), {});
  for (const LabeledSentence& sentence : news) EXPECT_EQ(TagWords(tagger, sentence), sentence.tags);
}

TEST(Tagger, ALoadedModelTagsAndSavesExactlyAsTrained) {
  const std::vector<LabeledSentence> news = TrainingNews();
  const Tagger trained = Tagger::Train(news, SmallTable(), {});
  const std::string dir = testing::TempDir();
  const std::string first = dir + "/ner_tagger_test_first.model", second = dir + "/ner_tagger_test_second.model";
  ASSERT_TRUE(trained.Save(first).ok());
  auto loaded = Tagger::Load(first);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const LabeledSentence unseen = Sentence("Macron flew to Frankfurt to meet Siemens .", {});
  EXPECT_EQ(TagWords(loaded.value(), unseen), TagWords(trained, unseen));
  ASSERT_TRUE(loaded.value().Save(second).ok());
  EXPECT_EQ(ReadBytes(first), ReadBytes(second));
  std::filesystem::remove(first);
  std::filesystem::remove(second);
}

// The evidence of word i of `text` (sentences split at " | ").
std::vector<uint64_t> EvidenceOf(const std::string& text, size_t i) {
  std::vector<std::string> owned;
  std::vector<uint32_t> ends;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    if (w == "|") {
      ends.push_back(static_cast<uint32_t>(owned.size()));
    } else {
      owned.push_back(w);
    }
  }
  ends.push_back(static_cast<uint32_t>(owned.size()));
  std::vector<std::string_view> words(owned.begin(), owned.end());
  std::vector<uint64_t> evidence;
  std::vector<WordFacts> facts;
  FindWordFacts(words, WordClusters{}, facts);
  DocumentEvidence(words, facts, ends, evidence);
  return std::vector<uint64_t>(evidence.begin() + static_cast<long>(i * kDocumentFeatures),
                               evidence.begin() + static_cast<long>((i + 1) * kDocumentFeatures));
}

TEST(DocumentEvidence, ANameTakesTheContextsOfItsOtherMentionsInAnyCase) {
  const std::vector<uint64_t> none(kDocumentFeatures, 0);
  // The second "Pirelli" (word 6) learns of "PIRELLI" in the headline and of "Pirelli SpA".
  const std::string doc = "PIRELLI BUYS | said Pirelli SpA chairman | Pirelli fell | shares fell";
  EXPECT_NE(EvidenceOf(doc, 6), none);
  EXPECT_EQ(EvidenceOf(doc, 6), EvidenceOf("PIRELLI BUYS | said Pirelli SpA chairman | Pirelli rose", 6));
  EXPECT_NE(EvidenceOf(doc, 6), EvidenceOf("PIRELLI BUYS | said Pirelli Group chairman | Pirelli fell", 6));
  EXPECT_EQ(EvidenceOf(doc, 7), none);  // "fell": lower case
  EXPECT_EQ(EvidenceOf(doc, 5), none);  // "chairman"
  EXPECT_EQ(EvidenceOf("Siemens said | it fell", 0), none);  // a single mention
}

TEST(DocumentEvidence, ANameInALongerRunTakesTheWordsAroundTheRun) {
  // "Pirelli" (word 0) learns what follows "Pirelli SpA", not only "SpA".
  EXPECT_NE(EvidenceOf("Pirelli fell | said Pirelli SpA yesterday", 0),
            EvidenceOf("Pirelli fell | said Pirelli SpA today", 0));
  // A one-word run has no context beyond its neighbours' words and clusters.
  auto nonzero = [](const std::vector<uint64_t>& e) { return std::count_if(e.begin(), e.end(), [](uint64_t h) { return h != 0; }); };
  EXPECT_EQ(nonzero(EvidenceOf("Pirelli fell | said Pirelli yesterday", 0)), 4);
  EXPECT_EQ(nonzero(EvidenceOf("Pirelli fell | said Pirelli SpA yesterday", 0)), 6);
}

// The label history of word i of `text` with first-pass types `types`.
std::vector<uint64_t> HistoryOf(const std::string& text, const std::vector<uint8_t>& types, size_t i) {
  std::vector<std::string> owned;
  std::istringstream in(text);
  for (std::string w; in >> w;) owned.push_back(w);
  std::vector<std::string_view> words(owned.begin(), owned.end());
  std::vector<uint64_t> history;
  std::vector<WordFacts> facts;
  FindWordFacts(words, WordClusters{}, facts);
  LabelHistory(words, facts, types, history);
  return std::vector<uint64_t>(history.begin() + static_cast<long>(i * kHistoryFeatures),
                               history.begin() + static_cast<long>((i + 1) * kHistoryFeatures));
}

TEST(LabelHistory, ANameTakesTheTypesOfItsOtherMentions) {
  const std::vector<uint64_t> none(kHistoryFeatures, 0);
  const std::string doc = "PIRELLI fell . Pirelli rose";
  // "Pirelli" (word 3) hears that "PIRELLI" was an ORG (2), not a LOC (3).
  EXPECT_NE(HistoryOf(doc, {2, 0, 0, 0, 0}, 3), none);
  EXPECT_NE(HistoryOf(doc, {2, 0, 0, 0, 0}, 3), HistoryOf(doc, {3, 0, 0, 0, 0}, 3));
  // Its own type is not its history.
  EXPECT_EQ(HistoryOf(doc, {2, 0, 0, 2, 0}, 3), HistoryOf(doc, {2, 0, 0, 0, 0}, 3));
  EXPECT_EQ(HistoryOf(doc, {2, 0, 0, 0, 0}, 1), none);  // "fell": lower case
  EXPECT_EQ(HistoryOf("Pirelli rose", {2, 0}, 0), none);  // a single mention
}

TEST(Tagger, TagsADocumentAsItsSentencesWhenNoNameRecurs) {
  const std::vector<LabeledSentence> news = TrainingNews();
  const Tagger tagger = Tagger::Train(news, SmallTable(), {});
  std::vector<std::string_view> words;
  std::vector<uint32_t> ends;
  std::vector<Tag> expected;
  for (int s : {0, 1}) {
    words.insert(words.end(), news[s].words.begin(), news[s].words.end());
    ends.push_back(static_cast<uint32_t>(words.size()));
    const std::vector<Tag> alone = TagWords(tagger, news[s]);
    expected.insert(expected.end(), alone.begin(), alone.end());
  }
  std::vector<Tag> tags(words.size());
  tagger.TagDocument(words, ends, tags);
  EXPECT_EQ(tags, expected);
}

// The tagger does not weigh lower-case words two words away from any
// capital: no name reaches them. A lower-case word beside a capitalised one
// keeps what the model learned of it.
TEST(Tagger, LowerCaseWordsFarFromAnyCapitalAreNeverNames) {
  const std::vector<LabeledSentence> news = {
      Sentence("shares of acme fell sharply today", {kO, kO, kBOrg, kO, kO, kO}),
      Sentence("Salomon Brothers international inc said it would sell bonds .",
               {kBOrg, kIOrg, kIOrg, kIOrg, kO, kO, kO, kO, kO, kO}),
  };
  const Tagger tagger = Tagger::Train(news, SmallTable(), {});
  EXPECT_EQ(TagWords(tagger, news[0]), std::vector<Tag>(6, kO));
  EXPECT_EQ(TagWords(tagger, news[1]), news[1].tags);
}

}  // namespace
}  // namespace newsgraph::ner
