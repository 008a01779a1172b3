// Dates, datelines and outlets as articles and feeds actually write them.
#include "ingest/metadata.h"

#include <gtest/gtest.h>

namespace newsgraph::ingest {
namespace {

std::string DateOf(std::string_view text) {
  const std::optional<Date> date = ParseLooseDate(text);
  return date ? date->ToString() : "none";
}

TEST(ParseLooseDate, ReadsEveryCommonNewsroomFormat) {
  EXPECT_EQ(DateOf("2024-10-29"), "2024-10-29");
  EXPECT_EQ(DateOf(" 2024-10-29T07:30:00Z "), "2024-10-29");
  EXPECT_EQ(DateOf("2024/10/29"), "2024-10-29");
  EXPECT_EQ(DateOf("October 29, 2024"), "2024-10-29");
  EXPECT_EQ(DateOf("Oct. 29, 2024"), "2024-10-29");
  EXPECT_EQ(DateOf("Sept. 3 2024"), "2024-09-03");
  EXPECT_EQ(DateOf("29 October 2024"), "2024-10-29");
  EXPECT_EQ(DateOf("Tuesday, October 29, 2024"), "2024-10-29");
  EXPECT_EQ(DateOf("Tue, 29 Oct 2024 08:00:00 GMT"), "2024-10-29");
  EXPECT_EQ(DateOf("1st March 2024"), "2024-03-01");
}

TEST(ParseLooseDate, RejectsImpossibleAndIncompleteDates) {
  EXPECT_EQ(DateOf("2024-13-45"), "none");
  EXPECT_EQ(DateOf("February 30, 2024"), "none");
  EXPECT_EQ(DateOf("October 2024"), "none");
  EXPECT_EQ(DateOf("yesterday"), "none");
  EXPECT_EQ(DateOf(""), "none");
}

TEST(FindDateInText, FindsTheFirstFullDateAndWhereItIs) {
  const std::string text = "The minister said Monday (October 28, 2024) that talks would resume.";
  const auto found = FindDateInText(text);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->date.ToString(), "2024-10-28");
  EXPECT_EQ(text.substr(found->span.begin, found->span.size()), "October 28, 2024");
  EXPECT_FALSE(FindDateInText("About 10,000 people fled on Monday."));
}

// Deadlines and dates in history further down say nothing of when the
// article was written; the news day does.
TEST(FindDateInText, TakesOnlyTheNewsDayFromTheBody) {
  EXPECT_FALSE(FindDateInText("The SEC has given foreign firms more time.\n\n"
                              "The deadline was extended until 15 July 2006."));
  const auto found = FindDateInText("Foreign firms get more time.\n\nThe deadline of 15 July 2006 stands, "
                                    "the regulator said on Tuesday (March 8, 2005).");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->date.ToString(), "2005-03-08");
}

// The text's only full date is a historical one when the article writes a
// later year: the article was not written then, so no date is better than it.
TEST(FindDateInText, TakesNoHistoricalDateFromAnArticleThatWritesALaterYear) {
  EXPECT_FALSE(FindDateInText("The claim, filed in 1999, rests on a meeting in the Plaza Hotel on 15 December, 1953."));
  EXPECT_FALSE(FindDateInText("A meeting on 15 December, 1953 was central. The 2004 ruling threw it out."));
  // Amounts are not years; neither is an earlier year.
  const auto found = FindDateInText("Talks began on March 3, 2005 over a $2010 million deal and \u00a32100 in fees, "
                                    "the first since 1998.");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->date.ToString(), "2005-03-03");
}

TEST(FindDatelineDate, ReadsADatedDatelineOnly) {
  EXPECT_EQ(FindDatelineDate("VALENCIA, Spain, Oct. 29, 2024 (Global Wire) \u2014 About 10,000 people fled.")
                ->date.ToString(),
            "2024-10-29");
  EXPECT_FALSE(FindDatelineDate("VALENCIA, Spain (Global Wire) \u2014 Fires burned on October 28, 2024."));
  EXPECT_FALSE(FindDatelineDate("Officials said on October 28, 2024 that fires burned."));
}

TEST(SourceFromUrl, KeepsTheRegisteredHost) {
  EXPECT_EQ(SourceFromUrl("https://www.apnews.com/article/x?y=1"), "apnews.com");
  EXPECT_EQ(SourceFromUrl("http://news.example.org:8080/a"), "news.example.org");
  EXPECT_EQ(SourceFromUrl("harbortimes.example/business"), "harbortimes.example");
}

TEST(SourceFromCredits, ReadsDatelinesAndCreditLines) {
  EXPECT_EQ(SourceFromCredits("VALENCIA, Spain (Global Wire) \u2014 About 10,000 people fled."), "Global Wire");
  EXPECT_EQ(SourceFromCredits("Fires burned.\n\nInformation from The Associated Press was used in this report."),
            "The Associated Press");
  EXPECT_EQ(SourceFromCredits("Fires burned. ABC News' Jane Doe contributed to this report."), "ABC News");
  EXPECT_EQ(SourceFromCredits("Fires burned near Valencia (Spain) on Monday."), "");
}

}  // namespace
}  // namespace newsgraph::ingest
