// Cross-document linking of places: a country is one entity under all its
// names, and the cities in it stay entities of their own.
#include "link/entity_linker.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

DocEntity Place(std::string name, std::string country_code, EntityType type = EntityType::kPlace) {
  DocEntity e;
  e.name = std::move(name);
  e.type = type;
  e.country_code = std::move(country_code);
  return e;
}

TEST(EntityLinker, CitiesStayApartFromTheirCountryAndFromEachOther) {
  std::vector<Document> docs(2);
  docs[0].id = "ledger";
  docs[0].entities = {Place("Valencia", "ES"), Place("Spain", "ES"), Place("Madrid", "ES")};
  docs[1].id = "wire";
  docs[1].entities = {Place("Spain", "ES"), Place("Valencia", "ES")};
  const std::vector<Entity> entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(docs[0].entities[0].global_id, docs[1].entities[1].global_id);  // Valencia
  EXPECT_EQ(docs[0].entities[1].global_id, docs[1].entities[0].global_id);  // Spain
  EXPECT_NE(docs[0].entities[0].global_id, docs[0].entities[1].global_id);
  EXPECT_NE(docs[0].entities[0].global_id, docs[0].entities[2].global_id);
  for (const Entity& e : entities) EXPECT_TRUE(e.aliases.empty()) << e.name;
}

TEST(EntityLinker, ACountryTaggedAsAnOrganisationIsStillTheCountry) {
  std::vector<Document> docs(2);
  docs[0].id = "a";
  docs[0].entities = {Place("North Korea", "KP"), Place("Kursk", "RU")};
  docs[1].id = "b";
  docs[1].entities = {Place("DPRK", "KP", EntityType::kOrg), Place("Russia", "RU")};
  const std::vector<Entity> entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(docs[0].entities[0].global_id, docs[1].entities[0].global_id);
  EXPECT_NE(docs[0].entities[1].global_id, docs[1].entities[1].global_id);  // Kursk is not Russia
}

}  // namespace
}  // namespace newsgraph
