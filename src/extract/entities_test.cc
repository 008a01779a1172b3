#include "extract/entities.h"

#include <gtest/gtest.h>

#include "link/coreference.h"
#include "text/text_layer.h"

namespace newsgraph {
namespace {

Document Resolved(std::string text) {
  Document doc;
  doc.text = std::move(text);
  AnnotateText(doc);
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

// A name ending in an organisation's head noun is an organisation's, and a
// title word at its front is part of it: the tagger had "Environmental
// Protection Agency" as a person titled "State", and "Motors Corp" as a
// person after the title "General".
TEST(Entities, ANameEndingInAnOrganisationHeadIsAnOrganisation) {
  Document doc = Resolved(
      "China's State Environmental Protection Agency (SEPA) ordered 26 power projects to stop. "
      "Shares of General Motors Corp rose 2 percent, and the State Department said nothing.");
  for (std::string_view name : {"State Environmental Protection Agency", "General Motors Corp", "State Department"}) {
    const DocEntity* org = Find(doc, name);
    ASSERT_NE(org, nullptr) << name;
    EXPECT_EQ(org->type, EntityType::kOrg) << name;
    EXPECT_TRUE(org->titles.empty()) << name;
  }
  EXPECT_EQ(Find(doc, "Motors Corp"), nullptr);
  EXPECT_EQ(Find(doc, "Department"), nullptr);
}

// An organisation named after a person is one name: "the John Coltrane
// Foundation", not John and a "Coltrane Foundation".
TEST(Entities, AnOrganisationNamedAfterAPersonIsOneName) {
  Document doc = Resolved("The money went to charities including the John Coltrane Foundation, set up in 2001.");
  const DocEntity* foundation = Find(doc, "John Coltrane Foundation");
  ASSERT_NE(foundation, nullptr);
  EXPECT_EQ(foundation->type, EntityType::kOrg);
  EXPECT_EQ(Find(doc, "John"), nullptr);
}

TEST(Entities, TitleStaysOutOfNameAndLaterSurnameLinks) {
  Document doc = Resolved(
      "Defense Secretary Lloyd Austin arrived in Seoul on Monday. Austin met troops at a base near the border. "
      "Mr. Austin said the visit was short.");
  const DocEntity* austin = Find(doc, "Lloyd Austin");
  ASSERT_NE(austin, nullptr);
  EXPECT_EQ(austin->type, EntityType::kPerson);
  EXPECT_TRUE(Has(austin->titles, "Defense Secretary"));
  EXPECT_TRUE(Has(austin->aliases, "Austin"));
  EXPECT_TRUE(Has(austin->aliases, "Mr. Austin"));
  EXPECT_EQ(austin->gender, Gender::kMale);
  EXPECT_EQ(Find(doc, "Austin"), nullptr);
  for (const Mention& m : doc.mentions) {
    EXPECT_EQ(doc.Slice(m.span).find("Secretary"), std::string_view::npos);
    EXPECT_EQ(doc.Slice(m.span).find("Mr"), std::string_view::npos);
  }
}

// A title-case headline runs the speaker's name into the verb after it
// ("Glenn Beck Says Trump Poses A Threat"); the verb ends the name.
TEST(Entities, HeadlineVerbEndsAName) {
  Document doc = Resolved("Glenn Beck Says Trump Poses A Threat To Democracy.\n\nTalk show host Glenn Beck said so.");
  for (const Mention& m : doc.mentions) EXPECT_EQ(doc.Slice(m.span).find("Says"), std::string_view::npos);
  EXPECT_NE(Find(doc, "Glenn Beck"), nullptr);
}

TEST(Entities, TitlesKeepTheirModifiersButNeverANameBeforeThem) {
  Document doc = Resolved(
      "Interior Minister Tomás Herrera met former President Ana Lucía Ortega in Madrid on Monday. "
      "European Union President Ursula Rask said the plan was sound. Chief executive Martin Lindqvist "
      "agreed, and later the airline's chief executive Lindqvist said costs would rise.");
  const DocEntity* herrera = Find(doc, "Tomás Herrera");
  ASSERT_NE(herrera, nullptr);
  EXPECT_TRUE(Has(herrera->titles, "Interior Minister"));
  const DocEntity* ortega = Find(doc, "Ana Lucía Ortega");
  ASSERT_NE(ortega, nullptr);
  EXPECT_TRUE(Has(ortega->titles, "former President"));
  const DocEntity* rask = Find(doc, "Ursula Rask");
  ASSERT_NE(rask, nullptr);
  EXPECT_EQ(rask->titles, std::vector<std::string>{"President"});  // the union is an organisation, not a title
  const DocEntity* lindqvist = Find(doc, "Martin Lindqvist");
  ASSERT_NE(lindqvist, nullptr);
  EXPECT_EQ(lindqvist->titles, std::vector<std::string>{"Chief executive"});  // one title, whatever its case
}

TEST(Entities, NationalityBeforeAnOrganisationIsPartOfItsName) {
  Document doc = Resolved(
      "The Spanish Red Cross opened three shelters on Monday as Spanish troops cleared the roads near Chiva.");
  const DocEntity* red_cross = Find(doc, "Spanish Red Cross");
  ASSERT_NE(red_cross, nullptr);
  EXPECT_EQ(red_cross->type, EntityType::kOrg);
  EXPECT_EQ(Find(doc, "Red Cross"), nullptr);
  const DocEntity* spanish = Find(doc, "Spanish");
  ASSERT_NE(spanish, nullptr);  // the troops' nationality stays a group
  EXPECT_EQ(spanish->type, EntityType::kGroup);
}

TEST(Entities, AppositionTitleTakesItsOfPhrase) {
  Document doc = Resolved(
      "Karen Osei, president of the Northwind Pilots Association, said pilots had been patient. "
      "Jordi Vidal, a spokesman for the regional government, said roads were closed.");
  const DocEntity* osei = Find(doc, "Karen Osei");
  ASSERT_NE(osei, nullptr);
  EXPECT_TRUE(Has(osei->titles, "president of the Northwind Pilots Association"));
  const DocEntity* vidal = Find(doc, "Jordi Vidal");
  ASSERT_NE(vidal, nullptr);
  EXPECT_TRUE(Has(vidal->titles, "spokesman for the regional government"));
  EXPECT_EQ(vidal->gender, Gender::kMale);
}

TEST(Entities, SpokeswomanTitleGivesFemaleGender) {
  Document doc = Resolved(
      "Pentagon spokeswoman Sabrina Singh told reporters the figure was accurate. Ms. Singh declined to comment "
      "further. Singh later said talks would continue.");
  const DocEntity* singh = Find(doc, "Sabrina Singh");
  ASSERT_NE(singh, nullptr);
  EXPECT_TRUE(Has(singh->titles, "spokeswoman"));
  EXPECT_TRUE(Has(singh->aliases, "Ms. Singh"));
  EXPECT_EQ(singh->gender, Gender::kFemale);
  EXPECT_NE(Find(doc, "Pentagon"), nullptr);
  EXPECT_EQ(Find(doc, "Singh"), nullptr);
}

TEST(Entities, OrganisationBeforeTitleIsItsOwnMention) {
  Document doc = Resolved("NATO Secretary-General Mark Rutte said the alliance was watching the deployment closely.");
  const DocEntity* rutte = Find(doc, "Mark Rutte");
  ASSERT_NE(rutte, nullptr);
  EXPECT_TRUE(Has(rutte->titles, "Secretary-General"));
  const DocEntity* nato = Find(doc, "NATO");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->type, EntityType::kOrg);
}

TEST(Entities, OnlyPeopleCarryTitles) {
  // The words before "Boeing" read as a title, as in "President Biden"; a
  // company never bears one.
  Document doc = Resolved("India will need new aircraft from either Boeing or Airbus. \"No other market is going "
                          "to see the growth,\" said Dinesh Keskar, senior vice president Boeing.");
  for (const DocEntity& e : doc.entities) {
    if (e.type != EntityType::kPerson) {
      EXPECT_TRUE(e.titles.empty()) << e.name;
    }
  }
}

TEST(Entities, PossessiveIsNotPartOfTheMention) {
  Document doc = Resolved("Russia's Foreign Minister Sergey Lavrov rejected the claim on Tuesday.");
  const DocEntity* lavrov = Find(doc, "Sergey Lavrov");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_TRUE(Has(lavrov->titles, "Foreign Minister"));
  const DocEntity* russia = Find(doc, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->type, EntityType::kPlace);
}

TEST(Entities, NationalityIsAGroupOutsideAndInsideANounPhrase) {
  Document doc = Resolved(
      "The North Korean delegation left on Friday. Officials said [North Korean] troops had been sent to the "
      "Kursk region.");
  const DocEntity* korean = Find(doc, "North Korean");
  ASSERT_NE(korean, nullptr);
  EXPECT_EQ(korean->type, EntityType::kGroup);
  for (const Mention& m : doc.mentions) {
    EXPECT_NE(doc.Slice(m.span).front(), '[');
    EXPECT_NE(doc.Slice(m.span).back(), ']');
  }
  int group_mentions = 0;
  for (const Mention& m : doc.mentions) group_mentions += doc.Slice(m.span) == "North Korean";
  EXPECT_EQ(group_mentions, 2);
}

TEST(Entities, BareFamilyNameGoesToMostRecentKim) {
  Document doc = Resolved(
      "North Korean leader Kim Jong Un spoke on Friday. Defense Minister Kim Yong-hyun said troops were ready. "
      "Kim added that talks had failed.");
  const DocEntity* jong_un = Find(doc, "Kim Jong Un");
  const DocEntity* yong_hyun = Find(doc, "Kim Yong-hyun");
  ASSERT_NE(jong_un, nullptr);
  ASSERT_NE(yong_hyun, nullptr);
  EXPECT_NE(jong_un, yong_hyun);
  EXPECT_TRUE(Has(yong_hyun->aliases, "Kim"));
  EXPECT_FALSE(Has(jong_un->aliases, "Kim"));
  EXPECT_TRUE(Has(yong_hyun->titles, "Defense Minister"));
}

TEST(Entities, HyphenatedAndSpacedGivenNamesAreOnePerson) {
  Document doc = Resolved(
      "Foreign Minister Choe Son-hui visited Moscow this week. Choe Son Hui met senior officials there.");
  const DocEntity* choe = Find(doc, "Choe Son-hui");
  ASSERT_NE(choe, nullptr);
  EXPECT_EQ(choe->type, EntityType::kPerson);
  EXPECT_TRUE(Has(choe->aliases, "Choe Son Hui"));
  EXPECT_TRUE(Has(choe->titles, "Foreign Minister"));
}

TEST(Entities, BracketedInsertionJoinsTheName) {
  Document doc = Resolved("President [Vladimir] Putin signed the treaty. Putin's spokesman said it was final.");
  const DocEntity* putin = Find(doc, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_TRUE(Has(putin->titles, "President"));
  EXPECT_TRUE(Has(putin->aliases, "Putin"));
}

TEST(Entities, AppositionGivesTitle) {
  Document doc = Resolved("Lloyd Austin, the defense secretary, spoke to reporters in Washington.");
  const DocEntity* austin = Find(doc, "Lloyd Austin");
  ASSERT_NE(austin, nullptr);
  EXPECT_TRUE(Has(austin->titles, "defense secretary"));
}

TEST(Entities, AppositionAfterAnOwnersPossessiveGivesTitle) {
  Document doc = Resolved(
      "Gerhard Florin, Electronic Arts' managing director for European publishing, said sales rose. "
      "Jan Bolz, the company's vice president of sales, agreed.");
  const DocEntity* florin = Find(doc, "Gerhard Florin");
  ASSERT_NE(florin, nullptr);
  EXPECT_TRUE(Has(florin->titles, "managing director for European publishing"));
  const DocEntity* bolz = Find(doc, "Jan Bolz");
  ASSERT_NE(bolz, nullptr);
  EXPECT_TRUE(Has(bolz->titles, "vice president of sales"));
}

TEST(Entities, TitleBeforeAComplementIsTheRoleWord) {
  Document doc = Resolved(
      "Moscow's ambassador to the country Alexander Matsegora attended the ceremony in Pyongyang on Tuesday.");
  const DocEntity* matsegora = Find(doc, "Alexander Matsegora");
  ASSERT_NE(matsegora, nullptr);
  EXPECT_TRUE(Has(matsegora->titles, "ambassador"));
  // "Moscow's ambassador" is Russia's: the capital stands for its government.
  const DocEntity* russia = Find(doc, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->country_code, "RU");
  EXPECT_TRUE(Has(russia->aliases, "Moscow"));
}

// "a special advisor to Chancellor Gordon Brown": the title before the name
// is his; the advisor is someone else.
TEST(Entities, ATitleBeforeTheNameWinsOverAComplementsRoleWord) {
  Document doc = Resolved("His brother Ed is a special advisor to Chancellor Gordon Brown, who spoke on Monday.");
  const DocEntity* brown = Find(doc, "Gordon Brown");
  ASSERT_NE(brown, nullptr);
  EXPECT_TRUE(Has(brown->titles, "Chancellor"));
  EXPECT_FALSE(Has(brown->titles, "advisor"));
}

// The weekday of "the Sunday Mirror" names the paper; the one after "on" dates.
TEST(Entities, AWeekdayInsideANameIsNoTime) {
  Document doc;
  doc.text = "Mutu told the Sunday Mirror on Friday that he was shocked.";
  AnnotateText(doc);
  const auto at = [&](std::string_view word) {
    const auto begin = static_cast<uint32_t>(doc.text.find(word));
    return TimeExpression{Span{begin, begin + static_cast<uint32_t>(word.size())}, "XXXX-WXX-7", TimeType::kDate, ""};
  };
  doc.times = {at("Sunday"), at("Friday")};
  EntityRecognizer::Load(NEWSGRAPH_SOURCE_DIR "/models").value().Recognize(doc);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.times[0].span), "Friday");
}

TEST(Entities, CapitalTaggedAsAPersonIsTheGovernmentUnlessSomeoneBearsTheName) {
  Document doc = Resolved("Interior Minister Tomas Herrera said Madrid would send 300 soldiers on Wednesday.");
  const DocEntity* spain = Find(doc, "Spain");
  ASSERT_NE(spain, nullptr);
  EXPECT_EQ(spain->type, EntityType::kPlace);
  EXPECT_EQ(Find(doc, "Madrid"), nullptr);
  doc = Resolved("Michael Jordan scored 40 points on Sunday. Jordan said the team had played its best game.");
  const DocEntity* player = Find(doc, "Michael Jordan");
  ASSERT_NE(player, nullptr);
  EXPECT_EQ(player->type, EntityType::kPerson);
  EXPECT_EQ(Find(doc, "Jordan"), nullptr);  // the player's surname, not the country
}

TEST(Entities, CapitalActingIsItsGovernmentButTheCityStaysAPlace) {
  Document doc = Resolved(
      "Pyongyang has sent 10,000 troops to Russia, and Seoul condemned the move. The troops left from a base "
      "outside Pyongyang on Monday.");
  const DocEntity* north_korea = Find(doc, "North Korea");
  ASSERT_NE(north_korea, nullptr);
  EXPECT_TRUE(Has(north_korea->aliases, "Pyongyang"));
  EXPECT_NE(Find(doc, "South Korea"), nullptr);
  const DocEntity* city = Find(doc, "Pyongyang");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->country_code, "KP");
  EXPECT_EQ(city->type, EntityType::kPlace);
}

TEST(Entities, CountryNamesAndAcronymAreOneCanonicalPlace) {
  Document doc = Resolved(
      "The Democratic People's Republic of Korea, or DPRK, rejected the statement. Officials in North Korea said "
      "the DPRK would respond.");
  const DocEntity* korea = Find(doc, "North Korea");
  ASSERT_NE(korea, nullptr);
  EXPECT_EQ(korea->type, EntityType::kPlace);
  EXPECT_EQ(korea->country_code, "KP");
  EXPECT_TRUE(Has(korea->aliases, "DPRK"));
  EXPECT_TRUE(Has(korea->aliases, "Democratic People's Republic of Korea"));
  EXPECT_EQ(Find(doc, "DPRK"), nullptr);
  ASSERT_TRUE(korea->latitude.has_value());
  EXPECT_NEAR(*korea->latitude, 40.0, 1.0);
}

TEST(Entities, CityCarriesCountryCodeAndCoordinates) {
  Document doc = Resolved("Protesters gathered in Kursk on Saturday, officials said.");
  const DocEntity* kursk = Find(doc, "Kursk");
  ASSERT_NE(kursk, nullptr);
  EXPECT_EQ(kursk->type, EntityType::kPlace);
  EXPECT_EQ(kursk->country_code, "RU");
  ASSERT_TRUE(kursk->longitude.has_value());
  EXPECT_NEAR(*kursk->longitude, 36.19, 0.1);
}

TEST(Entities, AcronymDefinedInTheTextJoinsItsOrganisation) {
  Document doc = Resolved(
      "The Committee to Protect Journalists (CPJ) condemned the arrest. The CPJ said two reporters were held.");
  const Mention* acronym = nullptr;
  for (const Mention& m : doc.mentions) {
    if (doc.Slice(m.span) == "CPJ") acronym = &m;
  }
  ASSERT_NE(acronym, nullptr);
  const DocEntity& entity = doc.entities[static_cast<size_t>(acronym->entity)];
  EXPECT_TRUE(entity.name == "Committee to Protect Journalists" || Has(entity.aliases, "Committee to Protect Journalists"))
      << entity.name;
}

TEST(Entities, CityIsTheOneInTheCountryTheStoryNames) {
  Document doc = Resolved(
      "About 10,000 people were evacuated as a wildfire burned west of Valencia, Spain's Civil Protection agency "
      "said on Monday.");
  const DocEntity* valencia = Find(doc, "Valencia");
  ASSERT_NE(valencia, nullptr);
  EXPECT_EQ(valencia->country_code, "ES");
  ASSERT_TRUE(valencia->latitude.has_value());
  EXPECT_NEAR(*valencia->latitude, 39.47, 0.1);
}

}  // namespace
}  // namespace newsgraph
