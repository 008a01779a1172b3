#include "extract/times.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph {
namespace {

// Article date: Wednesday 2024-10-30.
Document Article(std::string text, bool dated = true) {
  Document doc;
  doc.text = std::move(text);
  if (dated) doc.date = Date{2024, 10, 30};
  ExtractTimes(doc);
  return doc;
}

// The value of the time expression whose text is exactly `phrase`, or "<none>".
std::string ValueOf(const Document& doc, std::string_view phrase) {
  for (const auto& t : doc.times)
    if (doc.Slice(t.span) == phrase) return t.value;
  return "<none>";
}

TEST(ExtractTimes, PastTenseWeekdayIsMostRecentOnOrBeforeArticleDate) {
  auto doc = Article("The senator said on Monday that the bill was dead.");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-10-28");
}

TEST(ExtractTimes, FutureTenseWeekdayLooksForward) {
  auto doc = Article("The committee will vote on Friday, officials said.");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
}

TEST(ExtractTimes, WouldInReportedSpeechLooksForward) {
  auto doc = Article("The interior minister said 300 soldiers would arrive on Thursday.");
  EXPECT_EQ(ValueOf(doc, "Thursday"), "2024-10-31");
  // The cue reaches as far as the tense does: eleven words back here.
  doc = Article("Herrera said Madrid would send 300 soldiers from the army's emergency unit on Thursday.");
  EXPECT_EQ(ValueOf(doc, "Thursday"), "2024-10-31");
}

TEST(ExtractTimes, ASentenceEndingInAWeekdayEndsItsTense) {
  // "Friday." closes the first sentence, so its "will" does not reach Monday.
  auto doc = Article("The minister will speak on Friday. Troops arrived on Monday.");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-10-28");
}

TEST(ExtractTimes, WeekdayWithPartOfDay) {
  auto doc = Article("Protesters gathered Monday night outside the embassy.");
  EXPECT_EQ(ValueOf(doc, "Monday night"), "2024-10-28TNI");
}

TEST(ExtractTimes, DeicticDays) {
  auto doc = Article("Markets fell yesterday and are flat today; a ruling is due tomorrow.");
  EXPECT_EQ(ValueOf(doc, "yesterday"), "2024-10-29");
  EXPECT_EQ(ValueOf(doc, "today"), "2024-10-30");
  EXPECT_EQ(ValueOf(doc, "tomorrow"), "2024-10-31");
}

TEST(ExtractTimes, RelativeWeeksMonthsYears) {
  auto doc = Article("Sales rose last week, slowed last month and peaked earlier this year, "
                     "after a slump last year. Talks resume next week.");
  EXPECT_EQ(ValueOf(doc, "last week"), "2024-W43");
  EXPECT_EQ(ValueOf(doc, "last month"), "2024-09");
  EXPECT_EQ(ValueOf(doc, "earlier this year"), "2024");
  EXPECT_EQ(ValueOf(doc, "last year"), "2023");
  EXPECT_EQ(ValueOf(doc, "next week"), "2024-W45");
}

TEST(ExtractTimes, ExplicitDatesInCommonFormats) {
  auto doc = Article("The strike began Oct. 28, 2024, a deal was signed 12 March 2023, "
                     "filed 2024-10-28 and amended 10/28/2024; the vote was on October 2.");
  EXPECT_EQ(ValueOf(doc, "Oct. 28, 2024"), "2024-10-28");
  EXPECT_EQ(ValueOf(doc, "12 March 2023"), "2023-03-12");
  EXPECT_EQ(ValueOf(doc, "2024-10-28"), "2024-10-28");
  EXPECT_EQ(ValueOf(doc, "10/28/2024"), "2024-10-28");
  EXPECT_EQ(ValueOf(doc, "October 2"), "2024-10-02");
}

TEST(ExtractTimes, MonthsYearsDecadesSeasons) {
  auto doc = Article("Inflation peaked in June 2022 and again in August. Growth lagged in 2023, "
                     "as in the 1990s, and recovered in the summer of 2021.");
  EXPECT_EQ(ValueOf(doc, "June 2022"), "2022-06");
  EXPECT_EQ(ValueOf(doc, "August"), "2024-08");
  EXPECT_EQ(ValueOf(doc, "2023"), "2023");
  EXPECT_EQ(ValueOf(doc, "the 1990s"), "199");  // TimeML spans a decade's or season's article
  EXPECT_EQ(ValueOf(doc, "the summer of 2021"), "2021-SU");
}

TEST(ExtractTimes, ClockTimesAreTimes) {
  auto doc = Article("The polls close at 8 p.m. and results are expected by noon.");
  EXPECT_EQ(ValueOf(doc, "8 p.m."), "2024-10-30T20:00");
  EXPECT_EQ(ValueOf(doc, "noon"), "2024-10-30T12:00");
}

TEST(ExtractTimes, DurationsAndSets) {
  auto doc = Article("The three-year war displaced millions; talks lasted 48 hours and will "
                     "resume for two weeks. Inspectors visit every week and report daily.");
  EXPECT_EQ(ValueOf(doc, "three-year"), "P3Y");
  EXPECT_EQ(ValueOf(doc, "48 hours"), "PT48H");
  EXPECT_EQ(ValueOf(doc, "two weeks"), "P2W");
  EXPECT_EQ(ValueOf(doc, "every week"), "P1W");
  EXPECT_EQ(ValueOf(doc, "daily"), "P1D");
}

TEST(ExtractTimes, VagueReferences) {
  auto doc = Article("Prices have recently fallen and are now stable, but may rise in the coming "
                     "weeks.");
  EXPECT_EQ(ValueOf(doc, "recently"), "PAST_REF");
  EXPECT_EQ(ValueOf(doc, "now"), "PRESENT_REF");
  EXPECT_EQ(ValueOf(doc, "the coming weeks"), "PXW");
}

TEST(ExtractTimes, WithoutArticleDateRelativeValuesStayUnresolved) {
  auto doc = Article("The minister resigned yesterday.", /*dated=*/false);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "XXXX-XX-XX");
  EXPECT_EQ(doc.times[0].reason, "no article date");
}

TEST(ExtractTimes, DoesNotTakeAgesOrPlainNumbersForTimes) {
  auto doc = Article("A 45-year-old man and 2,000 residents were evacuated.");
  EXPECT_TRUE(doc.times.empty());
}

TEST(ExtractTimes, AgesAndFiguresAreNotYears) {
  auto doc = Article("The 52 years old driver was fined $2000, about 1990 people signed, "
                     "and turnout was 2010%.");
  EXPECT_TRUE(doc.times.empty());
}

TEST(ExtractTimes, BareYearsAndFiscalYears) {
  auto doc = Article("The 1987 crash still weighs on fiscal 1990 plans and mid-1996 targets.");
  EXPECT_EQ(ValueOf(doc, "1987"), "1987");
  EXPECT_EQ(ValueOf(doc, "fiscal 1990"), "1990");
  EXPECT_EQ(ValueOf(doc, "mid-1996"), "1996");
}

// Earnings reports compare a quarter with the same quarter a year before.
TEST(ExtractTimes, QuarterNamedOnceAnchorsTheQuarterAndAYearEarlier) {
  auto doc = Article("Acme Corp. reported a 77% drop in third-quarter net income. Net was $7.4 million, "
                     "or 22 cents a share, down from $32.3 million a year ago. Revenue in the quarter "
                     "rose, while the year-earlier period had a one-time gain.");
  EXPECT_EQ(ValueOf(doc, "third-quarter"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "a year ago"), "2023-Q3");
  EXPECT_EQ(ValueOf(doc, "the quarter"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "the year-earlier period"), "2023-Q3");
}

TEST(ExtractTimes, AYearAgoWithoutAQuarterIsTheYear) {
  auto doc = Article("A year ago the border was quiet; the ceasefire collapsed last year.");
  EXPECT_EQ(ValueOf(doc, "A year ago"), "2023");
}

TEST(ExtractTimes, QuarterNotYetBegunIsLastYears) {
  Document doc;
  doc.text = "The company said fourth-quarter sales fell 3%.";
  doc.date = Date{2025, 1, 20};
  ExtractTimes(doc);
  EXPECT_EQ(ValueOf(doc, "fourth-quarter"), "2024-Q4");
}

TEST(ExtractTimes, MonthDayWithoutYearIsTheNearestOne) {
  Document doc;
  doc.text = "The rebels seized the town on Nov. 25, and talks are set for Feb. 1.";
  doc.date = Date{2025, 1, 10};
  ExtractTimes(doc);
  EXPECT_EQ(ValueOf(doc, "Nov. 25"), "2024-11-25");
  EXPECT_EQ(ValueOf(doc, "Feb. 1"), "2025-02-01");
}

TEST(ExtractTimes, ClockTimeTakesTheDayNamedAfterIt) {
  auto doc = Article("Polls closed at 10 p.m. Monday and the count resumed at noon Tuesday.");
  EXPECT_EQ(ValueOf(doc, "10 p.m. Monday"), "2024-10-28T22:00");
  EXPECT_EQ(ValueOf(doc, "noon Tuesday"), "2024-10-29T12:00");
}

TEST(ExtractTimes, WeekdayWithExplicitDateTakesTheDate) {
  auto doc = Article("The summit opens Saturday, Nov. 2, in Lima.");
  EXPECT_EQ(ValueOf(doc, "Saturday, Nov. 2"), "2024-11-02");
}

TEST(ExtractTimes, UnspecifiedAmountsAndTheFuture) {
  auto doc = Article("Prices rose in recent years and fell for months; traders expect calm in the "
                     "next few days and in the near future.");
  EXPECT_EQ(ValueOf(doc, "recent years"), "PXY");
  EXPECT_EQ(ValueOf(doc, "months"), "PXM");
  EXPECT_EQ(ValueOf(doc, "the next few days"), "PXD");
  EXPECT_EQ(ValueOf(doc, "the near future"), "FUTURE_REF");
}

TEST(ExtractTimes, PartsOfTodayAndTheWeekend) {
  auto doc = Article("Rescuers found two survivors this morning after storms last night and over the weekend.");
  EXPECT_EQ(ValueOf(doc, "this morning"), "2024-10-30TMO");
  EXPECT_EQ(ValueOf(doc, "last night"), "2024-10-29TNI");
  EXPECT_EQ(ValueOf(doc, "the weekend"), "2024-W43-WE");
}

TEST(ExtractTimes, QualifiersAloneAreNotTimes) {
  auto doc = Article("A recent poll on the current account deficit previously showed support would soon fade.");
  EXPECT_TRUE(doc.times.empty());
}

TEST(ExtractTimes, UntilAndAsSoonAsPointForward) {
  auto doc = Article("Officials postponed the hearing until Monday; the envoy could arrive as soon as Friday.");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-11-04");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
  auto back = Article("It was not until Monday that the mayor conceded.");
  EXPECT_EQ(ValueOf(back, "Monday"), "2024-10-28");
}

TEST(ExtractTimes, HolidaysResolveToTheirDay) {
  auto doc = Article("The boy was rescued last Thanksgiving, and the family hopes to be home on "
                     "Christmas Eve, weeks after Election Day.");
  EXPECT_EQ(ValueOf(doc, "last Thanksgiving"), "2023-11-23");
  EXPECT_EQ(ValueOf(doc, "Christmas Eve"), "2024-12-24");
  EXPECT_EQ(ValueOf(doc, "Election Day"), "2024-11-05");
  auto named = Article("The show's biggest audience came at Christmas 1986.", /*dated=*/false);
  EXPECT_EQ(ValueOf(named, "Christmas 1986"), "1986-12-25");
  auto shopping = Article("Christmas shopping started early.");
  EXPECT_TRUE(shopping.times.empty());
}

TEST(ExtractTimes, MonthWithModifierOrYearWordAfterIt) {
  auto doc = Article("Two helicopters crashed last February; the ruling came in July last year "
                     "and the vote is due this December, with talks to end by March.");
  EXPECT_EQ(ValueOf(doc, "last February"), "2024-02");
  EXPECT_EQ(ValueOf(doc, "July last year"), "2023-07");
  EXPECT_EQ(ValueOf(doc, "this December"), "2024-12");
  EXPECT_EQ(ValueOf(doc, "March"), "2025-03");
}

TEST(ExtractTimes, ThatDayAndTheFollowingYearCountFromTheDateLastNamed) {
  auto doc = Article("He fled to Florida in June 1998 and returned later that year. He was made a "
                     "general on May 22, 1995, and the following year he became attache. "
                     "The doctor was killed on Oct. 23, 1999. Earlier that day, the family sent a fax.");
  EXPECT_EQ(ValueOf(doc, "later that year"), "1998");
  EXPECT_EQ(ValueOf(doc, "the following year"), "1996");
  EXPECT_EQ(ValueOf(doc, "Earlier that day"), "1999-10-23");
}

TEST(ExtractTimes, TheNextMorningInPastNarrative) {
  auto doc = Article("The boy arrived on Oct. 12, 2024, and appeared in court the next morning.");
  EXPECT_EQ(ValueOf(doc, "the next morning"), "2024-10-13TMO");
}

TEST(ExtractTimes, TheYearAfterAPrepositionIsTheArticlesYear) {
  auto doc = Article("Sales for the full year rose, and the stock hit a high for the year; rains "
                     "delayed planting earlier in the year. For the year ended Sept. 30, it earned $4 million.");
  EXPECT_EQ(ValueOf(doc, "the full year"), "2024");
  EXPECT_EQ(ValueOf(doc, "the year"), "2024");
  EXPECT_EQ(ValueOf(doc, "earlier in the year"), "2024");
  auto ended = Article("For the year ended Sept. 30, it earned $4 million.");
  EXPECT_EQ(ValueOf(ended, "the year"), "P1Y");
}

TEST(ExtractTimes, TheEndOfAPeriodTakesThePeriodsValue) {
  auto doc = Article("The company aims to cut costs by the end of 1990 and to close the deal by "
                     "the end of the year; the offer expires at the end of November.");
  EXPECT_EQ(ValueOf(doc, "the end of 1990"), "1990");
  EXPECT_EQ(ValueOf(doc, "the end of the year"), "2024");
  EXPECT_EQ(ValueOf(doc, "the end of November"), "2024-11");
  auto range = Article("The bid was at the high end of the range.");
  EXPECT_TRUE(range.times.empty());
}

TEST(ExtractTimes, FutureCuesForDatesAndWeekdays) {
  auto doc = Article("The dividend is payable Jan. 2, and trading is to resume Monday; talks are "
                     "set to reopen Friday.");
  EXPECT_EQ(ValueOf(doc, "Jan. 2"), "2025-01-02");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-11-04");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
}

TEST(ExtractTimes, YearsReadOutInBroadcastTranscripts) {
  auto doc = Article("Atlanta, nineteen ninety-six. Then the winter of nineteen ninety-four, and in "
                     "January nineteen ninety-seven another bomb; the goal is jobs by the year two thousand.");
  EXPECT_EQ(ValueOf(doc, "nineteen ninety-six"), "1996");
  EXPECT_EQ(ValueOf(doc, "the winter of nineteen ninety-four"), "1994-WI");
  EXPECT_EQ(ValueOf(doc, "January nineteen ninety-seven"), "1997-01");
  EXPECT_EQ(ValueOf(doc, "the year two thousand"), "2000");
}

TEST(ExtractTimes, CompoundNumberWordsAndHalvesInDurations) {
  auto doc = Article("Refugees lived in camps for 2 1/2 years; she spent 5 1/2 hours in Nairobi, "
                     "and inspectors may stay sixty days, the last twenty-four hours in the capital.");
  EXPECT_EQ(ValueOf(doc, "2 1/2 years"), "P2Y6M");
  EXPECT_EQ(ValueOf(doc, "5 1/2 hours"), "PT5H30M");
  EXPECT_EQ(ValueOf(doc, "sixty days"), "P60D");
  EXPECT_EQ(ValueOf(doc, "the last twenty-four hours"), "PT24H");
}

TEST(ExtractTimes, AwardsOfTheYearAreNotDates) {
  auto doc = Article("She was named player of the year, and the Book of the Year prize went to him. "
                     "Output grew 3% in the year to March.");
  EXPECT_EQ(ValueOf(doc, "the year"), "P1Y");
  EXPECT_EQ(doc.times.size(), 1u);
}

TEST(ExtractTimes, ThisWeekendInAMidweekPastTenseStoryIsTheOneJustPast) {
  auto doc = Article("More than 10,000 visitors attended the fair held this weekend in Toronto.");
  EXPECT_EQ(ValueOf(doc, "this weekend"), "2024-W43-WE");
  auto ahead = Article("The fair opens this weekend in Toronto.");
  EXPECT_EQ(ValueOf(ahead, "this weekend"), "2024-W44-WE");
}

TEST(ExtractTimes, AYearBeforeASingularUnitIsNotADuration) {
  auto doc = Article("Brazil drew on the 2018 day five schedule.");
  EXPECT_EQ(ValueOf(doc, "2018"), "2018");
}

TEST(ExtractTimes, TheQuarterKeepsTheReportsQuarterAcrossParagraphs) {
  auto doc = Article("Unisys posted a third-quarter loss. Revenue fell. Costs rose. Margins shrank. "
                     "Orders slipped. Debt grew. Staff left. It paid $78 million in taxes during the quarter.");
  EXPECT_EQ(ValueOf(doc, "the quarter"), "2024-Q3");
}

TEST(ExtractTimes, YearEndAfterAPreposition) {
  auto doc = Article("The deal should close by year-end; the index has fallen 4% since year-end, "
                     "and year-end net was flat.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].value, "2024");
  EXPECT_EQ(doc.times[1].value, "2023");
}

TEST(ExtractTimes, HalvesOfAYear) {
  auto doc = Article("Earnings will lag for the last half of 1989, and demand should stay weak through "
                     "the first two quarters of 1990; profit doubled in the second half of the year.");
  EXPECT_EQ(ValueOf(doc, "the last half of 1989"), "1989-H2");
  EXPECT_EQ(ValueOf(doc, "the first two quarters of 1990"), "1990-H1");
  EXPECT_EQ(ValueOf(doc, "the second half of the year"), "2024-H2");
  auto match = Article("Brazil scored twice in the first half and once in the second half.");
  EXPECT_TRUE(match.times.empty());
}

TEST(ExtractTimes, EachMonthAndEveryWeekdayAreSets) {
  auto doc = Article("Orangemen march each July, and a third flight departs every Thursday.");
  EXPECT_EQ(ValueOf(doc, "each July"), "XXXX-07");
  EXPECT_EQ(ValueOf(doc, "every Thursday"), "XXXX-WXX-4");
}

TEST(ExtractTimes, ThisQuarterInAReportIsTheReportedQuarter) {
  auto doc = Article("The company posted a third-quarter loss. This quarter's loss includes charges.");
  EXPECT_EQ(ValueOf(doc, "This quarter"), "2024-Q3");
}

TEST(ExtractTimes, ApostropheDecades) {
  auto doc = Article("Sales have been flat since the last half of the '80s, as in the '70s.");
  EXPECT_EQ(ValueOf(doc, "the last half of the '80s"), "198");
  EXPECT_EQ(ValueOf(doc, "the '70s"), "197");
}

TEST(ExtractTimes, SpansTakeModifiersTimeMLIncludes) {
  auto doc = Article("The plant closes late November and reopens early next year, after nearly two "
                     "years of losses and more than four decades ago a fire; the talks last at least "
                     "two more weeks over the next two years. Its third-quarter loss widened this summer.");
  EXPECT_EQ(ValueOf(doc, "late November"), "2024-11");
  EXPECT_EQ(ValueOf(doc, "early next year"), "2025");
  EXPECT_EQ(ValueOf(doc, "nearly two years"), "P2Y");
  EXPECT_EQ(ValueOf(doc, "more than four decades ago"), "PAST_REF");
  EXPECT_EQ(ValueOf(doc, "the next two years"), "P2Y");
  EXPECT_EQ(ValueOf(doc, "third-quarter"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "this summer"), "2024-SU");
}

TEST(ExtractTimes, TheSummerIsThisYears) {
  auto doc = Article("Over the summer, rivals cut prices; orders rose from the low levels of the early summer.");
  EXPECT_EQ(ValueOf(doc, "the summer"), "2024-SU");
  EXPECT_EQ(ValueOf(doc, "the early summer"), "2024-SU");
  auto decline = Article("Analysts blamed the fall in prices on the strike.");
  EXPECT_TRUE(decline.times.empty());
}

TEST(ExtractTimes, AmountsWithMoreOrTradingBeforeTheUnit) {
  auto doc = Article("The navy may use the base for 20 more years, and the loan may be extended for an "
                     "additional year; eight trading days later the index recovered.");
  EXPECT_EQ(ValueOf(doc, "20 more years"), "P20Y");
  EXPECT_EQ(ValueOf(doc, "an additional year"), "P1Y");
}

TEST(ExtractTimes, ModifiedMonthAtTheEndOfASentence) {
  auto doc = Article("Two military helicopters crashed last February. Talks resume next Feb. 3.");
  EXPECT_EQ(ValueOf(doc, "last February"), "2024-02");
}

TEST(ExtractTimes, PastTenseReachesAcrossALongClause) {
  auto doc = Article("He stepped down as chairman, president and chief executive in March.");
  EXPECT_EQ(ValueOf(doc, "March"), "2024-03");
}

TEST(ExtractTimes, AbbreviationsDoNotEndTheClauseForTense) {
  auto doc = Article("Mr. Schwarz will succeed Daniel P. Davison June 1 as chairman.");
  EXPECT_EQ(ValueOf(doc, "June 1"), "2025-06-01");
}

TEST(ExtractTimes, LastYearsQuarterIsTheYearAgoQuarter) {
  auto doc = Article("The company posted a third-quarter loss. U.K. sales for last year's quarter were $3 million.");
  EXPECT_EQ(ValueOf(doc, "last year's quarter"), "2023-Q3");
}

TEST(ExtractTimes, ACoupleOfYearsAndAFewDays) {
  auto doc = Article("The outlook will not change for a couple of years, and a ruling is due in a few days.");
  EXPECT_EQ(ValueOf(doc, "a couple of years"), "P2Y");
  EXPECT_EQ(ValueOf(doc, "a few days"), "PXD");
}

TEST(ExtractTimes, ThisComingWeekdayLooksForward) {
  auto doc = Article("International Women's Day is this coming Sunday.");
  EXPECT_EQ(ValueOf(doc, "this coming Sunday"), "2024-11-03");
  // The modifier joins the span; said on a Wednesday, "this coming Wednesday" is next week's.
  doc = Article("The count ends this coming Wednesday.");
  EXPECT_EQ(ValueOf(doc, "this coming Wednesday"), "2024-11-06");
}

TEST(ExtractTimes, TwentyFourHourClockNeedsAnHourPastNoonOrAt) {
  auto doc = Article("Polls closed at 22:30, and results came at 9:45, leading 3:2.");
  EXPECT_EQ(ValueOf(doc, "22:30"), "2024-10-30T22:30");
  EXPECT_EQ(ValueOf(doc, "9:45"), "2024-10-30T09:45");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, ThePreviousMonthCountsFromTheMonthLastNamed) {
  auto doc = Article("Prices rose 12% in December 2023, less than the 13% rise the previous month.");
  EXPECT_EQ(ValueOf(doc, "the previous month"), "2023-11");
}

TEST(ExtractTimes, OrdinalDayWordsAndTheWeekOfADate) {
  auto doc = Article("Women's Day is this coming Sunday, March eighth. A hearing is set for the week of Nov. 11.");
  EXPECT_EQ(ValueOf(doc, "this coming Sunday, March eighth"), "2025-03-08");
  EXPECT_EQ(ValueOf(doc, "the week of Nov. 11"), "2024-W46");
  auto quarter = Article("Sales fell in June third-quarter style.");
  EXPECT_EQ(ValueOf(quarter, "June third"), "<none>");
}

TEST(ExtractTimes, LaterOffsetsAreTheAmountAndRaceTimesAreNotClockTimes) {
  auto doc = Article("The gap closes slowly. Three days later, the index recovered.");
  EXPECT_EQ(ValueOf(doc, "Three days"), "P3D");
  auto race = Article("She broke the mark of 14:39.29 and her record of 2:17:18 still stands.");
  EXPECT_TRUE(race.times.empty());
}

TEST(ExtractTimes, ThePreviousWeekdayAndOverAnHour) {
  auto doc = Article("The index closed at 2082 on Friday, Oct. 25, 2024, down 4.5% from the previous "
                     "Friday. Over an hour later, trading resumed.");
  EXPECT_EQ(ValueOf(doc, "the previous Friday"), "2024-10-18");
  EXPECT_EQ(ValueOf(doc, "Over an hour"), "PT1H");
}

TEST(ExtractTimes, TheDayBeforeADate) {
  auto doc = Article("The day before last Tuesday's hearing, he went to the embassy; "
                     "shops reopen the day after Christmas.");
  EXPECT_EQ(ValueOf(doc, "The day before last Tuesday"), "2024-10-28");
  EXPECT_EQ(ValueOf(doc, "the day after Christmas"), "2024-12-26");
}

TEST(ExtractTimes, DayBeforeMonthWithoutAYear) {
  auto doc = Article("Yukos filed for bankruptcy on 14 October. The sale will take place on 25 June.");
  EXPECT_EQ(ValueOf(doc, "14 October"), "2024-10-14");
  EXPECT_EQ(ValueOf(doc, "25 June"), "2025-06-25");
}

TEST(ExtractTimes, RangesOfDaysShareTheirMonth) {
  auto doc = Article("The festival runs from 3 to 7 July; the sides met on 12-13 March and again on April 24-25.");
  EXPECT_EQ(ValueOf(doc, "3"), "2024-07-03");
  EXPECT_EQ(ValueOf(doc, "12"), "2024-03-12");
  EXPECT_EQ(ValueOf(doc, "25"), "2024-04-25");
}

TEST(ExtractTimes, PairsOfDaysShareTheirMonth) {
  auto doc = Article("The summit was held on April 24 and 25, and the auction on 22 and 23 June.");
  EXPECT_EQ(ValueOf(doc, "25"), "2024-04-25");
  EXPECT_EQ(ValueOf(doc, "22"), "2024-06-22");
  EXPECT_EQ(ValueOf(doc, "23 June"), "2024-06-23");
}

TEST(ExtractTimes, CapitalizedUnitIsATitle) {
  auto doc = Article("Baker said on ABC's \"This Week\" that the offer stands. This week, talks resume.");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.times[0].span), "This week");
  doc = Article("Visitors came in their millions. Last Year over 4 million attended.");
  EXPECT_EQ(ValueOf(doc, "Last Year"), "2023");
}

TEST(ExtractTimes, APossessiveWeekdayHasHappened) {
  // "would" points ahead, but the ruling named by "Wednesday's" is already made.
  auto doc = Article("The relatives said they would look for ways to get around Wednesday's ruling. "
                     "Friday night's debate was cancelled.");
  EXPECT_EQ(ValueOf(doc, "Wednesday"), "2024-10-30");
  EXPECT_EQ(ValueOf(doc, "Friday night"), "2024-10-25TNI");
}

TEST(ExtractTimes, BarelyAndAsLongAsMeasureAnAmount) {
  auto doc = Article("The strike came barely a month after the merger, and the appeal could take as long as a week.");
  EXPECT_EQ(ValueOf(doc, "a month"), "P1M");
  EXPECT_EQ(ValueOf(doc, "a week"), "P1W");
}

TEST(ExtractTimes, BareCurrentIsThePresent) {
  auto doc = Article("She praised his current wife, bought at the then current price, and ignored the "
                     "current-account deficit reported on Current Affairs.");
  EXPECT_EQ(ValueOf(doc, "current"), "PRESENT_REF");
  EXPECT_EQ(ValueOf(doc, "then current"), "PAST_REF");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, CenturiesAndTheLastDecade) {
  auto doc = Article("It was the worst crash of the 20th century, near an 11th-century temple. Wages fell "
                     "in the last decade and rose over the past decade, the highest of the past century.");
  EXPECT_EQ(ValueOf(doc, "the 20th century"), "19");
  EXPECT_EQ(ValueOf(doc, "11th-century"), "10");
  EXPECT_EQ(ValueOf(doc, "the last decade"), "201");
  EXPECT_EQ(ValueOf(doc, "the past decade"), "P10Y");
  EXPECT_EQ(ValueOf(doc, "the past century"), "19");
  // Written in 1989, the past century is still mostly the 1900s; the last one is the 1800s.
  Document old;
  old.text = "One of the great events of the past century, greater than any of the last century.";
  old.date = Date{1989, 11, 2};
  ExtractTimes(old);
  EXPECT_EQ(ValueOf(old, "the past century"), "19");
  EXPECT_EQ(ValueOf(old, "the last century"), "18");
}

TEST(ExtractTimes, DecadesWithAnApostropheAfterThe) {
  auto doc = Article("Prices were very low in the 1930's and the early 1960\u2019s; 1990's budget is not a decade.");
  EXPECT_EQ(ValueOf(doc, "the 1930's"), "193");
  EXPECT_EQ(ValueOf(doc, "the early 1960\u2019s"), "196");
  EXPECT_EQ(ValueOf(doc, "1990"), "1990");
}

TEST(ExtractTimes, OrdinalDaysInFigures) {
  auto doc = Article("The vote is on November 5th, and the hearing was held on March 8th, 2024.");
  EXPECT_EQ(ValueOf(doc, "November 5th"), "2024-11-05");
  EXPECT_EQ(ValueOf(doc, "March 8th, 2024"), "2024-03-08");
}

TEST(ExtractTimes, ThisPastIsTheLastOne) {
  auto doc = Article("This past week marked the opening night, and the gallery closed this past Sunday.");
  EXPECT_EQ(ValueOf(doc, "This past week"), "2024-W43");
  EXPECT_EQ(ValueOf(doc, "this past Sunday"), "2024-10-27");
}

TEST(ExtractTimes, WeekdayOfANamedWeekAndFridayTheThirteenth) {
  auto doc = Article("The talks resume on Tuesday next week; the deal was signed on Friday the 13th of September.");
  EXPECT_EQ(ValueOf(doc, "Tuesday next week"), "2024-11-05");
  EXPECT_EQ(ValueOf(doc, "Friday the 13th"), "2024-09-13");
}

TEST(ExtractTimes, TheSummerNotYetBegunIsLastYearsWhenTheTextLooksBack) {
  Document doc;
  doc.text = "The economy had contracted over the summer, and rates have risen since the summer. "
             "Talks will resume in the spring.";
  doc.date = Date{2005, 3, 1};
  ExtractTimes(doc);
  ASSERT_EQ(doc.times.size(), 3u);
  EXPECT_EQ(doc.times[0].value, "2004-SU");
  EXPECT_EQ(doc.times[1].value, "2004-SU");
  EXPECT_EQ(doc.times[2].value, "2005-SP");
}

TEST(ExtractTimes, AClockTimeFallsOnTheDayLastNamed) {
  auto doc = Article("Police said the bomb went off on Monday. It exploded at 10 p.m. near the station.");
  EXPECT_EQ(ValueOf(doc, "10 p.m."), "2024-10-28T22:00");
}

TEST(ExtractTimes, TheYearBeforeCountsFromTheYearLastNamed) {
  auto doc = Article("Sales reached $300 million in 2022, up from $250 million the year before. "
                     "He resigned the day after the vote.");
  EXPECT_EQ(ValueOf(doc, "the year before"), "2021");
  EXPECT_EQ(ValueOf(doc, "the day after"), "<none>");
}

TEST(ExtractTimes, LongCompoundsAreDurations) {
  auto doc = Article("After a day-long meeting, the decades-long feud and a year-long strike ended.");
  EXPECT_EQ(ValueOf(doc, "day-long"), "P1D");
  EXPECT_EQ(ValueOf(doc, "decades-long"), "PXY");
  EXPECT_EQ(ValueOf(doc, "year-long"), "P1Y");
}

TEST(ExtractTimes, TheseDaysAndALaterDate) {
  auto doc = Article("Sell programs hurt market makers more these days; the rest will be paid at a later date.");
  EXPECT_EQ(ValueOf(doc, "these days"), "PRESENT_REF");
  EXPECT_EQ(ValueOf(doc, "a later date"), "FUTURE_REF");
}

TEST(ExtractTimes, FromNowIsAPointAhead) {
  auto doc = Article("The deadline is three days from now, and the vote a week from today.");
  EXPECT_EQ(ValueOf(doc, "three days from now"), "2024-11-02");
  EXPECT_EQ(ValueOf(doc, "a week from today"), "2024-W45");
}

TEST(ExtractTimes, MidMonthAfterAnyWord) {
  auto doc = Article("The hearing was postponed until mid-May.");
  EXPECT_EQ(ValueOf(doc, "mid-May"), "2025-05");
}

TEST(ExtractTimes, TheNextDecadeIsTenYearsAhead) {
  auto doc = Article("Over the next decade, the plan will cost $4 billion.");
  EXPECT_EQ(ValueOf(doc, "the next decade"), "P10Y");
}

TEST(ExtractTimes, BritishClockTimes) {
  auto doc = Article("Police were called at about 11.30pm on Monday; at 9am GMT shares were up 2.30 points to $11.30.");
  EXPECT_EQ(ValueOf(doc, "11.30pm on Monday"), "2024-10-28T23:30");
  EXPECT_EQ(ValueOf(doc, "9am"), "2024-10-28T09:00");
  EXPECT_EQ(doc.times.size(), 2u);  // not the points or the price
}

TEST(ExtractTimes, CapitalisedNoonInsideASentenceIsAName) {
  auto doc = Article("Jamie Noon scored before the film High Noon was shown at midnight on 31 December. Noon came.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(ValueOf(doc, "midnight on 31 December"), "2024-12-31T24:00");
  EXPECT_EQ(ValueOf(doc, "Noon"), "2024-12-31T12:00");  // at a sentence start, on the day last named
}

TEST(ExtractTimes, EarlierInTheWeekIsThisWeek) {
  auto doc = Article("The sale took place earlier in the week; for the week, the index fell.");
  EXPECT_EQ(ValueOf(doc, "earlier in the week"), "2024-W44");
  // The week a market report covers is often the one before: its year, the week open.
  EXPECT_EQ(ValueOf(doc, "the week"), "2024-WXX");
  EXPECT_EQ(doc.times.size(), 2u);
  doc = Article("Volume was the week's highest. The Week in Review aired.");
  EXPECT_EQ(ValueOf(doc, "the week"), "2024-WXX");
  EXPECT_EQ(doc.times.size(), 1u);  // a title is not a time
}

TEST(ExtractTimes, OrdinalDaysOfAMonth) {
  auto doc = Article("The envoy arrives on the 17th of March 2025, after the Fourth of July parade. "
                     "Talks began in November and end on the 15th, the 15th anniversary of the pact.");
  EXPECT_EQ(ValueOf(doc, "the 17th of March 2025"), "2025-03-17");
  EXPECT_EQ(ValueOf(doc, "the Fourth of July"), "2024-07-04");
  EXPECT_EQ(ValueOf(doc, "the 15th"), "2024-11-15");
  EXPECT_EQ(doc.times.size(), 4u);
  doc = Article("The ban starts on 1st January 2025 and the review on 3rd Feb.");
  EXPECT_EQ(ValueOf(doc, "1st January 2025"), "2025-01-01");
  EXPECT_EQ(ValueOf(doc, "3rd Feb."), "2025-02-03");
  doc = Article("Fireworks light up the Fourth of July. Rain fell last May.");
  EXPECT_EQ(ValueOf(doc, "the Fourth of July"), "2024-07-04");  // the full stop ends the sentence
  EXPECT_EQ(ValueOf(doc, "last May"), "2024-05");
}

TEST(ExtractTimes, AndAHalfIsHalfTheNextUnit) {
  auto doc = Article("He served two and a half years in prison and then waited for a year and a half.");
  EXPECT_EQ(ValueOf(doc, "two and a half years"), "P2Y6M");
  EXPECT_EQ(ValueOf(doc, "a year and a half"), "P1Y6M");
}

TEST(ExtractTimes, AnaphoricWeeksCountFromTheDayLastNamed) {
  auto doc = Article("The plant closed on Oct. 2, 2024. Later that week the union met, and the following week it struck.");
  EXPECT_EQ(ValueOf(doc, "Later that week"), "2024-W40");
  EXPECT_EQ(ValueOf(doc, "the following week"), "2024-W41");
}

TEST(ExtractTimes, NewYearsDayAndEve) {
  auto doc = Article("The law takes effect on New Year's Day; shops will close on New Year's Eve. New York is calm.");
  EXPECT_EQ(ValueOf(doc, "New Year's Day"), "2025-01-01");
  EXPECT_EQ(ValueOf(doc, "New Year's Eve"), "2024-12-31");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, SpelledDecadesAndDistantYears) {
  auto doc = Article("Warhol's work of the sixties and the late seventies sold well; yields fall by 2050, "
                     "when 2040 votes are counted.");
  EXPECT_EQ(ValueOf(doc, "the sixties"), "196");
  EXPECT_EQ(ValueOf(doc, "the late seventies"), "197");
  EXPECT_EQ(ValueOf(Article("Highs will be in the sixties on Sunday."), "the sixties"), "<none>");
  EXPECT_EQ(ValueOf(doc, "2050"), "2050");
  EXPECT_EQ(doc.times.size(), 3u);
}

TEST(ExtractTimes, EasterMovesWithTheMoon) {
  auto doc = Article("Shops closed over Easter 2024; the march is on Easter Monday 2025, and Easter eggs sold out.");
  EXPECT_EQ(ValueOf(doc, "Easter 2024"), "2024-03-31");
  EXPECT_EQ(ValueOf(doc, "Easter Monday 2025"), "2025-04-21");
  EXPECT_EQ(doc.times.size(), 2u);
  doc = Article("The ship docked at Easter Island and sailed on Christmas Island's coast.");
  EXPECT_TRUE(doc.times.empty());
}

TEST(ExtractTimes, IrregularPastVerbsSetTheTense) {
  auto doc = Article("The 22nd Fan Expo took place this weekend, attracting thousands.");
  EXPECT_EQ(ValueOf(doc, "this weekend"), "2024-W43-WE");
}

TEST(ExtractTimes, AClauseOpeningWeekdayTakesTheTenseAfterIt) {
  auto doc = Article("On Friday, the committee will vote. On Monday, officials said they will appeal. "
                     "On Thursday, the league plans to hold a news conference. "
                     "On Tuesday, the government planned to pay its debts.");
  ASSERT_EQ(doc.times.size(), 4u);
  EXPECT_EQ(doc.times[0].value, "2024-11-01");
  EXPECT_EQ(doc.times[1].value, "2024-10-28");  // "said" comes first
  EXPECT_EQ(doc.times[2].value, "2024-10-31");
  EXPECT_EQ(doc.times[3].value, "2024-10-29");  // "planned" has happened
}

TEST(ExtractTimes, BothEndsOfARangeOfYears) {
  auto doc = Article("He was mayor from 1990-1995 and governor in 1996\u20131999; yields fall over 2000 - 2050, "
                     "and over 2000 people came.");
  EXPECT_EQ(ValueOf(doc, "1990"), "1990");
  EXPECT_EQ(ValueOf(doc, "1995"), "1995");
  EXPECT_EQ(ValueOf(doc, "1996"), "1996");
  EXPECT_EQ(ValueOf(doc, "1999"), "1999");
  EXPECT_EQ(ValueOf(doc, "2050"), "2050");
  EXPECT_EQ(doc.times.size(), 6u);  // not "over 2000 people"
  doc = Article("He left (in 1997) and came back in \"1999\"; form 1994/7 is a code.");
  EXPECT_EQ(ValueOf(doc, "1997"), "1997");
  EXPECT_EQ(ValueOf(doc, "1999"), "1999");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, DueAheadAndQuartersInFigures) {
  auto doc = Article("Results are due Thursday. The firm posted a 3rd quarter loss; shares fell due to the storm on Monday.");
  EXPECT_EQ(ValueOf(doc, "Thursday"), "2024-10-31");
  EXPECT_EQ(ValueOf(doc, "3rd quarter"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-10-28");
}

TEST(ExtractTimes, TheEndOfTheWeekIsThisWeek) {
  auto doc = Article("A ruling is expected by the end of the week, officials said.");
  EXPECT_EQ(ValueOf(doc, "the end of the week"), "2024-W44");
}

TEST(ExtractTimes, HalfOfNextYear) {
  auto doc = Article("The plan will take effect in the second half of next year.");
  EXPECT_EQ(ValueOf(doc, "the second half of next year"), "2025-H2");
}

TEST(ExtractTimes, APastVerbRightBeforeAWeekdayOutweighsAnEarlierFutureCue) {
  // "would" reaches Wednesday, but "announced" tells when the decision came.
  auto doc = Article("They said they would appeal the decision, announced Wednesday by the commissioner.");
  EXPECT_EQ(ValueOf(doc, "Wednesday"), "2024-10-30");
  doc = Article("The relatives said they would appeal the ruling on Monday.");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-11-04");  // no verb between: the appeal is ahead
  // "next to" is a place, not the future.
  doc = Article("A bomb ripped through a building next to the embassy Friday morning.");
  EXPECT_EQ(ValueOf(doc, "Friday morning"), "2024-10-25TMO");
}

TEST(ExtractTimes, AmPmDoesNotEndTheClauseBeforeItsDay) {
  // The deadline "until 9 a.m. Tuesday" is ahead; "a.m." does not cut "until" off.
  auto doc = Article("The agency gave the family until 9 a.m. Tuesday to sign the paper.");
  EXPECT_EQ(ValueOf(doc, "9 a.m. Tuesday"), "2024-11-05T09:00");
  doc = Article("The father will leave at 4 a.m. EDT Thursday, the president said.");
  EXPECT_EQ(ValueOf(doc, "4 a.m. EDT Thursday"), "2024-10-31T04:00");
  // Before a new sentence it still ends one: "Troops" is not the time's.
  doc = Article("The shelling stopped at 6 a.m. Troops will leave on Friday.");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
}

TEST(ExtractTimes, TheReportsQuarterIsTheFirstNamed) {
  auto doc = Article("Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, "
                     "the company cited its consumer businesses. Charges were taken in the year-earlier period. "
                     "In the 1989 period, taxes were lower than a year ago. Results for that quarter were weak.");
  EXPECT_EQ(ValueOf(doc, "a flat second quarter"), "<none>");
  EXPECT_EQ(ValueOf(doc, "second quarter"), "2024-Q2");
  EXPECT_EQ(ValueOf(doc, "the year-earlier period"), "2023-Q3");
  EXPECT_EQ(ValueOf(doc, "the 1989 period"), "1989-Q3");
  EXPECT_EQ(ValueOf(doc, "a year ago"), "2023-Q3");
  EXPECT_EQ(ValueOf(doc, "that quarter"), "2024-Q2");  // the one just named
  // A quarter yet to be reported does not take over "the latest quarter".
  doc = Article("Aetna's third-quarter net fell. It has no estimate of the impact on fourth-quarter results. "
                "In the latest quarter, it lost $23 million.");
  EXPECT_EQ(ValueOf(doc, "the latest quarter"), "2024-Q3");
}

TEST(ExtractTimes, AQuarterAdjectiveInFutureTenseIsTheOneReported) {
  // "plans to" is ahead, the loss it follows is not.
  auto doc = Article("The bank plans to restructure in the wake of a third-quarter loss.");
  EXPECT_EQ(ValueOf(doc, "third-quarter"), "2024-Q3");
  doc = Article("The company will report its results in the second quarter.");
  EXPECT_EQ(ValueOf(doc, "the second quarter"), "2025-Q2");
  doc = Article("Apple reported a third-quarter gain. The quarter-to-quarter comparison was helped by charges.");
  EXPECT_EQ(doc.times.size(), 1u);
}

TEST(ExtractTimes, ThePastYearIsADuration) {
  auto doc = Article("Regulators have investigated the company in the past year, and over the past week "
                     "shares fell; the past year-end figures were restated.");
  EXPECT_EQ(ValueOf(doc, "the past year"), "P1Y");
  EXPECT_EQ(doc.times[0].type, TimeType::kDuration);
  EXPECT_EQ(ValueOf(doc, "the past week"), "P1W");
  EXPECT_EQ(doc.times.size(), 2u);  // not the year-end adjective
}

TEST(ExtractTimes, ForCenturiesIsAnUnspecifiedAmount) {
  auto doc = Article("Ukraine was ruled from Moscow for centuries.");
  EXPECT_EQ(ValueOf(doc, "centuries"), "PXY");
}

TEST(ExtractTimes, ClockHourWithItsPartOfDay) {
  auto doc = Article("The father will leave at 4 in the morning on Thursday; the vote ends at 8 in the evening.");
  EXPECT_EQ(ValueOf(doc, "4 in the morning on Thursday"), "2024-10-31T04:00");
  EXPECT_EQ(ValueOf(doc, "8 in the evening"), "2024-10-31T20:00");  // on the day last named
  doc = Article("Police arrived at 11 at night. He scored 2 in the morning match.");
  EXPECT_EQ(ValueOf(doc, "11 at night"), "2024-10-30T23:00");
  EXPECT_EQ(doc.times.size(), 1u);  // "2" without "at" is a count
}

TEST(ExtractTimes, TheQuarterAYearAgoIsOneSpan) {
  auto doc = Article("Columbia reported a third-quarter loss. For the quarter a year ago, it earned $16 million.");
  EXPECT_EQ(ValueOf(doc, "the quarter a year ago"), "2023-Q3");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, PluralWeekdaysAreSets) {
  auto doc = Article("Two flights leave on Monday and Tuesday nights; the market is closed on Sundays. "
                     "Mondays are slow.");
  EXPECT_EQ(ValueOf(doc, "Tuesday nights"), "XXXX-WXX-2TNI");
  EXPECT_EQ(ValueOf(doc, "Sundays"), "XXXX-WXX-7");
  EXPECT_EQ(ValueOf(doc, "Mondays"), "XXXX-WXX-1");
  for (const auto& t : doc.times)
    if (t.value.starts_with("XXXX-WXX")) EXPECT_EQ(t.type, TimeType::kSet);
  // A single day with its part stays that day: "Tuesday night".
  EXPECT_EQ(ValueOf(Article("Protesters gathered Tuesday night."), "Tuesday night"), "2024-10-29TNI");
}

TEST(ExtractTimes, AroundJoinsAnApproximatePoint) {
  EXPECT_EQ(ValueOf(Article("The deal should close around Nov. 1."), "around Nov. 1"), "2024-11-01");
  EXPECT_EQ(ValueOf(Article("The blast came around 7:15 p.m."), "around 7:15 p.m."), "2024-10-30T19:15");
  // Before a weekday "around" stays out: it is mostly a verb's.
  EXPECT_EQ(ValueOf(Article("They tried to get around Wednesday's ruling."), "Wednesday"), "2024-10-30");
}

TEST(ExtractTimes, QuartersAsAUnitOfTime) {
  auto doc = Article("The charge will be spread over the next three quarters. Insurance has been tough in recent "
                     "quarters, and the firm pays $100 million in interest every quarter. "
                     "Three quarters of the members voted.");
  EXPECT_EQ(ValueOf(doc, "the next three quarters"), "P9M");
  EXPECT_EQ(ValueOf(doc, "recent quarters"), "PXM");
  EXPECT_EQ(ValueOf(doc, "every quarter"), "P3M");
  EXPECT_EQ(doc.times.size(), 3u);  // a share of the members is not a time
  EXPECT_EQ(doc.times[2].type, TimeType::kSet);
}

TEST(ExtractTimes, TheQuarterBeforeAnyIsNamedIsTheOneLastEnded) {
  // Article date 2024-10-30: the quarter last ended is the third.
  auto doc = Article("In the quarter ended Sept. 30, Jayark had sales of $4 million, up from $3 million a year "
                     "earlier.");
  EXPECT_EQ(ValueOf(doc, "the quarter"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "a year earlier"), "2023-Q3");
  doc = Article("Tourists crowd the French Quarter; he lives in the quarter of the old town.");
  EXPECT_TRUE(doc.times.empty());
}

TEST(ExtractTimes, TheYearAgoThirdQuarterIsOneSpan) {
  auto doc = Article("Net rose 20% from the year-ago third quarter, and the year-earlier results were restated.");
  EXPECT_EQ(ValueOf(doc, "the year-ago third quarter"), "2023-Q3");
  // Without the quarter the adjective alone is tagged, as TimeML does.
  EXPECT_EQ(ValueOf(doc, "year-earlier"), "2023-Q3");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, ThisCenturyIsTheArticlesCentury) {
  auto doc = Article("Europe was the staging ground for the disasters of this century.");
  EXPECT_EQ(ValueOf(doc, "this century"), "20");
  doc = Article("Europe was the staging ground for the disasters of this century.", false);
  EXPECT_EQ(ValueOf(doc, "this century"), "XX");
  EXPECT_EQ(doc.times[0].reason, "no article date");
}

TEST(ExtractTimes, EveryFewOrEveryNUnitsIsASet) {
  auto doc = Article("The summit, held every two years, meets again; buses run every 10 minutes, "
                     "audits come every other week and checks every few days. Each one of them is late.");
  EXPECT_EQ(ValueOf(doc, "every two years"), "P2Y");
  EXPECT_EQ(ValueOf(doc, "every 10 minutes"), "PT10M");
  EXPECT_EQ(ValueOf(doc, "every other week"), "P2W");
  EXPECT_EQ(ValueOf(doc, "every few days"), "PXD");
  EXPECT_EQ(doc.times.size(), 4u);  // not "each one of them"
  for (const auto& t : doc.times) EXPECT_EQ(t.type, TimeType::kSet);
  EXPECT_EQ(ValueOf(Article("Elections come every decade."), "every decade"), "P10Y");
}

TEST(ExtractTimes, LocalTimeGoesWithTheClock) {
  auto doc = Article("At 3:30 p.m. local time on Tuesday, the plane landed.");
  EXPECT_EQ(ValueOf(doc, "3:30 p.m. local time on Tuesday"), "2024-10-29T15:30");
}

TEST(ExtractTimes, TheTailOfAGroupedNumberStartsNoTime) {
  // An earnings table: "Year" heads the next rows, "000" ends a figure.
  auto doc = Article("Avg shrs 18,003,000 vs 19,025,000\n    Year\n    Shr 2.16 dlrs vs 1.50 dlrs");
  EXPECT_TRUE(doc.times.empty());
  EXPECT_EQ(ValueOf(Article("It lasted 2 years."), "2 years"), "P2Y");
}

TEST(ExtractTimes, APassiveAfterBeLooksAhead) {
  auto doc = Article("The report is due to be published on Monday. The results will be announced on Friday. "
                     "The ruling was published on Monday.");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-11-04");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
  EXPECT_EQ(doc.times.back().value, "2024-10-28");
}

TEST(ExtractTimes, AYearsQuarterIsThatYearsQuarter) {
  auto doc = Article("Profit in 2022's fourth quarter rose 5%.");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(ValueOf(doc, "2022's fourth quarter"), "2022-Q4");
}

TEST(ExtractTimes, WhatWasPlannedForADayThatWasCanceledLooksBack) {
  EXPECT_EQ(ValueOf(Article("A memorial service planned for Saturday was canceled."), "Saturday"), "2024-10-26");
  EXPECT_EQ(ValueOf(Article("A memorial service planned for Saturday will go ahead."), "Saturday"), "2024-11-02");
}

TEST(ExtractTimes, AWasAfterAConjunctionBelongsToAnotherVerb) {
  // "were" goes with "planning", not with the rally planned for Saturday.
  auto doc = Article("Protesters planned a large rally in the city centre on Saturday and were planning a march.");
  EXPECT_EQ(ValueOf(doc, "Saturday"), "2024-11-02");
}

TEST(ExtractTimes, ADayJoinedToAPluralPartOfDayIsASet) {
  auto doc = Article("Two new flights will leave Heathrow on Monday and Tuesday nights from March 30.");
  EXPECT_EQ(ValueOf(doc, "Monday"), "XXXX-WXX-1TNI");
  EXPECT_EQ(ValueOf(doc, "Tuesday nights"), "XXXX-WXX-2TNI");
  EXPECT_EQ(ValueOf(Article("The club meets Friday nights."), "Friday nights"), "XXXX-WXX-5TNI");
}

TEST(ExtractTimes, AQuarterDatedByItsLastDayIsTheCalendarQuarterItMostlyCovers) {
  auto doc = Article("In the quarter ended July 31, the retailer lost $2 million, against a profit of "
                     "$1 million a year earlier.");
  EXPECT_EQ(ValueOf(doc, "the quarter"), "2024-Q2");
  EXPECT_EQ(ValueOf(doc, "July 31"), "2024-07-31");
  EXPECT_EQ(ValueOf(doc, "a year earlier"), "2023-Q2");
  // A quarter ending in January is mostly the year before's last.
  EXPECT_EQ(ValueOf(Article("Sales rose in the quarter ended Jan. 31, 2024."), "the quarter"), "2023-Q4");
  // A numbered quarter keeps the company's numbering.
  EXPECT_EQ(ValueOf(Article("It lost money in the second quarter ended Oct. 31."), "the second quarter"), "2024-Q2");
}

TEST(ExtractTimes, APlanToldInThePluperfectWasForADayGonePast) {
  auto doc = Article("The offer had been scheduled to expire at midnight Friday; it was extended to Nov. 6.");
  EXPECT_EQ(ValueOf(doc, "midnight Friday"), "2024-10-25T24:00");
  EXPECT_EQ(ValueOf(Article("The strike the union had planned for Thursday never took place."), "Thursday"), "2024-10-24");
  EXPECT_EQ(ValueOf(Article("The vote is scheduled for Thursday."), "Thursday"), "2024-10-31");
}

TEST(ExtractTimes, AWeekdayAfterAClockTimeTakesTheClocksTense) {
  // Counted from "Thursday", the "will" lies beyond the tense window.
  auto doc = Article("\"The father will leave for Havana at 4 in the morning (4 a.m. EDT Thursday),\" he said.");
  EXPECT_EQ(ValueOf(doc, "4 a.m. EDT Thursday"), "2024-10-31T04:00");
  EXPECT_EQ(ValueOf(Article("Police said the blast happened at 10 p.m. Monday."), "10 p.m. Monday"), "2024-10-28T22:00");
}

TEST(ExtractTimes, AQuarterOfNextOrLastYearIsThatYearsQuarter) {
  auto doc = Article("Analysts expect a recovery in the first quarter of next year, after losses in the "
                     "fourth quarter of last year.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(ValueOf(doc, "the first quarter of next year"), "2025-Q1");
  EXPECT_EQ(ValueOf(doc, "the fourth quarter of last year"), "2023-Q4");
}

TEST(ExtractTimes, AQuarterNamedByItsLastMonth) {
  auto doc = Article("Westpac said profit for the June quarter rose 4%, after a weak March quarter.");
  EXPECT_EQ(ValueOf(doc, "the June quarter"), "2024-Q2");
  EXPECT_EQ(ValueOf(doc, "March quarter"), "2024-Q1");
}

TEST(ExtractTimes, SoManyTimesAUnitIsASet) {
  auto doc = Article("The central bank's board meets twice a year, and patients take the pills three times a day.");
  EXPECT_EQ(ValueOf(doc, "twice a year"), "P1Y");
  EXPECT_EQ(ValueOf(doc, "three times a day"), "P1D");
  EXPECT_EQ(doc.times[0].type, TimeType::kSet);
  // "once" without a unit after it is not a frequency.
  EXPECT_TRUE(Article("He was once a star, and shares trade at ten times earnings.").times.empty());
}

TEST(ExtractTimes, AFortnightIsTwoWeeks) {
  auto doc = Article("The ferry service, suspended a fortnight ago, should resume within a fortnight.");
  EXPECT_EQ(ValueOf(doc, "a fortnight ago"), "2024-W42");
  EXPECT_EQ(ValueOf(doc, "a fortnight"), "P2W");
  EXPECT_EQ(ValueOf(Article("Rain fell on most days of the past fortnight."), "the past fortnight"), "P2W");
}

TEST(ExtractTimes, AWeekdayBeforeADateTakesTheDateCommaOrNot) {
  auto doc = Article("The film opens on Friday 22 November, and the director, who died on Tuesday 15 October "
                     "2024, will be honoured.");
  EXPECT_EQ(ValueOf(doc, "Friday 22 November"), "2024-11-22");
  EXPECT_EQ(ValueOf(doc, "Tuesday 15 October 2024"), "2024-10-15");
  EXPECT_EQ(ValueOf(Article("Polls open on Thursday, 7 November."), "Thursday, 7 November"), "2024-11-07");
  // A count after the weekday is no day of a month.
  EXPECT_EQ(ValueOf(Article("On Monday 13 people died."), "Monday"), "2024-10-28");
}

TEST(ExtractTimes, FourFigureClockTimesBeforeATimeZone) {
  auto doc = Article("Polls closed at 2000 GMT, and the match will kick off at 1500 GMT on Saturday.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(ValueOf(doc, "2000"), "2024-10-30T20:00");  // not the year 2000
  EXPECT_EQ(ValueOf(doc, "1500 GMT on Saturday"), "2024-11-02T15:00");
}

TEST(ExtractTimes, ASeasonOverThisYearIsNextYearsWhenTheTextLooksAhead) {
  // Said in October: the spring has gone, so a spring to come is next year's.
  EXPECT_EQ(ValueOf(Article("In the spring, the company will move its headquarters to Leeds."), "the spring"),
            "2025-SP");
  EXPECT_EQ(ValueOf(Article("The new model will be in showrooms by the summer."), "the summer"), "2025-SU");
  EXPECT_EQ(ValueOf(Article("In the spring, the company moved its headquarters to Leeds."), "the spring"),
            "2024-SP");
}

TEST(ExtractTimes, StraightAndConsecutiveUnitsAreAnAmount) {
  auto doc = Article("Prices have risen for three straight months, and the index fell for five consecutive days.");
  EXPECT_EQ(ValueOf(doc, "three straight months"), "P3M");
  EXPECT_EQ(ValueOf(doc, "five consecutive days"), "P5D");
}

TEST(ExtractTimes, AMonthGoneByInFutureTenseIsNextYears) {
  // Said on 30 October: August has gone, so the August to come is next year's.
  auto doc = Article("The festival will return in August, and the council has until the end of September to decide.");
  EXPECT_EQ(ValueOf(doc, "August"), "2025-08");
  EXPECT_EQ(ValueOf(doc, "the end of September"), "2025-09");
  // A date only days gone is more likely one the story is late with.
  EXPECT_EQ(ValueOf(Article("The ferry will sail on Oct. 20."), "Oct. 20"), "2024-10-20");
}

TEST(ExtractTimes, WhatATimeIsCountedSinceHasHappened) {
  // "has fallen" tells no tense; "since" does.
  auto doc = Article("Since January, the index has fallen 10%, and rents have doubled since the end of March.");
  EXPECT_EQ(ValueOf(doc, "January"), "2024-01");
  EXPECT_EQ(ValueOf(doc, "the end of March"), "2024-03");
}

TEST(ExtractTimes, IrregularParticiplesSetThePastTense) {
  EXPECT_EQ(ValueOf(Article("Unemployment has fallen to 4%, a level last seen in April."), "April"), "2024-04");
}

TEST(ExtractTimes, TheNthWeekdayOfAMonth) {
  auto doc = Article("The market is held on the last Sunday of the month, and the first one next year falls on "
                     "the first Sunday of January.");
  EXPECT_EQ(ValueOf(doc, "the last Sunday of the month"), "2024-10-27");
  EXPECT_EQ(ValueOf(doc, "the first Sunday of January"), "2025-01-05");
  EXPECT_EQ(ValueOf(Article("Voters go to the polls on the second Tuesday of next month."),
                    "the second Tuesday of next month"), "2024-11-12");
}

TEST(ExtractTimes, BoxingDayAndValentinesDay) {
  auto doc = Article("Florists sold two million roses on Valentine's Day, and shops expect record crowds on Boxing Day.");
  EXPECT_EQ(ValueOf(doc, "Valentine's Day"), "2024-02-14");
  EXPECT_EQ(ValueOf(doc, "Boxing Day"), "2024-12-26");
  // Without "Day" they are a sport and a name.
  EXPECT_TRUE(Article("The boxing champion Valentine said he would fight on.").times.empty());
}

TEST(ExtractTimes, BlackMondayAndBloodySundayAreNamesOfEvents) {
  auto doc = Article("Shares fell on Monday by the most since Black Monday, and the Bloody Sunday inquiry resumed.");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-10-28");
}

TEST(ExtractTimes, HopesAndAimsLookAhead) {
  EXPECT_EQ(ValueOf(Article("Doctors hope to release him on Friday."), "Friday"), "2024-11-01");
  EXPECT_EQ(ValueOf(Article("The council aims to reopen the bridge by Monday."), "Monday"), "2024-11-04");
}

TEST(ExtractTimes, ASeasonNamedByTwoYearsIsTheFirstYear) {
  auto doc = Article("Chelsea won the title in the 2004/05 season, and the club's 2005-06 accounts, "
                     "for fiscal 1999-00, show a loss.");
  EXPECT_EQ(ValueOf(doc, "2004/05"), "2004");
  EXPECT_EQ(ValueOf(doc, "2005-06"), "2005");
  EXPECT_EQ(ValueOf(doc, "fiscal 1999-00"), "1999");
  // Two years that do not follow each other, or a longer code, are no season.
  doc = Article("Part 2004-07 and form 2004-05-B were filed.");
  EXPECT_TRUE(doc.times.empty());
}

TEST(ExtractTimes, OClockTakesItsHalfOfTheDayFromTheWordsAfterIt) {
  auto doc = Article("Police arrived at 10 o'clock Monday night.");
  EXPECT_EQ(ValueOf(doc, "10 o'clock Monday night"), "2024-10-28T22:00");
  doc = Article("The curfew begins at six o'clock in the morning.");
  EXPECT_EQ(ValueOf(doc, "six o'clock in the morning"), "2024-10-30T06:00");
  EXPECT_EQ(ValueOf(Article("The polls close at 8 o\xE2\x80\x99" "clock."), "8 o\xE2\x80\x99" "clock"), "2024-10-30T08:00");
  EXPECT_TRUE(Article("It led the 10 O'clock News.").times.empty());  // a programme's title
}

TEST(ExtractTimes, AClockTimeRestatedInBracketsTakesTheDayAfterThem) {
  auto doc = Article("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.");
  EXPECT_EQ(ValueOf(doc, "10:35 a.m."), "2024-10-25T10:35");
  EXPECT_EQ(ValueOf(doc, "0735"), "2024-10-25T07:35");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-10-25");
  doc = Article("The talks ended at 1930 GMT on Friday.");
  EXPECT_EQ(ValueOf(doc, "1930 GMT on Friday"), "2024-10-25T19:30");
}

TEST(ExtractTimes, WhatATimeIsCountedSinceIsNotAhead) {
  // In an October story, November is last year's when things have happened since it.
  auto doc = Article("The rebels have held the town since Nov. 3, and prices have doubled since December.");
  EXPECT_EQ(ValueOf(doc, "Nov. 3"), "2023-11-03");
  EXPECT_EQ(ValueOf(doc, "December"), "2023-12");
  EXPECT_EQ(ValueOf(Article("Rain has fallen every day since Oct. 12."), "Oct. 12"), "2024-10-12");
}

TEST(ExtractTimes, ATimetableLooksAhead) {
  EXPECT_EQ(ValueOf(Article("The inflation figures are due out on Thursday."), "Thursday"), "2024-10-31");
  EXPECT_EQ(ValueOf(Article("The final vote is set for Friday."), "Friday"), "2024-11-01");
  EXPECT_EQ(ValueOf(Article("The hearing had been set for Monday."), "Monday"), "2024-10-28");
  EXPECT_EQ(ValueOf(Article("The summit is on Friday in Brussels."), "Friday"), "2024-11-01");
  EXPECT_EQ(ValueOf(Article("The trial of the four men starts Monday."), "Monday"), "2024-11-04");
  EXPECT_EQ(ValueOf(Article("The final kicks off at 8pm on Saturday."), "8pm on Saturday"), "2024-11-02T20:00");
  // Said in October, a loan that expires in September expires next year.
  EXPECT_EQ(ValueOf(Article("The loan agreement expires in September."), "September"), "2025-09");
  // Read out on its own day (a Wednesday), a timetable is today's.
  EXPECT_EQ(ValueOf(Article("The book festival begins on Wednesday with a reading by its patron."), "Wednesday"),
            "2024-10-30");
  // A plural noun before the day is no verb of a timetable.
  EXPECT_EQ(ValueOf(Article("Oil shares Thursday extended their slide."), "Thursday"), "2024-10-24");
}

TEST(ExtractTimes, HalvesOfTheYearInResultsReports) {
  auto doc = Article("The bank's first-half profit rose 4%, but first-half goals are another matter.");
  EXPECT_EQ(ValueOf(doc, "first-half"), "2024-H1");
  EXPECT_EQ(doc.times.size(), 1u);
  // With sales or profit in its clause, "the first half" is the company's.
  doc = Article("In the first half, sales rose 2%, and the bank expects net profit to grow in the second half.");
  EXPECT_EQ(ValueOf(doc, "the first half"), "2024-H1");
  EXPECT_EQ(ValueOf(doc, "the second half"), "2024-H2");
  // Without results in its clause the half is a match's, whatever was named before.
  doc = Article("He missed a tackle in the first quarter. His play improved in the second half.");
  EXPECT_EQ(ValueOf(doc, "the second half"), "<none>");
  EXPECT_TRUE(Article("In the first half, the visitors scored twice.").times.empty());
}

TEST(ExtractTimes, QuarterAndHalfCodes) {
  auto doc = Article("Q3 2024 revenue beat forecasts; the company expects Q4 to be stronger and "
                     "H1 2025 to be flat. In Q1, sales fell.");
  EXPECT_EQ(ValueOf(doc, "Q3 2024"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "Q4"), "2024-Q4");
  EXPECT_EQ(ValueOf(doc, "H1 2025"), "2025-H1");
  EXPECT_EQ(ValueOf(doc, "Q1"), "2024-Q1");
  // The year first, as filings and tables write it.
  doc = Article("Margins narrowed in 2024 Q3 after a strong 2023-Q4.");
  EXPECT_EQ(ValueOf(doc, "2024 Q3"), "2024-Q3");
  EXPECT_EQ(ValueOf(doc, "2023-Q4"), "2023-Q4");
  // A model name and a visa class are no quarter or half.
  EXPECT_TRUE(Article("He drives an Audi Q3 and holds an H1-B visa.").times.empty());
}

TEST(ExtractTimes, LastOrNextNeighbouringMonthIsAYearAway) {
  // Said in October: September just gone would be "last month", November "next month".
  auto doc = Article("The plant closed last September and will reopen next November; it was sold last December.");
  EXPECT_EQ(ValueOf(doc, "last September"), "2023-09");
  EXPECT_EQ(ValueOf(doc, "next November"), "2025-11");
  EXPECT_EQ(ValueOf(doc, "last December"), "2023-12");
  EXPECT_EQ(ValueOf(Article("The talks began last June."), "last June"), "2024-06");
}

TEST(ExtractTimes, AtTheTimeIsThen) {
  auto doc = Article("The minister said at the time he had no plans to resign.");
  EXPECT_EQ(ValueOf(doc, "the time"), "PAST_REF");
  // The time of an event, or of a clause that opens the sentence, is the event's.
  EXPECT_TRUE(Article("He was in Paris at the time of the attack.").times.empty());
  EXPECT_TRUE(Article("At the time Smith was arrested, police had few leads.").times.empty());
  EXPECT_EQ(ValueOf(Article("At the time, the bank was solvent."), "the time"), "PAST_REF");
}

TEST(ExtractTimes, TheNearAndLongTermAreTheFuture) {
  auto doc = Article("Rates may rise in the near term, but in the long term they will fall; long-term bonds rallied.");
  EXPECT_EQ(ValueOf(doc, "the near term"), "FUTURE_REF");
  EXPECT_EQ(ValueOf(doc, "the long term"), "FUTURE_REF");
  EXPECT_EQ(doc.times.size(), 2u);
}

TEST(ExtractTimes, PrefixesJoinTheYearOrMonth) {
  auto doc = Article("Output is below pre-1990 levels and the post-1959 order; it peaked in late-March.");
  EXPECT_EQ(ValueOf(doc, "pre-1990"), "1990");
  EXPECT_EQ(ValueOf(doc, "post-1959"), "1959");
  EXPECT_EQ(ValueOf(doc, "late-March"), "2024-03");
}

TEST(ExtractTimes, AnApproximateOffsetIsStillAPoint) {
  auto doc = Article("The rebels took the airport a week or so ago.");
  EXPECT_EQ(ValueOf(doc, "a week or so ago"), "2024-W43");
}

TEST(ExtractTimes, TwoUnitsAwayBeforeLastOrAfterNext) {
  auto doc = Article("Sales fell the year before last, the ballot is the week after next, and it snowed the "
                     "weekend before last.");
  EXPECT_EQ(ValueOf(doc, "the year before last"), "2022");
  EXPECT_EQ(ValueOf(doc, "the week after next"), "2024-W46");
  EXPECT_EQ(ValueOf(doc, "the weekend before last"), "2024-W42-WE");
  EXPECT_EQ(ValueOf(Article("Rents rose the month before last."), "the month before last"), "2024-08");
  // Before anything else, the weekend is still the one just past.
  EXPECT_EQ(ValueOf(Article("The weekend before the vote was quiet."), "The weekend"), "2024-W43-WE");
}

TEST(ExtractTimes, TwelveNoonAndLocalTimeInFourFigures) {
  auto doc = Article("The ceasefire begins at 12 noon on Friday.");
  EXPECT_EQ(ValueOf(doc, "12 noon on Friday"), "2024-11-01T12:00");
  doc = Article("Troops crossed the border at 0600 local time.");
  EXPECT_EQ(ValueOf(doc, "0600"), "2024-10-30T06:00");
}

TEST(ExtractTimes, ARangeOfDaysAfterAnAbbreviatedMonth) {
  auto doc = Article("The summit will be held on Nov. 5-6 in Lima, and the fair on Dec. 2 and 3.");
  EXPECT_EQ(ValueOf(doc, "Nov. 5"), "2024-11-05");
  EXPECT_EQ(ValueOf(doc, "6"), "2024-11-06");
  EXPECT_EQ(ValueOf(doc, "3"), "2024-12-03");
}

TEST(ExtractTimes, TheNewYearIsTheOneToCome) {
  EXPECT_EQ(ValueOf(Article("The inquiry is expected to report in the new year."), "the new year"), "2025");
  Document doc;
  doc.text = "So far in the new year, sales are flat.";
  doc.date = Date{2025, 1, 20};
  ExtractTimes(doc);
  EXPECT_EQ(ValueOf(doc, "the new year"), "2025");
  EXPECT_TRUE(Article("He attended the New Year celebrations.").times.empty());
}

TEST(ExtractTimes, WhatSomethingIsDoneAheadOfIsToCome) {
  auto doc = Article("Shares rose ahead of Friday's jobs report, and traders squared positions ahead of the weekend.");
  EXPECT_EQ(ValueOf(doc, "Friday"), "2024-11-01");
  EXPECT_EQ(ValueOf(doc, "the weekend"), "2024-W44-WE");
  // What had been forecast ahead of the day is told after it.
  doc = Article("Growth of 0.4% was below the 0.6% economists had forecast ahead of Monday's announcement.");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-10-28");
  // Without "ahead of", a possessive day has happened.
  EXPECT_EQ(ValueOf(Article("Shares rose after Friday's jobs report."), "Friday"), "2024-10-25");
}

TEST(ExtractTimes, FiscalYearCodesNameTheYear) {
  auto doc = Article("The retailer expects FY2025 revenue to rise after FY24 sales fell, and will report Q3 FY2025 "
                     "results in FY 2025's second month.");
  EXPECT_EQ(ValueOf(doc, "FY2025"), "2025");
  EXPECT_EQ(ValueOf(doc, "FY24"), "2024");
  EXPECT_EQ(ValueOf(doc, "Q3 FY2025"), "2025-Q3");
  EXPECT_EQ(ValueOf(doc, "FY 2025"), "2025");
  EXPECT_EQ(ValueOf(Article("Profit in FY98 was a record."), "FY98"), "1998");
  // A fiscal year named by the two years it spans begins in the first, as "fiscal 2023-24" does.
  doc = Article("The council's FY2023/24 budget was cut, and its FY23-24 reserves ran down.");
  EXPECT_EQ(ValueOf(doc, "FY2023/24"), "2023");
  EXPECT_EQ(ValueOf(doc, "FY23-24"), "2023");
  // A code glued to more is a product or a form, not a year.
  EXPECT_TRUE(Article("The FY2025-B filing and the FYI column.").times.empty());
}

}  // namespace
}  // namespace newsgraph
