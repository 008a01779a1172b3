#include "extract/number_words.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include <utility>

#include "core/ascii.h"

namespace newsgraph {
namespace {

enum class WordKind { kUnit, kTeen, kTens, kHundred, kDozen, kScale, kDenominator };
struct NumberWord {
  std::string_view text;
  double value;
  WordKind kind;
};

// Every number word the builder knows; fractions are denominators ("third" of
// "two thirds"). "second" is left out: "a second" is almost always time.
constexpr std::array kNumberWords = {
    NumberWord{"zero", 0, WordKind::kUnit},       NumberWord{"nought", 0, WordKind::kUnit},
    NumberWord{"naught", 0, WordKind::kUnit},     NumberWord{"one", 1, WordKind::kUnit},
    NumberWord{"two", 2, WordKind::kUnit},        NumberWord{"three", 3, WordKind::kUnit},
    NumberWord{"four", 4, WordKind::kUnit},       NumberWord{"five", 5, WordKind::kUnit},
    NumberWord{"six", 6, WordKind::kUnit},        NumberWord{"seven", 7, WordKind::kUnit},
    NumberWord{"eight", 8, WordKind::kUnit},      NumberWord{"nine", 9, WordKind::kUnit},
    NumberWord{"ten", 10, WordKind::kTeen},       NumberWord{"eleven", 11, WordKind::kTeen},
    NumberWord{"twelve", 12, WordKind::kTeen},    NumberWord{"thirteen", 13, WordKind::kTeen},
    NumberWord{"fourteen", 14, WordKind::kTeen},  NumberWord{"fifteen", 15, WordKind::kTeen},
    NumberWord{"sixteen", 16, WordKind::kTeen},   NumberWord{"seventeen", 17, WordKind::kTeen},
    NumberWord{"eighteen", 18, WordKind::kTeen},  NumberWord{"nineteen", 19, WordKind::kTeen},
    NumberWord{"twenty", 20, WordKind::kTens},    NumberWord{"thirty", 30, WordKind::kTens},
    NumberWord{"forty", 40, WordKind::kTens},     NumberWord{"fifty", 50, WordKind::kTens},
    NumberWord{"sixty", 60, WordKind::kTens},     NumberWord{"seventy", 70, WordKind::kTens},
    NumberWord{"eighty", 80, WordKind::kTens},    NumberWord{"ninety", 90, WordKind::kTens},
    NumberWord{"hundred", 100, WordKind::kHundred}, NumberWord{"dozen", 12, WordKind::kDozen},
    NumberWord{"dozens", 12, WordKind::kDozen},
    NumberWord{"thousand", 1e3, WordKind::kScale}, NumberWord{"million", 1e6, WordKind::kScale},
    NumberWord{"billion", 1e9, WordKind::kScale}, NumberWord{"trillion", 1e12, WordKind::kScale},
    // South Asian copy counts in lakhs and crores: "35 lakh rupees", "Rs 500 crore".
    NumberWord{"lakh", 1e5, WordKind::kScale},    NumberWord{"lakhs", 1e5, WordKind::kScale},
    NumberWord{"crore", 1e7, WordKind::kScale},   NumberWord{"crores", 1e7, WordKind::kScale},
    NumberWord{"half", 2, WordKind::kDenominator},    NumberWord{"halves", 2, WordKind::kDenominator},
    NumberWord{"third", 3, WordKind::kDenominator},   NumberWord{"thirds", 3, WordKind::kDenominator},
    NumberWord{"quarter", 4, WordKind::kDenominator}, NumberWord{"quarters", 4, WordKind::kDenominator},
    NumberWord{"fourth", 4, WordKind::kDenominator},  NumberWord{"fourths", 4, WordKind::kDenominator},
    NumberWord{"fifth", 5, WordKind::kDenominator},   NumberWord{"fifths", 5, WordKind::kDenominator},
    NumberWord{"sixth", 6, WordKind::kDenominator},   NumberWord{"sixths", 6, WordKind::kDenominator},
    NumberWord{"seventh", 7, WordKind::kDenominator}, NumberWord{"sevenths", 7, WordKind::kDenominator},
    NumberWord{"eighth", 8, WordKind::kDenominator},  NumberWord{"eighths", 8, WordKind::kDenominator},
    NumberWord{"ninth", 9, WordKind::kDenominator},   NumberWord{"ninths", 9, WordKind::kDenominator},
    NumberWord{"tenth", 10, WordKind::kDenominator},  NumberWord{"tenths", 10, WordKind::kDenominator},
    NumberWord{"hundredth", 100, WordKind::kDenominator}, NumberWord{"hundredths", 100, WordKind::kDenominator},
    NumberWord{"thousandth", 1e3, WordKind::kDenominator}, NumberWord{"thousandths", 1e3, WordKind::kDenominator},
};

// Scale suffixes glued to digits in headlines and business copy: "$5m", "1.2bn".
struct ScaleSuffix {
  std::string_view text;
  double scale;
};
constexpr std::array kScaleSuffixes = {
    ScaleSuffix{"k", 1e3},  ScaleSuffix{"m", 1e6},  ScaleSuffix{"mn", 1e6}, ScaleSuffix{"mln", 1e6},
    ScaleSuffix{"b", 1e9},  ScaleSuffix{"bn", 1e9}, ScaleSuffix{"bln", 1e9}, ScaleSuffix{"tn", 1e12},
    ScaleSuffix{"trn", 1e12}, ScaleSuffix{"mil", 1e6}, ScaleSuffix{"tln", 1e12},
};
// The scale abbreviations that may also stand as their own word after a
// number ("2.33 k", "10 tln", "three mln"); "m" and "b" alone are too often
// metres or letters.
constexpr std::array kScaleWordsAfterDigits = {
    std::string_view("k"), std::string_view("mn"), std::string_view("mln"), std::string_view("bn"),
    std::string_view("tn"), std::string_view("mil"), std::string_view("tln"),
};

// kNumberWords sorted by text, for binary search: this runs on every word of
// every article.
constexpr auto kSortedNumberWords = [] {
  auto sorted = kNumberWords;
  std::sort(sorted.begin(), sorted.end(), [](const NumberWord& a, const NumberWord& b) { return a.text < b.text; });
  return sorted;
}();
constexpr size_t kLongestNumberWord = 11;  // "thousandths"

// [begin, end) of kSortedNumberWords per first letter, so a lookup compares
// only the few words that share it.
constexpr auto kFirstLetterRanges = [] {
  std::array<std::pair<uint8_t, uint8_t>, 26> ranges{};
  for (size_t i = 0; i < kSortedNumberWords.size(); ++i) {
    auto& r = ranges[kSortedNumberWords[i].text[0] - 'a'];
    if (r.first == r.second) r.first = static_cast<uint8_t>(i);
    r.second = static_cast<uint8_t>(i + 1);
  }
  return ranges;
}();

// Per first letter, a bit for each (length, last letter) some number word
// has: almost every word of an article is turned away by one load.
constexpr auto kShapes = [] {
  std::array<std::array<uint32_t, kLongestNumberWord + 1>, 26> shapes{};
  for (const NumberWord& w : kNumberWords) shapes[w.text.front() - 'a'][w.text.size()] |= 1u << (w.text.back() - 'a');
  return shapes;
}();

const NumberWord* FindNumberWord(std::string_view word) {
  if (word.size() < 3 || word.size() > kLongestNumberWord) return nullptr;
  const char first = static_cast<char>(word[0] | 0x20), last = static_cast<char>(word.back() | 0x20);
  if (first < 'a' || first > 'z' || last < 'a' || last > 'z') return nullptr;
  if ((kShapes[first - 'a'][word.size()] >> (last - 'a') & 1) == 0) return nullptr;
  const auto [begin, end] = kFirstLetterRanges[first - 'a'];
  for (size_t i = begin; i < end; ++i) {
    if (kSortedNumberWords[i].text.size() == word.size() && EqualsIgnoreCase(word, kSortedNumberWords[i].text))
      return &kSortedNumberWords[i];
  }
  return nullptr;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool IsNumberWord(std::string_view word) { return FindNumberWord(word) != nullptr; }

std::optional<double> ScaleWordValue(std::string_view word) {
  const NumberWord* w = FindNumberWord(word);
  if (w == nullptr || !(w->kind == WordKind::kHundred || w->kind == WordKind::kScale || w->kind == WordKind::kDozen) ||
      word.back() == 's' || word.back() == 'S')
    return std::nullopt;
  return w->value;
}

std::optional<DigitNumber> ParseDigitToken(std::string_view token) {
  DigitNumber out;
  size_t i = 0;
  double integer = 0;
  int group_digits = 0;  // digits since the last comma
  bool seen_comma = false, seen_digit = false;
  // Groups between commas: three digits ("1,234,567"), or in South Asian
  // copy two after a first of one or two ("12,34,567", "1,50,000").
  bool thousands = true, lakhs = true;
  for (; i < token.size(); ++i) {
    char c = token[i];
    if (IsDigit(c)) {
      integer = integer * 10 + (c - '0');
      ++group_digits;
      seen_digit = true;
    } else if (c == ',' && seen_digit && i + 1 < token.size() && IsDigit(token[i + 1])) {
      thousands = thousands && (seen_comma ? group_digits == 3 : group_digits <= 3);
      lakhs = lakhs && (seen_comma ? group_digits == 2 : group_digits <= 2);
      if (!thousands && !lakhs) return std::nullopt;
      seen_comma = true;
      group_digits = 0;
    } else {
      break;
    }
  }
  if (seen_comma && group_digits != 3) return std::nullopt;
  // All digits as one integer divided once by a power of ten: "0.3" is
  // then the double nearest 0.3, where adding 3 * 0.1 gave 0.30000000000000004.
  double decimals = 0, places = 1;
  if (i + 1 < token.size() && token[i] == '.' && IsDigit(token[i + 1])) {
    for (++i; i < token.size() && IsDigit(token[i]); ++i, places *= 10) decimals = decimals * 10 + (token[i] - '0');
    // A second dot means a version number or an address, never a quantity.
    if (i < token.size() && (token[i] == '.' || token[i] == ',') && i + 1 < token.size() && IsDigit(token[i + 1]))
      return std::nullopt;
  }
  if (!seen_digit && decimals == 0) return std::nullopt;
  out.value = (integer * places + decimals) / places;
  out.has_separator = seen_comma;
  out.suffix = token.substr(i);
  if (std::optional<double> scale = ScaleSuffixValue(out.suffix)) {
    out.value = ScaleBy(out.value, *scale);
    out.suffix = {};
  }
  return out;
}

double ScaleBy(double value, double scale) {
  // A whole product under 10^15 prints to 15 digits as itself: the round
  // trip below would give it back unchanged ("5 mln", most figures).
  const double product = value * scale;
  if (product == std::floor(product) && std::abs(product) < 1e15) return product;
  // Printing to 15 digits and reading back rounds to the nearest decimal of
  // that precision, which a double holds exactly enough to print as written.
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.15g", product);
  return std::strtod(digits, nullptr);
}

std::optional<double> ScaleSuffixValue(std::string_view word) {
  for (const ScaleSuffix& s : kScaleSuffixes) {
    if (EqualsIgnoreCase(word, s.text)) return s.scale;
  }
  return std::nullopt;
}

bool NumberBuilder::Feed(std::string_view word) {
  // "twenty-five", "one-third": each part must continue the number.
  size_t hyphen = word.find('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && !IsDigit(word[0])) {
    NumberBuilder saved = *this;
    std::string_view rest = word;
    while (!rest.empty()) {
      size_t h = rest.find('-');
      if (!FeedOne(rest.substr(0, h)) || pending_a_ || pending_and_) {
        *this = saved;
        return false;
      }
      rest = h == std::string_view::npos ? std::string_view() : rest.substr(h + 1);
    }
    fed_words_ = saved.fed_words_ + 1;
    Commit();
    return true;
  }
  if (!FeedOne(word)) return false;
  ++fed_words_;
  if (!pending_a_ && !pending_and_ && !pending_point_ && !pending_sign_ && !pending_of_) Commit();
  return true;
}

void NumberBuilder::Commit() {
  committed_words_ = fed_words_;
  committed_value_ = sign_ * (total_ + current_);
  committed_scaled_ = scaled_;
}

std::optional<double> NumberBuilder::value() const {
  if (committed_words_ == 0) return std::nullopt;
  return committed_value_;
}

bool NumberBuilder::FeedOne(std::string_view word) {
  if (word.empty()) return false;
  if (pending_sign_ && IsDigit(word[0])) pending_sign_ = false;
  if (IsDigit(word[0]) || (word[0] == '.' && word.size() > 1)) {
    // First, or the rest after a scale: "4 thousand 3 hundred", "3 hundred and 21".
    const bool rest = last_ == Last::kScale || last_ == Last::kHundred;
    if ((last_ != Last::kNone && !rest) || pending_a_ || in_decimals_) return false;
    std::optional<DigitNumber> d = ParseDigitToken(word);
    if (!d || !d->suffix.empty()) return false;
    if (rest) {
      current_ += d->value;
    } else {
      scaled_ = word.find_first_of("kmbtKMBT") != std::string_view::npos;
      current_ = d->value;
    }
    last_ = Last::kDigits;
    return true;
  }
  // "2.33 k", and in wire copy "three mln", "four hundred mln".
  const bool scalable = last_ == Last::kDigits || last_ == Last::kUnit || last_ == Last::kTeen ||
                        last_ == Last::kTens || last_ == Last::kHundred;
  if (scalable && !pending_and_ && !pending_point_ && largest_scale_ == 0) {
    for (std::string_view s : kScaleWordsAfterDigits) {
      if (EqualsIgnoreCase(word, s)) {
        current_ = ScaleBy(current_, *ScaleSuffixValue(word));
        scaled_ = true;
        last_ = Last::kScale;
        largest_scale_ = *ScaleSuffixValue(word);
        total_ += current_;
        current_ = 0;
        return true;
      }
    }
  }
  if (last_ == Last::kNone && !pending_a_ && sign_ == 1 &&
      (EqualsIgnoreCase(word, "minus") || EqualsIgnoreCase(word, "negative"))) {
    sign_ = -1;
    pending_sign_ = true;
    return true;
  }
  // "nine point nought four", "two hundred point seventy-one": each word
  // after "point" adds its digits.
  if (EqualsIgnoreCase(word, "point")) {
    bool ok = !in_decimals_ && !pending_a_ && !pending_and_ && last_ != Last::kNone && last_ != Last::kFraction &&
              last_ != Last::kDigits;
    if (ok) pending_point_ = true;
    return ok;
  }
  if (pending_point_ || in_decimals_) {
    const NumberWord* digit = FindNumberWord(word);
    if (digit == nullptr || digit->value >= 100 ||
        !(digit->kind == WordKind::kUnit || digit->kind == WordKind::kTeen || digit->kind == WordKind::kTens))
      return false;
    if (in_decimals_ && digit->kind == WordKind::kUnit && last_ == Last::kTens && decimal_place_ != 0) {
      // "seventy-one": the unit fills the last tens' zero.
      current_ += digit->value * decimal_place_ * 10;
    } else {
      double places = digit->value >= 10 ? 100 : 10;
      current_ += digit->value * (decimal_place_ == 0 ? 1 / places : decimal_place_ / places);
      decimal_place_ = (decimal_place_ == 0 ? 1 : decimal_place_) / places;
    }
    last_ = digit->kind == WordKind::kTens ? Last::kTens : Last::kUnit;
    in_decimals_ = true;
    pending_point_ = false;
    return true;
  }
  // "a quarter of a million", "three quarters of a billion": a share of a
  // scale; "a quarter of the vote" keeps the quarter alone.
  if (EqualsIgnoreCase(word, "of")) {
    const bool ok = last_ == Last::kFraction && !pending_a_ && !pending_and_ && !pending_of_;
    if (ok) pending_of_ = true;
    return ok;
  }
  if (pending_of_ && !pending_a_ && !EqualsIgnoreCase(word, "a")) return false;
  if (EqualsIgnoreCase(word, "a") || EqualsIgnoreCase(word, "an")) {
    // "a dozen", "a third", "one and a half", "half a million".
    bool ok = (last_ == Last::kNone || pending_and_ || last_ == Last::kFraction) && !pending_a_;
    if (ok) pending_a_ = true;
    return ok;
  }
  if (EqualsIgnoreCase(word, "and")) {
    bool ok = !pending_and_ && !pending_a_ && !in_decimals_ &&
              (last_ == Last::kHundred || last_ == Last::kScale || last_ == Last::kUnit || last_ == Last::kDigits ||
               last_ == Last::kTens || last_ == Last::kFraction);
    if (ok) pending_and_ = true;
    return ok;
  }
  const NumberWord* w = FindNumberWord(word);
  if (w == nullptr) return false;
  pending_sign_ = false;
  if (pending_of_ && w->kind != WordKind::kScale) return false;
  const bool after_and = pending_and_;
  const bool after_a = pending_a_;
  switch (w->kind) {
    case WordKind::kUnit:
    case WordKind::kTeen:
    case WordKind::kTens: {
      if (after_a) return false;
      bool ok = last_ == Last::kNone || last_ == Last::kHundred || last_ == Last::kScale ||
                (w->kind == WordKind::kUnit && last_ == Last::kTens);
      if (!ok) return false;
      current_ += w->value;
      last_unit_ = w->value;
      last_ = w->kind == WordKind::kUnit ? Last::kUnit : w->kind == WordKind::kTeen ? Last::kTeen : Last::kTens;
      break;
    }
    case WordKind::kHundred:
    case WordKind::kDozen: {
      bool ok = last_ == Last::kNone || (!after_and && (last_ == Last::kUnit || last_ == Last::kTeen ||
                                                                      last_ == Last::kDigits ||
                                                                      (w->kind == WordKind::kDozen && last_ == Last::kTens)));
      // "half a dozen", "a half-dozen": six.
      ok |= w->kind == WordKind::kDozen && last_ == Last::kFraction && !after_and;
      if (!ok) return false;
      current_ = ScaleBy(current_ == 0 ? 1 : current_, w->value);
      last_ = Last::kHundred;
      scaled_ = true;
      break;
    }
    case WordKind::kScale: {
      bool ok = !after_and && (after_a || last_ == Last::kUnit || last_ == Last::kTeen || last_ == Last::kTens ||
                               last_ == Last::kHundred || last_ == Last::kDigits || last_ == Last::kFraction);
      if (!ok || (largest_scale_ != 0 && w->value >= largest_scale_)) return false;
      total_ += ScaleBy(current_ == 0 ? 1 : current_, w->value);
      current_ = 0;
      largest_scale_ = w->value;
      last_ = Last::kScale;
      scaled_ = true;
      break;
    }
    case WordKind::kDenominator: {
      // "half", "a half", "a third", "two thirds", "one and a half".
      const bool is_half = w->value == 2;
      if (after_and) {
        if (!after_a) return false;
        current_ += 1 / w->value;
      } else if (after_a || (last_ == Last::kNone && is_half)) {
        if (last_ != Last::kNone) return false;
        current_ = 1 / w->value;
      } else if (last_ == Last::kUnit) {
        // "two thirds", "twenty and three fifths": the last unit is the numerator.
        current_ = current_ - last_unit_ + last_unit_ / w->value;
      } else {
        return false;
      }
      last_ = Last::kFraction;
      break;
    }
  }
  pending_a_ = pending_and_ = pending_of_ = false;
  return true;
}

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsDigit(c); });
}

// "1/4", "3/5": a fraction written with a slash; nullopt otherwise.
std::optional<double> SlashFraction(std::string_view word) {
  size_t slash = word.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view num = word.substr(0, slash), den = word.substr(slash + 1);
  if (!AllDigits(num) || !AllDigits(den)) return std::nullopt;
  double d = ParseDigitToken(den)->value;
  if (d == 0) return std::nullopt;
  return ParseDigitToken(num)->value / d;
}

struct Glyph {
  std::string_view text;
  double value;
};
constexpr std::array kFractionGlyphs = {
    Glyph{"\xC2\xBD", 0.5},         Glyph{"\xC2\xBC", 0.25},        Glyph{"\xC2\xBE", 0.75},
    Glyph{"\xE2\x85\x93", 1.0 / 3}, Glyph{"\xE2\x85\x94", 2.0 / 3},
};

}  // namespace

std::optional<double> ParseNumber(std::string_view phrase) {
  // No-break and narrow no-break spaces count as plain spaces.
  std::string text;
  text.reserve(phrase.size());
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (phrase.substr(i, 2) == "\xC2\xA0") {
      text += ' ';
      i += 1;
    } else if (phrase.substr(i, 3) == "\xE2\x80\xAF") {
      text += ' ';
      i += 2;
    } else {
      text += phrase[i];
    }
  }
  double sign = 1;
  std::string_view rest = text;
  if (rest.starts_with('-')) {  // "-1", "- 1": a minus sign glued or spaced
    sign = -1;
    rest.remove_prefix(1);
  }
  std::vector<std::string_view> words;
  for (size_t i = 0; i < rest.size();) {
    while (i < rest.size() && rest[i] == ' ') ++i;
    if (i == rest.size()) break;
    size_t end = std::min(rest.find(' ', i), rest.size());
    words.push_back(rest.substr(i, end - i));
    i = end;
  }
  if (words.empty()) return std::nullopt;
  // Thousands grouped by spaces: "1 234 567".
  std::string grouped;
  size_t first_other = 0;
  if (AllDigits(words[0]) && words[0].size() <= 3) {
    grouped.assign(words[0]);
    for (first_other = 1; first_other < words.size() && AllDigits(words[first_other]) && words[first_other].size() == 3;
         ++first_other)
      grouped.append(words[first_other]);
    if (first_other == 1) grouped.clear();
  }
  NumberBuilder builder;
  double extra = 0;  // a trailing fraction: "2 1/4", "1\xC2\xBD"
  int fed = 0;
  for (size_t w = grouped.empty() ? 0 : first_other; w <= words.size(); ++w) {
    std::string_view word = w == words.size() ? std::string_view() : words[w];
    if (!grouped.empty() && fed == 0) {
      if (!builder.Feed(grouped)) return std::nullopt;
      ++fed;
    }
    if (w == words.size()) break;
    std::optional<double> fraction = SlashFraction(word);
    for (const Glyph& g : kFractionGlyphs) {
      if (word == g.text) fraction = g.value;
    }
    if (fraction && w + 1 == words.size()) {
      extra = *fraction;
      continue;
    }
    if (!builder.Feed(word)) return std::nullopt;
    ++fed;
  }
  if (fed == 0) return extra != 0 ? std::optional<double>(sign * extra) : std::nullopt;
  if (builder.committed() != fed) return std::nullopt;
  return sign * (*builder.value() + extra);
}

}  // namespace newsgraph
