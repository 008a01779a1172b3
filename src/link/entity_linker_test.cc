// Cross-document linking: a country is one entity under all its names, the
// cities in it stay entities of their own, and a stream linked a window at a
// time keeps every id it has handed out.
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

DocEntity Org(std::string name) {
  DocEntity e;
  e.name = std::move(name);
  e.type = EntityType::kOrg;
  return e;
}

// The tagger calls one name an organisation in one article, a place in the
// next and a person ("Yukos said") in a third: it is one entity, of the type
// most of its mentions were given.
TEST(EntityLinker, ANameTaggedAsDifferentTypesIsOneEntityOfItsMostCommonType) {
  std::vector<Document> docs(4);
  for (size_t d = 0; d < docs.size(); ++d) docs[d].id = "d" + std::to_string(d);
  DocEntity yukos_person = Org("Yukos");
  yukos_person.type = EntityType::kPerson;
  docs[0].entities = {Place("Yuganskneftegas", "RU"), yukos_person};
  docs[1].entities = {Org("Yuganskneftegas"), Org("Yukos")};
  docs[2].entities = {Org("Yuganskneftegas"), Org("Yukos")};
  DocEntity rival = Org("Rosneft");
  rival.type = EntityType::kPerson;
  rival.name = "Lebedev";  // a lone surname that names nothing else stays a person
  docs[3].entities = {rival};
  const std::vector<Entity> entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0].name, "Yuganskneftegas");
  EXPECT_EQ(entities[0].type, EntityType::kOrg);
  EXPECT_EQ(entities[0].documents.size(), 3u);
  EXPECT_EQ(entities[1].name, "Yukos");
  EXPECT_EQ(entities[1].type, EntityType::kOrg);
  EXPECT_EQ(entities[1].documents.size(), 3u);
  EXPECT_EQ(entities[2].type, EntityType::kPerson);
}

TEST(EntityLinker, AnOrganisationIsOneWithOrWithoutTheCommonNounAfterItsName) {
  std::vector<Document> docs(3);
  docs[0].id = "wire";
  docs[0].entities = {Org("Civil Protection agency"), Org("Bank of Spain")};
  docs[1].id = "ledger";
  docs[1].entities = {Org("Civil Protection")};
  docs[2].id = "courier";
  docs[2].entities = {Org("Bank of Spain officials")};
  const std::vector<Entity> entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].name, "Civil Protection");  // the name, not the writer's noun after it
  EXPECT_EQ(entities[0].aliases, std::vector<std::string>{"Civil Protection agency"});
  EXPECT_EQ(entities[1].name, "Bank of Spain");     // a lower-case word inside a name stays
  EXPECT_EQ(entities[1].documents, (std::vector<std::string>{"wire", "courier"}));
}

DocEntity Person(std::string name) {
  DocEntity e;
  e.name = std::move(name);
  e.type = EntityType::kPerson;
  return e;
}

std::vector<Document> Coverage() {
  std::vector<Document> docs(4);
  docs[0].id = "monday";
  docs[0].entities = {Person("Lloyd Austin"), Place("Ukraine", "UA")};
  docs[1].id = "tuesday";
  docs[1].entities = {Person("Austin"), Person("Mark Rutte")};
  docs[2].id = "wednesday";
  docs[2].entities = {Person("Rutte"), Place("Kyiv", "UA")};
  docs[3].id = "thursday";
  docs[3].entities = {Person("Mr. Austin"), Place("Ukraine", "UA")};
  return docs;
}

TEST(EntityLinker, AWindowAtATimeLinksAsTheWholeBatchWhenFullNamesComeFirst) {
  std::vector<Document> batch = Coverage();
  const std::vector<Entity> expected = LinkAcrossDocuments(batch);

  std::vector<Document> stream = Coverage();
  EntityLinker linker;
  linker.Link(std::span(stream).subspan(0, 2));
  // Ids handed out with the first window are final: documents already
  // written keep pointing at the right entity.
  EXPECT_EQ(stream[1].entities[0].global_id, stream[0].entities[0].global_id);
  ASSERT_EQ(linker.entities().size(), 3u);
  EXPECT_EQ(linker.entities()[1].name, "Ukraine");
  linker.Link(std::span(stream).subspan(2, 2));
  const std::vector<Entity> entities = linker.Finish();

  ASSERT_EQ(entities.size(), expected.size());
  for (size_t k = 0; k < entities.size(); ++k) {
    EXPECT_EQ(entities[k].id, expected[k].id);
    EXPECT_EQ(entities[k].name, expected[k].name);
    EXPECT_EQ(entities[k].documents, expected[k].documents) << entities[k].name;
  }
  for (size_t d = 0; d < stream.size(); ++d)
    for (size_t i = 0; i < stream[d].entities.size(); ++i)
      EXPECT_EQ(stream[d].entities[i].global_id, batch[d].entities[i].global_id) << stream[d].id << " " << i;
  EXPECT_EQ(entities[0].documents, (std::vector<std::string>{"monday", "tuesday", "thursday"}));
}

TEST(EntityLinker, ALoneSurnameBeforeItsFullNameComesFirstInItsWindow) {
  std::vector<Document> docs(2);
  docs[0].id = "early";
  docs[0].entities = {Person("Rutte")};
  docs[1].id = "late";
  docs[1].entities = {Place("Spain", "ES"), Person("Mark Rutte")};
  const std::vector<Entity> entities = LinkAcrossDocuments(docs);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].name, "Mark Rutte");
  EXPECT_EQ(docs[0].entities[0].global_id, "E1");
  EXPECT_EQ(docs[1].entities[0].global_id, "E2");
  EXPECT_EQ(FindEntity(entities, "E2"), &entities[1]);
  EXPECT_EQ(FindEntity(entities, "E3"), nullptr);
  EXPECT_EQ(FindEntity(entities, "S1"), nullptr);
}

}  // namespace
}  // namespace newsgraph
