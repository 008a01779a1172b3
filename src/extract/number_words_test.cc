#include "extract/number_words.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace newsgraph {
namespace {

TEST(NumberWords, ParsesDigitsWithThousandsSeparatorsAndDecimals) {
  EXPECT_EQ(ParseNumber("10,000"), 10000);
  EXPECT_EQ(ParseNumber("3.5"), 3.5);
  EXPECT_EQ(ParseNumber("1,234,567"), 1234567);
  EXPECT_EQ(ParseNumber("192.168.1.2"), std::nullopt);
  EXPECT_EQ(ParseNumber("1,00"), std::nullopt);
}

TEST(NumberWords, SouthAsianDigitGroups) {
  EXPECT_EQ(ParseNumber("1,50,000"), 150000);
  EXPECT_EQ(ParseNumber("12,34,567.89"), 1234567.89);
  EXPECT_EQ(ParseNumber("1,00,00,000"), 1e7);
  EXPECT_EQ(ParseNumber("123,45,678"), std::nullopt) << "a first group of three is Western";
  EXPECT_EQ(ParseNumber("1,234,56,789"), std::nullopt) << "no mixing";
}

TEST(NumberWords, AppliesScaleWordsAndSuffixes) {
  EXPECT_EQ(ParseNumber("3.5 million"), 3.5e6);
  EXPECT_EQ(ParseNumber("1.2bn"), 1.2e9);
  EXPECT_EQ(ParseNumber("600m"), 600e6);
  EXPECT_EQ(ParseNumber("300k"), 300e3);
  EXPECT_EQ(ParseNumber("1,200 million"), 1.2e9);
}

TEST(NumberWords, ScaledDecimalsComeOutAsWritten) {
  // In binary 8.2 * 1e9 is 8199999999.999999, which a report would print.
  EXPECT_EQ(ParseNumber("8.2bn"), 8200000000.0);
  EXPECT_EQ(ParseNumber("8.2 billion"), 8200000000.0);
  EXPECT_EQ(ParseNumber("4.35 million"), 4350000.0);
  EXPECT_EQ(ParseNumber("1.15tn"), 1150000000000.0);
  EXPECT_EQ(ParseNumber("0.3"), 0.3) << "not 0.30000000000000004";
  EXPECT_EQ(ParseNumber("0.30"), 0.3);
  EXPECT_EQ(ParseNumber("510.75"), 510.75);
}

TEST(NumberWords, ParsesSpelledOutCompounds) {
  EXPECT_EQ(ParseNumber("twenty-five"), 25);
  EXPECT_EQ(ParseNumber("two hundred and fifty thousand"), 250000);
  EXPECT_EQ(ParseNumber("one million two hundred thousand"), 1.2e6);
  EXPECT_EQ(ParseNumber("two dozen"), 24);
  EXPECT_EQ(ParseNumber("a dozen"), 12);
  EXPECT_EQ(ParseNumber("a hundred"), 100);
  EXPECT_EQ(ParseNumber("Nineteen"), 19);
}

TEST(NumberWords, WireScaleAbbreviationsFollowSpelledOutNumbers) {
  EXPECT_EQ(ParseNumber("three mln"), 3e6);
  EXPECT_EQ(ParseNumber("four hundred mln"), 4e8);
  EXPECT_EQ(ParseNumber("twenty bn"), 2e10);
  EXPECT_EQ(ParseNumber("two thousand mln"), std::nullopt) << "one scale per number";
}

TEST(NumberWords, ParsesFractions) {
  EXPECT_EQ(ParseNumber("half"), 0.5);
  EXPECT_NEAR(*ParseNumber("a third"), 1.0 / 3, 1e-12);
  EXPECT_NEAR(*ParseNumber("two thirds"), 2.0 / 3, 1e-12);
  EXPECT_EQ(ParseNumber("three quarters"), 0.75);
  EXPECT_EQ(ParseNumber("one and a half"), 1.5);
  EXPECT_EQ(ParseNumber("half a million"), 5e5);
  EXPECT_EQ(ParseNumber("half a dozen"), 6);
  EXPECT_EQ(ParseNumber("a half-dozen"), 6);
  EXPECT_EQ(ParseNumber("a quarter of a million"), 2.5e5);
  EXPECT_EQ(ParseNumber("three quarters of a billion"), 7.5e8);
  EXPECT_EQ(ParseNumber("a quarter of a century"), std::nullopt);
}

// "of" after a fraction counts only with "a" and a scale after it.
TEST(NumberWords, FractionOfTheWholeKeepsTheFractionAlone) {
  NumberBuilder b;
  for (std::string_view w : {"a", "quarter", "of"}) EXPECT_TRUE(b.Feed(w));
  EXPECT_FALSE(b.Feed("the"));
  EXPECT_EQ(b.committed(), 2);
  EXPECT_EQ(b.value(), 0.25);
}

TEST(NumberWords, ParsesSpaceGroupedDigitsAndWrittenFractions) {
  EXPECT_EQ(ParseNumber("1 234 567"), 1234567);
  EXPECT_EQ(ParseNumber("40\u202f000"), 40000);
  EXPECT_EQ(ParseNumber("2 1/4"), 2.25);
  EXPECT_EQ(ParseNumber("\u00bd"), 0.5);
  EXPECT_EQ(ParseNumber("-1"), -1);
  EXPECT_EQ(ParseNumber("minus 5"), -5);
  EXPECT_EQ(ParseNumber("nine point nought four"), 9.04);
}

TEST(NumberWords, RejectsWhatIsNotOneNumber) {
  EXPECT_EQ(ParseNumber("a"), std::nullopt);
  EXPECT_EQ(ParseNumber("and"), std::nullopt);
  EXPECT_EQ(ParseNumber("twenty and"), std::nullopt);
  EXPECT_EQ(ParseNumber("third"), std::nullopt);  // an ordinal, not a fraction
  EXPECT_EQ(ParseNumber("3rd"), std::nullopt);
  EXPECT_EQ(ParseNumber("million thousand"), std::nullopt);
  EXPECT_EQ(ParseNumber("5 7"), std::nullopt);
}

TEST(NumberWords, BuilderCommitsOnlyWordsThatBelongToTheNumber) {
  NumberBuilder b;
  EXPECT_TRUE(b.Feed("three"));
  EXPECT_TRUE(b.Feed("hundred"));
  EXPECT_TRUE(b.Feed("and"));  // tentative
  EXPECT_FALSE(b.Feed("troops"));
  EXPECT_EQ(b.committed(), 2);
  EXPECT_EQ(b.value(), 300);
  EXPECT_TRUE(b.scaled());
}

std::filesystem::path SharedDir() {
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  return env != nullptr ? env : "/work/shared";
}

// Recognizers-Text number specs: every expected result whose text is a plain
// number (no ordinals, no ranges) is parsed on its own and compared with the
// resolved value.
TEST(NumberWords, RecognizersNumberSpecsPassRate) {
  const auto path = SharedDir() / "data/normalization/Number/English/NumberModel.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent; the spec-driven test needs ../shared";
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);  // some spec files start with a BOM
  nlohmann::json cases = nlohmann::json::parse(content);
  int total = 0, passed = 0;
  for (const auto& c : cases) {
    for (const auto& r : c["Results"]) {
      if (r.value("TypeName", "") != "number") continue;
      const auto& res = r["Resolution"];
      if (!res.contains("value") || !res["value"].is_string()) continue;
      char* end = nullptr;
      std::string expected_text = res["value"];
      double expected = std::strtod(expected_text.c_str(), &end);
      if (end == expected_text.c_str()) continue;
      ++total;
      std::optional<double> got = ParseNumber(r["Text"].get<std::string>());
      if (got && std::fabs(*got - expected) <= 1e-6 * std::max(1.0, std::fabs(expected))) ++passed;
    }
  }
  double rate = total > 0 ? static_cast<double>(passed) / total : 0;
  RecordProperty("pass_rate", std::to_string(rate));
  std::printf("NumberModel.json: %d/%d plain numbers parsed (%.1f%%)\n", passed, total, 100 * rate);
  EXPECT_GE(rate, 0.60);  // measured 161/259 (62.2%); raise it as the parser improves
}

}  // namespace
}  // namespace newsgraph
