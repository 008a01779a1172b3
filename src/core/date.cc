#include "core/date.h"

#include <algorithm>
#include <cstdio>

namespace newsgraph {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every
// proleptic Gregorian date, no tables, no time zone.
int DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int Date::ToDays() const { return DaysFromCivil(year, month, day); }

Date Date::FromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int days = ToDays();
  return ((days % 7) + 7 + 3) % 7;
}

int Date::IsoWeek(int* iso_year) const {
  // The ISO week belongs to the year that holds its Thursday.
  const Date thursday = AddDays(3 - Weekday());
  if (iso_year) *iso_year = thursday.year;
  const int jan1 = Date{thursday.year, 1, 1}.ToDays();
  return (thursday.ToDays() - jan1) / 7 + 1;
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int* out) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (!digits(0, 4, &d.year) || !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) return std::nullopt;
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::optional<Date> FirstDayOf(std::string_view timex) {
  if (auto date = ParseIsoDate(timex.substr(0, std::min<size_t>(timex.size(), 10)))) return date;
  const std::string value(timex);
  int year = 0, number = 0;
  char kind = 0;
  const int fields = std::sscanf(value.c_str(), "%4d-%c%d", &year, &kind, &number);
  if (fields == 3 && kind == 'W' && number >= 1 && number <= 53) {
    const Date jan4{year, 1, 4};  // ISO week 1 holds January 4th
    return Date::FromDays(jan4.ToDays() - jan4.Weekday() + 7 * (number - 1));
  }
  if (fields == 3 && kind == 'Q' && number >= 1 && number <= 4) return Date{year, 3 * (number - 1) + 1, 1};
  if (std::sscanf(value.c_str(), "%4d-%2d", &year, &number) == 2 && IsValidDate(year, number, 1))
    return Date{year, number, 1};
  // "2024", and the year of values vague within it ("2024-WXX", "2024-SU").
  if (value.size() >= 4 && std::all_of(value.begin(), value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
      (value.size() == 4 || value[4] == '-') && std::sscanf(value.c_str(), "%4d", &year) == 1)
    return Date{year, 1, 1};
  return std::nullopt;
}

}  // namespace newsgraph
