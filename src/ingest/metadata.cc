#include "ingest/metadata.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/ascii.h"

namespace newsgraph::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(text[i]) != prefix[i]) return false;
  }
  return true;
}

// A little cursor over the text with the pieces dates are made of.
class Cursor {
 public:
  Cursor(std::string_view text, size_t pos) : s_(text), i_(pos) {}
  size_t pos() const { return i_; }
  bool AtEnd() const { return i_ >= s_.size(); }

  void SkipSpaces() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  bool Skip(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  // Up to `max_digits` digits (at least one); nullopt otherwise.
  std::optional<int> Number(int max_digits) {
    int value = 0, n = 0;
    while (i_ < s_.size() && IsDigit(s_[i_]) && n < max_digits) value = value * 10 + (s_[i_++] - '0'), ++n;
    if (n == 0 || (i_ < s_.size() && IsDigit(s_[i_]))) return std::nullopt;
    return value;
  }
  std::optional<int> Year() {
    const size_t start = i_;
    std::optional<int> year = Number(4);
    if (!year || i_ - start != 4) return std::nullopt;
    return year;
  }
  // "October", "Oct", "Oct.", "Sept." -> 1..12.
  std::optional<int> Month() {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    const size_t start = i_;
    while (i_ < s_.size() && IsAlpha(s_[i_])) ++i_;
    const std::string_view word = s_.substr(start, i_ - start);
    if (word.size() < 3) return Fail(start);
    const std::string lower = AsciiLower(word);
    for (size_t m = 0; m < kMonths.size(); ++m) {
      const bool full = lower == kMonths[m];
      const bool abbreviated = (lower.size() == 3 || lower == "sept") && kMonths[m].substr(0, lower.size()) == lower;
      if (full || abbreviated) {
        if (abbreviated) Skip('.');
        return static_cast<int>(m) + 1;
      }
    }
    return Fail(start);
  }
  // "Monday", "Mon", "Tue." and the comma after it, if present.
  void SkipWeekday() {
    static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                              "friday", "saturday", "sunday"};
    const size_t start = i_;
    while (i_ < s_.size() && IsAlpha(s_[i_])) ++i_;
    const std::string word = AsciiLower(s_.substr(start, i_ - start));
    for (std::string_view day : kDays) {
      if (word.size() >= 3 && day.substr(0, word.size()) == word) {
        Skip('.');
        SkipSpaces();
        Skip(',');
        SkipSpaces();
        return;
      }
    }
    i_ = start;
  }
  // "28", "28th", "1st".
  std::optional<int> Day() {
    std::optional<int> day = Number(2);
    if (!day) return std::nullopt;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (StartsWithNoCase(s_.substr(i_), suffix) && (i_ + 2 >= s_.size() || !IsAlpha(s_[i_ + 2]))) {
        i_ += 2;
        break;
      }
    }
    return day;
  }

 private:
  std::optional<int> Fail(size_t start) {
    i_ = start;
    return std::nullopt;
  }

  std::string_view s_;
  size_t i_;
};

std::optional<Date> Valid(int year, int month, int day) {
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

// A date starting exactly at `pos`; sets *end past it.
std::optional<Date> ParseDateAt(std::string_view text, size_t pos, size_t* end) {
  Cursor c(text, pos);
  c.SkipWeekday();
  const size_t start = c.pos();
  std::optional<Date> date;
  if (c.AtEnd()) return std::nullopt;
  if (IsDigit(text[start])) {
    // 2024-10-29, 2024/10/29 or 29 October 2024.
    if (std::optional<int> year = c.Year(); year && (c.Skip('-') || c.Skip('/'))) {
      const std::optional<int> month = c.Number(2);
      if (month && (c.Skip('-') || c.Skip('/'))) {
        if (std::optional<int> day = c.Number(2)) date = Valid(*year, *month, *day);
      }
    } else {
      Cursor d(text, start);
      const std::optional<int> day = d.Day();
      d.SkipSpaces();
      const std::optional<int> month = day ? d.Month() : std::nullopt;
      d.SkipSpaces();
      d.Skip(',');
      d.SkipSpaces();
      const std::optional<int> year2 = month ? d.Year() : std::nullopt;
      if (year2) date = Valid(*year2, *month, *day);
      c = d;
    }
  } else {
    // October 29, 2024 / Oct. 29 2024.
    const std::optional<int> month = c.Month();
    c.SkipSpaces();
    const std::optional<int> day = month ? c.Day() : std::nullopt;
    c.SkipSpaces();
    c.Skip(',');
    c.SkipSpaces();
    const std::optional<int> year = day ? c.Year() : std::nullopt;
    if (year) date = Valid(*year, *month, *day);
  }
  if (date && end != nullptr) *end = c.pos();
  return date;
}

bool IsWordStart(std::string_view text, size_t i) {
  return i == 0 || !(IsAlpha(text[i - 1]) || IsDigit(text[i - 1]));
}

std::optional<FoundDate> FirstFullDate(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!(IsDigit(c) || (c >= 'A' && c <= 'Z')) || !IsWordStart(text, i)) continue;
    size_t end = 0;
    if (std::optional<Date> date = ParseDateAt(text, i, &end)) {
      return FoundDate{*date, Span{static_cast<uint32_t>(i), static_cast<uint32_t>(end)}};
    }
  }
  return std::nullopt;
}

// "Monday (October 28, 2024)", "on Tuesday, Oct. 29, 2024": a date given
// with its weekday is the day of the news, not a deadline or a date in
// history further down the article.
bool NamesWeekday(std::string_view text, Span date) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  auto is_weekday = [](std::string_view word) {
    return std::any_of(std::begin(kDays), std::end(kDays), [&](std::string_view day) {
      return word.size() == day.size() && StartsWithNoCase(word, day);
    });
  };
  // The date may open with it ("Tuesday, Oct. 29, 2024") or follow it.
  size_t end = date.begin;
  while (end < date.end && IsAlpha(text[end])) ++end;
  if (is_weekday(text.substr(date.begin, end - date.begin))) return true;
  end = date.begin;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '(' || text[end - 1] == ',')) --end;
  size_t start = end;
  while (start > 0 && IsAlpha(text[start - 1])) --start;
  return is_weekday(text.substr(start, end - start));
}

// Whether the text writes a year after `year` (a four-digit number from 1800
// to 2199 standing alone, not an amount): then a full date in it is history
// ("a meeting on 15 December, 1953" in a report on an appeal filed in 1999),
// not when the article was written.
bool WritesYearAfter(std::string_view text, int year) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || !IsWordStart(text, i)) continue;
    const std::string_view before = text.substr(0, i);
    if (before.ends_with('$') || before.ends_with('.') || before.ends_with(',') || before.ends_with("\u00a3") ||
        before.ends_with("\u20ac") || before.ends_with("\u00a5"))
      continue;  // an amount ("$2010", "£2000") or part of one ("1.2010")
    size_t end = i;
    int value = 0;
    while (end < text.size() && IsDigit(text[end]) && end - i < 5) value = value * 10 + (text[end++] - '0');
    const bool alone = end - i == 4 && (end == text.size() || !(IsAlpha(text[end]) || IsDigit(text[end]) ||
                                                               (text[end] == ',' && end + 1 < text.size() &&
                                                                IsDigit(text[end + 1]))));
    if (alone && value >= 1800 && value < 2200 && value > year) return true;
    i = end;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Up to `max_words` capitalised words ending just before `end`: the outlet
// in "ABC News' Jane Doe contributed". Stops at a sentence boundary.
std::string CapitalisedWordsBefore(std::string_view text, size_t end, int max_words) {
  size_t begin = end;
  int words = 0;
  size_t i = end;
  while (i > 0 && words < max_words) {
    while (i > 0 && text[i - 1] == ' ') --i;
    size_t word_end = i;
    while (i > 0 && (IsAlpha(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '&' || IsDigit(text[i - 1]))) --i;
    if (i == word_end) break;
    const std::string_view word = text.substr(i, word_end - i);
    const bool connective = word == "of" || word == "the" || word == "and";
    if (!(std::isupper(static_cast<unsigned char>(word[0])) || connective)) break;
    begin = i;
    ++words;
  }
  std::string_view found = Trim(text.substr(begin, end - begin));
  while (found.substr(0, 4) == "the " || found.substr(0, 4) == "and ") found.remove_prefix(4);
  return std::string(found);
}

// The capitalised words just after `begin` ("The Associated Press").
std::string CapitalisedWordsAfter(std::string_view text, size_t begin, int max_words) {
  size_t i = begin;
  size_t end = begin;
  int words = 0;
  while (i < text.size() && words < max_words) {
    while (i < text.size() && text[i] == ' ') ++i;
    const size_t word_begin = i;
    while (i < text.size() && (IsAlpha(text[i]) || IsDigit(text[i]) || text[i] == '&' || text[i] == '.')) ++i;
    std::string_view word = text.substr(word_begin, i - word_begin);
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.empty()) break;
    const bool connective = word == "of" || word == "and";
    if (!(std::isupper(static_cast<unsigned char>(word[0])) || connective)) break;
    end = word_begin + word.size();
    ++words;
  }
  return std::string(Trim(text.substr(begin, end - begin)));
}

}  // namespace

std::optional<Date> ParseLooseDate(std::string_view text) {
  text = Trim(text);
  // RFC 2822 dates in feeds put the weekday first, then "29 Oct 2024".
  return ParseDateAt(text, 0, nullptr);
}

std::optional<FoundDate> FindDateInText(std::string_view text) {
  const size_t first_paragraph_end = std::min(text.find("\n\n"), text.size());
  for (size_t from = 0; from < text.size();) {
    std::optional<FoundDate> found = FirstFullDate(text.substr(from));
    if (!found) return std::nullopt;
    found->span = {static_cast<uint32_t>(found->span.begin + from), static_cast<uint32_t>(found->span.end + from)};
    if (NamesWeekday(text, found->span)) return found;
    if (found->span.begin < first_paragraph_end && !WritesYearAfter(text, found->date.year)) return found;
    from = found->span.end;
  }
  return std::nullopt;
}

std::optional<FoundDate> FindDatelineDate(std::string_view text) {
  std::string_view head = text.substr(0, 200);
  // A dateline is the opening of the first paragraph, up to its dash.
  head = head.substr(0, head.find('\n'));
  for (std::string_view dash : {"\u2014", "\u2013", " -- ", " - "}) {
    const size_t at = head.find(dash);
    if (at != std::string_view::npos) head = head.substr(0, at);
  }
  // Datelines open with the place in capitals: "VALENCIA, Spain".
  size_t caps = 0;
  while (caps < head.size() && (std::isupper(static_cast<unsigned char>(head[caps])) || head[caps] == ' ')) ++caps;
  if (caps < 3 || (caps < head.size() && head[caps] != ',' && head[caps] != ' ')) return std::nullopt;
  return FirstFullDate(head);
}

std::string SourceFromUrl(std::string_view url) {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  std::string_view host = url.substr(start);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const size_t at = host.find('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  host = host.substr(0, host.find(':'));
  if (host.substr(0, 4) == "www.") host.remove_prefix(4);
  return AsciiLower(host);
}

std::string SourceFromCredits(std::string_view text) {
  // Dateline credit: "VALENCIA, Spain (Global Wire) — ...".
  {
    const std::string_view head = text.substr(0, std::min<size_t>(text.find('\n'), 200));
    const size_t open = head.find(" (");
    const size_t close = open == std::string_view::npos ? open : head.find(')', open);
    if (close != std::string_view::npos) {
      const std::string_view after = Trim(head.substr(close + 1));
      const bool dash_follows = after.substr(0, 3) == "\u2014" || after.substr(0, 3) == "\u2013" ||
                                after.substr(0, 1) == "-";
      const std::string_view inside = Trim(head.substr(open + 2, close - open - 2));
      if (dash_follows && !inside.empty() && std::isupper(static_cast<unsigned char>(inside[0])) &&
          inside.size() <= 60) {
        return std::string(inside);
      }
    }
  }
  // "Information from The Associated Press was used in this report."
  if (size_t at = text.rfind("Information from "); at != std::string_view::npos) {
    std::string outlet = CapitalisedWordsAfter(text, at + 17, 6);
    if (!outlet.empty() && text.find(" was used in this report", at) != std::string_view::npos) return outlet;
  }
  // "ABC News' Jane Doe contributed to this report."
  if (size_t at = text.rfind("contributed to this report"); at != std::string_view::npos) {
    const size_t sentence = text.find_last_of(".\n", at);
    const size_t begin = sentence == std::string_view::npos ? 0 : sentence + 1;
    const std::string_view credit = text.substr(begin, at - begin);
    for (std::string_view apostrophe : {"' ", "'s ", "\u2019 ", "\u2019s "}) {
      const size_t possessive = credit.find(apostrophe);
      if (possessive != std::string_view::npos) {
        std::string outlet = CapitalisedWordsBefore(credit, possessive, 5);
        if (!outlet.empty()) return outlet;
      }
    }
  }
  return "";
}

}  // namespace newsgraph::ingest
