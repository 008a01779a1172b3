#include <gtest/gtest.h>

#include <sstream>

#include "report/html_report.h"

namespace newsgraph {
namespace {

TEST(HtmlReport, EscapesHeadlineAndColoursClaimByStatus) {
  Report report;
  Story story;
  story.id = "S1";
  story.headline = "Troops <script> & \"allies\" reach Kursk";
  Claim claim;
  claim.id = "S1-C1";
  claim.counted = "North Korean troops";
  claim.status = ClaimStatus::kConflicting;
  story.claims.push_back(claim);
  report.stories.push_back(story);
  std::ostringstream out;
  WriteHtmlReport(report, out);
  const std::string html = out.str();
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("Troops &lt;script&gt; &amp; &quot;allies&quot;"), std::string::npos);
  EXPECT_NE(html.find("class=\"conflicting\""), std::string::npos);
}

TEST(HtmlReport, MarksReprintsAndShowsSharedPassage) {
  Report report;
  Document wire, reprint;
  wire.id = "w";
  wire.source = "Global Wire";
  wire.text = "About 10,000 people have been evacuated.";
  reprint.id = "r";
  reprint.source = "Coastal Courier";
  reprint.text = wire.text;
  report.documents = {wire, reprint};
  Story story;
  story.id = "S1";
  story.documents = {"w", "r"};
  story.sources = {"Global Wire", "Coastal Courier"};
  story.independent_sources = {"Global Wire"};
  story.shared_passages.push_back({"w", "r", {0, 40}, {0, 40}});
  report.stories.push_back(story);
  std::ostringstream out;
  WriteHtmlReport(report, out);
  const std::string html = out.str();
  EXPECT_NE(html.find("Coastal Courier</b> <i>(reprint)</i>"), std::string::npos);
  EXPECT_EQ(html.find("Global Wire</b> <i>(reprint)</i>"), std::string::npos);
  EXPECT_NE(html.find("Shared passages"), std::string::npos);
  EXPECT_NE(html.find("“About 10,000 people have been evacuated.”"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
