#include "extract/ner_gazetteer.h"

#include <gtest/gtest.h>

#include <vector>

namespace newsgraph::ner {
namespace {

const Gazetteer& G() { return Gazetteer::Builtin(); }

TEST(Gazetteer, CountryAliasesShareTheCanonicalName) {
  for (const char* alias : {"North Korea", "DPRK", "Democratic People's Republic of Korea"}) {
    const GazetteerEntry* entry = G().Find(alias);
    ASSERT_NE(entry, nullptr) << alias;
    EXPECT_EQ(entry->kind, GazetteerKind::kCountry);
    EXPECT_EQ(entry->name, "North Korea");
    EXPECT_EQ(entry->country_code, "KP");
  }
}

TEST(Gazetteer, PunctuationAndCaseDoNotMatterButAcronymsNeedCapitals) {
  ASSERT_NE(G().Find("U.S."), nullptr);
  EXPECT_EQ(G().Find("U.S.")->country_code, "US");
  ASSERT_NE(G().Find("WHO"), nullptr);
  EXPECT_EQ(G().Find("WHO")->kind, GazetteerKind::kOrganization);
  EXPECT_EQ(G().Find("Who"), nullptr);
  EXPECT_EQ(G().Find("us"), nullptr);
}

TEST(Gazetteer, DemonymsCarryTheirCountry) {
  const GazetteerEntry* entry = G().Find("North Korean");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->kind, GazetteerKind::kDemonym);
  EXPECT_EQ(entry->country_code, "KP");
}

TEST(Gazetteer, CapitalWinsOverLargerNamesakes) {
  const GazetteerEntry* entry = G().Find("Washington");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->country_code, "US");
  EXPECT_NEAR(entry->latitude, 38.9, 0.1);
}

TEST(Gazetteer, LongestMatchSpansTokensAndStopsAtLowerCase) {
  std::vector<std::string_view> words = {"the", "Democratic", "People", "'s", "Republic", "of", "Korea", "said"};
  const GazetteerEntry* entry = nullptr;
  EXPECT_EQ(G().LongestMatch(words, 0, &entry), 0u);
  EXPECT_EQ(G().LongestMatch(words, 1, &entry), 6u);
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->name, "North Korea");
  std::vector<std::string_view> city = {"New", "York", "City", "officials"};
  EXPECT_GE(G().LongestMatch(city, 0, &entry), 2u);
}

}  // namespace
}  // namespace newsgraph::ner
