#include <gtest/gtest.h>

#include <algorithm>

#include "link/entity_linker.h"
#include "story/example_articles.h"
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
  docs[1].entities = {Person("Choe Son Hui"), Person("Kim Yong-hyun"), Person("Mr. Rutte")};
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
  DocEntity place;
  place.name = "North Korea";
  place.type = EntityType::kPlace;
  place.country_code = "KP";
  docs[0].entities.push_back(place);
  docs[1].id = "b";
  DocEntity government;
  government.name = "DPRK";
  government.type = EntityType::kOrg;
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

TEST(StoryClusterer, CommonCountryAndLeaderAloneDoNotJoinStories) {
  const Date day{2024, 10, 29};
  std::vector<Document> docs = {
      Article("a", "Daily Ledger", "Spain wildfire forces evacuations near Valencia",
              "Prime Minister Pedro Sanchez said Spain would send soldiers to fight the wildfire near Valencia, "
              "where thousands of residents were evacuated as flames spread through dry hills.", day),
      Article("b", "Harbor Times", "Spain signs trade deal with Morocco",
              "Prime Minister Pedro Sanchez said Spain and Morocco signed a trade agreement on tomatoes and "
              "fisheries in Rabat, ending a dispute over import quotas that had lasted two years.", day),
      Article("c", "Global Wire", "Thousands evacuated as Valencia wildfire spreads",
              "Firefighters battled a wildfire west of Valencia as thousands of residents were evacuated and "
              "flames spread through dry hills, officials in Spain said.", day)};
  const auto stories = BuildStories(docs, {});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].documents, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(stories[1].documents, (std::vector<std::string>{"b"}));
}

// The first report of an event is short and shares too little with the next
// one alone; once the later reports have formed the story, it fits there.
TEST(StoryClusterer, ReassignMovesEarlyShortReportIntoItsFormedStory) {
  const Date day{2024, 11, 4};
  std::vector<Document> docs = {
      Article("flash", "Global Wire", "Quake topples buildings in Padang",
              "A quake toppled buildings in Padang and rescuers were digging through the rubble, officials said.",
              day),
      Article("a", "Daily Ledger", "Tsunami warning after Sumatra earthquake",
              "Indonesia issued a tsunami warning after a magnitude 7.1 earthquake struck off Sumatra, and "
              "residents of Padang fled to higher ground as buildings collapsed in the city.", day),
      Article("b", "Harbor Times", "Padang residents flee after quake",
              "Residents of Padang fled to higher ground after the magnitude 7.1 earthquake off Sumatra "
              "collapsed buildings and prompted a tsunami warning from Indonesia's geophysics agency.", day),
      Article("c", "Coastal Courier", "Sumatra quake: tsunami warning lifted",
              "Indonesia lifted its tsunami warning hours after the magnitude 7.1 earthquake off Sumatra, as "
              "rescuers searched collapsed buildings in Padang for survivors.", day)};
  StoryClusterer::Options options;
  options.keep_articles = true;
  StoryClusterer clusterer(options);
  for (const Document& d : docs) clusterer.Prime(d);
  std::vector<int> first;
  for (const Document& d : docs) first.push_back(clusterer.Add(d));
  EXPECT_NE(first[0], first[1]);
  const std::vector<int> moved = clusterer.Reassign();
  EXPECT_EQ(moved, std::vector<int>(4, moved[1]));
}

// A batch that runs on well past an event: its stories go quiet and leave
// the index scoring walks, but a Reassign pass starts again from the event's
// first report and must find the story it belongs to whole.
TEST(StoryClusterer, ReassignFindsStoriesThatWentQuietWhole) {
  const Date day{2024, 11, 4};
  std::vector<Document> docs = {
      Article("flash", "Global Wire", "Quake topples buildings in Padang",
              "A quake toppled buildings in Padang and rescuers were digging through the rubble, officials said.",
              day),
      Article("a", "Daily Ledger", "Tsunami warning after Sumatra earthquake",
              "Indonesia issued a tsunami warning after a magnitude 7.1 earthquake struck off Sumatra, and "
              "residents of Padang fled to higher ground as buildings collapsed in the city.", day),
      Article("b", "Harbor Times", "Padang residents flee after quake",
              "Residents of Padang fled to higher ground after the magnitude 7.1 earthquake off Sumatra "
              "collapsed buildings and prompted a tsunami warning from Indonesia's geophysics agency.", day),
      Article("c", "Coastal Courier", "Sumatra quake: tsunami warning lifted",
              "Indonesia lifted its tsunami warning hours after the magnitude 7.1 earthquake off Sumatra, as "
              "rescuers searched collapsed buildings in Padang for survivors.", day)};
  // A month of unrelated local news, each item with words of its own.
  auto made_up_word = [](size_t n) {
    std::string word = "zor";
    for (size_t k = 0; k < 4; ++k, n /= 26) word += static_cast<char>('a' + n % 26);
    return word;
  };
  for (size_t n = 0; n < 1100; ++n) {
    const std::string w = made_up_word(n);
    docs.push_back(Article("local-" + std::to_string(n), "Town Crier", "Council reviews " + w + " plans",
                           "The " + w + " committee reviewed " + w + " proposals for the " + w + " gardens.",
                           day.AddDays(30 + static_cast<int>(n % 5))));
  }
  StoryClusterer::Options options;
  options.keep_articles = true;
  StoryClusterer clusterer(options);
  for (const Document& d : docs) clusterer.Prime(d);
  std::vector<int> first;
  for (const Document& d : docs) first.push_back(clusterer.Add(d));
  EXPECT_NE(first[0], first[1]);
  const std::vector<int> moved = clusterer.Reassign();
  EXPECT_EQ(moved[0], moved[1]);
  EXPECT_EQ(moved[1], moved[3]);
}

// Two halves of one event that formed apart (the first reports on the
// warning, later ones on the damage): each article's own details dilute what
// it shares with the other half, the halves' profiles share their core.
TEST(StoryClusterer, MergeJoinsTwoHalvesOfOneEvent) {
  const Date day{2024, 11, 4};
  std::vector<Document> docs = {
      Article("w1", "Global Wire", "Tsunami warning after Sumatra earthquake",
              "Indonesia issued a tsunami warning after a powerful earthquake struck off Sumatra near Padang. "
              "Coastal residents were told to move to higher ground, and sirens sounded in fishing villages. "
              "The geophysics agency said the earthquake was shallow, which makes a tsunami more likely.", day),
      Article("w2", "Daily Ledger", "Sumatra earthquake triggers tsunami alert",
              "A powerful earthquake off Sumatra triggered a tsunami alert, and traffic jammed the roads out of "
              "Padang as families fled inland on motorbikes. Airport officials closed the runway while pilots "
              "waited for the tsunami alert to be lifted.", day),
      Article("d1", "Harbor Times", "Rescuers dig through rubble in Padang",
              "Rescuers dug through the rubble of collapsed hotels in Padang on Tuesday, a day after the "
              "earthquake off Sumatra. Soldiers used cranes to lift concrete slabs, and volunteers handed out "
              "water and rice to survivors sleeping in tents outside the mosque.", day.AddDays(1)),
      Article("d2", "Coastal Courier", "Padang hospitals overwhelmed after earthquake",
              "Hospitals in Padang were overwhelmed with injured people, and doctors treated patients in car parks "
              "as rescuers searched for survivors. The earthquake off Sumatra cut power to most of the city, and "
              "engineers warned that damaged bridges could collapse.", day.AddDays(1))};
  StoryClusterer::Options options;
  options.keep_articles = true;
  options.merge_similarity = 0.3;  // these short halves' profiles meet at about 1/3
  StoryClusterer clusterer(options);
  for (const Document& d : docs) clusterer.Prime(d);
  for (const Document& d : docs) clusterer.Add(d);
  const std::vector<int> reassigned = clusterer.Reassign();
  EXPECT_EQ(reassigned[0], reassigned[1]);
  EXPECT_EQ(reassigned[2], reassigned[3]);
  EXPECT_NE(reassigned[0], reassigned[2]);  // no single article fits the other half
  const std::vector<int> merged = clusterer.MergeSimilarStories();
  EXPECT_EQ(merged, std::vector<int>(4, merged[0]));
}

// The second event's first report joined the look-alike before a story of
// its own existed, and the rest followed it; the two groups' profiles differ
// in who and where, so the story splits.
TEST(StoryClusterer, SplitSeparatesLookAlikeEventThatJoinedFirst) {
  const Date day{2024, 11, 4};
  std::vector<Document> docs = {
      Article("reid1", "Global Wire", "Actress Tara Reid enters rehab at Promises in Malibu",
              "Actress Tara Reid has checked into the Promises Treatment Center in Malibu, her publicist "
              "Jack Ketsoyan said, asking for privacy for Reid and her family.", day),
      Article("reid2", "Daily Ledger", "Tara Reid checks into Malibu rehab",
              "Tara Reid entered rehab at the Promises Treatment Center in Malibu, publicist Jack Ketsoyan "
              "confirmed, and Reid asked fans to respect her privacy.", day),
      Article("lohan1", "Harbor Times", "Actress Lindsay Lohan enters rehab at Cliffside in Malibu",
              "Actress Lindsay Lohan has checked into the Cliffside Treatment Center in Malibu, her publicist "
              "Steve Honig said, asking for privacy for Lohan and her family.", day),
      Article("lohan2", "Coastal Courier", "Lindsay Lohan checks into Malibu rehab",
              "Lindsay Lohan entered the Cliffside Treatment Center in Malibu, publicist Steve Honig said; "
              "Lohan's lawyer said the stay was voluntary and that Lohan would finish her film afterwards.", day)};
  StoryClusterer::Options options;
  options.keep_articles = true;
  StoryClusterer clusterer(options);
  for (const Document& d : docs) clusterer.Prime(d);
  std::vector<int> added;
  for (const Document& d : docs) added.push_back(clusterer.Add(d));
  ASSERT_EQ(added, std::vector<int>(4, added[0]));
  const std::vector<int> split = clusterer.SplitDissimilarStories();
  EXPECT_EQ(split[0], split[1]);
  EXPECT_EQ(split[2], split[3]);
  EXPECT_NE(split[0], split[2]);
}

// Two fights of one champion: what happened is told in the same words, the
// opponent, the venue and the referee differ. The first report of the second
// fight joins the first and the rest follow; the split tells the two apart
// by whom they name, and the merge does not join them back.
TEST(StoryClusterer, LookAlikeEventOfTheSameChampionSplitsByWhomItNames) {
  const Date day{2024, 11, 4};
  auto fight = [&](std::string id, const char* opponent, const char* city, const char* referee, const char* extra) {
    return Article(std::move(id), "Wire", std::string("Klitschko stops ") + opponent + " to retain heavyweight titles",
                   std::string("Wladimir Klitschko knocked out ") + opponent + " in the sixth round in " + city +
                       " to retain his heavyweight titles. The champion floored " + opponent +
                       " with a left hook before referee " + referee + " stopped the fight. " + opponent + " said " +
                       extra,
                   day);
  };
  std::vector<Document> docs = {
      fight("r1", "Rahman", "Mannheim", "Weeks", "the champion was too strong for him."),
      fight("r2", "Rahman", "Mannheim", "Weeks", "he had trained hard but could not get inside."),
      fight("r3", "Rahman", "Mannheim", "Weeks", "he would consider retiring after the loss."),
      fight("t1", "Thompson", "Bern", "Cortez", "the challenger's corner had no answer to the jab."),
      fight("t2", "Thompson", "Bern", "Cortez", "his knee had bothered him since the spring."),
      fight("t3", "Thompson", "Bern", "Cortez", "he wanted a rematch next year.")};
  StoryClusterer::Options names_not_told;
  names_not_told.look_alike_names = 0;
  const std::vector<int> merged = ClusterBatch(docs, names_not_told);
  EXPECT_EQ(merged, std::vector<int>(6, merged[0]));
  const std::vector<int> story = ClusterBatch(docs);
  EXPECT_EQ(story[0], story[1]);
  EXPECT_EQ(story[0], story[2]);
  EXPECT_EQ(story[3], story[4]);
  EXPECT_EQ(story[3], story[5]);
  EXPECT_NE(story[0], story[3]);
}

// A short report of a formed event shares too few of its many words to meet
// min_similarity; once nothing can merge any more it joins at a lower bar.
TEST(StoryClusterer, LoneReportJoinsItsFormedStoryInTheLastPass) {
  const Date day{2024, 11, 4};
  std::vector<Document> docs = {
      Article("a", "Daily Ledger", "Tsunami warning after Sumatra earthquake",
              "Indonesia issued a tsunami warning after a magnitude 7.1 earthquake struck off Sumatra, and "
              "residents of Padang fled to higher ground as buildings collapsed in the city. Hospitals treated "
              "hundreds of injured people and power was cut across the province.", day),
      Article("b", "Harbor Times", "Padang residents flee after quake",
              "Residents of Padang fled to higher ground after the magnitude 7.1 earthquake off Sumatra "
              "collapsed buildings and prompted a tsunami warning from Indonesia's geophysics agency. Hospitals "
              "treated the injured in tents as power stayed out across the province.", day),
      Article("c", "Coastal Courier", "Sumatra quake: tsunami warning lifted",
              "Indonesia lifted its tsunami warning hours after the magnitude 7.1 earthquake off Sumatra, as "
              "rescuers searched collapsed buildings in Padang for survivors and hospitals treated the injured.",
              day),
      Article("flash", "Global Wire", "Padang quake",
              "Rescuers were arriving in Padang from Jakarta with dogs and cranes while aftershocks rattled the "
              "coast and fishermen searched for missing boats after the earthquake.", day)};
  StoryClusterer::Options options;
  options.rejoin_similarity = options.min_similarity;
  const std::vector<int> strict = ClusterBatch(docs, options);
  EXPECT_NE(strict[3], strict[0]);
  const std::vector<int> story = ClusterBatch(docs);
  EXPECT_EQ(story, std::vector<int>(4, story[0]));
}

// Undated copy (a feed that lost its metadata) of two look-alike events three
// years apart: the dates the articles state keep them apart.
TEST(StoryClusterer, StatedDatesYearsApartKeepUndatedLookAlikeEventsApart) {
  auto undated = [](std::string id, std::string text) {
    Document d = testing::AnnotatedArticle(std::move(id), "", Date{2024, 1, 1}, std::move(text));
    d.date.reset();
    return d;
  };
  std::vector<Document> docs = {
      undated("2008a", "The Indian Navy prevented pirates from attacking a merchant vessel in the Gulf of Aden on "
                       "December 13, 2008 and took 23 pirates into custody, the Defence Ministry said."),
      undated("2008b", "Indian naval forces captured 23 pirates who attacked a merchant vessel in the Gulf of Aden "
                       "on December 13, 2008, India's Defence Ministry said."),
      undated("2011a", "The Indian Navy thwarted an attack by pirates on a merchant vessel in the Gulf of Aden on "
                       "November 11, 2011 and arrested 26 pirates, the Defence Ministry said."),
      undated("2011b", "An Indian naval ship foiled a pirate attack on merchant vessels in the Gulf of Aden on "
                       "November 11, 2011, capturing 26 pirates, the Defence Ministry said.")};
  const auto stories = BuildStories(docs, {});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].documents, (std::vector<std::string>{"2008a", "2008b"}));
  EXPECT_EQ(stories[1].documents, (std::vector<std::string>{"2011a", "2011b"}));
}

// ---- the bundled examples, annotated by the real pipeline ----------------

class ExampleStories : public ::testing::Test {
 protected:
  void SetUp() override {
    documents_ = testing::ExampleArticles();
    entities_ = LinkAcrossDocuments(documents_);
    stories_ = BuildStories(documents_, entities_);
    ASSERT_EQ(stories_.size(), 2u);
  }
  const Story& Fire() const { return stories_[0]; }
  const Story& Strike() const { return stories_[1]; }
  const Document& Doc(const std::string& id) const {
    return *std::find_if(documents_.begin(), documents_.end(), [&](const Document& d) { return d.id == id; });
  }
  // The claim with a row whose text is `figure`.
  const Claim* ClaimWith(const Story& story, std::string_view figure) const {
    for (const Claim& c : story.claims)
      for (const ClaimValue& v : c.values)
        if (v.text == figure) return &c;
    return nullptr;
  }
  std::vector<Document> documents_;
  std::vector<Entity> entities_;
  std::vector<Story> stories_;
};

TEST_F(ExampleStories, GroupsFireAndStrikeCoverage) {
  EXPECT_EQ(Fire().documents, (std::vector<std::string>{"global-wire-valencia-fire", "harbor-times-valencia-fire",
                                                        "daily-ledger-valencia-fire", "coastal-courier-valencia-fire"}));
  EXPECT_EQ(Strike().documents,
            (std::vector<std::string>{"harbor-times-northwind-strike", "daily-ledger-northwind-strike"}));
}

TEST_F(ExampleStories, WireReprintIsSharedPassageNotIndependentSource) {
  ASSERT_FALSE(Fire().shared_passages.empty());
  const SharedPassage& p = Fire().shared_passages.front();
  EXPECT_EQ(p.document_a, "global-wire-valencia-fire");
  EXPECT_EQ(p.document_b, "coastal-courier-valencia-fire");
  // Both offsets point at the same words in their own documents.
  EXPECT_EQ(Doc(p.document_a).Slice(p.span_a), Doc(p.document_b).Slice(p.span_b));
  EXPECT_TRUE(Doc(p.document_a).Slice(p.span_a).starts_with("VALENCIA, Spain (Global Wire)"));
  EXPECT_GT(p.span_a.size(), 500u);
  EXPECT_EQ(Fire().sources.size(), 4u);
  EXPECT_EQ(Fire().independent_sources, (std::vector<std::string>{"Global Wire", "Harbor Times", "The Daily Ledger"}));
  // Outlets that only share a quote are not copies of each other.
  EXPECT_TRUE(Strike().shared_passages.empty());
  EXPECT_EQ(Strike().independent_sources.size(), 2u);
}

TEST_F(ExampleStories, SameQuoteInDifferentWordsIsOneSharedQuote) {
  const auto quote = std::find_if(Fire().shared_quotes.begin(), Fire().shared_quotes.end(), [](const SharedQuote& q) {
    return q.speaker_name == "Elena Ferrer" && q.versions.front().text.find("dangerous") != std::string::npos;
  });
  ASSERT_NE(quote, Fire().shared_quotes.end());
  std::vector<std::string> outlets, texts;
  for (const auto& v : quote->versions) {
    outlets.push_back(v.source);
    texts.push_back(v.text);
    EXPECT_EQ(Doc(v.document).Slice(v.span), v.text);
  }
  EXPECT_EQ(outlets, (std::vector<std::string>{"Global Wire", "Harbor Times", "The Daily Ledger", "Coastal Courier"}));
  EXPECT_EQ(texts[1], "It's very dangerous, very dangerous");
  // A quote only the wire and its reprint carry is not shared coverage.
  for (const SharedQuote& q : Fire().shared_quotes)
    for (const auto& v : q.versions) EXPECT_EQ(v.text.find("about 10,000 residents"), std::string::npos);
  // Reported speech does not match a direct quote on a related topic.
  for (const SharedQuote& q : Strike().shared_quotes)
    for (const auto& v : q.versions) EXPECT_EQ(v.text.find("pay rise"), std::string::npos) << v.text;
}

TEST_F(ExampleStories, EvacuationEstimateRoseAndUpperBoundIsNoConflict) {
  const Claim* claim = ClaimWith(Fire(), "As many as 12,000");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->status, ClaimStatus::kUpdated) << claim->explanation;
  // "people evacuated", "residents had left their homes", "the number of
  // evacuees" and "officials put the number at" are one claim.
  ASSERT_GE(claim->values.size(), 3u);
  EXPECT_EQ(claim->values.front().value, 3000);
  const auto ten = std::find_if(claim->values.begin(), claim->values.end(),
                                [](const ClaimValue& v) { return v.value == 10000; });
  ASSERT_NE(ten, claim->values.end());
  EXPECT_EQ(ten->documents.size(), 4u);
  EXPECT_EQ(ten->qualifier, Qualifier::kApproximate);
  EXPECT_EQ(ten->as_of, "2024-10-28");
  EXPECT_NE(claim->explanation.find("3,000"), std::string::npos);
  EXPECT_NE(claim->explanation.find("consistent"), std::string::npos);
  // Figures that opened their sentences read mid-sentence in the explanation,
  // while each value keeps its text as written.
  EXPECT_NE(claim->explanation.find("to about 10,000"), std::string::npos) << claim->explanation;
  EXPECT_NE(claim->explanation.find("\"as many as 12,000\""), std::string::npos) << claim->explanation;
  EXPECT_TRUE(std::any_of(claim->values.begin(), claim->values.end(),
                          [](const ClaimValue& v) { return v.text == "As many as 12,000"; }));
}

TEST_F(ExampleStories, DifferentAreaBurnedTheSameDayConflicts) {
  const Claim* claim = ClaimWith(Fire(), "9,500 hectares");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->status, ClaimStatus::kConflicting) << claim->explanation;
  EXPECT_NE(claim->explanation.find("9,500"), std::string::npos);
}

TEST_F(ExampleStories, IndependentOutletsCorroborateAndReprintsDoNotCount) {
  const Claim* soldiers = ClaimWith(Fire(), "300");
  ASSERT_NE(soldiers, nullptr);
  EXPECT_EQ(soldiers->status, ClaimStatus::kCorroborated) << soldiers->explanation;
  EXPECT_EQ(soldiers->values.size(), 1u);
  const auto herrera = std::find_if(entities_.begin(), entities_.end(),
                                    [&](const Entity& e) { return e.id == soldiers->values[0].attributed_to; });
  ASSERT_NE(herrera, entities_.end());
  EXPECT_EQ(herrera->name, "Tomás Herrera");
  // The wire and its reprint are one source.
  const Claim* aircraft = ClaimWith(Fire(), "40");
  ASSERT_NE(aircraft, nullptr);
  EXPECT_EQ(aircraft->values[0].documents.size(), 2u);
  EXPECT_EQ(aircraft->status, ClaimStatus::kSingle) << aircraft->explanation;
  // Synonymous counted nouns meet: passengers / travellers.
  const Claim* stranded = ClaimWith(Strike(), "about 45,000");
  ASSERT_NE(stranded, nullptr);
  EXPECT_EQ(stranded->values.size(), 2u);
  EXPECT_EQ(stranded->status, ClaimStatus::kCorroborated) << stranded->explanation;
}

TEST_F(ExampleStories, SummaryCitesAgreementFirstThenDifferences) {
  const auto& summary = Fire().summary;
  ASSERT_GE(summary.size(), 3u);
  for (const auto& s : summary) EXPECT_EQ(Doc(s.document).Slice(s.span), s.text);
  EXPECT_NE(summary.front().text.find("10,000 people"), std::string::npos) << summary.front().text;
  // The differing figures are cited after what outlets agree on.
  auto cites = [&](std::string_view words) {
    return std::find_if(summary.begin(), summary.end(),
                        [&](const SummarySentence& s) { return s.text.find(words) != std::string::npos; });
  };
  ASSERT_NE(cites("9,500 hectares"), summary.end());
  EXPECT_GT(cites("9,500 hectares") - summary.begin(), 2);
}

TEST_F(ExampleStories, TimelineIsInDateOrderWithItsTimeExpressions) {
  const auto& timeline = Fire().timeline;
  ASSERT_GE(timeline.size(), 4u);
  EXPECT_EQ(timeline.front().date, "2024-W43");  // "last week" comes before "Oct. 21"'s week ends
  for (const auto& e : timeline) {
    EXPECT_EQ(Doc(e.document).Slice(e.sentence), e.text);
    EXPECT_NE(e.text.find(e.time_text), std::string::npos);
  }
  const auto monday = std::find_if(timeline.begin(), timeline.end(), [](const auto& e) { return e.date == "2024-10-28"; });
  const auto started = std::find_if(timeline.begin(), timeline.end(), [](const auto& e) { return e.date == "2024-10-21"; });
  ASSERT_NE(monday, timeline.end());
  ASSERT_NE(started, timeline.end());
  EXPECT_LT(started, monday);
}

TEST_F(ExampleStories, TimelineListsEveryOutletReportingTheSameEventOnce) {
  // "About 10,000 people were evacuated on Monday" (The Daily Ledger) and
  // "About 10,000 people have been evacuated ... on Monday" (Global Wire and
  // its reprint) are one event with three documents, not three lines.
  const auto& timeline = Fire().timeline;
  const auto evacuated = std::find_if(timeline.begin(), timeline.end(), [](const auto& e) {
    return e.date == "2024-10-28" && e.text.find("About 10,000 people") != std::string::npos;
  });
  ASSERT_NE(evacuated, timeline.end());
  EXPECT_EQ(evacuated->documents.front(), evacuated->document);
  EXPECT_GE(evacuated->documents.size(), 3u);
  EXPECT_EQ(std::count_if(timeline.begin(), timeline.end(), [](const auto& e) {
              return e.date == "2024-10-28" && e.text.find("About 10,000 people") != std::string::npos;
            }), 1);
}

// ---- claim statuses on short made-up reports -------------------------------

std::vector<Story> StoriesOf(std::vector<Document> documents) {
  const auto entities = LinkAcrossDocuments(documents);
  return BuildStories(documents, entities);
}

const Claim& OnlyComparedClaim(const std::vector<Story>& stories) {
  EXPECT_EQ(stories.size(), 1u);
  EXPECT_FALSE(stories[0].claims.empty());
  return stories[0].claims.front();
}

TEST(Claims, LaterArticleReplacesEarlierFigure) {
  const Date day{2024, 3, 4};
  const auto stories = StoriesOf({
      testing::AnnotatedArticle("a", "Daily Ledger", day,
                                "Floods in northern Kenya have killed 40 people, the Kenya Red Cross said on Monday, "
                                "as rivers burst their banks across Marsabit county."),
      testing::AnnotatedArticle("b", "Harbor Times", day.AddDays(2),
                                "The death toll from floods in northern Kenya has risen to 71 people as rivers "
                                "burst their banks across Marsabit county, the Kenya Red Cross said on Wednesday.")});
  const Claim& claim = OnlyComparedClaim(stories);
  EXPECT_EQ(claim.status, ClaimStatus::kUpdated) << claim.explanation;
  EXPECT_NE(claim.explanation.find("40"), std::string::npos);
}

TEST(Claims, SameDayDisagreementConflictsAndAgreementCorroborates) {
  const Date day{2024, 3, 4};
  const std::string a = "Floods in northern Kenya have killed 40 people, the Kenya Red Cross said on Monday, "
                        "as rivers burst their banks across Marsabit county.";
  const std::string b = "Rivers burst their banks across Marsabit county on Monday and police said the floods in "
                        "northern Kenya had killed %s people.";
  auto with = [&](const std::string& figure) {
    std::string text = b;
    text.replace(text.find("%s"), 2, figure);
    return StoriesOf({testing::AnnotatedArticle("a", "Daily Ledger", day, a),
                      testing::AnnotatedArticle("b", "Harbor Times", day, text)});
  };
  const auto conflicting = with("65");
  EXPECT_EQ(OnlyComparedClaim(conflicting).status, ClaimStatus::kConflicting) << OnlyComparedClaim(conflicting).explanation;
  const auto corroborated = with("40");
  EXPECT_EQ(OnlyComparedClaim(corroborated).status, ClaimStatus::kCorroborated)
      << OnlyComparedClaim(corroborated).explanation;
  // "at least 35" allows 40: not a conflict.
  const auto bound = with("at least 35");
  EXPECT_EQ(OnlyComparedClaim(bound).status, ClaimStatus::kCorroborated) << OnlyComparedClaim(bound).explanation;
}

TEST(Claims, EvacueesArePeopleTheEvacuationCounted) {
  const Date day{2024, 10, 28};
  const auto stories = StoriesOf({
      testing::AnnotatedArticle("a", "Daily Ledger", day,
                                "About 10,000 people were evacuated on Monday as a wildfire burned through the hills "
                                "west of Valencia, the regional government said."),
      testing::AnnotatedArticle("b", "Harbor Times", day.AddDays(2),
                                "The wildfire in the hills west of Valencia has forced 14,000 evacuees from their "
                                "homes, the regional government said on Wednesday.")});
  const Claim& claim = OnlyComparedClaim(stories);
  EXPECT_EQ(claim.values.size(), 2u) << claim.explanation;
  EXPECT_EQ(claim.status, ClaimStatus::kUpdated) << claim.explanation;
}

TEST(Claims, AnEarlierValueAloneIsNotAnUpdate) {
  const auto stories = StoriesOf({testing::AnnotatedArticle(
      "a", "Daily Ledger", Date{2024, 10, 28},
      "A spokesman said the number of evacuees had risen from 3,000 a week earlier as the wildfire spread.")});
  const Claim& claim = OnlyComparedClaim(stories);
  EXPECT_EQ(claim.status, ClaimStatus::kSingle) << claim.explanation;
}

// Different figures of one day (two companies' share rises) are not one
// figure updated: only a later publication replaces a value.
TEST(Claims, TwoValuesPublishedTheSameDayAreNoUpdate) {
  for (const std::optional<Date> day : {std::optional<Date>(Date{2005, 2, 7}), std::optional<Date>()}) {
    Document doc = testing::AnnotatedArticle(
        "a", "Daily Ledger", day.value_or(Date{}),
        "Shares of tobacco companies closed higher after the ruling, with Altria shares rising 5% and Reynolds "
        "shares gaining 4.5% on the news.");
    doc.date = day;
    const auto stories = StoriesOf({doc});
    const Claim& claim = OnlyComparedClaim(stories);
    EXPECT_NE(claim.status, ClaimStatus::kUpdated) << claim.explanation;
    EXPECT_EQ(claim.explanation.find("()"), std::string::npos) << claim.explanation;
  }
}

// A story about an economy gives many percentages; one shared word
// ("France") must not make growth, spending and unemployment one figure.
TEST(Claims, PercentagesOfDifferentThingsAreSeparateClaims) {
  const auto stories = StoriesOf({testing::AnnotatedArticle(
      "a", "Daily Ledger", Date{2005, 2, 15},
      "The economy of France grew by 0.8% in the last three months of 2004, official figures show.\n\n"
      "Consumer spending in France rose 1.5% in January, the statistics office said.\n\n"
      "Unemployment in France stayed at 9.9%, the highest level in five years.")});
  ASSERT_EQ(stories.size(), 1u);
  int percent_claims = 0;
  for (const Claim& c : stories[0].claims) {
    EXPECT_EQ(c.values.size(), 1u) << c.explanation;
    percent_claims += c.unit == "percent";
  }
  EXPECT_EQ(percent_claims, 3);
}

// Amounts that each share words with the next do not chain into one claim:
// the back-tax bill and the deposit at the auction are different sums.
TEST(Claims, AmountsDoNotChainThroughALongStory) {
  const auto stories = StoriesOf({testing::AnnotatedArticle(
      "a", "Daily Ledger", Date{2005, 1, 20},
      "Yukos owes $27.5bn in back taxes to the tax ministry, officials say.\n\n"
      "The tax ministry sold Yuganskneftegas for $9.3bn at an auction in December.\n\n"
      "The auction winner paid a $1.7bn deposit to the ministry for Yuganskneftegas.")});
  ASSERT_EQ(stories.size(), 1u);
  std::vector<size_t> dollar_claims;
  for (const Claim& c : stories[0].claims)
    if (c.unit == "USD") dollar_claims.push_back(c.values.size());
  EXPECT_EQ(dollar_claims, (std::vector<size_t>{2, 1}));
}

// "from" states an earlier value only after a word of change: a gain from a
// sale is two figures of one day, not an update.
TEST(Claims, AFigureAfterFromIsEarlierOnlyWhenItChanged) {
  const auto gain = StoriesOf({testing::AnnotatedArticle(
      "a", "Daily Ledger", Date{1987, 3, 4},
      "Morrison Petroleums said it will have a net gain of 1,580,000 dlrs from the 2,750,000 dlr sale of "
      "real estate in Oshawa.")});
  for (const Claim& c : gain[0].claims) EXPECT_NE(c.status, ClaimStatus::kUpdated) << c.explanation;
  const auto rise = StoriesOf({testing::AnnotatedArticle(
      "a", "Daily Ledger", Date{1987, 3, 4},
      "Morrison Petroleums said its net gain rose to 1,580,000 dlrs, up from 750,000 dlrs in the sale of "
      "real estate in Oshawa.")});
  EXPECT_EQ(OnlyComparedClaim(rise).status, ClaimStatus::kUpdated) << OnlyComparedClaim(rise).explanation;
}

// A later article that gives last year's figure does not update this year's.
TEST(Claims, ALaterArticlesFigureForAnEarlierTimeIsNoUpdate) {
  const Date day{1987, 3, 12};
  const auto stories = StoriesOf({
      testing::AnnotatedArticle("a", "Daily Ledger", day,
                                "Kenya's coffee exports reached 10,000 tonnes in February, the Kenya Coffee Board "
                                "said on Thursday, as prices for Kenyan arabica coffee rose."),
      testing::AnnotatedArticle("b", "Harbor Times", day.AddDays(1),
                                "Kenya's coffee exports were 7,000 tonnes in August 1986, the Kenya Coffee Board "
                                "said, as prices for Kenyan arabica coffee rose on Friday.")});
  const Claim& claim = OnlyComparedClaim(stories);
  EXPECT_EQ(claim.values.size(), 2u) << claim.explanation;
  EXPECT_NE(claim.status, ClaimStatus::kUpdated) << claim.explanation;
}

}  // namespace
}  // namespace newsgraph