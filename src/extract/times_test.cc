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
  EXPECT_EQ(ValueOf(doc, "1990s"), "199");
  EXPECT_EQ(ValueOf(doc, "summer of 2021"), "2021-SU");
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

}  // namespace
}  // namespace newsgraph
