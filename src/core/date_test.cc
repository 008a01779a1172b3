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

TEST(DateTest, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(ParseIsoDate("2024-10-29"), (Date{2024, 10, 29}));
  EXPECT_EQ(ParseIsoDate("2024-10-29T08:00:00Z"), (Date{2024, 10, 29}));
  EXPECT_FALSE(ParseIsoDate("2024-02-30"));
  EXPECT_FALSE(ParseIsoDate("29/10/2024"));
  EXPECT_FALSE(ParseIsoDate("2024-10-2"));
}

}  // namespace
}  // namespace newsgraph
