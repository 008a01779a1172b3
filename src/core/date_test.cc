#include "core/date.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

TEST(DateTest, RoundTripsThroughDayNumbers) {
  for (int days = -1000; days < 30000; days += 37) {
    EXPECT_EQ(Date::FromDays(days).ToDays(), days);
  }
  EXPECT_EQ(Date::FromDays(0), (Date{1970, 1, 1}));
}

TEST(DateTest, KnowsWeekdaysOfNewsDates) {
  EXPECT_EQ((Date{2024, 10, 28}).Weekday(), 0);  // a Monday
  EXPECT_EQ((Date{2024, 11, 3}).Weekday(), 6);   // a Sunday
}

TEST(DateTest, IsoWeekBelongsToTheYearOfItsThursday) {
  int year = 0;
  EXPECT_EQ((Date{2024, 10, 22}).IsoWeek(&year), 43);
  EXPECT_EQ(year, 2024);
  EXPECT_EQ((Date{2021, 1, 1}).IsoWeek(&year), 53);
  EXPECT_EQ(year, 2020);
}

TEST(DateTest, FirstDayOfEachKindOfTimexPeriod) {
  auto first = [](const char* timex) {
    const auto day = FirstDayOf(timex);
    return day ? day->ToString() : std::string("none");
  };
  EXPECT_EQ(first("2024-10-28"), "2024-10-28");
  EXPECT_EQ(first("2024-10-28TNI"), "2024-10-28");
  EXPECT_EQ(first("2024-W43"), "2024-10-21");  // a Monday
  EXPECT_EQ(first("2024-10"), "2024-10-01");
  EXPECT_EQ(first("2024-Q4"), "2024-10-01");
  EXPECT_EQ(first("2024"), "2024-01-01");
  EXPECT_EQ(first("2024-WXX"), "2024-01-01");
  EXPECT_EQ(first("PAST_REF"), "none");
  EXPECT_EQ(first("P3Y"), "none");
  EXPECT_EQ(first(""), "none");
}

TEST(DateTest, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(ParseIsoDate("2024-10-29"), (Date{2024, 10, 29}));
  EXPECT_EQ(ParseIsoDate("2024-10-29T08:00:00Z"), (Date{2024, 10, 29}));
  EXPECT_FALSE(ParseIsoDate("2024-02-30"));
  EXPECT_FALSE(ParseIsoDate("29/10/2024"));
  EXPECT_FALSE(ParseIsoDate("2024-10-2"));
}

}  // namespace
}  // namespace newsgraph
