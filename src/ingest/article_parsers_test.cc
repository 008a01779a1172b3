// Each article format on realistic input: header lines, web pages with their
// clutter, and JSON Lines records from news APIs.
#include "ingest/article_parsers.h"

#include <gtest/gtest.h>

namespace newsgraph::ingest {
namespace {

TEST(ParsePlainText, TakesHeaderLinesAndHeadlineOutOfTheText) {
  const ParsedArticle a = ParsePlainText(
      "Date: 2024-10-29\nSource: Harbor Times\nTitle: Valencia fire\n\n"
      "Thousands fled on Monday.\n\nOfficials said 10,000 left.\n");
  EXPECT_TRUE(a.problem.empty());
  EXPECT_EQ(a.doc.date->ToString(), "2024-10-29");
  EXPECT_EQ(a.doc.date_from, DateSource::kMetadata);
  EXPECT_EQ(a.doc.source, "Harbor Times");
  EXPECT_EQ(a.doc.title, "Valencia fire");
  EXPECT_EQ(a.doc.text, "Thousands fled on Monday.\n\nOfficials said 10,000 left.");
}

TEST(ParsePlainText, ReadsTheLeadingSpaceDateLineAndAHeadline) {
  const ParsedArticle a =
      ParsePlainText(" date 2024-10-29\nWildfire forces evacuations near Valencia\n\nAbout 10,000 people left.\n");
  EXPECT_EQ(a.doc.date->ToString(), "2024-10-29");
  EXPECT_EQ(a.doc.title, "Wildfire forces evacuations near Valencia");
  EXPECT_EQ(a.doc.text, "About 10,000 people left.");
}

TEST(ParsePlainText, KeepsOrdinaryOpeningsAsText) {
  const ParsedArticle a = ParsePlainText("Date night at the cinema costs more this year.\nPrices rose 10 percent.");
  EXPECT_FALSE(a.doc.date);
  EXPECT_EQ(a.doc.text, "Date night at the cinema costs more this year.\nPrices rose 10 percent.");
}

TEST(ParsePlainText, ExplainsABadDateLineButKeepsTheArticle) {
  const ParsedArticle a = ParsePlainText("Date: 2024-13-45\n\nFires burned on Monday.");
  EXPECT_TRUE(a.problem.empty());
  EXPECT_NE(a.date_problem.find("2024-13-45"), std::string::npos);
  EXPECT_NE(a.date_problem.find("YYYY-MM-DD"), std::string::npos);
  EXPECT_EQ(a.doc.text, "Fires burned on Monday.");
}

TEST(ParseHtml, KeepsParagraphsAndMetadataDropsNavigationScriptsAndAds) {
  const ParsedArticle a = ParseHtml(R"(<!doctype html><html><head>
    <title>Fire | Ledger</title><meta property="og:site_name" content="The Daily Ledger">
    <meta property="article:published_time" content="2024-10-29T07:30:00Z">
    <link rel="canonical" href="https://dailyledger.example/fire">
    <script>var x = "<p>not text</p>";</script></head>
    <body><nav><p>Home World</p></nav><div class="ad-banner"><p>Subscribe now</p></div>
    <article><h1>Spain wildfire</h1><p>MADRID &mdash; About 10,000 people
    were <b>evacuated</b>.</p><p>Officials said&nbsp;more.<br>Second line.</p>
    <aside class="related"><p>Read more</p></aside></article>
    <footer><p>&copy; 2024</p></footer></body></html>)");
  EXPECT_TRUE(a.problem.empty()) << a.problem;
  EXPECT_EQ(a.doc.title, "Spain wildfire");
  EXPECT_EQ(a.doc.source, "The Daily Ledger");
  EXPECT_EQ(a.doc.url, "https://dailyledger.example/fire");
  EXPECT_EQ(a.doc.date->ToString(), "2024-10-29");
  EXPECT_EQ(a.doc.text,
            "MADRID \u2014 About 10,000 people were evacuated.\n\nOfficials said more.\nSecond line.");
}

TEST(ParseHtml, ReportsAPageWithoutArticleText) {
  EXPECT_FALSE(ParseHtml("<html><body><nav>Home</nav></body></html>").problem.empty());
}

TEST(ParseHtml, SurvivesNestingDeeperThanAnyCallStack) {
  std::string html = "<html><body>";
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "<p>Deep text.</p></body></html>";
  EXPECT_EQ(ParseHtml(html).doc.text, "Deep text.");
}

TEST(ParseHtml, KeepsEveryParagraphOfAPageNestedPastTheCap) {
  std::string html = "<html><body><p>Fire crews held the line.</p>";
  for (int i = 0; i < 5000; ++i) html += "<span><b>";
  html += "<p>Evacuees returned on Monday.</p></body></html>";
  EXPECT_EQ(ParseHtml(html).doc.text, "Fire crews held the line.\n\nEvacuees returned on Monday.");
}

TEST(ParseJsonArticle, ReadsFieldsAndNewsApiVariants) {
  const ParsedArticle a = ParseJsonArticle(
      R"({"id":17,"url":"https://www.apnews.com/a","source":{"name":"AP"},"publishedAt":"2024-10-30T10:00:00Z",)"
      R"("title":"Strike","content":"Pilots walked out on Tuesday."})");
  EXPECT_TRUE(a.problem.empty()) << a.problem;
  EXPECT_EQ(a.doc.id, "17");
  EXPECT_EQ(a.doc.source, "AP");
  EXPECT_EQ(a.doc.date->ToString(), "2024-10-30");
  EXPECT_EQ(a.doc.text, "Pilots walked out on Tuesday.");
}

TEST(ParseJsonArticle, ReadsHtmlBodies) {
  const ParsedArticle a = ParseJsonArticle(R"({"html":"<html><body><p>Talks resume on Thursday.</p></body></html>"})");
  EXPECT_EQ(a.doc.text, "Talks resume on Thursday.");
}

TEST(ParseJsonArticle, SaysWhatIsWrongWithABrokenRecord) {
  EXPECT_NE(ParseJsonArticle(R"({"id":"b","text":"Pilots walked out)").problem.find("truncated"), std::string::npos);
  EXPECT_NE(ParseJsonArticle(R"(["not","an","object"])").problem.find("object"), std::string::npos);
  EXPECT_NE(ParseJsonArticle(R"({"text":42})").problem.find("\"text\" must be a string"), std::string::npos);
  EXPECT_NE(ParseJsonArticle(R"({"id":"x","text":""})").problem.find("no article text"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::ingest
