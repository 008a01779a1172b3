#include "extract/quantities.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "extract/times.h"
#include "text/text_layer.h"

namespace newsgraph {
namespace {

Document Doc(std::string text) {
  Document doc;
  doc.text = std::move(text);
  return doc;
}

Span Find(const Document& doc, std::string_view what, size_t from = 0) {
  size_t at = doc.text.find(what, from);
  EXPECT_NE(at, std::string::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

std::vector<Quantity> Extract(std::string text) {
  Document doc = Doc(std::move(text));
  ExtractQuantities(doc);
  return doc.quantities;
}

// The stages before ExtractQuantities as the pipeline runs them: tokens,
// sentences and times (article date Wednesday 2024-10-30).
Document Analyzed(std::string text) {
  Document doc = Doc(std::move(text));
  doc.date = Date{2024, 10, 30};
  AnnotateText(doc);
  ExtractTimes(doc);
  ExtractQuantities(doc);
  return doc;
}

int TimeIndex(const Document& doc, std::string_view phrase) {
  for (size_t i = 0; i < doc.times.size(); ++i)
    if (doc.Slice(doc.times[i].span) == phrase) return static_cast<int>(i);
  return -1;
}

TEST(Quantities, CountsTroopsWithTheirNounPhrase) {
  Document doc = Doc("Pyongyang has sent 10,000 North Korean troops to Russia, officials said.");
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 1u);
  const Quantity& q = doc.quantities[0];
  EXPECT_EQ(q.value, 10000);
  EXPECT_EQ(q.counted, "North Korean troops");
  EXPECT_EQ(q.unit, "troops");
  EXPECT_EQ(q.qualifier, Qualifier::kExact);
  EXPECT_EQ(doc.Slice(q.span), "10,000");
  EXPECT_EQ(q.counted_span, Find(doc, "North Korean troops"));
}

TEST(Quantities, LowerBoundBeforeTheVictims) {
  auto qs = Extract("The strike killed at least 20 people in the city of Kharkiv.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kLowerBound);
  EXPECT_EQ(qs[0].low, 20);
  EXPECT_EQ(qs[0].value, 20);
  EXPECT_EQ(qs[0].counted, "people");
}

TEST(Quantities, UpperBoundSetsHigh) {
  auto qs = Extract("As many as 12,000 soldiers may already be in the Kursk region.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kUpperBound);
  EXPECT_EQ(qs[0].high, 12000);
  EXPECT_EQ(qs[0].value, 12000);
  EXPECT_EQ(qs[0].unit, "soldiers");
}

TEST(Quantities, AsMuchAsMoneyIsAnUpperBoundAndAsLowAsALowerOne) {
  auto qs = Extract("The strike could cost the airline as much as $25 million, with fares as low as $99.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kUpperBound);
  EXPECT_EQ(qs[0].high, 25e6);
  EXPECT_EQ(qs[0].unit, "USD");
  EXPECT_EQ(qs[1].qualifier, Qualifier::kLowerBound);
  EXPECT_EQ(qs[1].low, 99);
}

TEST(Quantities, BoundsWrittenAfterTheNumber) {
  auto qs = Extract("Officials expect 1,000 or more people, and 50 or fewer vehicles.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kLowerBound);
  EXPECT_EQ(qs[0].low, 1000);
  EXPECT_EQ(qs[0].counted, "people");
  EXPECT_EQ(qs[1].qualifier, Qualifier::kUpperBound);
  EXPECT_EQ(qs[1].high, 50);
}

TEST(Quantities, ApproximateAndEstimatedQualifiers) {
  auto qs = Extract("Roughly 3,000 residents fled, and an estimated 500 homes were destroyed.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kApproximate);
  EXPECT_EQ(qs[0].counted, "residents");
  EXPECT_EQ(qs[1].qualifier, Qualifier::kEstimate);
  EXPECT_EQ(qs[1].counted, "homes");
}

TEST(Quantities, EstimatesPutTheNumberAtIsAnEstimate) {
  auto qs = Extract("Aid groups' estimates put the number at 40,000 refugees.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kEstimate);
}

TEST(Quantities, MoneyWithSignsAndScales) {
  auto qs = Extract("Washington approved $1.2 billion in military aid, while Brussels pledged €5m and London £600m.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].unit, "USD");
  EXPECT_DOUBLE_EQ(*qs[0].value, 1.2e9);
  EXPECT_EQ(qs[0].counted, "military aid");
  EXPECT_EQ(qs[1].unit, "EUR");
  EXPECT_DOUBLE_EQ(*qs[1].value, 5e6);
  EXPECT_EQ(qs[2].unit, "GBP");
  EXPECT_DOUBLE_EQ(*qs[2].value, 600e6);
}

TEST(Quantities, CurrencyNamedAfterTheNumber) {
  auto qs = Extract("The company paid 3 million euros to settle the case.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].unit, "EUR");
  EXPECT_EQ(qs[0].value, 3e6);
}

TEST(Quantities, IsoCodesAndNamedCurrencies) {
  auto qs = Extract("The bond raised USD 200 million, plus 125 million Australian dollars and 10,000 Swiss francs.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].unit, "USD");
  EXPECT_EQ(qs[0].value, 2e8);
  EXPECT_EQ(qs[1].unit, "AUD");
  EXPECT_EQ(qs[2].unit, "CHF");
}

TEST(Quantities, PercentagesCountWhatFollowsOf) {
  auto qs = Extract("Turnout rose 5% and the ruling party won 48 percent of the vote.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].unit, "percent");
  EXPECT_EQ(qs[0].value, 5);
  EXPECT_EQ(qs[0].counted, "");
  EXPECT_EQ(qs[1].unit, "percent");
  EXPECT_EQ(qs[1].counted, "vote");
}

TEST(Quantities, RangesInThreeSpellings) {
  for (std::string text : {"Between 8,000 and 10,000 troops are deployed.", "Some 8,000-10,000 troops are deployed.",
                           "Officials said 8,000 to 10,000 troops are deployed."}) {
    auto qs = Extract(text);
    ASSERT_EQ(qs.size(), 1u) << text;
    EXPECT_EQ(qs[0].low, 8000) << text;
    EXPECT_EQ(qs[0].high, 10000) << text;
    EXPECT_FALSE(qs[0].value) << text;
    EXPECT_EQ(qs[0].unit, "troops") << text;
  }
}

TEST(Quantities, SmallGluedRangesWithAUnitAreRanges) {
  auto qs = Extract("Prices rose 3-4% while the lake shrank 2-3 km and costs hit $1-2 billion.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].low, 3);
  EXPECT_EQ(qs[0].high, 4);
  EXPECT_EQ(qs[0].unit, "percent");
  EXPECT_EQ(qs[1].unit, "km");
  EXPECT_EQ(qs[2].low, 1e9);
  EXPECT_EQ(qs[2].high, 2e9);
}

TEST(Quantities, ScaleOfTheHighEndAppliesToTheLowEnd) {
  auto qs = Extract("The war has displaced 3 to 4 million people.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].low, 3e6);
  EXPECT_EQ(qs[0].high, 4e6);
}

TEST(Quantities, SpelledOutNumbersAndVaguePlurals) {
  auto qs = Extract("Two dozen journalists and tens of thousands of protesters gathered; thousands of people left.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].value, 24);
  EXPECT_EQ(qs[0].counted, "journalists");
  EXPECT_EQ(qs[1].low, 1e4);
  EXPECT_EQ(qs[1].high, 1e5);
  EXPECT_EQ(qs[1].qualifier, Qualifier::kApproximate);
  EXPECT_EQ(qs[1].counted, "protesters");
  EXPECT_EQ(qs[2].counted, "people");
}

TEST(Quantities, SeveralHundredAndAFewThousand) {
  auto qs = Extract("Several hundred protesters marched, and a few thousand supporters watched.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].low, 300);
  EXPECT_EQ(qs[0].high, 1000);
  EXPECT_EQ(qs[0].counted, "protesters");
  EXPECT_EQ(qs[0].qualifier, Qualifier::kApproximate);
  EXPECT_EQ(qs[1].low, 2000);
  EXPECT_EQ(qs[1].counted, "supporters");
}

TEST(Quantities, PeriodsAreNotFractionsOrCounts) {
  EXPECT_TRUE(Extract("In the first half of our fiscal year, the plant has been used for thousands of years.").empty());
}

TEST(Quantities, HundredsOfMillionsWithoutOf) {
  auto qs = Extract("Output will rise to potentially hundreds of millions, the firm said.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].low, 1e8);
}

TEST(Quantities, PossessiveInsideTheCountedPhrase) {
  auto qs = Extract("It expects to have about half of India's beer market.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].counted, "India's beer market");
  EXPECT_EQ(qs[0].unit, "market");
}

TEST(Quantities, FractionsOfAPopulation) {
  auto qs = Extract("A third of the residents and half of the workers have left.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_NEAR(*qs[0].value, 1.0 / 3, 1e-9);
  EXPECT_EQ(qs[0].counted, "residents");
  EXPECT_EQ(qs[1].value, 0.5);
  EXPECT_EQ(qs[1].counted, "workers");
}

TEST(Quantities, SkipsYearsDatesAndClockTimes) {
  EXPECT_TRUE(Extract("In 2024, the talks resumed on Oct. 28 and again on 3 November at 3:30 p.m.").empty());
  EXPECT_TRUE(Extract("The meeting starts at 10 GMT, or 9 a.m. in London.").empty());
}

TEST(Quantities, SkipsOrdinalsTitlesAndIdentifiers) {
  EXPECT_TRUE(Extract("Pope John Paul II visited after World War Two ended.").empty());
  EXPECT_TRUE(Extract("The F-16 jets and Flight 370 were discussed at the 3rd session.").empty());
  EXPECT_TRUE(Extract("Call 555-123-4567 or visit 192.168.1.2 for details.").empty());
}

TEST(Quantities, SkipsAgesAfterNamesAndAgeModifiers) {
  EXPECT_TRUE(Extract("John Smith, 45, said a 5-year-old boy was hurt.").empty());
}

TEST(Quantities, OneAndAAreNotFiguresOnTheirOwn) {
  EXPECT_TRUE(Extract("One of the soldiers said a tank was hit and no one was hurt.").empty());
  auto qs = Extract("At least one person died.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].low, 1);
}

TEST(Quantities, AddressesAndNumberedNamesAreNotCounts) {
  EXPECT_TRUE(Extract("He walked through the door of 10 Downing Street on Friday.").empty());
  EXPECT_TRUE(Extract("Ex-No 10 media chief Alastair Campbell spoke, as did the No. 2 official.").empty());
}

TEST(Quantities, PluralHeadEndsTheCountedPhrase) {
  auto qs = Extract("Some 83 MPs gave their answers to the committee.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].counted, "MPs");
  EXPECT_EQ(qs[0].unit, "MPs");
}

TEST(Quantities, ScoresAreNotRanges) {
  EXPECT_TRUE(Extract("Arsenal won 3-1 at home.").empty());
  EXPECT_TRUE(Extract("Chelsea's 1-0 defeat came after Melzer beat Mirnyi 6-7 (2-7) 7-6 (7-3) 6-2.").empty());
}

TEST(Quantities, RaceDistancesAreMetresNotMillions) {
  auto qs = Extract("She won 200m gold, and the club raised 5m people's hopes with a £5m deal for 100m people.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[3].value, 1e8);
  EXPECT_EQ(qs[0].unit, "m");
  EXPECT_EQ(qs[0].value, 200);
  EXPECT_EQ(qs[1].value, 5e6);
  EXPECT_EQ(qs[2].value, 5e6);
}

TEST(Quantities, RanksAndNamesWithNumberWordsAreNotCounts) {
  EXPECT_TRUE(Extract("World number three Lleyton Hewitt told Five Live he was fit.").empty());
  EXPECT_TRUE(Extract("The England international, 24, was hurt in training.").empty());
}

TEST(Quantities, DateSpansAreNotRanges) {
  EXPECT_TRUE(Extract("The tournament will take place from 9-15 January.").empty());
}

TEST(Quantities, UpFromLinksTheOlderFigureAndItsTime) {
  Document doc = Doc("The death toll rose to 5,000 on Monday, up from the estimate of 3,000 given last week.");
  doc.times.push_back({Find(doc, "Monday"), "2024-10-28", TimeType::kDate, ""});
  doc.times.push_back({Find(doc, "last week"), "2024-W43", TimeType::kDate, ""});
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 2u);
  const Quantity& newer = doc.quantities[0];
  const Quantity& older = doc.quantities[1];
  EXPECT_EQ(newer.value, 5000);
  EXPECT_EQ(older.value, 3000);
  EXPECT_EQ(newer.previous, 1);
  EXPECT_EQ(older.previous, -1);
  EXPECT_EQ(newer.as_of_time, 0);
  EXPECT_EQ(older.as_of_time, 1);
}

TEST(Quantities, DurationsAreNeverAFiguresTime) {
  Document doc = Doc("On Monday, 200 fighters attacked for three days.");
  doc.times.push_back({Find(doc, "Monday"), "2024-10-28", TimeType::kDate, ""});
  doc.times.push_back({Find(doc, "three days"), "P3D", TimeType::kDuration, ""});
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 1u);
  EXPECT_EQ(doc.quantities[0].as_of_time, 0);
}

TEST(Quantities, ComparedWithAWeekEarlier) {
  auto qs = Extract("Officials counted 2,400 cases, compared with 1,900 a week earlier.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].previous, 1);
  EXPECT_EQ(qs[1].unit, "cases");
}

TEST(Quantities, RoseFromToIsAChangeNotARange) {
  auto qs = Extract("Unemployment rose from 4.1% to 4.3% in October.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value, 4.1);
  EXPECT_EQ(qs[1].value, 4.3);
  EXPECT_EQ(qs[1].previous, 0);
  EXPECT_EQ(qs[1].unit, "percent");
}

TEST(Quantities, AttributedToTheSpeakerOfTheSentence) {
  Document doc = Doc("About 1,500 people were evacuated, according to the Red Cross. Smith said 40 homes burned.");
  doc.entities.resize(2);
  doc.mentions.push_back({Find(doc, "Red Cross"), EntityType::kOrg, 0});
  doc.mentions.push_back({Find(doc, "Smith"), EntityType::kPerson, 1});
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 2u);
  EXPECT_EQ(doc.quantities[0].attributed_to, 0);
  EXPECT_EQ(doc.quantities[1].attributed_to, 1);
}

TEST(Quantities, SpeakerAfterTheCueAndNoSpeakerWithoutAMention) {
  Document doc = Doc("The fire destroyed 300 homes, said Governor Gavin Newsom. Police said 12 people died.");
  doc.entities.resize(1);
  doc.mentions.push_back({Find(doc, "Gavin Newsom"), EntityType::kPerson, 0});
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 2u);
  EXPECT_EQ(doc.quantities[0].attributed_to, 0);
  EXPECT_EQ(doc.quantities[1].attributed_to, -1);
}

TEST(Quantities, MeasuresKeepTheirUnit) {
  auto qs = Extract("Troops advanced 15 km and seized 200 tonnes of grain near a 5km stretch of road.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].unit, "km");
  EXPECT_EQ(qs[1].unit, "tonnes");
  EXPECT_EQ(qs[1].counted, "grain");
  EXPECT_EQ(qs[2].unit, "km");
}

TEST(Quantities, HyphenatedMeasuresAndWireServiceCurrency) {
  auto qs = Extract("A 116-foot rocket carrying a 57 mln dlr satellite lifted off.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].unit, "ft");
  EXPECT_EQ(qs[0].value, 116);
  EXPECT_EQ(qs[1].unit, "USD");
  EXPECT_EQ(qs[1].value, 57e6);
}

TEST(Quantities, SquareMeasuresAndChartPositions) {
  auto qs = Extract("He built a 100,000 square foot studio; the album entered the top 40 at number 12.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].unit, "sq ft");
}

TEST(Quantities, CoordinatedModifiersButNotCoordinatedCounts) {
  auto qs = Extract("It registered about 300 natural and man-made disasters, and 20 men and women were hurt.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].counted, "natural and man-made disasters");
  EXPECT_EQ(qs[0].unit, "disasters");
  EXPECT_EQ(qs[1].counted, "men");
}

TEST(Quantities, ParticipleAfterTheNumberIsNotCounted) {
  auto qs = Extract("December saw download sales of 312,000 compared with 282,000 physical singles.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].counted, "");
  EXPECT_EQ(qs[0].previous, 1);
  EXPECT_EQ(qs[1].counted, "physical singles");
}

TEST(Quantities, SkipsNumbersInsideTimeExpressions) {
  Document doc = Doc("The ceasefire lasted three days before 200 fighters attacked.");
  doc.times.push_back({Find(doc, "three days"), "P3D", TimeType::kDuration, ""});
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 1u);
  EXPECT_EQ(doc.quantities[0].value, 200);
}

TEST(Quantities, ChangeVerbToIsANewLevelNotARange) {
  auto qs = Extract("Quarterly profits jumped 76% to $1.13bn, while sales rose 2% to $11.1bn from $10.9bn.");
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(qs[0].unit, "percent");
  EXPECT_EQ(qs[1].value, 1.13e9);
  EXPECT_FALSE(qs[1].low);
  EXPECT_EQ(qs[3].previous, 4);
}

TEST(Quantities, FromStatesAChangeOnlyAfterAWordOfChange) {
  auto gain = Extract("It will have a net gain of 1,580,000 dlrs from the 2,750,000 dlr sale of real estate.");
  ASSERT_EQ(gain.size(), 2u);
  EXPECT_EQ(gain[0].previous, -1);
  auto fell = Extract("Net income fell to 1,580,000 dlrs from 2,750,000 dlrs a year earlier.");
  ASSERT_EQ(fell.size(), 2u);
  EXPECT_EQ(fell[0].previous, 1);
  auto up = Extract("About 10,000 residents have left, up from the estimate of 3,000 given last week.");
  ASSERT_EQ(up.size(), 2u);
  EXPECT_EQ(up[0].previous, 1);
}

TEST(Quantities, ChangeWithItsOwnUnitAFewWordsAfterTheVerbIsNotARange) {
  auto qs = Extract("The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%. Shares dropped by 1.2% "
                    "to 50.50 euros in Amsterdam. Prices rose by 3 to 4 percent.");
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(qs[0].value, 0.25);
  EXPECT_FALSE(qs[0].high);
  EXPECT_EQ(qs[1].value, 5.5);
  EXPECT_EQ(qs[2].value, 1.2);
  EXPECT_EQ(qs[3].unit, "EUR");
  EXPECT_EQ(qs[4].low, 3) << "a range names its unit once";
  EXPECT_EQ(qs[4].high, 4);
}

TEST(Quantities, ConversionInBracketsLeavesTheChangeOnTheFirstFigure) {
  auto qs = Extract("The airline made a pre-tax profit of £75m ($141m) compared with £125m a year earlier.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].previous, 2);
  EXPECT_EQ(qs[1].previous, -1);
}

TEST(Quantities, DurationsAreLeftToTimeExpressions) {
  auto qs = Extract("Profits fell in the three months to December, after 10 years of growth.");
  EXPECT_TRUE(qs.empty());
}

TEST(Quantities, BareSpelledOutNumbersAreNotFigures) {
  EXPECT_TRUE(Extract("The two were ripe for consolidation, analysts said.").empty());
}

TEST(Quantities, MoneyInADeterminedPhraseCountsNothing) {
  auto qs = Extract("Rosneft bought the unit for $9.3bn in a sale forced by Russia.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].counted, "");
}

TEST(Quantities, OddInputGivesValidSpansOrNothing) {
  for (std::string text : {std::string(), std::string("$"), std::string("\xE2\x80"), std::string("5\xC2"),
                           std::string("between 5 and"), std::string("rose from $"), std::string("1,000-"),
                           std::string("twenty- one and a"), std::string("(((( 3 ))))%")}) {
    Document doc = Doc(text);
    ExtractQuantities(doc);
    for (const Quantity& q : doc.quantities) {
      EXPECT_LT(q.span.begin, q.span.end) << text;
      EXPECT_LE(q.span.end, doc.text.size()) << text;
    }
  }
}

// ---- with the real text layer and time expressions ----

TEST(Quantities, PipelineLinksTheUpdateToTheEstimateGivenLastWeek) {
  Document doc = Analyzed("The death toll rose to 5,000 on Monday, up from the estimate of 3,000 given last week.");
  ASSERT_EQ(doc.quantities.size(), 2u);
  const Quantity& newer = doc.quantities[0];
  const Quantity& older = doc.quantities[1];
  EXPECT_EQ(newer.value, 5000);
  EXPECT_EQ(newer.previous, 1);
  EXPECT_EQ(newer.as_of_time, TimeIndex(doc, "Monday"));
  EXPECT_EQ(older.value, 3000);
  EXPECT_EQ(older.qualifier, Qualifier::kEstimate);
  EXPECT_EQ(older.as_of_time, TimeIndex(doc, "last week"));
  EXPECT_EQ(doc.times[older.as_of_time].value, "2024-W43");
  EXPECT_TRUE(older.counted.empty());  // "given" is a participle, not what is counted
}

TEST(Quantities, PipelineOlderFigureCountsWhatTheNewerOneCounts) {
  Document doc = Analyzed("About 10,000 North Korean troops are now in Russia, up from the estimate of 3,000 given last week.");
  ASSERT_EQ(doc.quantities.size(), 2u);
  EXPECT_EQ(doc.quantities[0].counted, "North Korean troops");
  EXPECT_EQ(doc.quantities[0].previous, 1);
  EXPECT_EQ(doc.quantities[1].counted, "North Korean troops");
  EXPECT_EQ(doc.quantities[1].unit, doc.quantities[0].unit);
}

TEST(Quantities, PipelineAbbreviationsKeepOneSentence) {
  Document doc = Analyzed("Mr. Smith said the U.S. sent 3,000 more troops on Monday, up from 2,000 in September.");
  ASSERT_EQ(doc.quantities.size(), 2u);
  EXPECT_EQ(doc.quantities[0].counted, "troops");
  EXPECT_EQ(doc.quantities[0].previous, 1);
  EXPECT_EQ(doc.quantities[0].as_of_time, TimeIndex(doc, "Monday"));
  EXPECT_EQ(doc.quantities[1].as_of_time, TimeIndex(doc, "September"));
}

TEST(Quantities, PipelineSkipsYearsDatesClockTimesAndTitles) {
  Document doc = Analyzed("King Charles III visited World War II memorials on March 3, 2024 at 10:30 a.m., "
                          "as in the 1990s and in 2019, before the G7 summit and a COVID-19 briefing.");
  EXPECT_TRUE(doc.quantities.empty());
}

TEST(Quantities, PipelineIssueExamples) {
  Document doc = Analyzed("Between 8,000 and 10,000 troops arrived; some 3.5 million people fled, two dozen "
                          "villages burned, tens of thousands of protesters marched and a third of the "
                          "residents left.");
  ASSERT_EQ(doc.quantities.size(), 5u);
  EXPECT_EQ(doc.quantities[0].low, 8000);
  EXPECT_EQ(doc.quantities[0].high, 10000);
  EXPECT_EQ(doc.quantities[0].counted, "troops");
  EXPECT_EQ(doc.quantities[1].value, 3500000);
  EXPECT_EQ(doc.quantities[1].qualifier, Qualifier::kApproximate);
  EXPECT_EQ(doc.quantities[2].value, 24);
  EXPECT_EQ(doc.quantities[2].counted, "villages");
  EXPECT_EQ(doc.quantities[3].low, 10000);
  EXPECT_EQ(doc.quantities[3].high, 100000);
  EXPECT_EQ(doc.quantities[3].counted, "protesters");
  EXPECT_NEAR(*doc.quantities[4].value, 1.0 / 3, 1e-9);
  EXPECT_EQ(doc.quantities[4].counted, "residents");
}

TEST(Quantities, CoordinationBeforeAVerbEndsTheCountedPhrase) {
  auto qs = Extract("Congress approved $1.2 billion in aid and inflation rose again.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].counted, "aid");
}

TEST(Quantities, AVerbAfterANumberIsNotWhatItCounts) {
  auto q = Extract("Of the 20 retailers surveyed, 13 reported growth in sales, and 20 wounded soldiers came home.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].counted, "retailers");
  EXPECT_EQ(q[1].value, 13);
  EXPECT_EQ(q[1].counted, "");
  EXPECT_EQ(q[2].counted, "wounded soldiers");
}

// A participle opens coordinated modifiers as an adjective when a plural
// noun ends them; the verb of "13 reported growth in sales" stays out.
TEST(Quantities, AParticipleBeforeCoordinatedModifiersOpensWhatIsCounted) {
  auto q = Extract("The camp hosted more than 30 leading senior and junior players, 95 per cent of the exported "
                   "wine was sold, and 52 per cent of those questioned believed the figures.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].counted, "leading senior and junior players");
  EXPECT_EQ(q[0].unit, "players");
  EXPECT_EQ(q[1].counted, "exported wine");
  EXPECT_EQ(q[2].counted, "");
}

TEST(Quantities, AShareOfANamedCompanyHasNoUnit) {
  auto q = Extract("The distiller bought a third of US rival Seagram in 1995, and half of the workers polled agreed.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].counted, "US rival Seagram");
  EXPECT_EQ(q[0].unit, "");
  EXPECT_EQ(q[1].unit, "workers");
}

TEST(Quantities, TheNumberOfSomethingNamedBeforeTheFigureIsWhatItCounts) {
  auto q = Extract("Vidal said the number of evacuees had risen from 3,000 a week earlier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].counted, "evacuees");
  EXPECT_EQ(q[0].unit, "evacuees");
}

TEST(Quantities, AShareOfAFigureCountsWhatTheFigureCounts) {
  auto q = Extract("Nearly half of the 3.5 million residents of the province have no power.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].counted, "residents");
  EXPECT_EQ(q[0].unit, "residents");
  EXPECT_EQ(q[1].value, 3500000);
}

// A spelled-out figure with nothing after it is dropped ("the two were"),
// except as the older figure of a stated change, which counts what the
// newer one counts.
TEST(Quantities, SpelledOutOlderFigureOfAChangeIsKept) {
  Document doc = Analyzed("Two dozen lawmakers signed the letter, up from a dozen last month.");
  ASSERT_EQ(doc.quantities.size(), 2u);
  EXPECT_EQ(doc.quantities[1].value, 12);
  EXPECT_EQ(doc.quantities[1].counted, "lawmakers");
  EXPECT_EQ(doc.quantities[0].previous, 1);
  auto bare = Extract("The two were later released.");
  EXPECT_TRUE(bare.empty());
}

TEST(Quantities, MagnitudeGluedByAHyphenIsAMeasure) {
  auto q = Extract("A 7.1-magnitude earthquake struck 40 km off the coast.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].unit, "magnitude");
  EXPECT_EQ(q[0].counted, "");
  EXPECT_EQ(q[1].unit, "km");
}

// "The 3,500-page report", "a 30-meter-long pile": a noun or measure glued
// by a hyphen is the unit; "a 50-50 chance" and "the 70's" are no figures.
TEST(Quantities, HyphenGluedNounIsTheUnitAndOddsOrDecadesAreNoFigures) {
  auto q = Extract("The 3,500-page report was released as mourners laid a 30-meter-long pile of flowers.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].unit, "page");
  EXPECT_EQ(q[0].counted, "");
  EXPECT_EQ(q[1].unit, "m");
  EXPECT_TRUE(Extract("Police said it was a \"50-50\" chance that the fire was arson.").empty());
  EXPECT_TRUE(Extract("Under his leadership in the 70's, ties with the United States were tense.").empty());
}

TEST(Quantities, CommonPossessorAfterOfIsADeterminer) {
  auto q = Extract("The commanders hope to exclude two of the country's leading politicians.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].counted, "leading politicians");
}

// An estimate named before a figure is that figure's, not the next one's:
// "an estimated 400 people, most aged 13 to 18".
TEST(Quantities, EstimateWordStopsAtTheFigureBefore) {
  auto q = Extract("Although an estimated 400 people, most aged 13 to 18, were at the dance, it was licensed for 150.");
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(q[0].qualifier, Qualifier::kEstimate);
  EXPECT_EQ(q[1].qualifier, Qualifier::kExact);
}

// A bare figure counts what its partner counts: an alternative ("about 300
// or 400 people") or a parallel verb ("killing 60 people and injuring 155");
// a figure after another kind of verb does not ("rescued 40, and recovered
// 59 bodies").
TEST(Quantities, BareFigureCountsWhatItsPartnerCounts) {
  auto alternative = Extract("About 300 or 400 people were inside, police said.");
  ASSERT_EQ(alternative.size(), 2u);
  EXPECT_EQ(alternative[0].counted, "people");
  auto parallel = Extract("The fire tore through the hall, killing 60 people and injuring 155.");
  ASSERT_EQ(parallel.size(), 2u);
  EXPECT_EQ(parallel[1].counted, "people");
  auto apart = Extract("Police rescued 40, and recovered 59 bodies.");
  ASSERT_EQ(apart.size(), 2u);
  EXPECT_EQ(apart[0].counted, "");
}

// Shares written as a hyphenated fraction or a ratio, and rates in basis
// points: "two-thirds of respondents", "more than 1 in 5 adults", "by 25
// basis points"; the upper figure of a hedged pair counts what the lower
// one does ("at least 3,000 troops, and possibly as many as 5,000").
TEST(Quantities, HyphenatedFractionsRatiosBasisPointsAndHedgedPairs) {
  auto thirds = Extract("Nearly two-thirds of respondents said they opposed the plan.");
  ASSERT_EQ(thirds.size(), 1u);
  EXPECT_NEAR(*thirds[0].value, 2.0 / 3, 1e-9);
  EXPECT_EQ(thirds[0].counted, "respondents");
  auto ratio = Extract("More than 1 in 5 adults reported symptoms.");
  ASSERT_EQ(ratio.size(), 1u);
  EXPECT_DOUBLE_EQ(*ratio[0].value, 0.2);
  EXPECT_EQ(ratio[0].qualifier, Qualifier::kLowerBound);
  EXPECT_EQ(ratio[0].counted, "adults");
  auto rate = Extract("The central bank raised its benchmark rate by 25 basis points to 5.25%.");
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[0].unit, "basis points");
  auto hedged = Extract("At least 3,000 troops, and possibly as many as 5,000, will be sent.");
  ASSERT_EQ(hedged.size(), 2u);
  EXPECT_EQ(hedged[1].counted, "troops");
  EXPECT_EQ(hedged[1].qualifier, Qualifier::kUpperBound);
}

}  // namespace
// "fell -1.2%", "-5 degrees": a minus glued to a figure after space is its
// sign; "half a dozen" and "a half dozen" are six.
TEST(Quantities, MinusSignsAndHalfADozen) {
  auto fell = Extract("Shares fell -1.2% on Monday as the temperature dropped to -5 degrees.");
  ASSERT_EQ(fell.size(), 2u);
  EXPECT_DOUBLE_EQ(*fell[0].value, -1.2);
  EXPECT_EQ(fell[0].unit, "percent");
  EXPECT_DOUBLE_EQ(*fell[1].value, -5);
  auto range = Extract("The agency expects 8,000-10,000 troops.");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_DOUBLE_EQ(*range[0].low, 8000);
  auto boats = Extract("Half a dozen boats sank and about a half dozen aides quit.");
  ASSERT_EQ(boats.size(), 2u);
  EXPECT_DOUBLE_EQ(*boats[0].value, 6);
  EXPECT_EQ(boats[0].counted, "boats");
  EXPECT_DOUBLE_EQ(*boats[1].value, 6);
  EXPECT_EQ(boats[1].qualifier, Qualifier::kApproximate);
}

// South Asian copy: lakhs and crores scale a figure, "Rs" names rupees.
TEST(Quantities, LakhsCroresAndRupees) {
  auto loan = Extract("The farmer took a loan of 35 lakh rupees, and the state will spend Rs 500 crore on roads.");
  ASSERT_EQ(loan.size(), 2u);
  EXPECT_DOUBLE_EQ(*loan[0].value, 3.5e6);
  EXPECT_EQ(loan[0].unit, "INR");
  EXPECT_DOUBLE_EQ(*loan[1].value, 5e9);
  EXPECT_EQ(loan[1].unit, "INR");
  auto people = Extract("About 10 lakh people attended the rally.");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_DOUBLE_EQ(*people[0].value, 1e6);
  EXPECT_EQ(people[0].counted, "people");
}

// Pounds weigh after a verb of weighing or before "of"; sterling otherwise.
// Cubic and metric units keep their first word.
TEST(Quantities, WeightsCubicAndMetricUnits) {
  auto weight = Extract("She lost 25 pounds, the baby weighs 8 pounds, and the club paid 5 million pounds.");
  ASSERT_EQ(weight.size(), 3u);
  EXPECT_EQ(weight[0].unit, "lb");
  EXPECT_EQ(weight[1].unit, "lb");
  EXPECT_EQ(weight[2].unit, "GBP");
  auto gas = Extract("Shell may export 0.9 trillion cubic feet of gas and 16,000 metric tons of steel.");
  ASSERT_EQ(gas.size(), 2u);
  EXPECT_EQ(gas[0].unit, "cu ft");
  EXPECT_EQ(gas[0].counted, "gas");
  EXPECT_EQ(gas[1].unit, "tonnes");
}

// Four-digit figures in a range whose other end is past any year are
// counts, not years; a range of years stays a time.
TEST(Quantities, FourDigitRangeBeyondAnyYearIsAFigure) {
  auto troops = Extract("The force will grow to 1000-5000 troops by spring.");
  ASSERT_EQ(troops.size(), 1u);
  EXPECT_DOUBLE_EQ(*troops[0].low, 1000);
  EXPECT_DOUBLE_EQ(*troops[0].high, 5000);
  EXPECT_EQ(troops[0].counted, "troops");
  EXPECT_TRUE(Extract("Prices rose steadily in 1990-1995.").empty());
}

TEST(Quantities, SlashFractionsAreAmountsNotDates) {
  Document doc = Doc("Runners covered 3/4 of a mile in the rain, crews laid 10 1/2 miles of cable, and the track "
                     "is a 1/4 mile oval.");
  ExtractQuantities(doc);
  const auto& qs = doc.quantities;
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(doc.Slice(qs[0].span), "3/4 of a mile");
  EXPECT_EQ(qs[0].value, 0.75);
  EXPECT_EQ(qs[0].unit, "miles");
  EXPECT_EQ(doc.Slice(qs[1].span), "10 1/2 miles");
  EXPECT_EQ(qs[1].value, 10.5);
  EXPECT_EQ(qs[1].counted, "cable");
  EXPECT_EQ(qs[2].value, 0.25);
  EXPECT_EQ(qs[2].unit, "miles");
  EXPECT_TRUE(Extract("The deadline is 12/31, a 24/7 hotline opened after 9/11 and the match ended 3/4.").empty());
}

// Wire copy writes rates and prices in eighths and sixteenths after a hyphen.
TEST(Quantities, WireFractionsAfterAHyphen) {
  auto qs = Extract("Fed funds opened at 5-15/16 pct, the prime rate rose to 7 3/4 pct and yields ranged from 6.20 "
                    "to 7-3/4 pct.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].value, 5.9375);
  EXPECT_EQ(qs[0].unit, "percent");
  EXPECT_EQ(qs[1].value, 7.75);
  EXPECT_EQ(qs[2].low, 6.2);
  EXPECT_EQ(qs[2].high, 7.75);
  EXPECT_EQ(qs[2].unit, "percent");
}

TEST(Quantities, SpelledOutNumberGluedToAMeasure) {
  auto qs = Extract("The six-mile trip took three hours after the rover crossed a three-foot gap and launched a "
                    "three-ton satellite on a one-mile track.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].value, 6);
  EXPECT_EQ(qs[0].unit, "miles");
  EXPECT_EQ(qs[0].counted, "");
  EXPECT_EQ(qs[1].unit, "ft");
  EXPECT_EQ(qs[2].value, 3);
  EXPECT_EQ(qs[2].unit, "tons");
  EXPECT_EQ(qs[3].value, 1);
  EXPECT_TRUE(Extract("A six-year-old boy joined the two-day visit and a three-way race.").empty());
}

TEST(Quantities, CentsAndPenceAreMoneyInTheirOwnUnit) {
  Document doc = Doc("Onvia shares closed down 34 cents, Orkem bid 470 pence a share, and BT rose 5p to 246-1/2p "
                     "after paying a 12-cent-a-share dividend.");
  ExtractQuantities(doc);
  const auto& qs = doc.quantities;
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(doc.Slice(qs[0].span), "34 cents");
  EXPECT_EQ(qs[0].unit, "cents");
  EXPECT_EQ(qs[0].counted, "");
  EXPECT_EQ(doc.Slice(qs[1].span), "470 pence");
  EXPECT_EQ(qs[1].unit, "pence");
  EXPECT_EQ(qs[2].value, 5);
  EXPECT_EQ(qs[2].unit, "pence");
  EXPECT_EQ(qs[3].value, 246.5);
  EXPECT_EQ(qs[3].unit, "pence");
  EXPECT_EQ(qs[4].value, 12);
  EXPECT_EQ(qs[4].unit, "cents");
}

TEST(Quantities, DataSizesAreUnits) {
  auto qs = Extract("The phone ships with 2 GB of memory, a 100 MB update and a 1.5TB drive.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].unit, "GB");
  EXPECT_EQ(qs[0].counted, "memory");
  EXPECT_EQ(qs[1].value, 100);
  EXPECT_EQ(qs[1].unit, "MB");
  EXPECT_EQ(qs[2].value, 1.5);
  EXPECT_EQ(qs[2].unit, "TB");
}

TEST(Quantities, RangesWithFromThroughSpacedDashesAndSignsOnBothEnds) {
  auto qs = Extract("Losses could range from 10 to 20 percent. The plan adds 20 through 100 beds, officials expect "
                    "1000 – 5000 troops, and the deal is valued at $5 million to $7 million.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].low, 10);
  EXPECT_EQ(qs[0].high, 20);
  EXPECT_EQ(qs[0].unit, "percent");
  EXPECT_EQ(qs[1].low, 20);
  EXPECT_EQ(qs[1].high, 100);
  EXPECT_EQ(qs[1].counted, "beds");
  EXPECT_EQ(qs[2].low, 1000);
  EXPECT_EQ(qs[2].high, 5000);
  EXPECT_EQ(qs[3].low, 5e6);
  EXPECT_EQ(qs[3].high, 7e6);
  EXPECT_EQ(qs[3].unit, "USD");
}

TEST(Quantities, OppositeBoundsMakeARange) {
  auto qs = Extract("Turnout was more than 100 and less than 300 voters per precinct, with at most 40 and at "
                    "least 20 observers.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].low, 100);
  EXPECT_EQ(qs[0].high, 300);
  EXPECT_FALSE(qs[0].value);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kExact);
  EXPECT_EQ(qs[0].counted, "voters");
  EXPECT_EQ(qs[1].low, 20);
  EXPECT_EQ(qs[1].high, 40);
  EXPECT_EQ(Extract("Some said more than 40 and less than 10 were left.").size(), 2u) << "no room between them";
  auto named = Extract("Growth was more than 10 pct and less than 20 pct.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].low, 10);
  EXPECT_EQ(named[0].high, 20);
  EXPECT_EQ(named[0].unit, "percent");
}

TEST(Quantities, WireCopyCurrenciesScalesAndTables) {
  auto qs = Extract("Turnover topped four billion guilders as the unit, 68 pct-owned by the group, spent three mln "
                    "dlrs and 300 mln Taiwan dlrs on a 50-mln-dlr plan. Net 900,334 vs 482,705.");
  ASSERT_EQ(qs.size(), 7u);
  EXPECT_EQ(qs[0].value, 4e9);
  EXPECT_EQ(qs[0].unit, "NLG");
  EXPECT_EQ(qs[1].unit, "percent");
  EXPECT_EQ(qs[2].value, 3e6);
  EXPECT_EQ(qs[2].unit, "USD");
  EXPECT_EQ(qs[3].unit, "TWD");
  EXPECT_EQ(qs[4].value, 50e6);
  EXPECT_EQ(qs[4].unit, "USD");
  EXPECT_EQ(qs[5].counted, "");
}

TEST(Quantities, ScaleGluedByAHyphenAndOneWithAUnit) {
  auto qs = Extract("The $5-million project and a 1.2-billion-dollar deal lifted shares one penny, and the wall "
                    "stands 1.8m tall.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].value, 5e6);
  EXPECT_EQ(qs[0].unit, "USD");
  EXPECT_EQ(qs[1].value, 1.2e9);
  EXPECT_EQ(qs[1].unit, "USD");
  EXPECT_EQ(qs[2].value, 1);
  EXPECT_EQ(qs[2].unit, "pence");
  EXPECT_EQ(qs[3].value, 1.8);
  EXPECT_EQ(qs[3].unit, "m");
}

// "the two were" says nothing alone, but a spelled-out number in thousands or
// more is a figure, and its older partner keeps its own (missing) unit.
TEST(Quantities, SpelledOutNumberInMillionsStandsAlone) {
  auto qs = Extract("Output fell 25.93 pct to four mln compared with 5.4 mln in March.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[1].value, 4e6);
  EXPECT_EQ(qs[2].value, 5.4e6);
  EXPECT_EQ(qs[2].unit, "");
  EXPECT_EQ(qs[1].previous, 2);
  auto up = Extract("Imports averaged 4.11 mln bpd, up 36.9 pct from three mln, the EIA said.");
  ASSERT_EQ(up.size(), 3u);
  EXPECT_EQ(up[1].previous, 2);
  EXPECT_EQ(up[2].value, 3e6);
  EXPECT_EQ(up[2].unit, "") << "a change by a percentage gives the older level no unit";
}

TEST(Quantities, UnitNamedAtBothEndsOfARange) {
  auto qs = Extract("Rates ranged from 3.9 pct to 5.15 pct and debt stands between 19 billion dlrs and 20 billion "
                    "dlrs. The bank cut its prime rate by 0.5 pct to 7.5 pct.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].low, 3.9);
  EXPECT_EQ(qs[0].high, 5.15);
  EXPECT_EQ(qs[0].unit, "percent");
  EXPECT_EQ(qs[1].low, 19e9);
  EXPECT_EQ(qs[1].high, 20e9);
  EXPECT_EQ(qs[1].unit, "USD");
  EXPECT_EQ(qs[2].value, 0.5) << "a change to a new level, not a range";
  EXPECT_EQ(qs[3].value, 7.5);
}

TEST(Quantities, SmallerUnitAfterAFigureAddsToIt) {
  Document doc = Doc("Police said the suspect is 5 feet 10 inches tall and the toll rose to 13 dollars and 45 cents.");
  ExtractQuantities(doc);
  const auto& qs = doc.quantities;
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(doc.Slice(qs[0].span), "5 feet 10 inches");
  EXPECT_NEAR(*qs[0].value, 5 + 10.0 / 12, 1e-9);
  EXPECT_EQ(qs[0].unit, "ft");
  EXPECT_EQ(doc.Slice(qs[1].span), "13 dollars and 45 cents");
  EXPECT_DOUBLE_EQ(*qs[1].value, 13.45);
  EXPECT_EQ(qs[1].unit, "USD");
}

TEST(Quantities, DottedCountryPrefixesBeforeACurrencyWord) {
  auto qs = Extract("The bank lent 5 mln U.S. dlrs, M-3 rose to 30.07 billion N.Z. Dlrs, earnings were 46.5 H.K. "
                    "Cents a share and profits fell to 3.4bn Danish kroner on a 600 mln ECU loan.");
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(qs[0].value, 5e6);
  EXPECT_EQ(qs[0].unit, "USD");
  EXPECT_EQ(qs[1].unit, "NZD");
  EXPECT_EQ(qs[2].unit, "cents");
  EXPECT_EQ(qs[3].unit, "DKK");
  EXPECT_EQ(qs[4].unit, "XEU");
}

TEST(Quantities, VagueAmountsNameTheirUnitAfterOf) {
  auto qs = Extract("Losses are estimated in the tens of billions of dollars, and the firm is seeking millions of "
                    "euros in damages from 16 other companies.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].low, 1e10);
  EXPECT_EQ(qs[0].high, 1e11);
  EXPECT_EQ(qs[0].unit, "USD");
  EXPECT_EQ(qs[1].unit, "EUR");
  EXPECT_EQ(qs[1].counted, "damages");
  EXPECT_EQ(qs[2].counted, "companies") << "'other' is not part of what is counted";
}

TEST(Quantities, PercentageAtTheLowEndOnlyIsAChangeAndNumberedSectionsAreNames) {
  auto qs = Extract("Revenues added 4% to 142bn euros and the dividend rose by 25% to 40 euro cents.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].value, 4);
  EXPECT_EQ(qs[1].value, 142e9);
  EXPECT_EQ(qs[1].unit, "EUR");
  EXPECT_EQ(qs[3].value, 40);
  EXPECT_EQ(qs[3].unit, "cents");
  EXPECT_TRUE(Extract("The chapter 11 filing breached section 5 of the code, as page 3 showed.").empty());
}

TEST(Quantities, AShareOfOneUnitIsThatManyUnits) {
  auto qs = Extract("The Fed cut rates by a quarter of a percentage point, then by half a percentage point, and the "
                    "parade covered a quarter mile.");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].value, 0.25);
  EXPECT_EQ(qs[0].unit, "percentage points");
  EXPECT_EQ(qs[1].value, 0.5);
  EXPECT_EQ(qs[1].unit, "percentage points");
  EXPECT_EQ(qs[2].value, 0.25);
  EXPECT_EQ(qs[2].unit, "miles");
}

TEST(Quantities, EarthquakeMagnitudes) {
  Document doc = Doc("A magnitude 7.1 earthquake struck the coast, and an aftershock measured 6.4 on the Richter scale.");
  ExtractQuantities(doc);
  const auto& qs = doc.quantities;
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(doc.Slice(qs[0].span), "magnitude 7.1");
  EXPECT_EQ(qs[0].unit, "magnitude");
  EXPECT_EQ(qs[0].counted, "");
  EXPECT_EQ(doc.Slice(qs[1].span), "6.4 on the Richter scale");
  EXPECT_EQ(qs[1].unit, "magnitude");
}

// Currencies of Asian and Gulf wire copy, and "won" only after a scale, where
// "Halo 2 won" is a verb.
TEST(Quantities, MoreCurrencyNamesAndWonAfterAScale) {
  auto qs = Extract("Seoul set aside 4.5 trillion won, Thailand spent 20bn baht, Indonesia paid 3 trillion rupiah "
                    "and Saudi Arabia lent 900 mln riyals, and 1,200 bushels of wheat went unsold.");
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(qs[0].unit, "KRW");
  EXPECT_EQ(qs[0].value, 4.5e12);
  EXPECT_EQ(qs[1].unit, "THB");
  EXPECT_EQ(qs[2].unit, "IDR");
  EXPECT_EQ(qs[3].unit, "SAR");
  EXPECT_EQ(qs[4].unit, "bushels");
  EXPECT_EQ(qs[4].counted, "wheat");
  auto verb = Extract("The film Ocean 11 won three awards.");
  for (const Quantity& q : verb) EXPECT_NE(q.unit, "KRW");
}

// "a 40- to 60-page report": the low end's hanging hyphen shares the noun
// glued to the high end.
TEST(Quantities, HangingHyphenRangeSharesTheGluedNoun) {
  Document doc = Doc("The council published a 40- to 60-page guide for landlords.");
  ExtractQuantities(doc);
  ASSERT_EQ(doc.quantities.size(), 1u);
  const Quantity& q = doc.quantities[0];
  EXPECT_EQ(doc.Slice(q.span), "40- to 60-page");
  EXPECT_EQ(q.low, 40);
  EXPECT_EQ(q.high, 60);
  EXPECT_EQ(q.unit, "page");
}

// Ages describe a person: "aged 72", "at the age of 15", "between the ages of
// 18 and 30", and a name's age closing a sentence.
TEST(Quantities, AgesAreNoFigures) {
  EXPECT_TRUE(Extract("The novelist, who died aged 72, left school at the age of 15.").empty());
  EXPECT_TRUE(Extract("Voters aged between 18 and 30 stayed at home.").empty());
  EXPECT_TRUE(Extract("Women between the ages of 18 and 30 were asked.").empty());
  EXPECT_TRUE(Extract("The award went to the designer Maria Lopez, 38.").empty());
  auto list = Extract("Prices rose in Leeds, 12 of them sharply.");
  EXPECT_EQ(list.size(), 1u);
}

// "a 100ft (30m) drop": the bracket after a length converts it to metres,
// not to 30 million.
TEST(Quantities, MetresConvertingALengthInBrackets) {
  auto qs = Extract("The climbers fell 100ft (30m) into a crevasse.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[1].value, 30);
  EXPECT_EQ(qs[1].unit, "m");
}

// A bare figure that restates the one before, tells its change or is a part
// of it counts what that one counts.
TEST(Quantities, BareFigureReferringBackCountsTheSame) {
  auto restated = Extract("Nearly a quarter of a million homes - 243,000 - lost power.");
  ASSERT_EQ(restated.size(), 2u);
  EXPECT_EQ(restated[0].value, 2.5e5);
  EXPECT_EQ(restated[1].counted, "homes");
  auto change = Analyzed("The port handled 41,000 containers in May, up 3,500 on a year earlier.").quantities;
  ASSERT_EQ(change.size(), 2u);
  EXPECT_EQ(change[1].counted, "containers");
  auto part = Extract("About 900 nurses joined the strike, 300 of whom work in Glasgow.");
  ASSERT_EQ(part.size(), 2u);
  EXPECT_EQ(part[1].counted, "nurses");
  auto by_points = Extract("Turnout rose 4% last year, up 2,000 on the year before.");
  ASSERT_EQ(by_points.size(), 2u);
  EXPECT_EQ(by_points[1].unit, "");
}

// An indented line starts a new paragraph, as in wire tables: a row's figure
// counts nothing on the next row, and a row label before a figure is no name
// ("Revs 41.2 mln"); a plain line break only wraps ("12 new\nberths").
TEST(Quantities, IndentedLinesArePartsOfTheirOwn) {
  Document doc = Analyzed("Net 4,120,000 vs 3,870,000\n    Revs 41.2 mln vs 38.9 mln\n    Nine mths\n"
                          "    The port will build 12 new\nberths.");
  std::vector<std::string> texts, counted;
  for (const Quantity& q : doc.quantities) {
    texts.emplace_back(doc.Slice(q.span));
    counted.push_back(q.counted);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"4,120,000", "3,870,000", "41.2 mln", "38.9 mln", "12"}));
  EXPECT_EQ(counted[1], "");
  EXPECT_EQ(counted[4], "new\nberths");
}

// "One in 10 adults" is a share with nothing before it, as "almost one in
// six cars" is with a qualifier.
TEST(Quantities, OneInTenIsAShareWithoutAQualifier) {
  auto qs = Extract("One in 10 adults now owns a tablet, the survey found.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_DOUBLE_EQ(*qs[0].value, 0.1);
  EXPECT_EQ(qs[0].counted, "adults");
}

// What is counted ends at "even" and at a negated auxiliary; "SEK", "NOK" and
// "DKK" are currency codes.
TEST(Quantities, CountedPhraseEndsAtEvenAndNegatedAuxiliaries) {
  auto adverb = Extract("The poll found one in five voters even changed their minds.");
  ASSERT_EQ(adverb.size(), 1u);
  EXPECT_EQ(adverb[0].counted, "voters");
  auto bare_share = Extract("Of those asked, one in five even said they had never voted.");
  ASSERT_EQ(bare_share.size(), 1u);
  EXPECT_EQ(bare_share[0].counted, "");
  // A bare share counts nothing and is no figure: "half of those weren't".
  auto negated = Extract("Of the 40 schools inspected, half of those weren't ready.");
  ASSERT_EQ(negated.size(), 1u);
  EXPECT_EQ(negated[0].counted, "schools");
  auto code = Extract("The flat costs 2mil SEK, which isn't cheap.");
  ASSERT_EQ(code.size(), 1u);
  EXPECT_EQ(code[0].unit, "SEK");
}

// Wire results name the period after the money ("in year", "in quarter"),
// and "until" opens a clause; neither is what the figure counts.
TEST(Quantities, CountedPhraseEndsAtTimeUnitsAndUntil) {
  auto period = Extract("The group lost 12 mln dlrs in quarter and 40 mln dlrs in year.");
  ASSERT_EQ(period.size(), 2u);
  EXPECT_EQ(period[0].counted, "");
  EXPECT_EQ(period[1].counted, "");
  auto until = Extract("It may not buy more than 15 pct of the voting stock until June.");
  ASSERT_EQ(until.size(), 1u);
  EXPECT_EQ(until[0].counted, "voting stock");
}

// A plural acronym after a modifier is still what is counted: "40 new PCSOs";
// a name after lowercase words is not ("troops Russia sent").
TEST(Quantities, PluralAcronymAfterAModifierIsCounted) {
  auto qs = Extract("The force will recruit 40 new PCSOs this year.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].counted, "new PCSOs");
  EXPECT_EQ(qs[0].unit, "PCSOs");
}

// A percentage beside a count restates it as a share, and a change by a
// percentage written before "up" says nothing of the older level's unit.
TEST(Quantities, PercentageIsNoUnitOfACountOrAnOlderLevel) {
  auto share = Extract("Employment rose by about 310,000 or 1.2 pct over the year.");
  ASSERT_EQ(share.size(), 2u);
  EXPECT_EQ(share[0].unit, "");
  auto alternative = Extract("Prices may rise 20 or 30 pct this year.");
  ASSERT_EQ(alternative.size(), 2u);
  EXPECT_EQ(alternative[0].unit, "percent");
  auto change = Extract("Reserves were 6.2 pct up from 41.3 billion a year earlier.");
  ASSERT_EQ(change.size(), 2u);
  EXPECT_EQ(change[1].unit, "");
}

// After a name, a number with a scale or a unit is an amount ("Indonesia
// 3 trillion rupiah", "Japan 7.8 pct"); a plain one is an identifier.
TEST(Quantities, ScaleOrUnitAfterANameMakesAnAmount) {
  auto qs = Extract("Aid pledges reached $4bn: the United States 900 mln dlrs, Japan 500 mln and Germany 12 pct of the total.");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[1].unit, "USD");
  EXPECT_EQ(qs[2].value, 5e8);
  EXPECT_EQ(qs[3].unit, "percent");
  EXPECT_TRUE(Extract("Searchers have not found Flight 370 in the ocean.").empty());
}

// Money "in" a place says where it is, not what it buys.
TEST(Quantities, MoneyInAPlaceCountsNothing) {
  auto qs = Extract("Shares closed at 412 pence in London, and the group won $2bn in US aid.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].counted, "");
  EXPECT_EQ(qs[1].counted, "US aid");
}

// "a crowd of 45,000": the collective noun before "of" is what is counted.
TEST(Quantities, CollectiveNounBeforeOfIsWhatIsCounted) {
  auto qs = Extract("The final drew a crowd of 45,000, in a city with a population of about 2 million.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].counted, "crowd");
  EXPECT_EQ(qs[1].counted, "population");
}

// Letters glued between digits make a code, not a scaled figure: "2K5".
TEST(Quantities, DigitsAroundGluedLettersAreACode) {
  EXPECT_TRUE(Extract("Fans of ESPN NHL 2K5 will like the new edition.").empty());
  auto qs = Extract("The studio sold 2k copies.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value, 2000);
}

}  // namespace newsgraph
