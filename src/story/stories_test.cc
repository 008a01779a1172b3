#include <gtest/gtest.h>

#include "link/entity_linker.h"
#include "story/clusterer.h"
#include "story/stories.h"

namespace newsgraph {
namespace {

Document Article(std::string id, std::string source, std::string title, std::string text, Date date) {
  Document d;
  d.id = std::move(id);
  d.source = std::move(source);
  d.title = std::move(title);
  d.text = std::move(text);
  d.date = date;
  return d;
}

DocEntity Person(std::string name) {
  DocEntity e;
  e.name = std::move(name);
  e.type = EntityType::kPerson;
  return e;
}

TEST(EntityLinker, MergesHyphenVariantsAndLoneSurnameButKeepsDifferentKimsApart) {
  std::vector<Document> docs(2);
  docs[0].id = "a";
  docs[0].entities = {Person("Choe Son-hui"), Person("Kim Jong Un"), Person("Mark Rutte")};
  docs[1].id = "b";
  docs[1].entities = {Person("Choe Son Hui"), Person("Kim Yong-hyun"), Person("Rutte")};
  const auto entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 4u);
  EXPECT_EQ(docs[0].entities[0].global_id, docs[1].entities[0].global_id);
  EXPECT_NE(docs[0].entities[1].global_id, docs[1].entities[1].global_id);
  EXPECT_EQ(docs[0].entities[2].global_id, docs[1].entities[2].global_id);
  EXPECT_EQ(entities[0].id, "E1");
  EXPECT_EQ(entities[0].documents, (std::vector<std::string>{"a", "b"}));
}

TEST(EntityLinker, LinksCountryAsGovernmentByCountryCode) {
  std::vector<Document> docs(2);
  docs[0].id = "a";
  DocEntity place{.name = "North Korea", .type = EntityType::kPlace};
  place.country_code = "KP";
  docs[0].entities.push_back(place);
  docs[1].id = "b";
  DocEntity government{.name = "DPRK", .type = EntityType::kOrg};
  government.country_code = "KP";
  docs[1].entities.push_back(government);
  const auto entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].name, "North Korea");
}

TEST(StoryClusterer, GroupsSameEventAndSeparatesUnrelatedArticle) {
  const Date day{2024, 10, 28};
  std::vector<Document> docs = {
      Article("a", "Daily Ledger", "North Korean troops deployed to Kursk region",
              "Pentagon officials said thousands of North Korean troops have been deployed to the Kursk region "
              "near the Ukrainian border, where Russian commanders are training them.", day),
      Article("b", "Harbor Times", "Pentagon: North Korean troops reach Kursk",
              "North Korean troops have reached the Kursk region, the Pentagon said, adding that Russian "
              "commanders are training the soldiers near the Ukrainian border.", day.AddDays(1)),
      Article("c", "Global Wire", "Central bank raises interest rates",
              "The central bank raised interest rates by a quarter point on Tuesday, citing persistent "
              "inflation in housing and services, and signalled further increases.", day)};
  const auto stories = BuildStories(docs, {});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(stories[0].sources.size(), 2u);
  EXPECT_EQ(stories[1].documents, (std::vector<std::string>{"c"}));
}

Quantity Troops(double value, Qualifier q, Span span) {
  Quantity t;
  t.span = span;
  t.value = value;
  t.qualifier = q;
  t.unit = "troops";
  t.counted = "North Korean troops";
  return t;
}

TEST(Claims, CorroboratesAgreeingFiguresAndFlagsConflict) {
  const Date day{2024, 10, 28};
  const std::string text = "Pentagon officials said about 10,000 North Korean troops have been deployed to the Kursk region near the Ukrainian border.";
  std::vector<Document> docs = {Article("a", "Daily Ledger", "North Korean troops in Kursk", text, day),
                                Article("b", "Harbor Times", "North Korean troops in Kursk", text, day)};
  docs[0].quantities.push_back(Troops(10000, Qualifier::kApproximate, {23, 35}));
  docs[1].quantities.push_back(Troops(10000, Qualifier::kApproximate, {23, 35}));
  auto stories = BuildStories(docs, {});
  ASSERT_EQ(stories.size(), 1u);
  ASSERT_EQ(stories[0].claims.size(), 1u);
  EXPECT_EQ(stories[0].claims[0].status, ClaimStatus::kCorroborated);
  EXPECT_EQ(stories[0].claims[0].id, "S1-C1");

  docs[1].quantities[0] = Troops(5000, Qualifier::kApproximate, {23, 35});
  stories = BuildStories(docs, {});
  ASSERT_EQ(stories[0].claims.size(), 1u);
  EXPECT_EQ(stories[0].claims[0].status, ClaimStatus::kConflicting);

  docs[1].quantities[0].previous = 0;
  stories = BuildStories(docs, {});
  EXPECT_EQ(stories[0].claims[0].status, ClaimStatus::kUpdated);
}

}  // namespace
}  // namespace newsgraph
