#include "extract/quantities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"
#include "extract/number_words.h"

namespace newsgraph {
namespace {

// ---- tables -------------------------------------------------------------------
// Each table is the single place its words live; all compare case-insensitively.

struct QualifierPhrase {
  std::string_view words;  // space separated
  Qualifier qualifier;
};
constexpr std::array kQualifierPhrases = {
    QualifierPhrase{"as many as", Qualifier::kUpperBound},   QualifierPhrase{"up to", Qualifier::kUpperBound},
    QualifierPhrase{"as much as", Qualifier::kUpperBound},   QualifierPhrase{"as high as", Qualifier::kUpperBound},
    QualifierPhrase{"as few as", Qualifier::kLowerBound},    QualifierPhrase{"as little as", Qualifier::kLowerBound},
    QualifierPhrase{"as low as", Qualifier::kLowerBound},
    QualifierPhrase{"no more than", Qualifier::kUpperBound}, QualifierPhrase{"not more than", Qualifier::kUpperBound},
    QualifierPhrase{"fewer than", Qualifier::kUpperBound},   QualifierPhrase{"less than", Qualifier::kUpperBound},
    QualifierPhrase{"at most", Qualifier::kUpperBound},      QualifierPhrase{"under", Qualifier::kUpperBound},
    QualifierPhrase{"below", Qualifier::kUpperBound},        QualifierPhrase{"at least", Qualifier::kLowerBound},
    QualifierPhrase{"more than", Qualifier::kLowerBound},    QualifierPhrase{"over", Qualifier::kLowerBound},
    QualifierPhrase{"upwards of", Qualifier::kLowerBound},   QualifierPhrase{"in excess of", Qualifier::kLowerBound},
    QualifierPhrase{"no fewer than", Qualifier::kLowerBound}, QualifierPhrase{"no less than", Qualifier::kLowerBound},
    QualifierPhrase{"above", Qualifier::kLowerBound},        QualifierPhrase{"greater than", Qualifier::kLowerBound},
    QualifierPhrase{"larger than", Qualifier::kLowerBound},  QualifierPhrase{"higher than", Qualifier::kLowerBound},
    QualifierPhrase{"smaller than", Qualifier::kUpperBound}, QualifierPhrase{"lower than", Qualifier::kUpperBound},
    QualifierPhrase{"a maximum of", Qualifier::kUpperBound}, QualifierPhrase{"a minimum of", Qualifier::kLowerBound},
    QualifierPhrase{"about", Qualifier::kApproximate},
    QualifierPhrase{"around", Qualifier::kApproximate},      QualifierPhrase{"roughly", Qualifier::kApproximate},
    QualifierPhrase{"some", Qualifier::kApproximate},        QualifierPhrase{"nearly", Qualifier::kApproximate},
    QualifierPhrase{"almost", Qualifier::kApproximate},      QualifierPhrase{"approximately", Qualifier::kApproximate},
    QualifierPhrase{"close to", Qualifier::kApproximate},    QualifierPhrase{"an estimated", Qualifier::kEstimate},
    QualifierPhrase{"estimated", Qualifier::kEstimate},
};
// The phrases split into words once, last word first, as QualifierBefore
// reads them.
struct QualifierWords {
  std::array<std::string_view, 3> last_first;
  size_t count = 0;
  Qualifier qualifier = Qualifier::kExact;
};
constexpr auto kQualifierWords = [] {
  std::array<QualifierWords, kQualifierPhrases.size()> split{};
  for (size_t i = 0; i < kQualifierPhrases.size(); ++i) {
    std::string_view rest = kQualifierPhrases[i].words;
    QualifierWords& out = split[i];
    while (!rest.empty()) {
      const size_t sp = rest.rfind(' ');
      out.last_first[out.count++] = sp == std::string_view::npos ? rest : rest.substr(sp + 1);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(0, sp);
    }
    out.qualifier = kQualifierPhrases[i].qualifier;
  }
  return split;
}();

struct UnitWord {
  std::string_view text;
  std::string_view unit;
};
// Currency signs written before the number; "US$" is "US" glued to "$".
constexpr std::array kCurrencySigns = {
    UnitWord{"$", "USD"}, UnitWord{"€", "EUR"}, UnitWord{"£", "GBP"}, UnitWord{"¥", "JPY"}, UnitWord{"₹", "INR"},
};
constexpr std::array kDollarPrefixes = {
    UnitWord{"US", "USD"}, UnitWord{"A", "AUD"}, UnitWord{"C", "CAD"}, UnitWord{"HK", "HKD"},
    UnitWord{"NZ", "NZD"}, UnitWord{"S", "SGD"},
};
// Currency names written after the number.
constexpr std::array kCurrencyWords = {
    UnitWord{"dollars", "USD"}, UnitWord{"dollar", "USD"},   UnitWord{"dlrs", "USD"},    UnitWord{"dlr", "USD"},   UnitWord{"euros", "EUR"},   UnitWord{"euro", "EUR"},
    UnitWord{"pounds", "GBP"},  UnitWord{"sterling", "GBP"}, UnitWord{"yen", "JPY"},     UnitWord{"yuan", "CNY"},
    UnitWord{"renminbi", "CNY"}, UnitWord{"rupees", "INR"},  UnitWord{"roubles", "RUB"}, UnitWord{"rubles", "RUB"},
    UnitWord{"hryvnias", "UAH"}, UnitWord{"shekels", "ILS"}, UnitWord{"francs", "CHF"},  UnitWord{"USD", "USD"},
    UnitWord{"rupee", "INR"},   UnitWord{"rouble", "RUB"},   UnitWord{"ruble", "RUB"},   UnitWord{"shekel", "ILS"},
    UnitWord{"hryvnia", "UAH"}, UnitWord{"franc", "CHF"},    UnitWord{"pesos", "MXN"},   UnitWord{"peso", "MXN"},
    UnitWord{"reais", "BRL"},   UnitWord{"rand", "ZAR"},
    UnitWord{"lira", "TRY"},    UnitWord{"liras", "TRY"},    UnitWord{"naira", "NGN"},   UnitWord{"ringgit", "MYR"},
    UnitWord{"EUR", "EUR"},     UnitWord{"GBP", "GBP"},      UnitWord{"JPY", "JPY"},     UnitWord{"CNY", "CNY"},
    UnitWord{"CHF", "CHF"},     UnitWord{"CAD", "CAD"},      UnitWord{"AUD", "AUD"},     UnitWord{"INR", "INR"},
    UnitWord{"RUB", "RUB"},     UnitWord{"SEK", "SEK"},      UnitWord{"NOK", "NOK"},     UnitWord{"DKK", "DKK"},
    UnitWord{"dls", "USD"},      UnitWord{"stg", "GBP"},     UnitWord{"guilders", "NLG"},
    UnitWord{"guilder", "NLG"}, UnitWord{"marks", "DEM"},    UnitWord{"lire", "ITL"},    UnitWord{"pesetas", "ESP"},
    UnitWord{"ecu", "XEU"},     UnitWord{"ecus", "XEU"},     UnitWord{"baht", "THB"},    UnitWord{"rupiah", "IDR"},
    UnitWord{"riyals", "SAR"},  UnitWord{"riyal", "SAR"},    UnitWord{"rials", "IRR"},   UnitWord{"rial", "IRR"},
    UnitWord{"schillings", "ATS"}, UnitWord{"bolivars", "VEB"}, UnitWord{"markka", "FIM"},
    // Minor units keep their own name, with the value as written ("down 34
    // cents" is 34 cents): the currency they divide is rarely stated beside
    // them (US, Canadian, euro cents), and a reader compares prices in the
    // unit the story quotes.
    UnitWord{"cents", "cents"}, UnitWord{"cent", "cents"},   UnitWord{"cts", "cents"},   UnitWord{"ct", "cents"},
    UnitWord{"pence", "pence"}, UnitWord{"penny", "pence"},  UnitWord{"pennies", "pence"},
};
// Minor units glued to digits: "470p", UK share prices.
constexpr std::array kGluedMinorUnits = {UnitWord{"p", "pence"}};
// Currency names of two words written after the number.
struct CurrencyPhrase {
  std::string_view first, second;
  std::string_view unit;
};
constexpr std::array kCurrencyPhrases = {
    CurrencyPhrase{"us", "dollars", "USD"},         CurrencyPhrase{"australian", "dollars", "AUD"},
    CurrencyPhrase{"canadian", "dollars", "CAD"},   CurrencyPhrase{"singapore", "dollars", "SGD"},
    CurrencyPhrase{"taiwan", "dollars", "TWD"},     CurrencyPhrase{"zealand", "dollars", "NZD"},
    CurrencyPhrase{"kong", "dollars", "HKD"},       CurrencyPhrase{"swiss", "francs", "CHF"},
    CurrencyPhrase{"french", "francs", "FRF"},      CurrencyPhrase{"dutch", "guilders", "NLG"},
    CurrencyPhrase{"south", "african", "ZAR"},      CurrencyPhrase{"saudi", "riyals", "SAR"},
    CurrencyPhrase{"indian", "rupees", "INR"},      CurrencyPhrase{"japanese", "yen", "JPY"},
    CurrencyPhrase{"chinese", "yuan", "CNY"},       CurrencyPhrase{"turkish", "lira", "TRY"},
    CurrencyPhrase{"danish", "kroner", "DKK"},      CurrencyPhrase{"norwegian", "kroner", "NOK"},
    CurrencyPhrase{"swedish", "kronor", "SEK"},     CurrencyPhrase{"swedish", "crowns", "SEK"},
    CurrencyPhrase{"euro", "cents", "cents"},       CurrencyPhrase{"finnish", "markka", "FIM"},
    CurrencyPhrase{"korean", "won", "KRW"},
};
// Currency names that are common words too, read as money only after a
// scale: "47.6 billion won", where "Halo 2 won the award" is a verb.
constexpr std::array kScaledCurrencyWords = {UnitWord{"won", "KRW"}};
// Measures, written after the number or glued to it ("5km").
constexpr std::array kMeasureUnits = {
    UnitWord{"km", "km"},           UnitWord{"kilometres", "km"}, UnitWord{"kilometers", "km"},
    UnitWord{"kilometre", "km"},    UnitWord{"kilometer", "km"},  UnitWord{"miles", "miles"},
    UnitWord{"mile", "miles"},      UnitWord{"metres", "m"},      UnitWord{"meters", "m"},
    UnitWord{"metre", "m"},         UnitWord{"meter", "m"},       UnitWord{"feet", "ft"},
    UnitWord{"foot", "ft"},         UnitWord{"ft", "ft"},         UnitWord{"kg", "kg"},
    UnitWord{"kilograms", "kg"},    UnitWord{"kilos", "kg"},      UnitWord{"tonnes", "tonnes"},
    UnitWord{"tonne", "tonnes"},    UnitWord{"tons", "tons"},     UnitWord{"ton", "tons"},
    UnitWord{"barrels", "barrels"}, UnitWord{"bpd", "barrels per day"}, UnitWord{"acres", "acres"},
    UnitWord{"hectares", "hectares"}, UnitWord{"mph", "mph"},     UnitWord{"megawatts", "MW"},
    UnitWord{"mw", "MW"},           UnitWord{"gigawatts", "GW"},  UnitWord{"gw", "GW"},
    UnitWord{"litres", "litres"},   UnitWord{"liters", "litres"}, UnitWord{"gallons", "gallons"},
    UnitWord{"cm", "cm"},           UnitWord{"mm", "mm"},         UnitWord{"degrees", "degrees"},
    UnitWord{"inches", "inches"},   UnitWord{"inch", "inches"},   UnitWord{"kph", "km/h"},
    UnitWord{"acre", "acres"},      UnitWord{"hectare", "hectares"}, UnitWord{"barrel", "barrels"},
    UnitWord{"magnitude", "magnitude"}, UnitWord{"gallon", "gallons"}, UnitWord{"pounds", "lb"},
    UnitWord{"pound", "lb"},        UnitWord{"lbs", "lb"},         UnitWord{"lb", "lb"},
    UnitWord{"ml", "ml"},           UnitWord{"millilitres", "ml"}, UnitWord{"milliliters", "ml"},
    UnitWord{"km2", "sq km"},       UnitWord{"ounces", "oz"},      UnitWord{"oz", "oz"},
    // Data sizes and rates. "Mb" (megabit) and "MB" (megabyte) differ only in
    // case, which copy does not keep reliably; both are "MB".
    UnitWord{"kb", "KB"},           UnitWord{"mb", "MB"},          UnitWord{"gb", "GB"},
    UnitWord{"tb", "TB"},           UnitWord{"pb", "PB"},          UnitWord{"bytes", "bytes"},
    UnitWord{"kilobytes", "KB"},    UnitWord{"megabytes", "MB"},   UnitWord{"gigabytes", "GB"},
    UnitWord{"terabytes", "TB"},    UnitWord{"petabytes", "PB"},   UnitWord{"kilobyte", "KB"},
    UnitWord{"megabyte", "MB"},     UnitWord{"gigabyte", "GB"},    UnitWord{"terabyte", "TB"},
    UnitWord{"kilobit", "kbit"},    UnitWord{"megabit", "Mbit"},   UnitWord{"gigabit", "Gbit"},
    UnitWord{"kbps", "kbps"},       UnitWord{"mbps", "Mbps"},      UnitWord{"gbps", "Gbps"},
    UnitWord{"bushels", "bushels"}, UnitWord{"bushel", "bushels"},
};
constexpr auto kPercentWords = std::to_array<std::string_view>({"percent", "pct"});
// Before a figure in pounds these make it a weight: "lost 25 pounds".
constexpr auto kWeighVerbs = std::to_array<std::string_view>(
    {"weigh", "weighs", "weighed", "weighing", "lost", "lose", "loses", "losing", "gained", "gain", "gains", "shed"});

// A smaller unit after a figure that adds to it: "5 feet 2 inches", "13
// dollars and 45 cents" (13.45 USD).
struct CompoundUnit {
  std::string_view major, minor;
  double per;  // minor units in one major unit
};
constexpr std::array kCompoundUnits = {
    CompoundUnit{"ft", "inches", 12}, CompoundUnit{"USD", "cents", 100}, CompoundUnit{"GBP", "pence", 100},
    CompoundUnit{"lb", "oz", 16},
};

// Vague plurals: "thousands of", "tens of thousands of" -> [low, high).
struct VaguePlural {
  std::string_view first, second;  // second empty for one-word forms
  double low, high;
};
constexpr std::array kVaguePlurals = {
    VaguePlural{"tens", "thousands", 1e4, 1e5},     VaguePlural{"hundreds", "thousands", 1e5, 1e6},
    VaguePlural{"tens", "millions", 1e7, 1e8},      VaguePlural{"hundreds", "millions", 1e8, 1e9},
    VaguePlural{"tens", "billions", 1e10, 1e11},    VaguePlural{"hundreds", "billions", 1e11, 1e12},
    VaguePlural{"dozens", "", 24, 144},             VaguePlural{"hundreds", "", 200, 1000},
    VaguePlural{"thousands", "", 2000, 10000},      VaguePlural{"millions", "", 2e6, 1e7},
    VaguePlural{"billions", "", 2e9, 1e10},
};

// "several hundred", "a few thousand": [low, high) times the scale word after.
struct VagueCount {
  std::string_view word;
  double low, high;
};
constexpr std::array kVagueCounts = {VagueCount{"several", 3, 10}, VagueCount{"few", 2, 5}};

// Words that end the counted noun phrase: function words, auxiliaries and
// common irregular past-tense verbs (regular ones end in -ed and are caught by
// their suffix).
constexpr auto kNounPhraseStops = std::to_array<std::string_view>({
    "the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for",
    "from", "with", "by", "and", "or", "but", "as", "than", "who", "which", "whom", "whose", "were", "was", "are",
    "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can",
    "must", "said", "says", "say", "told", "more", "less", "into", "over", "across", "during", "since", "after",
    "before", "per", "each", "according", "including", "while", "when", "where", "because", "if", "not", "no",
    "so", "them", "they", "their", "its", "his", "her", "he", "she", "it", "we", "you", "i", "our", "also", "out",
    "up", "down", "off", "about", "around", "last", "next", "ago", "yesterday", "today", "left", "lost", "took",
    "came", "went", "made", "got", "fought", "saw", "ran", "held", "met", "fell", "rose", "grew", "won", "began",
    "remain", "remains", "now", "still", "already", "only", "just", "there", "here", "than", "against", "under",
    "between", "through", "toward", "towards", "amid", "among", "near", "without", "within", "do", "did", "does",
    "earlier", "later", "given", "taken", "seen", "known", "shown", "sent", "paid", "sold", "found", "kept",
    "brought", "spent", "knew", "thought", "felt", "became", "gave", "struck", "vs", "versus", "above", "below",
    "thereafter", "otherwise", "even", "until", "unless",
});
constexpr auto kIrregularPlurals = std::to_array<std::string_view>({
    "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "feet", "teeth",
});
constexpr auto kDeterminers = std::to_array<std::string_view>({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all",
});
constexpr auto kAttributionCues = std::to_array<std::string_view>({
    "said", "says", "say", "told", "estimated", "estimates", "reported", "announced", "stated",
    "claimed", "added", "confirmed", "showed", "show", "shows",
});
constexpr auto kChangeVerbs = std::to_array<std::string_view>({
    "rose", "risen", "rise", "rising", "increased", "grew", "grown", "fell", "fallen", "dropped",
    "declined", "jumped", "climbed", "surged", "soared", "decreased", "plunged", "slipped", "up", "down", "went",
    "gone", "swelled", "doubled", "tripled", "raised", "cut", "reduced", "lowered", "boosted", "increase",
    "widened", "narrowed", "slumped", "tumbled", "fall", "grow", "climb", "drop",
    "lifted", "hiked", "trimmed", "eased", "edged", "advanced", "slid", "sank", "dipped",
});
// Denominators of fractions written with a slash in measures and prices
// ("3/4 mile", "7-1/4 pct", "5-15/16"); dates ("9/11") and other ratios have
// other ones.
constexpr std::array kFractionDenominators = {2.0, 3.0, 4.0, 8.0, 16.0, 32.0, 64.0};
// Track and swimming distances in metres, written "800m" like a sum in millions.
constexpr std::array kRaceDistances = {50.0, 60.0, 100.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0};
// After "1.8m" these make it metres too: "1.8m tall", "a wall 3m high".
constexpr auto kDimensionAdjectives =
    std::to_array<std::string_view>({"tall", "long", "high", "wide", "deep", "thick"});

// Time units after a number make a duration ("three months"), which is
// ExtractTimes' business, not a figure.
constexpr auto kTimeUnits = std::to_array<std::string_view>({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    "second", "seconds", "decade", "decades", "century", "centuries", "mth", "mths", "yr", "yrs",
});
constexpr auto kChangeCues = std::to_array<std::string_view>({"from", "compared", "versus", "vs", "against"});
// What may stand between two figures of one count: "300 or 400 people",
// "3,000 troops, and possibly as many as 5,000".
constexpr auto kAlternativeJoiners =
    std::to_array<std::string_view>({"or", "and", "possibly", "perhaps", "maybe", "probably", "even"});
// Before "of" and a figure, these name what it counts: "a population of 44
// million", "a crowd of 360,000".
constexpr auto kCollectiveNouns = std::to_array<std::string_view>(
    {"population", "crowd", "audience", "workforce", "membership", "electorate", "congregation"});
// After "of", these make a bare figure a part of the figure before: "10
// million of which", "12 of them".
constexpr auto kBackReferences = std::to_array<std::string_view>({"which", "whom", "them"});
constexpr auto kEstimateWords = std::to_array<std::string_view>({"estimate", "estimates", "estimated"});
constexpr auto kMonthNames = std::to_array<std::string_view>({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
});
constexpr auto kWeekdays = std::to_array<std::string_view>({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
});
// Words before a number that make it a rank or a name: "number three", "top
// 40", "chapter 11", "page 3".
constexpr auto kNumberingWords = std::to_array<std::string_view>(
    {"number", "top", "chapter", "section", "article", "page", "route", "room", "gate", "platform"});
// Words after a number that make it a clock time: "3 pm", "10 GMT".
constexpr auto kClockWords = std::to_array<std::string_view>({
    "am", "pm", "gmt", "utc", "et", "est", "edt", "bst", "cet", "pst", "pdt", "o'clock", "hrs",
});
// Before "half" or "quarter" these make a period, not a fraction: "the first half".
constexpr auto kOrdinalWords = std::to_array<std::string_view>({
    "first", "second", "third", "fourth", "last", "latter", "former", "final", "other",
});
// Glued after a hyphen, these make "5-year-old", "10-day" ages and durations.
constexpr auto kDurationStems = std::to_array<std::string_view>({
    "year", "month", "week", "day", "hour", "minute", "second",
});


bool Same(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (AsciiLower(text[i]) != lower_word[i] && text[i] != lower_word[i]) return false;
  }
  return true;
}

template <typename Table>
bool InTable(std::string_view word, const Table& table) {
  for (std::string_view w : table) {
    if (Same(word, w)) return true;
  }
  return false;
}

template <size_t N>
const UnitWord* FindUnit(std::string_view word, const std::array<UnitWord, N>& table) {
  for (const UnitWord& u : table) {
    if (Same(word, u.text)) return &u;
  }
  return nullptr;
}

// "country's", "Korea’s": a word with its possessive ending glued on.
bool IsPossessive(std::string_view w) { return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s"); }

// "homes", "MPs", "people"; not "business", "bonus", "crisis", "India's".
bool IsPluralNoun(std::string_view w) {
  if (InTable(w, kIrregularPlurals)) return true;
  return w.size() >= 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
         !IsPossessive(w);
}

// The part of a hyphenated word before its first hyphen: "meter" of "meter-long".
std::string_view FirstPart(std::string_view w) { return w.substr(0, w.find('-')); }

bool IsAllCaps(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool StartsWithIgnoreCase(std::string_view text, std::string_view lower_prefix) {
  return text.size() >= lower_prefix.size() && Same(text.substr(0, lower_prefix.size()), lower_prefix);
}

// ---- lexing --------------------------------------------------------------------
// Quantities need finer pieces than the shared tokens ("$" apart from "5",
// "8,000" apart from "-10,000"), so the stage cuts the text itself; this keeps
// it independent of tokenizer choices.

enum class LexKind : uint8_t { kWord, kNumber, kSymbol, kPunct };

struct Lex {
  Span span;
  LexKind kind = LexKind::kWord;
  bool space_before = false;
  bool capitalized = false;
  uint32_t sentence = 0;
};

enum class CharClass { kSpace, kLetter, kDigit, kSymbol, kPunct };

// Decodes one UTF-8 sequence at text[i]; returns its class and sets `len`.
constexpr auto kAsciiClass = [] {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = CharClass::kPunct;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') table[c] = CharClass::kSpace;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) table[c] = CharClass::kLetter;
    if (c >= '0' && c <= '9') table[c] = CharClass::kDigit;
    if (c == '$' || c == '%' || c == '#') table[c] = CharClass::kSymbol;
  }
  return table;
}();

inline CharClass Classify(std::string_view text, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  len = 1;
  if (c < 0x80) return kAsciiClass[c];
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
  else return CharClass::kPunct;  // stray continuation byte
  if (i + len > text.size()) { len = text.size() - i; return CharClass::kPunct; }
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F) return CharClass::kSpace;
  if (cp == 0x20AC || cp == 0xA3 || cp == 0xA5 || cp == 0x20B9) return CharClass::kSymbol;
  if ((cp >= 0x2010 && cp <= 0x2027) || cp == 0xAB || cp == 0xBB || cp == 0xB7) return CharClass::kPunct;
  return CharClass::kLetter;
}

bool IsApostrophe(std::string_view text, size_t i) {
  return text[i] == '\'' || text.substr(i, 3) == "\xE2\x80\x99";
}

void LexText(std::string_view text, std::vector<Lex>& out) {
  out.clear();
  out.reserve(text.size() / 5 + 1);
  bool space = true;
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    CharClass cls = Classify(text, i, len);
    if (cls == CharClass::kSpace) {
      space = true;
      i += len;
      continue;
    }
    Lex lex;
    lex.space_before = space;
    size_t end = i + len;
    if (cls == CharClass::kDigit) {
      lex.kind = LexKind::kNumber;
      // Digits with inner separators, then any letters glued on ("5km", "3rd").
      while (end < text.size()) {
        char c = text[end];
        bool next_digit = end + 1 < text.size() && text[end + 1] >= '0' && text[end + 1] <= '9';
        if ((c >= '0' && c <= '9') || ((c == ',' || c == '.') && next_digit)) ++end;
        else break;
      }
      while (end < text.size() && ((text[end] | 0x20) >= 'a' && (text[end] | 0x20) <= 'z')) ++end;
    } else if (cls == CharClass::kLetter) {
      lex.kind = LexKind::kWord;
      lex.capitalized = text[i] >= 'A' && text[i] <= 'Z';
      while (end < text.size()) {
        size_t l;
        CharClass c = Classify(text, end, l);
        if (c == CharClass::kLetter || c == CharClass::kDigit) {
          end += l;
          continue;
        }
        // Inner hyphens and apostrophes: "twenty-five", "F-16", "Korea's".
        size_t joiner = text[end] == '-' ? 1 : IsApostrophe(text, end) ? (text[end] == '\'' ? 1 : 3) : 0;
        if (joiner != 0 && end + joiner < text.size()) {
          CharClass after = Classify(text, end + joiner, l);
          if (after == CharClass::kLetter || after == CharClass::kDigit) {
            end += joiner + l;
            continue;
          }
        }
        break;
      }
    } else {
      lex.kind = cls == CharClass::kSymbol ? LexKind::kSymbol : LexKind::kPunct;
    }
    lex.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
    out.push_back(lex);
    space = false;
    i = end;
  }
}

// True when the whitespace before lex k breaks a paragraph: a blank line, or
// a line break before an indented line, as wire copy starts its paragraphs
// and the rows of its tables ("Net 5,011,000 vs 2,314,000\n    Revs 57.3
// mln"); a plain line break is hard wrapping ("12 new\nberths").
inline bool ParagraphBreakBefore(std::string_view text, const std::vector<Lex>& lexes, size_t k) {
  if (k == 0) return false;
  const uint32_t gap_begin = lexes[k - 1].span.end, gap_end = lexes[k].span.begin;
  if (gap_end - gap_begin < 2) return false;  // nearly every gap: one space or none
  const std::string_view gap = text.substr(gap_begin, gap_end - gap_begin);
  const size_t line_break = gap.find('\n');
  if (line_break == std::string_view::npos) return false;
  const std::string_view next_line = gap.substr(line_break + 1);
  return next_line.find('\n') != std::string_view::npos || next_line.starts_with("  ") || next_line.starts_with('\t');
}

// Sentence index of each lex: from doc.sentences, or, when the text layer has
// not run, a break after . ! ? before a capital. A paragraph break ends a
// sentence either way: no figure, range or counted phrase runs across one.
void AssignSentences(const Document& doc, std::vector<Lex>& lexes) {
  std::string_view text = doc.text;
  if (!doc.sentences.empty()) {
    size_t s = 0;
    uint32_t paragraphs = 0;
    for (size_t k = 0; k < lexes.size(); ++k) {
      Lex& lex = lexes[k];
      while (s + 1 < doc.sentences.size() && lex.span.begin >= doc.sentences[s].span.end) ++s;
      if (ParagraphBreakBefore(text, lexes, k)) ++paragraphs;
      lex.sentence = static_cast<uint32_t>(s) + paragraphs;
    }
    return;
  }
  uint32_t current = 0;
  for (size_t k = 0; k < lexes.size(); ++k) {
    Lex& lex = lexes[k];
    const bool blank_line = ParagraphBreakBefore(text, lexes, k);
    bool after_stop = k > 0 && lexes[k - 1].kind == LexKind::kPunct && lexes[k - 1].span.size() == 1 &&
                      std::string_view(".!?").find(text[lexes[k - 1].span.begin]) != std::string_view::npos &&
                      lex.space_before && (lex.capitalized || lex.kind != LexKind::kWord);
    if (blank_line || after_stop) ++current;
    lex.sentence = current;
  }
}

// ---- figures -------------------------------------------------------------------

// True when lex `from` is "from" after a change verb, one word apart at most:
// "rose from", "increased this from".
bool ChangeFrom(const std::string_view text, const std::vector<Lex>& lexes, size_t from) {
  auto word = [&](size_t k) { return text.substr(lexes[k].span.begin, lexes[k].span.size()); };
  if (!Same(word(from), "from")) return false;
  return (from >= 1 && InTable(word(from - 1), kChangeVerbs)) || (from >= 2 && InTable(word(from - 2), kChangeVerbs));
}

// A number with its sign and scale: "$1.2 billion", "3", "tens of thousands".
struct Core {
  size_t begin = 0, end = 0;  // lexes [begin, end), including a currency sign
  double value = 0;
  std::optional<double> vague_low, vague_high;
  std::string_view currency;
  std::string_view glued_unit;  // "km" of "5km"
  bool scaled = false;
  bool from_word = false;      // spelled out: "two", "a dozen"
  bool fraction = false;       // "half", "two thirds"
  bool slash_fraction = false; // "3/4" alone, not "10 1/2"
  bool year_like = false;      // four plain digits in 1000..2100
  bool digits = false;
};

class FigureFinder {
 public:
  FigureFinder(const Document& doc, const std::vector<Lex>& lexes, const std::vector<Span>& time_spans)
      : doc_(doc), text_(doc.text), lexes_(lexes), time_spans_(time_spans) {}

  void Run(std::vector<Quantity>& out, std::vector<size_t>& start_lex, std::vector<size_t>& end_lex);

 private:
  std::string_view Text(size_t k) const { return text_.substr(lexes_[k].span.begin, lexes_[k].span.size()); }
  bool Is(size_t k, std::string_view lower_word) const { return k < lexes_.size() && Same(Text(k), lower_word); }
  bool Glued(size_t k) const { return k < lexes_.size() && !lexes_[k].space_before; }
  bool IsWord(size_t k) const { return k < lexes_.size() && lexes_[k].kind == LexKind::kWord; }
  bool SameSentence(size_t a, size_t b) const { return lexes_[a].sentence == lexes_[b].sentence; }
  // Lex k is the same word as lex `word`: a unit named again ("3.9 pct to 5.15 pct").
  bool RepeatsWord(size_t k, size_t word) const { return IsWord(k) && Text(k) == Text(word); }
  bool InTime(Span s) const;
  bool IsMonth(size_t k) const { return IsWord(k) && lexes_[k].capitalized && InTable(Text(k), kMonthNames); }

  bool MayBeginFigure(size_t k) const;
  bool CountsPlural(size_t k) const;
  bool ModifiersBeforePlural(size_t k) const;
  bool VerbLike(size_t k) const;
  bool ParticipleModifies(size_t k, bool after_of) const;
  bool NamesUnit(size_t k) const;
  bool ImperialLengthBefore(size_t k) const;
  bool PercentAt(size_t k) const;
  std::optional<double> SlashFractionAt(size_t k) const;
  std::string_view UnitOfOne(size_t k, size_t& end) const;
  size_t AddMinorUnit(size_t k, std::string_view unit, Quantity& q) const;
  const CurrencyPhrase* CurrencyPhraseAt(size_t k) const;
  size_t DottedCurrencyEnd(size_t k, std::string_view& unit) const;
  std::optional<Core> ParseCore(size_t k) const;
  bool IsDash(size_t k) const;
  bool Joins(size_t k) const;
  bool InCodeChain(size_t first, size_t end) const;
  Qualifier QualifierBefore(size_t& start) const;
  std::optional<Core> OppositeBound(size_t k, Qualifier bound, double value) const;
  bool Excluded(const Core& core, size_t start, bool qualified) const;
  std::optional<Span> CountedPhrase(size_t& k, bool after_of) const;

  const Document& doc_;
  std::string_view text_;
  const std::vector<Lex>& lexes_;
  const std::vector<Span>& time_spans_;
};

bool FigureFinder::InTime(Span s) const {
  auto it = std::upper_bound(time_spans_.begin(), time_spans_.end(), s.begin,
                             [](uint32_t pos, const Span& t) { return pos < t.begin; });
  if (it != time_spans_.begin() && std::prev(it)->Overlaps(s)) return true;
  return it != time_spans_.end() && it->Overlaps(s);
}

// "six-mile", "three-ton", "twenty-five-foot", "one-yen": a spelled-out number
// glued by a hyphen to a measure or a currency. Fills the value and unit of
// `core`. Other glued nouns are left alone: after a word number they mostly
// make a compound ("two-way", "three-time", "one-man") rather than a count.
bool SpelledWithUnit(std::string_view word, Core& core) {
  for (size_t h = word.find('-'); h != std::string_view::npos; h = word.find('-', h + 1)) {
    const std::string_view glued = FirstPart(word.substr(h + 1));
    const UnitWord* measure = FindUnit(glued, kMeasureUnits);
    const UnitWord* currency = measure ? nullptr : FindUnit(glued, kCurrencyWords);
    if (measure == nullptr && currency == nullptr) continue;
    NumberBuilder builder;
    if (!builder.Feed(word.substr(0, h)) || builder.committed() != 1) return false;
    core.value = *builder.value();
    (measure ? core.glued_unit : core.currency) = measure ? measure->unit : currency->unit;
    core.from_word = true;
    return true;
  }
  return false;
}

bool IsDashText(std::string_view t) { return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94"; }

bool FigureFinder::IsDash(size_t k) const {
  return k < lexes_.size() && lexes_[k].kind == LexKind::kPunct && IsDashText(Text(k));
}

const CurrencyPhrase* FigureFinder::CurrencyPhraseAt(size_t k) const {
  for (const CurrencyPhrase& c : kCurrencyPhrases) {
    if (!Is(k, c.first)) continue;
    if (Is(k + 1, c.second)) return &c;
    // "dollars" stands for every spelling of it: "Taiwan dlrs", "Canadian dollar".
    const UnitWord* second = c.second == "dollars" && IsWord(k + 1) ? FindUnit(Text(k + 1), kCurrencyWords) : nullptr;
    if (second != nullptr && second->unit == "USD") return &c;
  }
  return nullptr;
}

// "U.S. dlrs", "N.Z. Dlrs", "H.K. Cents" at lex k: a dotted country prefix
// before a currency word. Sets `unit` and returns the lex after the currency
// word, or k when there is none.
size_t FigureFinder::DottedCurrencyEnd(size_t k, std::string_view& unit) const {
  char letters[3];
  size_t n = 0, j = k;
  while (n < 3 && IsWord(j) && Text(j).size() == 1 && lexes_[j].capitalized && Is(j + 1, ".") && Glued(j + 1) &&
         SameSentence(j, k)) {
    letters[n++] = Text(j)[0];
    j += 2;
  }
  if (n < 2 || !IsWord(j)) return k;
  const UnitWord* currency = FindUnit(Text(j), kCurrencyWords);
  if (currency == nullptr) return k;
  if (currency->unit == "USD") {
    const UnitWord* prefix = FindUnit(std::string_view(letters, n), kDollarPrefixes);
    if (prefix == nullptr) return k;
    currency = prefix;
  }
  unit = currency->unit;
  return j + 1;
}

// True when lex k is a lowercase plural noun ("people", "homes"): what a
// count in millions counts.
bool FigureFinder::CountsPlural(size_t k) const {
  if (!IsWord(k) || lexes_[k].capitalized) return false;
  std::string_view w = Text(k);
  return IsPluralNoun(w);
}

// A lowercase word in -ed, -ing or -ly at lex k: a participle or an adverb.
bool FigureFinder::VerbLike(size_t k) const {
  const std::string_view w = Text(k);
  return !lexes_[k].capitalized && w.size() >= 4 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"));
}

// Whether the participle at lex k is an adjective on a noun after it: "20
// wounded soldiers", "30 leading senior and junior players", "95 per cent of
// the exported wine"; not "312,000 compared", the verb of "13 reported growth
// in sales" (one singular word) or "52 per cent of those questioned believed".
bool FigureFinder::ParticipleModifies(size_t k, bool after_of) const {
  return IsWord(k + 1) && !InTable(Text(k + 1), kNounPhraseStops) && !lexes_[k + 1].capitalized &&
         (IsPluralNoun(Text(k + 1)) || (IsWord(k + 2) && !InTable(Text(k + 2), kNounPhraseStops)) ||
          (after_of && !VerbLike(k + 1)) || ModifiersBeforePlural(k + 1));
}

// True when lowercase modifiers from lex k, joined by "and"/"or", lead to a
// plural noun within four words: "(30 leading) senior and junior players".
bool FigureFinder::ModifiersBeforePlural(size_t k) const {
  for (size_t j = k; j < k + 4 && IsWord(j) && !lexes_[j].capitalized && SameSentence(j, k); ++j) {
    const std::string_view w = Text(j);
    if (Same(w, "and") || Same(w, "or")) continue;
    if (InTable(w, kNounPhraseStops) || IsNumberWord(w)) return false;
    if (IsPluralNoun(w)) return true;
  }
  return false;
}

// True when lex k names a unit written after a number: "percent",
// "pct-owned", "per cent", "dollars", "cents", "miles".
// "30ft (", "1,000 feet (": a length in feet, inches or miles just before
// the bracket that opens lex k, whose contents convert it.
bool FigureFinder::ImperialLengthBefore(size_t k) const {
  if (k < 2 || !Is(k - 1, "(")) return false;
  std::string_view unit_text = Text(k - 2);
  if (lexes_[k - 2].kind == LexKind::kNumber) {
    const std::optional<DigitNumber> d = ParseDigitToken(unit_text);
    if (!d) return false;
    unit_text = d->suffix;
  }
  const UnitWord* m = FindUnit(unit_text, kMeasureUnits);
  return m && (m->unit == "ft" || m->unit == "inches" || m->unit == "miles");
}

bool FigureFinder::NamesUnit(size_t k) const {
  return IsWord(k) && (PercentAt(k) || FindUnit(Text(k), kCurrencyWords) || FindUnit(Text(k), kMeasureUnits));
}

// "3/4", "15/16" at lex k: a proper fraction of whole digits with a glued
// slash and a denominator of kFractionDenominators. The denominator may carry
// a glued minor unit ("246-1/2p"), which the caller reads.
std::optional<double> FigureFinder::SlashFractionAt(size_t k) const {
  if (k + 2 >= lexes_.size() || lexes_[k].kind != LexKind::kNumber || !Is(k + 1, "/") || !Glued(k + 1) ||
      !Glued(k + 2) || lexes_[k + 2].kind != LexKind::kNumber)
    return std::nullopt;
  const std::optional<DigitNumber> num = ParseDigitToken(Text(k)), den = ParseDigitToken(Text(k + 2));
  auto whole = [](const std::optional<DigitNumber>& d) {
    return d && !d->has_separator && d->value == std::floor(d->value);
  };
  if (!whole(num) || !whole(den) || !num->suffix.empty() ||
      (!den->suffix.empty() && !FindUnit(den->suffix, kGluedMinorUnits)) || num->value >= den->value ||
      std::find(kFractionDenominators.begin(), kFractionDenominators.end(), den->value) == kFractionDenominators.end())
    return std::nullopt;
  return num->value / den->value;
}

// "of a mile", "a mile", "mile", "of a percentage point" at lex k after a share
// of one: the unit, with `end` set past it; empty when none follows.
std::string_view FigureFinder::UnitOfOne(size_t k, size_t& end) const {
  if (Is(k, "of")) ++k;
  if (Is(k, "a") || Is(k, "an")) ++k;
  if (Is(k, "percentage") && Is(k + 1, "point")) {
    end = k + 2;
    return "percentage points";
  }
  const UnitWord* measure = IsWord(k) ? FindUnit(Text(k), kMeasureUnits) : nullptr;
  if (measure == nullptr) return {};
  end = k + 1;
  return measure->unit;
}

// "2 inches" after "5 feet", "and 45 cents" after "13 dollars" at lex k: adds
// the smaller unit to q's value and returns the lex after it, or k.
size_t FigureFinder::AddMinorUnit(size_t k, std::string_view unit, Quantity& q) const {
  const auto compound = std::find_if(kCompoundUnits.begin(), kCompoundUnits.end(),
                                     [&](const CompoundUnit& c) { return c.major == unit; });
  if (compound == kCompoundUnits.end() || !q.value) return k;
  const size_t at = Is(k, "and") ? k + 1 : k;
  if (at >= lexes_.size() || lexes_[at].kind == LexKind::kPunct || !SameSentence(at, k)) return k;
  const std::optional<Core> part = ParseCore(at);
  if (!part || part->begin != at || !part->currency.empty() || !part->glued_unit.empty() || part->vague_low ||
      part->value >= compound->per || !IsWord(part->end))
    return k;
  const UnitWord* minor = FindUnit(Text(part->end), kMeasureUnits);
  if (minor == nullptr) minor = FindUnit(Text(part->end), kCurrencyWords);
  if (minor == nullptr || minor->unit != compound->minor) return k;
  const double value = *q.value + part->value / compound->per;
  q.value = value;
  if (q.low) q.low = value;
  if (q.high) q.high = value;
  return part->end + 1;
}

// "%", "percent", "pct-owned" or "per cent" at lex k.
bool FigureFinder::PercentAt(size_t k) const {
  return Is(k, "%") || (IsWord(k) && InTable(FirstPart(Text(k)), kPercentWords)) || (Is(k, "per") && Is(k + 1, "cent"));
}

// A cheap test run on every word before ParseCore: can a figure start here?
bool FigureFinder::MayBeginFigure(size_t k) const {
  std::string_view w = Text(k);
  if (w.size() <= 2) return Is(k, "a") || Is(k, "an") || w == "Rs" || (Glued(k + 1) && Is(k + 1, "$"));
  if (Glued(k + 1) && Is(k + 1, "$")) return true;
  if (w.size() == 3 && k + 1 < lexes_.size() && lexes_[k + 1].kind == LexKind::kNumber && IsAllCaps(w)) return true;
  // "two-thirds", "twenty-five": a hyphenated number opens with a number word.
  if (IsNumberWord(w) || IsNumberWord(FirstPart(w)) || Same(w, "minus") || Same(w, "negative") || Same(w, "several") ||
      Same(w, "few"))
    return true;
  if (w.back() != 's') return false;
  for (const VaguePlural& v : kVaguePlurals) {
    if (Same(w, v.first)) return true;
  }
  return false;
}

// A glued "-", "/" or "." between two glued numbers: "555-123", "12/31".
bool FigureFinder::Joins(size_t k) const {
  return k > 0 && k + 1 < lexes_.size() && (IsDash(k) || Is(k, "/") || Is(k, ".")) && Glued(k) && Glued(k + 1) &&
         lexes_[k - 1].kind == LexKind::kNumber && lexes_[k + 1].kind == LexKind::kNumber;
}

// Numbers [first, end) that are one group of three or more joined by glued
// separators: phone numbers, dates written 12/31/2024, codes. Two groups
// ("8,000-10,000") are a range, not a code.
bool FigureFinder::InCodeChain(size_t first, size_t end) const {
  const bool before = first >= 2 && Joins(first - 1);
  const bool after = Joins(end);
  return (before && after) || (after && Joins(end + 2)) || (before && first >= 4 && Joins(first - 3)) ||
         (before && Is(first - 1, "/")) || (after && Is(end, "/"));
}

std::optional<Core> FigureFinder::ParseCore(size_t k) const {
  if (k >= lexes_.size()) return std::nullopt;
  Core core;
  core.begin = k;
  // A currency sign, possibly after a country prefix: "$", "US$".
  if (lexes_[k].kind == LexKind::kWord && Glued(k + 1) && Is(k + 1, "$")) {
    if (const UnitWord* p = FindUnit(Text(k), kDollarPrefixes)) {
      core.currency = p->unit;
      k += 2;
    }
  } else if (lexes_[k].kind == LexKind::kWord && k + 1 < lexes_.size() && lexes_[k + 1].kind == LexKind::kNumber &&
             Text(k).size() == 3 && IsAllCaps(Text(k))) {
    // An ISO code before the number: "USD 200", "EUR 125".
    const UnitWord* code = FindUnit(Text(k), kCurrencyWords);
    if (code == nullptr) return std::nullopt;
    core.currency = code->unit;
    ++k;
  } else if (lexes_[k].kind == LexKind::kWord && Text(k) == "Rs" && k + 1 < lexes_.size()) {
    // "Rs 500 crore", "Rs. 2,000": rupees in South Asian copy.
    const size_t number = Is(k + 1, ".") ? k + 2 : k + 1;
    if (number >= lexes_.size() || lexes_[number].kind != LexKind::kNumber) return std::nullopt;
    core.currency = "INR";
    k = number;
  } else if (lexes_[k].kind == LexKind::kSymbol) {
    const UnitWord* sign = FindUnit(Text(k), kCurrencySigns);
    if (sign == nullptr) return std::nullopt;
    core.currency = sign->unit;
    ++k;
  }
  if (k >= lexes_.size()) return std::nullopt;
  if (lexes_[k].kind == LexKind::kWord && core.currency.empty()) {
    for (const VaguePlural& v : kVaguePlurals) {
      if (!Is(k, v.first)) continue;
      if (!v.second.empty()) {
        if (!Is(k + 1, "of") || !Is(k + 2, v.second)) continue;
        core.end = k + 3;
      } else {
        core.end = k + 1;
      }
      if (v.second.empty() && !Is(core.end, "of")) continue;  // "in the thousands" is not a figure
      core.vague_low = v.low;
      core.vague_high = v.high;
      core.from_word = true;
      return core;
    }
    for (const VagueCount& v : kVagueCounts) {
      if (!Is(k, v.word)) continue;
      std::optional<double> scale = k + 1 < lexes_.size() ? ScaleWordValue(Text(k + 1)) : std::nullopt;
      if (!scale) break;
      if (Is(k, "few")) {
        if (k == 0 || !Is(k - 1, "a")) break;
        core.begin = k - 1;
      }
      core.end = k + 2;
      core.vague_low = v.low * *scale;
      core.vague_high = v.high * *scale;
      core.from_word = true;
      return core;
    }
  }
  if (lexes_[k].kind == LexKind::kNumber) {
    std::optional<DigitNumber> d = ParseDigitToken(Text(k));
    if (!d) return std::nullopt;
    // "800m" without a currency is a race distance in metres, and so are
    // "1.8m tall" and the conversion of a length ("jumped 30ft (10m)"); "5m
    // people" and "100m people" stay millions.
    std::string_view t0 = Text(k);
    if (core.currency.empty() && t0.size() > 1 && (t0.back() == 'm' || t0.back() == 'M') &&
        t0[t0.size() - 2] >= '0' && t0[t0.size() - 2] <= '9' && !CountsPlural(k + 1)) {
      std::optional<DigitNumber> metres = ParseDigitToken(t0.substr(0, t0.size() - 1));
      if (metres && metres->suffix.empty() &&
          (std::find(kRaceDistances.begin(), kRaceDistances.end(), metres->value) != kRaceDistances.end() ||
           (IsWord(k + 1) && InTable(Text(k + 1), kDimensionAdjectives)) || ImperialLengthBefore(k))) {
        core.value = metres->value;
        core.glued_unit = "m";
        core.digits = true;
        core.end = k + 1;
        return core;
      }
    }
    if (!d->suffix.empty()) {
      if (const UnitWord* minor = FindUnit(d->suffix, kGluedMinorUnits); minor && core.currency.empty()) {
        core.currency = minor->unit;
        core.value = d->value;
        core.digits = true;
        core.end = k + 1;
        return core;
      }
      const UnitWord* measure = FindUnit(d->suffix, kMeasureUnits);
      if (measure == nullptr) return std::nullopt;  // "3rd", "3pm", "5G"
      core.glued_unit = measure->unit;
    }
    std::string_view t = Text(k);
    core.digits = true;
    core.year_like = !d->has_separator && t.size() == 4 && d->value >= 1000 && d->value <= 2100;
    if (!core.glued_unit.empty()) {
      core.value = d->value;
      core.end = k + 1;
      return core;
    }
    // "3/4 of a mile", "10 1/2 miles", "7-1/4 pct": a fraction written with a
    // slash, alone or after a whole number ("In 2023 1/3 of voters" is a year).
    const size_t part = IsDash(k + 1) && Glued(k + 1) && Glued(k + 2) ? k + 2 : k + 1;
    if (std::optional<double> f = SlashFractionAt(k)) {
      core.value = *f;
      core.end = k + 3;
      core.slash_fraction = true;
    } else if (d->value == std::floor(d->value) && (part == k + 2 || !core.year_like) &&
               (f = SlashFractionAt(part))) {
      core.value = d->value + *f;
      core.end = part + 3;
    }
    if (core.end != 0) {
      core.year_like = false;
      if (const UnitWord* minor = FindUnit(ParseDigitToken(Text(core.end - 1))->suffix, kGluedMinorUnits)) {
        core.currency = minor->unit;
        return core;
      }
      // "1-1/2 billion dlrs", "2-1/2 mln".
      if (IsWord(core.end) && Text(core.end).size() > 1) {
        std::optional<double> scale = ScaleWordValue(Text(core.end));
        if (!scale) scale = ScaleSuffixValue(Text(core.end));
        if (scale) {
          core.value = ScaleBy(core.value, *scale);
          core.scaled = true;
          ++core.end;
        }
      }
      return core;
    }
  }
  if (lexes_[k].kind == LexKind::kWord && core.currency.empty() && SpelledWithUnit(Text(k), core)) {
    core.end = k + 1;
    return core;
  }
  NumberBuilder builder;
  size_t j = k;
  while (j < lexes_.size() && lexes_[j].kind != LexKind::kPunct && lexes_[j].kind != LexKind::kSymbol &&
         (j == k || SameSentence(j, k)) && builder.Feed(Text(j))) {
    ++j;
  }
  if (builder.committed() == 0) return std::nullopt;
  core.end = k + builder.committed();
  core.value = *builder.value();
  core.scaled = builder.scaled();
  core.from_word = lexes_[k].kind == LexKind::kWord;
  core.fraction = core.value != std::floor(core.value) && core.from_word && !core.scaled;
  if (core.scaled) core.year_like = false;
  // "$5 bn": a scale abbreviation as its own word, only after a currency sign.
  if (!core.currency.empty() && IsWord(core.end)) {
    if (std::optional<double> scale = ScaleSuffixValue(Text(core.end))) {
      core.value = ScaleBy(core.value, *scale);
      core.scaled = true;
      ++core.end;
    }
  }
  // "$5-million", "a 1.2-billion-dollar deal", "a 50-mln-dlr budget": a scale
  // glued by a hyphen, and the currency or measure glued after it.
  if (core.digits && IsDash(core.end) && Glued(core.end) && Glued(core.end + 1) && IsWord(core.end + 1)) {
    const std::string_view glued = Text(core.end + 1), first = FirstPart(glued);
    std::optional<double> scale = ScaleWordValue(first);
    if (!scale && first.size() > 1) scale = ScaleSuffixValue(first);
    if (scale) {
      core.value = ScaleBy(core.value, *scale);
      core.scaled = true;
      core.year_like = false;
      core.end += 2;
      const std::string_view rest = FirstPart(glued.substr(std::min(first.size() + 1, glued.size())));
      if (const UnitWord* c = FindUnit(rest, kCurrencyWords); c && core.currency.empty()) core.currency = c->unit;
      else if (const UnitWord* m = FindUnit(rest, kMeasureUnits)) core.glued_unit = m->unit;
    }
  }
  return core;
}

// Extends `start` backwards over a qualifier phrase ending just before it.
// Phrases are matched from their last word backwards: the word before a
// figure ends no phrase nearly always, and then each costs one compare.
Qualifier FigureFinder::QualifierBefore(size_t& start) const {
  if (start == 0 || !IsWord(start - 1) || !SameSentence(start - 1, start)) return Qualifier::kExact;
  const std::string_view before = Text(start - 1);
  Qualifier best = Qualifier::kExact;
  size_t best_len = 0;
  for (const QualifierWords& q : kQualifierWords) {
    if (q.count <= best_len || q.count > start || !Same(before, q.last_first[0])) continue;
    bool match = true;
    for (size_t w = 1; w < q.count && match; ++w) {
      const size_t k = start - 1 - w;
      match = IsWord(k) && SameSentence(k, start) && Same(Text(k), q.last_first[w]);
    }
    if (match) {
      best = q.qualifier;
      best_len = q.count;
    }
  }
  start -= best_len;
  return best;
}

// "more than 100 and less than 300", "at most 100 and at least 20": the figure
// after "and" or "but" at lex k when the bound opposite to `bound` opens it
// and leaves room for `value`.
std::optional<Core> FigureFinder::OppositeBound(size_t k, Qualifier bound, double value) const {
  if (!Is(k, "and") && !Is(k, "but")) return std::nullopt;
  const bool lower = bound == Qualifier::kLowerBound;
  // Qualifier phrases have three words at most ("no more than").
  for (size_t j = k + 2; j <= k + 4 && j < lexes_.size() && SameSentence(j, k); ++j) {
    size_t start = j;
    const Qualifier q = QualifierBefore(start);
    if (start != k + 1 || q != (lower ? Qualifier::kUpperBound : Qualifier::kLowerBound)) continue;
    std::optional<Core> other = ParseCore(j);
    if (!other || other->begin != j || other->vague_low || Excluded(*other, start, true) ||
        (lower ? other->value <= value : other->value >= value))
      return std::nullopt;
    return other;
  }
  return std::nullopt;
}

bool FigureFinder::Excluded(const Core& core, size_t start, bool qualified) const {
  const size_t k = core.begin;
  const Span span{lexes_[k].span.begin, lexes_[core.end - 1].span.end};
  if (InTime(span)) return true;
  const bool money = !core.currency.empty();
  if (core.year_like && !money) {
    // "1000-5000 troops": a partner past any year makes both plain figures.
    std::optional<DigitNumber> partner;
    if ((IsDash(core.end) || Is(core.end, "to")) && core.end + 1 < lexes_.size() &&
        lexes_[core.end + 1].kind == LexKind::kNumber)
      partner = ParseDigitToken(Text(core.end + 1));
    if (!partner || partner->value <= 2100) return true;
  }
  if (money) return false;
  // Dates: "Oct. 28", "28 October".
  if (k > 0 && (IsMonth(k - 1) || (Is(k - 1, ".") && k > 1 && IsMonth(k - 2)))) return true;
  if (IsMonth(core.end)) return true;
  // Clock times: "3:30", "3 p.m.", "10 GMT".
  if ((Is(core.end, ":") && Glued(core.end) && Glued(core.end + 1)) || (k > 0 && Is(k - 1, ":") && Glued(k)))
    return true;
  if (IsWord(core.end) && InTable(Text(core.end), kClockWords)) return true;
  if ((Is(core.end, "a") || Is(core.end, "p")) && Is(core.end + 1, ".") && Is(core.end + 2, "m")) return true;
  // Decades: "in the 70's", "the 1990's".
  if (core.digits && std::fmod(core.value, 10) == 0 && core.end + 1 < lexes_.size() && Glued(core.end) &&
      IsApostrophe(text_, lexes_[core.end].span.begin) && Is(core.end + 1, "s"))
    return true;
  if (core.digits) {
    // Identifiers: "#5", "No. 10", "Flight 370", "Article 5"; phone numbers and
    // codes chained with glued dashes or dots.
    if (k > 0 && Glued(k) && lexes_[k - 1].kind != LexKind::kPunct) return true;
    // Digits after glued letters are a code too: "NHL 2K5", "a 3G4 model".
    if (core.end < lexes_.size() && Glued(core.end) && lexes_[core.end].kind == LexKind::kNumber) return true;
    if (InCodeChain(k, core.end)) return true;
    // A scale or a unit after the number makes it an amount of the name before
    // it: "Indonesia 3 trillion rupiah", "Japan 5 pct".
    if (k > 0 && start == k && IsWord(k - 1) && lexes_[k - 1].capitalized &&
        ((k > 1 && SameSentence(k - 2, k)) || Text(k - 1).ends_with("No")) &&
        Text(k).find(',') == std::string_view::npos && !core.scaled && !NamesUnit(core.end) && !Is(core.end, "%"))
      return true;
    if (k > 1 && Is(k - 1, ".") && Glued(k - 1) && Same(Text(k - 2), "no") && lexes_[k - 2].capitalized) return true;
    // Ages set off by commas: "John Smith, 45, said", "The England international, 24, was",
    // and after a name at the end of a sentence: "... and the chef Anna Hall, 41."
    const bool ends_sentence =
        Is(core.end, ".") && (core.end + 1 >= lexes_.size() || !SameSentence(core.end + 1, k));
    if (k > 1 && Is(k - 1, ",") && IsWord(k - 2) &&
        (Is(core.end, ",") || (ends_sentence && lexes_[k - 2].capitalized)) && core.value < 120 && start == k &&
        core.value == std::floor(core.value))
      return true;
  } else if (lexes_[k].capitalized && k > 0 && SameSentence(k - 1, k) && !Is(k - 1, "\"") &&
             lexes_[k - 1].kind != LexKind::kPunct) {
    return true;  // a capital mid-sentence makes a name: "World War Two", "Five Live"
  }
  // Ranks and numbered things: "world number three", "number 10", "chapter 11".
  if (k > 0 && start == k && IsWord(k - 1) && InTable(Text(k - 1), kNumberingWords) && !money) return true;
  // Zero-padded digits are codes and clock times: "0700", "007".
  if (core.digits && Text(k).size() > 1 && Text(k)[0] == '0' && Text(k)[1] != '.') return true;
  // "one", "a", "an" alone are determiners, not figures; "one of the" never
  // is. A unit makes "one" a measure: "one penny", "one mile", "a one-mile";
  // a whole after "in" a share: "One in 10 adults".
  const bool ratio = Is(core.end, "in") && core.end + 1 < lexes_.size() &&
                     (lexes_[core.end + 1].kind == LexKind::kNumber || IsNumberWord(Text(core.end + 1)));
  if (core.from_word && !core.scaled && core.value == 1 && (!qualified || Is(core.end, "of")) &&
      core.glued_unit.empty() && !(Is(core.begin, "one") && (NamesUnit(core.end) || ratio)))
    return true;
  size_t unit_end;
  if (core.fraction && !Is(core.end, "of") && !Is(core.end, "the") && UnitOfOne(core.end, unit_end).empty())
    return true;  // "second half", not "half a mile"
  return false;
}

// The counted noun phrase starting at lex k; advances k past it. After "of"
// determiners are skipped ("5% of the vote" counts "vote"); right after the
// number a determiner means nothing is counted ("1,900 a week").
std::optional<Span> FigureFinder::CountedPhrase(size_t& k, bool after_of) const {
  while (after_of && IsWord(k) && InTable(Text(k), kDeterminers)) ++k;
  // "two of the country's leading politicians": a common noun's possessive
  // is a determiner; a name's stays ("half of India's beer market").
  if (after_of && IsWord(k) && !lexes_[k].capitalized && IsPossessive(Text(k)) && IsWord(k + 1)) ++k;
  // "3,000 more troops", "16 other MPs": the comparative is not part of what
  // is counted.
  if (!after_of && (Is(k, "more") || Is(k, "fewer") || Is(k, "other")) && IsWord(k + 1) &&
      !InTable(Text(k + 1), kNounPhraseStops))
    ++k;
  size_t first = k, last = k;
  bool lowercase_seen = false;
  for (size_t n = 0; n < 5 && IsWord(k) && SameSentence(k, first); ++n, ++k) {
    std::string_view w = Text(k);
    // Coordinated modifiers before one noun: "300 natural and man-made
    // disasters". A plural before "and" has already ended the phrase, and a
    // noun that a verb follows opens a new clause ("$1.2 billion in aid and
    // inflation rose").
    if ((Same(w, "and") || Same(w, "or")) && k != first && last == k && IsWord(k + 1) &&
        !lexes_[k + 1].capitalized && !InTable(Text(k + 1), kNounPhraseStops) && !IsNumberWord(Text(k + 1)) &&
        IsWord(k + 2) && !InTable(Text(k + 2), kNounPhraseStops))
      continue;
    // A negated auxiliary is a verb: "half of those weren't", "300 don't". A
    // time unit opening the phrase says when, not what: "178 mln dlrs in year"
    // ("two previous months" is a duration that counts months).
    if (InTable(w, kNounPhraseStops) || InTable(w, kWeekdays) || IsMonth(k) || InTime(lexes_[k].span) ||
        (k == first && InTable(w, kTimeUnits)) ||
        IsNumberWord(w) || w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t"))
      break;
    // A name after lowercase words starts a new phrase ("troops Russia
    // sent"), except one a singular noun introduces ("a third of US giant
    // Seagram") and a plural acronym, which is a common noun: "2,000 new CSOs".
    const bool plural_acronym = w.size() >= 3 && w.back() == 's' && IsAllCaps(w.substr(0, w.size() - 1));
    if (lexes_[k].capitalized && lowercase_seen && !plural_acronym && !(after_of && !IsPluralNoun(Text(k - 1))))
      break;
    // A participle or adverb ends the phrase, unless it opens one.
    if (VerbLike(k) && !(k == first && ParticipleModifies(k, after_of))) break;
    if (!lexes_[k].capitalized) lowercase_seen = true;
    last = k + 1;
    // A plural noun before a lowercase word is the head: "83 MPs gave".
    if (IsPluralNoun(w) && IsWord(k + 1) && !lexes_[k + 1].capitalized) break;
  }
  k = last;
  if (last == first) return std::nullopt;
  return Span{lexes_[first].span.begin, lexes_[last - 1].span.end};
}

void FigureFinder::Run(std::vector<Quantity>& out, std::vector<size_t>& start_lex, std::vector<size_t>& end_lex) {
  size_t next_free = 0;
  // A fraction waiting for the figure it is a share of: "half of the 3.5
  // million residents". `share_whole_lex` is where that figure starts.
  size_t share_index = 0, share_whole_lex = SIZE_MAX;
  for (size_t i = 0; i < lexes_.size(); ++i) {
    if (i < next_free) continue;
    const LexKind kind = lexes_[i].kind;
    if (kind == LexKind::kPunct || (kind == LexKind::kWord && !MayBeginFigure(i))) continue;
    std::optional<Core> low = ParseCore(i);
    if (!low) continue;
    // "fell -1.2%", "-5 degrees": a minus glued to the figure after space is
    // its sign ("8,000-10,000" is a range, its dash glued on both sides).
    if (low->begin == i && kind == LexKind::kNumber && low->currency.empty() && i > 0 && Glued(i) &&
        (Is(i - 1, "-") || Is(i - 1, "\xE2\x88\x92")) && (i == 1 || !Glued(i - 1))) {
      low->begin = i - 1;
      low->value = -low->value;
    }
    size_t start = low->begin;
    Qualifier qualifier = QualifierBefore(start);
    const bool qualified = start != low->begin;
    if (Excluded(*low, start, qualified)) {
      // The other half of an excluded pair goes with it: "Mirnyi 6-7".
      next_free = Joins(low->end) ? low->end + 2 : low->end;
      continue;
    }
    // Ranges: "between 8,000 and 10,000", "8,000-10,000", "8,000 to 10,000",
    // but not "rose from 3,000 to 5,000", which is a change.
    bool between = start > 0 && Is(start - 1, "between") && SameSentence(start - 1, i);
    bool from = start > 0 && Is(start - 1, "from");
    bool change_from = from && ChangeFrom(text_, lexes_, start - 1);
    size_t end = low->end;
    std::string_view unit = low->currency.empty() ? low->glued_unit : low->currency;
    bool percent = false;
    if (Is(end, "%")) {
      percent = true;
      ++end;
    }
    // "rose 2% to $11.1bn": after a change verb, "to" gives the new level.
    // A change with its own unit may sit a few words after the verb ("lifted
    // interest rates 0.25% to 5.5%", "dropped by 1.2% to 50.50 euros"); a
    // range names its unit once ("rose by 3 to 4 percent").
    bool change_to = start > 0 && InTable(Text(start - 1), kChangeVerbs);
    for (size_t back = 2; !change_to && (percent || !low->currency.empty()) && back <= 3 && start >= back; ++back)
      change_to = SameSentence(start - back, start) && InTable(Text(start - back), kChangeVerbs);
    std::optional<Core> high;
    // "between 10 pct and 15 pct", "from 3.9 pct to 5.15 pct": a unit named at
    // both ends. Only "between" or "from" make that a range; otherwise the
    // second figure is a new level ("cut by 0.5 pct to 7.5 pct").
    const bool unit_twice = (between || (from && !change_from)) && IsWord(end) && NamesUnit(end);
    size_t joiner = unit_twice ? end + 1 : end;
    // "the 200- to 300-seat sector": the low end's hyphen waits for the noun
    // glued to the high end.
    if (IsDash(joiner) && Glued(joiner) && !Glued(joiner + 1) && Is(joiner + 1, "to")) ++joiner;
    const bool to = Is(joiner, "to") || Is(joiner, "through");  // "20 through 100"
    if (joiner < lexes_.size() && SameSentence(joiner, i) &&
        ((between && Is(joiner, "and")) || (!between && !change_from && (IsDash(joiner) || (to && !change_to))))) {
      high = ParseCore(joiner + 1);
      if (high && unit_twice && !RepeatsWord(high->end, end)) high.reset();
      // Both ends in the same currency, and no money range from a percentage;
      // a percentage written at the low end is written at the high one too
      // ("down 6% to 309,381 yen" is a change).
      if (high && ((percent && (!high->currency.empty() || !PercentAt(high->end))) ||
                   (!low->currency.empty() && !high->currency.empty() && low->currency != high->currency)))
        high.reset();
      // Scores and set results ("won 3-1", "1-0 defeat", "6-4 3-6 7-6") and
      // spans of dates ("from 9-15 January").
      const bool glued_pair = high && IsDash(joiner) && Glued(joiner) && Glued(joiner + 1);
      const bool unit_follows = high && (Is(high->end, "%") || NamesUnit(high->end));
      // Even odds ("a 50-50 chance") are no range either.
      if ((glued_pair && (high->value <= low->value || (low->value < 10 && high->value < 10 && !unit_follows && !percent &&
                                                       !high->scaled && low->currency.empty()) ||
                          Joins(high->end + 1) || Is(high->end, ")"))) ||
          (high && IsMonth(high->end))) {
        next_free = high->end;
        continue;
      }
      if (high && (high->year_like || Excluded(*high, high->begin, false))) high.reset();
      if (high && high->value < low->value && !high->vague_low) high.reset();
      if (high && low->year_like && high->value <= 2100) high.reset();  // "1000-5000 troops" stays
    }
    bool bound_pair = false;
    if (!high && !low->vague_low && (qualifier == Qualifier::kLowerBound || qualifier == Qualifier::kUpperBound)) {
      // "more than 10 pct and less than 20 pct": the unit may be named at both ends.
      const bool named = IsWord(end) && NamesUnit(end);
      high = OppositeBound(named ? end + 1 : end, qualifier, low->value);
      if (high && named && !RepeatsWord(high->end, end)) high.reset();
      if (high && !low->currency.empty() && !high->currency.empty() && low->currency != high->currency) high.reset();
      bound_pair = high.has_value();
    }
    // "1 in 5 adults", "six in 10 voters": a share written as a ratio.
    std::optional<double> ratio;
    if (!high && !low->vague_low && low->currency.empty() && !percent && Is(end, "in") && SameSentence(end, i)) {
      const std::optional<Core> whole = ParseCore(end + 1);
      if (whole && whole->currency.empty() && !whole->vague_low && !whole->year_like && whole->value > low->value &&
          !Excluded(*whole, whole->begin, false)) {
        ratio = low->value / whole->value;
        end = whole->end;
      }
    }
    Quantity q;
    if (high) {
      double lo = low->value, hi = high->value;
      if (bound_pair) {
        if (qualifier == Qualifier::kUpperBound) std::swap(lo, hi);
        qualifier = Qualifier::kExact;  // the two ends say it all
      }
      // "3 to 4 million": the scale of the high end applies to the low one.
      if (!bound_pair && !low->scaled && high->scaled && lo < 1000) {
        for (double scale : {1e12, 1e9, 1e6, 1e3}) {
          if (hi >= scale) {
            if (lo * scale <= hi) lo = ScaleBy(lo, scale);
            break;
          }
        }
      }
      q.low = lo;
      q.high = hi;
      if (unit.empty()) unit = high->currency.empty() ? high->glued_unit : high->currency;
      end = high->end;
      if (between) --start;
      else if (from) --start;
    } else if (low->vague_low) {
      q.low = low->vague_low;
      q.high = low->vague_high;
      if (qualifier == Qualifier::kExact) qualifier = Qualifier::kApproximate;
    } else {
      q.value = ratio ? *ratio : low->value;
      if (qualifier == Qualifier::kUpperBound) q.high = q.value;
      if (qualifier == Qualifier::kLowerBound) q.low = q.value;
    }
    // Units written after the number; a vague amount names its unit after
    // "of": "billions of pounds", "thousands of miles".
    if (low->vague_low && Is(end, "of") && NamesUnit(end + 1)) ++end;
    if (PercentAt(end)) {
      percent = true;
      end += Is(end, "per") ? 2 : 1;
    }
    bool measure = !low->glued_unit.empty();
    std::string square_unit, glued_noun;
    bool money = !low->currency.empty() || (high && !high->currency.empty());
    std::string_view dotted_currency;
    if (percent) {
      unit = "percent";
    } else if (Is(end, "percentage") && (Is(end + 1, "points") || Is(end + 1, "point"))) {
      unit = "percentage points";
      end += 2;
    } else if (Is(end, "basis") && (Is(end + 1, "points") || Is(end + 1, "point"))) {
      unit = "basis points";
      end += 2;
    } else if (const size_t after = unit.empty() ? DottedCurrencyEnd(end, dotted_currency) : end; after != end) {
      unit = dotted_currency;
      money = true;
      end = after;
    } else if (IsWord(end) && unit.empty() && CurrencyPhraseAt(end)) {
      unit = CurrencyPhraseAt(end)->unit;
      money = true;
      end += 2;
    } else if (IsWord(end) && unit.empty()) {
      // "25 pounds of rice", "she lost 25 pounds", "weighs 200 pounds": weight, not sterling.
      const UnitWord* c = FindUnit(Text(end), kCurrencyWords);
      if (c == nullptr && low->scaled) c = FindUnit(Text(end), kScaledCurrencyWords);
      if (c && c->unit == "GBP" && Same(Text(end), "pounds") &&
          (Is(end + 1, "of") || (start > 0 && InTable(Text(start - 1), kWeighVerbs)) ||
           (start > 1 && InTable(Text(start - 2), kWeighVerbs))))
        c = nullptr;
      if (c) {
        unit = c->unit;
        money = true;
        ++end;
      } else if (const UnitWord* m = FindUnit(Text(end), kMeasureUnits)) {
        unit = m->unit;
        measure = true;
        ++end;
      } else if ((Is(end, "square") || Is(end, "cubic")) && IsWord(end + 1) && FindUnit(Text(end + 1), kMeasureUnits)) {
        // "100,000 square foot", "50 square kilometres", "0.9 trillion cubic
        // feet": unit "sq ft", "sq km", "cu ft".
        square_unit.assign(Is(end, "square") ? "sq " : "cu ").append(FindUnit(Text(end + 1), kMeasureUnits)->unit);
        unit = square_unit;
        measure = true;
        end += 2;
      } else if (Is(end, "metric") && (Is(end + 1, "tons") || Is(end + 1, "tonnes"))) {
        unit = "tonnes";
        measure = true;
        end += 2;
      }
    }
    // A measure glued by a hyphen: "a 116-foot rocket", "a 5-km stretch",
    // "a 30-meter-long pile".
    if (unit.empty() && IsDash(end) && Glued(end) && Glued(end + 1) && IsWord(end + 1)) {
      if (const UnitWord* m = FindUnit(FirstPart(Text(end + 1)), kMeasureUnits)) {
        unit = m->unit;
        measure = true;
        end += 2;
      } else if (const UnitWord* c = FindUnit(FirstPart(Text(end + 1)), kCurrencyWords)) {
        unit = c->unit;  // "a 12-cent-a-share dividend", "a 10-dollar bill"
        money = true;
        end += 2;
      }
    }
    // "3/4 of a mile", "half a percentage point": a share of one unit is that
    // many units.
    if (unit.empty() && !high && !low->vague_low && low->value > 0 && low->value < 1) {
      if (const std::string_view one = UnitOfOne(end, end); !one.empty()) {
        unit = one;
        measure = unit != "percentage points";
      }
    }
    if (!high) end = AddMinorUnit(end, unit, q);
    // Earthquakes: "a magnitude 7.1 earthquake", "6.4 on the Richter scale".
    if (unit.empty() && !percent && !money) {
      if (start > 0 && Is(start - 1, "magnitude") && SameSentence(start - 1, i)) {
        unit = "magnitude";
        measure = true;
        --start;
      } else if (Is(end, "on") && Is(end + 1, "the") && Is(end + 2, "richter") && Is(end + 3, "scale")) {
        unit = "magnitude";
        measure = true;
        end += 4;
      }
    }
    // Bounds written after the number: "1,000 or more", "50 or fewer".
    if (!high && !low->vague_low && qualifier == Qualifier::kExact && (Is(end, "or") || Is(end, "and")) &&
        IsWord(end + 1)) {
      std::string_view w = Text(end + 1);
      bool at_least = Same(w, "more") || Same(w, "greater") || Same(w, "above") || Same(w, "higher");
      bool at_most = Same(w, "less") || Same(w, "fewer") || Same(w, "below") || Same(w, "lower");
      if (at_least || at_most) {
        qualifier = at_least ? Qualifier::kLowerBound : Qualifier::kUpperBound;
        (at_least ? q.low : q.high) = q.value;
        end += 2;
      }
    }
    // Ages and durations written as modifiers: "5-year-old", "10-day".
    if (IsDash(end) && Glued(end) && Glued(end + 1) && IsWord(end + 1)) {
      bool duration = false;
      for (std::string_view stem : kDurationStems) duration = duration || StartsWithIgnoreCase(Text(end + 1), stem);
      if (duration) {
        next_free = end + 2;
        continue;
      }
      // "The 3,500-page report", "a 12-member panel": the glued noun is
      // the unit, and the noun after it what the figure describes, not
      // what it counts.
      const std::string_view glued = FirstPart(Text(end + 1));
      if (unit.empty() && !lexes_[end + 1].capitalized && glued.size() >= 3 && !Same(glued, "strong") &&
          !InTable(glued, kNounPhraseStops) && !IsNumberWord(glued)) {
        glued_noun.assign(glued);
        for (char& c : glued_noun) c = AsciiLower(c);
        unit = glued_noun;
        measure = true;
        end += 2;
      }
    }
    // Durations, "thousands of years" included, and halves of periods
    // ("the first half of the year") belong to times.
    // Ages describe a person rather than count anything, like "5-year-old"
    // above: "aged 13 to 18", "aged over 65", "at the age of 85", "between the
    // ages of 18 and 24".
    if (!percent && !money && start > 0 &&
        (Is(start - 1, "aged") || (Is(start - 1, "of") && start > 1 && (Is(start - 2, "age") || Is(start - 2, "ages"))))) {
      // The other end of "between the ages of 18 and 30" goes with it.
      const bool other_end = !high && (Is(end, "and") || Is(end, "to")) && end + 1 < lexes_.size() &&
                             lexes_[end + 1].kind == LexKind::kNumber;
      next_free = other_end ? end + 2 : end;
      continue;
    }
    const size_t after_of = Is(end, "of") ? end + 1 : end;
    if (((IsWord(end) && InTable(FirstPart(Text(end)), kTimeUnits)) ||  // "6-1/2 year-old"
         ((low->vague_low || low->fraction) && IsWord(after_of) && InTable(Text(after_of), kTimeUnits))) &&
        !percent && !money) {
      next_free = end;
      continue;
    }
    if (low->fraction && start > 0 && InTable(Text(start - 1), kOrdinalWords)) {
      next_free = end;
      continue;
    }
    // Estimates stated around the figure: "estimates put the number at 3,000".
    if (qualifier == Qualifier::kExact) {
      // Back to the figure before at most: "an estimated 400 people, most
      // aged 13 to 18" estimates the 400, not the ages.
      for (size_t b = start; b > 0 && b + 6 > start && SameSentence(b - 1, i) && lexes_[b - 1].kind != LexKind::kNumber;
           --b) {
        if (InTable(Text(b - 1), kEstimateWords)) qualifier = Qualifier::kEstimate;
      }
    }
    // What is counted.
    size_t k = end;
    if (IsDash(k) && Glued(k) && Glued(k + 1) && IsWord(k + 1)) k += 2;  // "a 10,000-strong force"
    std::optional<Span> counted;
    // What is counted is in the figure's sentence: a wire table's next row
    // ("Net 5,011,000 vs 2,314,000\n    Revs 57.3 mln") counts nothing of it.
    const bool in_sentence = k < lexes_.size() && SameSentence(k, i);
    if (low->fraction && in_sentence && IsWord(k) && InTable(Text(k), kDeterminers)) {
      counted = CountedPhrase(k, true);  // "half the income"
    } else if (Is(k, "of") && SameSentence(k, i)) {
      ++k;
      counted = CountedPhrase(k, true);
    } else if (money) {
      // "$1.2 billion in military aid", but not "$9.3bn in a sale".
      if ((Is(k, "in") || Is(k, "worth")) && SameSentence(k, i)) {
        k += Is(k + 1, "of") ? 2 : 1;
        const size_t first = k;
        counted = CountedPhrase(k, false);
        // "510p in London" says where; what money buys is a common noun
        // ("$1.2bn in US aid").
        bool common = false;
        for (size_t j = first; j < k; ++j) common = common || !lexes_[j].capitalized;
        if (!common) counted.reset();
      }
    } else if (!percent && !measure && !low->fraction && unit.empty() && in_sentence) {
      counted = CountedPhrase(k, false);
    }
    // "the number of evacuees had risen from 3,000": what the figure counts
    // was named before it.
    if (!counted && !percent && !money && !measure && unit.empty()) {
      for (size_t b = start; b >= 2 && b + 8 > start && SameSentence(b - 1, i) && IsWord(b - 1); --b) {
        if (!Is(b - 1, "of") || !Is(b - 2, "number")) continue;
        size_t head = b;
        counted = CountedPhrase(head, true);
        break;
      }
      // "a population of about 44 million", "a crowd of 360,000": a whole
      // made of what the figure counts.
      if (!counted && start >= 2 && Is(start - 1, "of") && SameSentence(start - 2, i) &&
          InTable(Text(start - 2), kCollectiveNouns))
        counted = lexes_[start - 2].span;
    }
    if (counted) {
      q.counted_span = counted;
      q.counted = std::string(doc_.Slice(*counted));
      std::string_view head = q.counted;
      head = head.substr(head.rfind(' ') + 1);
      // A share of one named thing has no unit: "a third of US giant Seagram".
      const bool named_whole = low->fraction && head[0] >= 'A' && head[0] <= 'Z' && !IsPluralNoun(head);
      if (unit.empty() && !named_whole) {
        q.unit.assign(head);
        // "Troops" opening a sentence is "troops"; acronyms ("MPs") stay.
        if (std::none_of(head.begin() + 1, head.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
          q.unit[0] = AsciiLower(q.unit[0]);
        }
      }
    }
    // "10 Downing Street": a number before a name is an address, not a count.
    if (counted && low->digits && !qualified && unit.empty() && lexes_[k - 1].capitalized &&
        lexes_[end].capitalized && !doc_.Slice(*counted).ends_with("s")) {
      next_free = k;
      continue;
    }
    if (q.unit.empty()) q.unit.assign(unit);
    // A bare spelled-out number stands for a noun said before: "the two were";
    // but the older figure of a change counts what the newer one does ("Two
    // dozen lawmakers signed, up from a dozen"). A bare fraction ("ended 3/4")
    // says as little; a number in thousands or more ("topped four billion")
    // is a figure in itself, and so is a share written as a ratio ("one in five
    // even admitted").
    if ((low->from_word || low->slash_fraction) && !low->vague_low && q.unit.empty() && !counted && !qualified &&
        !high && !change_from && !ratio && !(low->scaled && low->value >= 1000))
      continue;
    q.qualifier = qualifier;
    q.span = {lexes_[start].span.begin, lexes_[end - 1].span.end};
    // "half of the 3.5 million residents": a share of a figure counts what
    // that figure counts.
    if (share_whole_lex == start && q.counted_span) {
      Quantity& share = out[share_index];
      share.counted_span = q.counted_span;
      share.counted = q.counted;
      if (share.unit.empty()) share.unit = q.unit;
    }
    share_whole_lex = SIZE_MAX;
    if (low->fraction && !counted && k < lexes_.size() && lexes_[k].kind == LexKind::kNumber)
      share_index = out.size(), share_whole_lex = k;
    out.push_back(std::move(q));
    start_lex.push_back(start);
    end_lex.push_back(std::max(end, k));
    next_free = end;
  }
}

// ---- links between figures, speakers and times ------------------------------------

size_t LexAt(const std::vector<Lex>& lexes, uint32_t pos) {
  auto it = std::lower_bound(lexes.begin(), lexes.end(), pos, [](const Lex& l, uint32_t p) { return l.span.end <= p; });
  return static_cast<size_t>(it - lexes.begin());
}

// The entity credited with figures in lex range [first, end) of one sentence:
// "according to X" or a mention next to a cue verb ("X said", "said X").
// `mentions` are the linked mentions sorted by position.
int AttributionIn(const Document& doc, const std::vector<Lex>& lexes, const std::vector<const Mention*>& mentions,
                  size_t first, size_t end) {
  auto text = [&](size_t k) { return doc.Slice(lexes[k].span); };
  const uint32_t sentence_begin = lexes[first].span.begin, sentence_end = lexes[end - 1].span.end;
  auto in_sentence = std::lower_bound(mentions.begin(), mentions.end(), sentence_begin,
                                      [](const Mention* m, uint32_t pos) { return m->span.begin < pos; });
  for (size_t c = first; c < end; ++c) {
    bool according = Same(text(c), "according") && c + 1 < end && Same(text(c + 1), "to");
    if (!according && !InTable(text(c), kAttributionCues)) continue;
    int best = -1;
    size_t best_gap = SIZE_MAX;
    for (auto it = in_sentence; it != mentions.end() && (*it)->span.begin < sentence_end; ++it) {
      const Mention& m = **it;
      if (m.span.end > sentence_end) continue;
      size_t mb = LexAt(lexes, m.span.begin), me = LexAt(lexes, m.span.end - 1) + 1;
      size_t gap;
      if (according) {
        if (mb < c + 2) continue;
        gap = mb - (c + 2);
      } else if (me <= c) {
        gap = c - me;
      } else if (mb > c) {
        gap = mb - c - 1;
      } else {
        continue;
      }
      if (gap <= 4 && gap < best_gap) {
        best_gap = gap;
        best = m.entity;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

void LinkFigures(Document& doc, const std::vector<Lex>& lexes, const std::vector<size_t>& start_lex,
                 const std::vector<size_t>& end_lex) {
  std::vector<Quantity>& qs = doc.quantities;
  auto text = [&](size_t k) { return doc.Slice(lexes[k].span); };
  std::vector<bool> older(qs.size(), false);
  // Stated changes between neighbours in one sentence.
  for (size_t a = 0; a + 1 < qs.size(); ++a) {
    size_t b = a + 1;
    if (lexes[start_lex[a]].sentence != lexes[start_lex[b]].sentence) continue;
    // A conversion in brackets belongs to the figure before it: "£75m ($141m)
    // compared with £125m" updates £75m.
    size_t newer = a;
    if (a > 0 && lexes[start_lex[a - 1]].sentence == lexes[start_lex[a]].sentence &&
        end_lex[a - 1] + 1 == start_lex[a] && text(end_lex[a - 1]) == "(")
      newer = a - 1;
    size_t gap_begin = end_lex[a], gap_end = start_lex[b];
    if (gap_end < gap_begin || gap_end - gap_begin > 10) continue;
    // The cue stands just before the older figure, with no punctuation
    // between: "up from the estimate of 3,000", "compared with 1,900".
    // "from" states a change only with a word of change before it ("up
    // from", "fell to 4 from 5"): "a gain of 1.58 million from the 2.75
    // million sale" compares nothing.
    auto changed_before = [&](size_t k, size_t words) {
      for (; k > 0 && words > 0 && lexes[k - 1].sentence == lexes[k].sentence; --k, --words)
        if (InTable(text(k - 1), kChangeVerbs)) return true;
      return false;
    };
    bool cue = false;
    for (size_t k = gap_end; k > gap_begin && k + 5 > gap_end && lexes[k - 1].kind != LexKind::kPunct; --k) {
      const bool change_cue = InTable(text(k - 1), kChangeCues);
      cue = cue || (change_cue && (!Same(text(k - 1), "from") || changed_before(k - 1, k - 1 - gap_begin + 1) ||
                                   changed_before(start_lex[newer], 6)));
    }
    // "rose from 3,000 to 5,000": the later figure updates the earlier one.
    size_t s = start_lex[a];
    bool from_to = gap_end - gap_begin == 1 && Same(text(gap_begin), "to") && s > 0 && ChangeFrom(doc.text, lexes, s - 1);
    // Both figures of a change count the same thing, however tersely the
    // second is written ("up from 3,000", "rose from 3,000 to 5,000").
    auto share_what_is_counted = [&](Quantity& terse, const Quantity& full) {
      if (terse.unit.empty()) terse.unit = full.unit;
      if (terse.counted.empty()) terse.counted = full.counted;
    };
    if (from_to) {
      qs[b].previous = static_cast<int>(a);
      older[a] = true;
      share_what_is_counted(qs[b], qs[a]);
      share_what_is_counted(qs[a], qs[b]);
    } else if (cue) {
      qs[newer].previous = static_cast<int>(b);
      older[b] = true;
      // "up 36.9 pct from three mln", "5.19 pct up from 49.98 billion": a
      // change by a percentage says nothing of the older level's unit, where
      // "rose to 5.3 pct from 4.8" does.
      const size_t n = start_lex[newer], after = end_lex[newer];
      const bool change_by_percent =
          qs[newer].unit == "percent" && ((n > 0 && InTable(text(n - 1), kChangeVerbs)) ||
                                          (after < lexes.size() && InTable(text(after), kChangeVerbs)));
      if (!change_by_percent) share_what_is_counted(qs[b], qs[newer]);
    }
    // A bare figure counts what its partner counts. An alternative has only
    // joiners and hedges between the two ("about 300 or 400 people", "at
    // least 3,000 troops, and possibly as many as 5,000"); a parallel figure
    // follows "and" and a verb of the same form ("killing at least 60 people
    // and injuring about 180").
    auto bare = [](const Quantity& q) { return q.unit.empty() && q.counted.empty(); };
    auto verb_ending = [&](size_t k) -> std::string_view {
      const std::string_view w = text(k);
      return w.size() > 4 && w.ends_with("ing") ? "ing" : w.size() > 3 && w.ends_with("ed") ? "ed" : "";
    };
    bool alternative = gap_end > gap_begin;
    for (size_t k = gap_begin; k < gap_end && alternative; ++k)
      alternative = text(k) == "," || InTable(text(k), kAlternativeJoiners);
    const bool parallel = gap_end - gap_begin == 2 && Same(text(gap_begin), "and") && s > 0 &&
                          !verb_ending(gap_begin + 1).empty() && verb_ending(gap_begin + 1) == verb_ending(s - 1);
    // A count over 100 beside a percentage is the same figure as a share, not
    // an alternative to it: "a rise of 240,000 or 0.9 pct".
    auto share_of = [](const Quantity& count, const Quantity& share) {
      return share.unit == "percent" && count.value.value_or(0) > 100;
    };
    if (alternative && bare(qs[a]) && !share_of(qs[a], qs[b])) share_what_is_counted(qs[a], qs[b]);
    if (alternative && bare(qs[b]) && !share_of(qs[b], qs[a])) share_what_is_counted(qs[b], qs[a]);
    if (parallel && bare(qs[b])) share_what_is_counted(qs[b], qs[a]);
    // A bare figure that restates the one before or tells how it changed
    // counts the same: "over half a million people - 645,000 - are at risk",
    // "37,000 files last year, up 22,000", "25 million players, 10 million of
    // which were iPods".
    const size_t gap = gap_end - gap_begin;
    const size_t after_b = LexAt(lexes, qs[b].span.end);
    const bool restated = gap == 1 && after_b < lexes.size() &&
                          ((IsDashText(text(gap_begin)) && IsDashText(text(after_b))) ||
                           (text(gap_begin) == "(" && text(after_b) == ")"));
    // A change of a percentage is in points, not percent.
    const bool change_by = gap >= 2 && (Same(text(gap_end - 1), "up") || Same(text(gap_end - 1), "down")) &&
                           lexes[gap_end - 2].kind == LexKind::kPunct && qs[a].unit != "percent";
    const bool of_which = gap >= 1 && text(gap_end - 1) == "," && after_b + 1 < lexes.size() &&
                          Same(text(after_b), "of") && InTable(text(after_b + 1), kBackReferences);
    if ((restated || change_by || of_which) && bare(qs[b])) share_what_is_counted(qs[b], qs[a]);
  }
  // Times: an older figure takes the nearest time after it in its sentence
  // ("3,000 given last week"); the others the nearest time not taken.
  // Durations and sets ("for three days", "every week") say how long or how
  // often, not when; they are never a figure's time.
  std::vector<bool> claimed(doc.times.size(), false);
  for (size_t t = 0; t < doc.times.size(); ++t) {
    claimed[t] = doc.times[t].type == TimeType::kDuration || doc.times[t].type == TimeType::kSet;
  }
  // Times grouped by sentence, so each figure looks only at its own sentence's.
  std::vector<std::pair<uint32_t, uint32_t>> times_by_sentence;  // (sentence, time index)
  times_by_sentence.reserve(doc.times.size());
  for (size_t t = 0; t < doc.times.size(); ++t) {
    if (claimed[t]) continue;
    size_t lex = std::min(LexAt(lexes, doc.times[t].span.begin), lexes.size() - 1);
    times_by_sentence.emplace_back(lexes[lex].sentence, static_cast<uint32_t>(t));
  }
  std::sort(times_by_sentence.begin(), times_by_sentence.end());
  auto times_in = [&](uint32_t sentence) {
    return std::equal_range(times_by_sentence.begin(), times_by_sentence.end(), std::make_pair(sentence, 0u),
                            [](const auto& a, const auto& b) { return a.first < b.first; });
  };
  for (size_t q = 0; q < qs.size(); ++q) {
    if (!older[q]) continue;
    const uint32_t limit = q + 1 < qs.size() ? qs[q + 1].span.begin : UINT32_MAX;
    for (auto [it, last] = times_in(lexes[start_lex[q]].sentence); it != last; ++it) {
      const Span ts = doc.times[it->second].span;
      if (!claimed[it->second] && ts.begin >= qs[q].span.end && ts.begin < limit) {
        qs[q].as_of_time = static_cast<int>(it->second);
        claimed[it->second] = true;
        break;
      }
    }
  }
  for (size_t q = 0; q < qs.size(); ++q) {
    if (older[q]) continue;
    uint32_t best_gap = UINT32_MAX;
    for (auto [it, last] = times_in(lexes[start_lex[q]].sentence); it != last; ++it) {
      const Span ts = doc.times[it->second].span;
      if (claimed[it->second]) continue;
      uint32_t gap = ts.begin >= qs[q].span.end ? ts.begin - qs[q].span.end
                     : ts.end <= qs[q].span.begin ? qs[q].span.begin - ts.end : 0;
      if (gap < best_gap) {
        best_gap = gap;
        qs[q].as_of_time = static_cast<int>(it->second);
      }
    }
  }
  // Attribution: one speaker per sentence.
  std::vector<const Mention*> mentions;
  for (const Mention& m : doc.mentions) {
    if (m.entity >= 0 && !m.span.empty()) mentions.push_back(&m);
  }
  if (mentions.empty()) return;
  std::sort(mentions.begin(), mentions.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  for (size_t q = 0; q < qs.size();) {
    uint32_t sent = lexes[start_lex[q]].sentence;
    size_t first = start_lex[q], end = first;
    while (first > 0 && lexes[first - 1].sentence == sent) --first;
    while (end < lexes.size() && lexes[end].sentence == sent) ++end;
    int speaker = AttributionIn(doc, lexes, mentions, first, end);
    for (; q < qs.size() && lexes[start_lex[q]].sentence == sent; ++q) qs[q].attributed_to = speaker;
  }
}

}  // namespace

bool IsChangeWord(std::string_view lower_word) { return InTable(lower_word, kChangeVerbs); }

void ExtractQuantities(Document& doc) {
  doc.quantities.clear();
  std::vector<Lex> lexes;
  LexText(doc.text, lexes);
  if (lexes.empty()) return;
  AssignSentences(doc, lexes);
  std::vector<Span> time_spans;
  time_spans.reserve(doc.times.size());
  for (const TimeExpression& t : doc.times) time_spans.push_back(t.span);
  std::sort(time_spans.begin(), time_spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<size_t> start_lex, end_lex;
  FigureFinder(doc, lexes, time_spans).Run(doc.quantities, start_lex, end_lex);
  LinkFigures(doc, lexes, start_lex, end_lex);
}

}  // namespace newsgraph
