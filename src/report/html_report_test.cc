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

}  // namespace
}  // namespace newsgraph
