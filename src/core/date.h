// Calendar dates without time zones, as news reports them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Days since 1970-01-01 (proleptic Gregorian); handy for differences.
  int ToDays() const;
  static Date FromDays(int days);
  // 0 = Monday ... 6 = Sunday, as ISO 8601 counts.
  int Weekday() const;
  // ISO 8601 week: sets *iso_year to the week-numbering year.
  int IsoWeek(int* iso_year) const;
  Date AddDays(int n) const { return FromDays(ToDays() + n); }
  // "2024-10-28".
  std::string ToString() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool IsValidDate(int year, int month, int day);
int DaysInMonth(int year, int month);

// Parses "YYYY-MM-DD" exactly (also accepts a trailing "T..." time part,
// which is ignored). Returns nullopt for anything else or an impossible date.
std::optional<Date> ParseIsoDate(std::string_view text);

// The first day a TIMEX3 date value covers: "2024-10-28", "2024-W43" (its
// Monday), "2024-10", "2024-Q4", "2024" and "2024-WXX" (January 1st).
// Nullopt for values that name no calendar period ("PAST_REF", "PXY", "").
std::optional<Date> FirstDayOf(std::string_view timex);

}  // namespace newsgraph
