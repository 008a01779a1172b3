#include "extract/entities.h"

#include <gtest/gtest.h>

#include <cctype>

#include "link/coreference.h"

namespace newsgraph {
namespace {

// A minimal ASCII tokenizer so these tests do not depend on the text layer:
// words (letters, digits, hyphens), possessive 's, one-character punctuation,
// and sentences ending at a full stop not after a short capitalised word (Mr.).
Document Annotated(std::string text) {
  Document doc;
  doc.text = std::move(text);
  const std::string& s = doc.text;
  uint32_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) { ++i; continue; }
    Token t;
    t.span.begin = i;
    if (c == '\'' && i + 1 < s.size() && s[i + 1] == 's') {
      t.kind = TokenKind::kPossessive;
      i += 2;
    } else if (std::isalnum(c)) {
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-')) ++i;
      t.kind = TokenKind::kWord;
      std::string_view w(s.data() + t.span.begin, i - t.span.begin);
      if (std::isupper(static_cast<unsigned char>(w[0]))) t.flags |= Token::kCapitalized;
      bool all_caps = w.size() >= 2;
      for (char x : w) all_caps = all_caps && !std::islower(static_cast<unsigned char>(x));
      if (all_caps) t.flags |= Token::kAllCaps;
    } else {
      t.kind = TokenKind::kPunct;
      ++i;
    }
    t.span.end = i;
    doc.tokens.push_back(t);
  }
  uint32_t first = 0;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    if (doc.Slice(doc.tokens[k].span) == "." && (k == 0 || !(doc.tokens[k - 1].flags & Token::kCapitalized) ||
                                                 doc.tokens[k - 1].span.size() > 3)) {
      doc.sentences.push_back({Span{doc.tokens[first].span.begin, doc.tokens[k].span.end}, first, k + 1});
      first = k + 1;
    }
  }
  return doc;
}

Document Resolved(std::string text) {
  Document doc = Annotated(std::move(text));
  EntityRecognizer recognizer = EntityRecognizer::Load(NEWSGRAPH_SOURCE_DIR "/models").value();
  recognizer.Recognize(doc);
  ResolveWithinDocument(doc);
  return doc;
}

const DocEntity* Find(const Document& doc, std::string_view name) {
  for (const DocEntity& e : doc.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool Has(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

TEST(Entities, TitleStaysOutOfNameAndLaterSurnameLinks) {
  Document doc = Resolved(
      "Defense Secretary Lloyd Austin arrived in Seoul on Monday . Austin met troops . "
      "Mr. Austin said the visit was short .");
  const DocEntity* austin = Find(doc, "Lloyd Austin");
  ASSERT_NE(austin, nullptr);
  EXPECT_EQ(austin->type, EntityType::kPerson);
  EXPECT_TRUE(Has(austin->titles, "Defense Secretary"));
  EXPECT_TRUE(Has(austin->aliases, "Austin"));
  EXPECT_TRUE(Has(austin->aliases, "Mr. Austin"));
  EXPECT_EQ(austin->gender, Gender::kMale);
  for (const Mention& m : doc.mentions) EXPECT_EQ(doc.Slice(m.span).find("Secretary"), std::string_view::npos);
}

TEST(Entities, SpokeswomanTitleGivesFemaleGender) {
  Document doc = Resolved("Pentagon spokeswoman Sabrina Singh told reporters . Ms. Singh declined to comment .");
  const DocEntity* singh = Find(doc, "Sabrina Singh");
  ASSERT_NE(singh, nullptr);
  EXPECT_TRUE(Has(singh->titles, "spokeswoman"));
  EXPECT_EQ(singh->gender, Gender::kFemale);
  EXPECT_NE(Find(doc, "Pentagon"), nullptr);
  EXPECT_EQ(Find(doc, "Singh"), nullptr);
}

TEST(Entities, OrganisationBeforeTitleIsItsOwnMention) {
  Document doc = Resolved("NATO Secretary-General Mark Rutte said the alliance was watching .");
  const DocEntity* rutte = Find(doc, "Mark Rutte");
  ASSERT_NE(rutte, nullptr);
  EXPECT_TRUE(Has(rutte->titles, "Secretary-General"));
  const DocEntity* nato = Find(doc, "NATO");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->type, EntityType::kOrg);
}

TEST(Entities, PossessiveIsNotPartOfTheMention) {
  Document doc = Resolved("Russia's Foreign Minister Sergey Lavrov rejected the claim .");
  const DocEntity* lavrov = Find(doc, "Sergey Lavrov");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_TRUE(Has(lavrov->titles, "Foreign Minister"));
  const DocEntity* russia = Find(doc, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->type, EntityType::kPlace);
}

TEST(Entities, BareFamilyNameGoesToMostRecentKim) {
  Document doc = Resolved(
      "North Korean leader Kim Jong Un spoke on Friday . Defense Minister Kim Yong-hyun said troops were ready . "
      "Kim added that talks had failed .");
  const DocEntity* jong_un = Find(doc, "Kim Jong Un");
  const DocEntity* yong_hyun = Find(doc, "Kim Yong-hyun");
  ASSERT_NE(jong_un, nullptr);
  ASSERT_NE(yong_hyun, nullptr);
  EXPECT_TRUE(Has(yong_hyun->aliases, "Kim"));
  EXPECT_FALSE(Has(jong_un->aliases, "Kim"));
}

TEST(Entities, HyphenatedAndSpacedGivenNamesAreOnePerson) {
  Document doc = Resolved("Foreign Minister Choe Son-hui visited Moscow . Choe Son Hui met officials there .");
  const DocEntity* choe = Find(doc, "Choe Son-hui");
  ASSERT_NE(choe, nullptr);
  EXPECT_TRUE(Has(choe->aliases, "Choe Son Hui"));
}

TEST(Entities, BracketedInsertionJoinsTheName) {
  Document doc = Resolved("President [Vladimir] Putin signed the treaty . Putin's spokesman said it was final .");
  const DocEntity* putin = Find(doc, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_TRUE(Has(putin->titles, "President"));
  EXPECT_TRUE(Has(putin->aliases, "Putin"));
}

TEST(Entities, AppositionGivesTitle) {
  Document doc = Resolved("Lloyd Austin , the defense secretary , spoke .");
  const DocEntity* austin = Find(doc, "Lloyd Austin");
  ASSERT_NE(austin, nullptr);
  EXPECT_TRUE(Has(austin->titles, "defense secretary"));
}

}  // namespace
}  // namespace newsgraph
