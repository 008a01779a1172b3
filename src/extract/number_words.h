// English numbers written in digits, words or both: "10,000", "3.5 million",
// "two dozen", "twenty-five", "one and a half", "a third", "$1.2bn"'s "1.2bn".
//
// Guarantees: linear in the input, no allocation, never throws. It parses
// numbers only; years, dates, ordinals and units are the caller's business
// ("3rd" and "5km" are not numbers here).
#pragma once

#include <optional>
#include <string_view>

namespace newsgraph {

// A digit token such as "10,000", "3.5", "1.2bn", "300k": its value and the
// letters glued after it ("bn", "km", "st"). Scale suffixes (k, m, mn, bn, b,
// tn) are applied and removed from `suffix`. nullopt for malformed digits
// ("192.168.1.2", "1,00").
struct DigitNumber {
  double value = 0;
  std::string_view suffix;  // letters after the digits that are not a scale
  bool has_separator = false;  // written with a thousands comma: "2,024"
};
std::optional<DigitNumber> ParseDigitToken(std::string_view token);

// The multiplier of a scale abbreviation written as its own word or glued to
// digits: "k" 1e3, "m"/"mn" 1e6, "b"/"bn" 1e9, "tn" 1e12; nullopt otherwise.
std::optional<double> ScaleSuffixValue(std::string_view word);

// `value` times `scale`, to 15 significant digits: "8.2bn" is 8,200,000,000,
// where the product in binary is 8,199,999,999.999999.
double ScaleBy(double value, double scale);

// The multiplier of "hundred", "thousand", "million", "billion", "trillion",
// "dozen" (any case); nullopt for every other word.
std::optional<double> ScaleWordValue(std::string_view word);

// True for a word the builder knows: "two", "Hundred", "thirds", "dozen".
bool IsNumberWord(std::string_view word);

// Builds one number from words fed in reading order. Feed() accepts a word
// only where it can continue the number; "and" and "a" are accepted
// tentatively and count only once a number word follows them (and "of a"
// after a fraction once a scale does: "a quarter of a million"), so callers take
// committed() words, never the ones fed.
class NumberBuilder {
 public:
  // True when `word` continues the number (case-insensitive). Hyphenated
  // compounds ("twenty-five") are one word. Digit tokens may only come first.
  bool Feed(std::string_view word);
  // Words that belong to the number so far, and their value (nullopt if none).
  int committed() const { return committed_words_; }
  std::optional<double> value() const;
  // True when the committed number used a scale or multiplier word
  // (thousand, million, dozen, hundred) or suffix; "3" in "3 to 4 million"
  // has none.
  bool scaled() const { return committed_scaled_; }

 private:
  enum class Last { kNone, kDigits, kUnit, kTeen, kTens, kHundred, kScale, kFraction };
  bool FeedOne(std::string_view word);
  void Commit();

  double total_ = 0, current_ = 0;
  double largest_scale_ = 0;
  Last last_ = Last::kNone;
  double last_unit_ = 0;       // value of the last unit word, a fraction's numerator
  double decimal_place_ = 0;   // place of the last digit read after "point"
  double sign_ = 1;
  bool pending_a_ = false, pending_and_ = false, pending_point_ = false, pending_sign_ = false, pending_of_ = false;
  bool in_decimals_ = false, scaled_ = false;
  int fed_words_ = 0, committed_words_ = 0;
  double committed_value_ = 0;
  bool committed_scaled_ = false;
};

// A whole phrase that is exactly one number ("two hundred and five",
// "4.5 million", "a dozen"); nullopt when any word is not part of it.
std::optional<double> ParseNumber(std::string_view phrase);

}  // namespace newsgraph
