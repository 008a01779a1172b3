#include "extract/times.h"

#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/date.h"

namespace newsgraph {
namespace {

// A word of the text: a run of letters/digits, or one punctuation byte.
// Scanned here over doc.text so the matcher does not depend on how the text
// layer splits hyphens and abbreviations ("p.m.", "three-year").
struct Word {
  uint32_t begin, end;
  std::string_view text;
};

// ASCII classes inline: the <cctype> calls cost a third of the stage's time.
constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
constexpr bool IsAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; }

// Fills `words` (cleared first; reused across documents to avoid allocating).
void ScanWords(std::string_view text, std::vector<Word>* words) {
  words->clear();
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (IsAsciiSpace(c)) { ++i; continue; }
    size_t j = i + 1;
    if (IsAsciiAlnum(c)) {
      while (j < text.size() && IsAsciiAlnum(static_cast<unsigned char>(text[j]))) ++j;
    }
    words->push_back({uint32_t(i), uint32_t(j), text.substr(i, j - i)});
    i = j;
  }
}

[[gnu::always_inline]] inline bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (AsciiLower(word[i]) != lower[i]) return false;
  return true;
}

// ---- lexicon: the one table of each kind ----
struct NamedNumber { std::string_view name; int value; };

constexpr std::array<NamedNumber, 21> kMonths = {{
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"aug", 8}, {"sept", 9}, {"sep", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12}, {"apr", 4}}};
constexpr std::array<NamedNumber, 7> kWeekdays = {{
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4},
    {"saturday", 5}, {"sunday", 6}}};
constexpr std::array<NamedNumber, 34> kNumberWords = {{
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
    {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
    {"hundred", 100}, {"a", 1}, {"an", 1}, {"several", -1}, {"few", -1}, {"many", -1},
    {"couple", 2}}};
// Duration units: TIMEX3 letter, whether it sits after 'T' (time units), and
// how many of the letter's unit one makes (a decade is ten years: P10Y).
struct Unit { std::string_view name; char letter; bool time_part; int scale; };
constexpr std::array<Unit, 18> kUnits = {{
    {"year", 'Y', false, 1}, {"years", 'Y', false, 1}, {"month", 'M', false, 1}, {"months", 'M', false, 1},
    {"week", 'W', false, 1}, {"weeks", 'W', false, 1}, {"day", 'D', false, 1}, {"days", 'D', false, 1},
    {"hour", 'H', true, 1}, {"hours", 'H', true, 1}, {"minute", 'M', true, 1}, {"minutes", 'M', true, 1},
    {"decade", 'Y', false, 10}, {"decades", 'Y', false, 10}, {"century", 'Y', false, 100},
    {"centuries", 'Y', false, 100}, {"fortnight", 'W', false, 2}, {"fortnights", 'W', false, 2}}};
// Parts of day: TIMEX3 suffix.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kDayParts = {{
    {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"},
    {"overnight", "NI"}}};
// Ordinal words for days of the month ("March eighth").
constexpr std::array<NamedNumber, 21> kOrdinalDays = {{
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
    {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12},
    {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15}, {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}}};
// Decades in words ("the sixties"): the tens digit, in the 1900s.
constexpr std::array<NamedNumber, 8> kDecadeWords = {{
    {"twenties", 2}, {"thirties", 3}, {"forties", 4}, {"fifties", 5}, {"sixties", 6}, {"seventies", 7},
    {"eighties", 8}, {"nineties", 9}}};
// Words that make "the sixties" degrees rather than a decade.
constexpr std::array<std::string_view, 6> kTemperatureWords = {
    "temperature", "temperatures", "highs", "lows", "degrees", "fahrenheit"};
// Ordinal quarters of the fiscal/calendar year.
constexpr std::array<NamedNumber, 5> kQuarterOrdinals = {{
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"latest", 0}}};
// Holidays: month, and either a fixed day or the first `weekday` (0 = Monday)
// on or after `day` (Thanksgiving: the fourth Thursday = first on/after the
// 22nd). `needs_day`: only with "Day"/"Eve" after it or a preposition before
// ("Christmas shopping" is not a date).
struct Holiday { std::string_view name; int month, day, weekday; bool needs_day; };
// "new" is New Year's, whose name runs on to "Year's"; Easter moves with the
// moon (EasterSunday), its April 1 only places it in the year (see MatchHoliday).
// A name that needs "Day" may take an "'s" before it ("Valentine's Day").
constexpr std::array<Holiday, 12> kHolidays = {{
    {"thanksgiving", 11, 22, 3, false}, {"christmas", 12, 25, -1, false}, {"new", 1, 1, -1, false},
    {"easter", 4, 1, -1, false},
    {"halloween", 10, 31, -1, false}, {"election", 11, 2, 1, true}, {"labor", 9, 1, 0, true},
    {"memorial", 5, 25, 0, true}, {"independence", 7, 4, -1, true}, {"veterans", 11, 11, -1, true},
    {"boxing", 12, 26, -1, true}, {"valentine", 2, 14, -1, true}}};
// Capitalised words that make a weekday after them the name of an event
// ("Black Monday", the 1987 crash; "Bloody Sunday"; "Super Tuesday").
constexpr std::array<std::string_view, 4> kWeekdayNamers = {"black", "bloody", "super", "cyber"};
// Words before a holiday name that make it the day ("on Thanksgiving").
constexpr std::array<std::string_view, 8> kHolidayPrepositions = {
    "on", "at", "by", "before", "after", "until", "since", "over"};
// Prepositions before "the year"/"the month" that make it the article's
// ("for the year", "through the month").
constexpr std::array<std::string_view, 7> kPeriodPrepositions = {
    "for", "in", "during", "through", "throughout", "over", "within"};
// Prepositions that make "year-end" a time ("by year-end", not "year-end net").
constexpr std::array<std::string_view, 9> kYearEndPrepositions = {
    "by", "at", "around", "since", "before", "until", "after", "through", "near"};
// Parts of a period before "of the year" ("the rest of the year").
constexpr std::array<std::string_view, 8> kPeriodParts = {
    "half", "rest", "part", "end", "start", "beginning", "middle", "quarter"};
// Prepositions that make a bare month name a date: "in August", "by March".
constexpr std::array<std::string_view, 13> kMonthPrepositions = {
    "in", "last", "next", "since", "early", "late", "until", "by", "during", "through", "before", "this",
    "of"};
// Words before a time expression that make it point forward ("hopes to",
// "aims to" look ahead as "plans to" does).
// "would" is the future of reported speech: "said troops would arrive on
// Wednesday" in Tuesday's paper is tomorrow.
constexpr std::array<std::string_view, 21> kFutureCues = {
    "will", "ll", "going", "plans", "planned", "scheduled", "expected", "next", "upcoming",
    "soon", "planning", "payable", "effective", "coming", "would", "hope", "hopes", "intend", "intends",
    "aim", "aims"};
// Verbs of a timetable in the present tense, which point ahead when the time
// follows them ("the trial starts Monday", "the summit is on Friday").
constexpr std::array<std::string_view, 13> kScheduleVerbs = {
    "is", "are", "starts", "begins", "opens", "resumes", "reopens", "meets", "convenes", "arrives", "departs",
    "expires", "kicks"};
// Past auxiliaries and the irregular past forms and participles news uses
// most, which the -ed test misses ("took place this weekend", "a level last
// seen in April"); none is also a present form.
constexpr std::array<std::string_view, 49> kPastWords = {
    "was", "were", "had", "did", "ago", "said", "took", "came", "went", "told", "made", "held", "began",
    "saw", "gave", "got", "fell", "rose", "won", "lost", "left", "met", "found", "brought", "bought",
    "sold", "paid", "kept", "led", "sent", "spent", "wrote", "spoke", "broke", "grew", "became",
    "been", "fallen", "risen", "grown", "taken", "given", "shown", "known", "begun", "gone", "seen", "done", "written"};
// Nouns of a company's results, which make "first-half" before them a half
// of the year rather than of a match ("first-half profit", not "goal").
constexpr std::array<std::string_view, 11> kResultNouns = {
    "profit", "profits", "earnings", "results", "sales", "revenue", "revenues", "loss", "losses", "income",
    "turnover"};
// Seasons: TIMEX3 suffix.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSeasons = {{
    {"spring", "SP"}, {"summer", "SU"}, {"autumn", "FA"}, {"fall", "FA"}, {"winter", "WI"}}};
// Sets: adverb -> TIMEX3 value.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSetAdverbs = {{
    {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"annually", "P1Y"},
    {"yearly", "P1Y"}, {"hourly", "PT1H"}}};
// Prepositions that make a figure past 2030 a year: "by 2050", "until 2040".
constexpr std::array<std::string_view, 7> kDistantYearPrepositions = {
    "by", "in", "until", "before", "after", "since", "through"};
// Words that make a following plain number a figure, not a year.
constexpr std::array<std::string_view, 10> kQuantityCues = {
    "about", "some", "nearly", "than", "least", "almost", "roughly", "approximately", "only", "over"};
// Vague references that are times on their own. "soon", "previously" and
// "recent" are left out: in news they mostly qualify events or things ("a
// recent poll"), and TimeML does not tag them. Bare "current" is tagged more
// often than not ("its current difficulties"); see MatchVague.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kVague = {{
    {"now", "PRESENT_REF"}, {"currently", "PRESENT_REF"}, {"recently", "PAST_REF"},
    {"nowadays", "PRESENT_REF"}}};
// Words before "a week", "an hour" that measure it ("for a year", "barely a month").
constexpr std::array<std::string_view, 12> kMeasureWords = {
    "for", "about", "nearly", "over", "than", "within", "least", "almost", "only", "just", "barely", "as"};
// Prepositions before a bare plural unit that make it an unspecified amount:
// "for months" (PXM), "in years".
constexpr std::array<std::string_view, 5> kVagueAmountPrepositions = {"for", "in", "within", "over", "after"};

template <typename Table>
auto Lookup(const Table& table, std::string_view word)
    -> std::optional<std::remove_cvref_t<decltype(table[0])>> {
  for (const auto& entry : table)
    if (EqualsLower(word, entry.name)) return entry;
  return std::nullopt;
}
template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view entry : list)
    if (EqualsLower(word, entry)) return true;
  return false;
}
template <size_t N>
std::optional<std::string_view> LookupPair(
    const std::array<std::pair<std::string_view, std::string_view>, N>& table, std::string_view word) {
  for (const auto& [key, value] : table)
    if (EqualsLower(word, key)) return value;
  return std::nullopt;
}

std::optional<int> ParseInt(std::string_view s) {
  int v = 0;
  if (s.empty() || !IsAsciiDigit(s[0])) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string Pad(int v, int width) {
  std::string digits = std::to_string(v);
  if (int(digits.size()) >= width) return digits;
  return std::string(width - digits.size(), '0') + digits;
}
std::string YearMonth(int y, int m) { return Pad(y, 4) + "-" + Pad(m, 2); }
std::string YearWeek(const Date& d) {
  int iso_year = 0;
  int week = d.IsoWeek(&iso_year);
  return Pad(iso_year, 4) + "-W" + Pad(week, 2);
}

constexpr std::string_view kNoDate = "no article date";

// "T" + "NI": appended rather than concatenated, which g++ 12 misreads as an
// overlapping copy (-Wrestrict).
std::string DayPartSuffix(std::string_view part) {
  std::string suffix(1, 'T');
  suffix.append(part);
  return suffix;
}

// Families of patterns, so a word is tried only against the patterns that
// can begin with it ("the" against eleven, "Monday" against one).
namespace family {
constexpr uint32_t kIso = 1u << 0, kMonthDate = 1u << 1, kDayMonth = 1u << 2, kDeictic = 1u << 3,
                   kWeekday = 1u << 4, kHoliday = 1u << 5, kModifiedMonth = 1u << 6, kRelativeUnit = 1u << 7,
                   kAnaphoric = 1u << 8, kHalf = 1u << 9, kYearEnd = 1u << 10, kPartOf = 1u << 11,
                   kTheYear = 1u << 12, kClock = 1u << 13, kQuarter = 1u << 14, kYearAgo = 1u << 15,
                   kDuration = 1u << 16, kSet = 1u << 17, kVague = 1u << 18, kYear = 1u << 19,
                   kDecadeOrCentury = 1u << 20, kLong = 1u << 21, kOrdinalDate = 1u << 22;
constexpr uint32_t kLastNextThis = kWeekday | kHoliday | kModifiedMonth | kRelativeUnit;
constexpr uint32_t kDigits =
    kIso | kDayMonth | kClock | kQuarter | kDuration | kYear | kDecadeOrCentury | kOrdinalDate | kSet;
}  // namespace family

// Words that can begin a time expression besides the lexicon tables above,
// with the pattern families they can begin.
constexpr std::array<std::pair<std::string_view, uint32_t>, 52> kStarters = {{
    {"today", family::kDeictic}, {"yesterday", family::kDeictic}, {"tomorrow", family::kDeictic},
    {"tonight", family::kDeictic}, {"last", family::kLastNextThis}, {"next", family::kLastNextThis},
    {"this", family::kLastNextThis | family::kQuarter},
    {"earlier", family::kRelativeUnit | family::kAnaphoric | family::kTheYear},
    {"later", family::kRelativeUnit | family::kAnaphoric | family::kTheYear},
    {"noon", family::kClock}, {"midday", family::kClock}, {"midnight", family::kClock},
    {"every", family::kSet}, {"each", family::kSet}, {"once", family::kSet}, {"twice", family::kSet},
    {"the", family::kRelativeUnit | family::kAnaphoric | family::kHalf | family::kPartOf | family::kTheYear |
                family::kQuarter | family::kYearAgo | family::kDuration | family::kVague | family::kDecadeOrCentury |
                family::kOrdinalDate},
    {"spring", family::kYear}, {"summer", family::kYear}, {"autumn", family::kYear}, {"fall", family::kYear},
    {"winter", family::kYear}, {"first", family::kQuarter | family::kHalf},
    {"second", family::kQuarter | family::kHalf},
    {"third", family::kQuarter}, {"fourth", family::kQuarter}, {"latest", family::kQuarter},
    {"that", family::kAnaphoric | family::kQuarter}, {"its", family::kQuarter},
    {"fiscal", family::kQuarter | family::kYear}, {"year", family::kYearEnd | family::kYearAgo},
    {"recent", family::kVague}, {"current", family::kQuarter | family::kVague}, {"then", family::kVague},
    {"these", family::kVague}, {"coming", family::kVague}, {"years", family::kVague},
    {"months", family::kVague}, {"weeks", family::kVague}, {"days", family::kVague},
    {"decades", family::kVague}, {"centuries", family::kVague}, {"hours", family::kVague}, {"minutes", family::kVague},
    {"'", family::kYear}, {"may", family::kMonthDate}, {"q1", family::kHalf}, {"q2", family::kHalf},
    {"q3", family::kHalf}, {"q4", family::kHalf}, {"h1", family::kHalf}, {"h2", family::kHalf}}};

// Easter Sunday of year y, by the anonymous Gregorian computus.
Date EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int n = h + l - 7 * m + 114;
  return Date{y, n / 31, n % 31 + 1};
}

// Trigger words, lower-case, in a flat open-addressing table: the hash is
// folded in while the word is lowered, and a probe is one compare, where
// std::unordered_map cost a sixth of the stage (std::hash, bucket chains).
class TriggerTable {
 public:
  static constexpr uint32_t Step(uint32_t hash, char c) { return (hash ^ uint8_t(c)) * 16777619u; }
  static constexpr uint32_t kSeed = 2166136261u;
  static constexpr size_t kMaxWord = 15;

  void Add(std::string_view w, uint32_t families) {
    uint32_t hash = kSeed;
    for (char c : w) hash = Step(hash, c);
    Slot& slot = slots_[Probe(w, hash)];
    w.copy(slot.word, w.size());
    slot.size = uint8_t(w.size());
    slot.families |= families;
    lengths_[Prefix(w)] |= 1u << w.size();
  }
  // Some trigger has the length and first two letters of `word` (any case):
  // most words stop here, before hashing.
  bool MayHold(std::string_view word) const { return lengths_[Prefix(word)] >> word.size() & 1u; }
  uint32_t Find(std::string_view lower, uint32_t hash) const {
    const Slot& slot = slots_[Probe(lower, hash)];
    return slot.size ? slot.families : 0;
  }

 private:
  struct Slot { char word[kMaxWord]; uint8_t size; uint32_t families; };
  // 'a'..'z' in any case, then '\'', then any other byte (or none).
  static size_t SlotOf(char c) {
    char lower = AsciiLower(c);
    return lower >= 'a' && lower <= 'z' ? size_t(lower - 'a') : c == '\'' ? 26 : 27;
  }
  static size_t Prefix(std::string_view w) { return SlotOf(w[0]) * 28 + (w.size() > 1 ? SlotOf(w[1]) : 27); }
  // The slot holding `w`, or the empty one where it would go.
  size_t Probe(std::string_view w, uint32_t hash) const {
    for (size_t at = hash & (kSlots - 1);; at = (at + 1) & (kSlots - 1)) {
      const Slot& slot = slots_[at];
      if (slot.size == 0 || std::string_view(slot.word, slot.size) == w) return at;
    }
  }
  static constexpr size_t kSlots = 512;  // four times the triggers: short probes
  std::array<Slot, kSlots> slots_{};
  std::array<uint32_t, 28 * 28> lengths_{};  // by Prefix: bit n, a trigger of length n
};

// The pattern families that may begin at `word` (0 for most words): one
// table probe instead of trying every pattern.
uint32_t Families(std::string_view word) {
  static const TriggerTable kTriggers = [] {
    TriggerTable t;
    for (const auto& [w, f] : kStarters) t.Add(w, f);
    for (const auto& e : kMonths) t.Add(e.name, family::kMonthDate);
    for (const auto& e : kWeekdays) {
      t.Add(e.name, family::kWeekday);
      t.Add(std::string(e.name) + "s", family::kWeekday);  // "on Mondays": a set
    }
    for (const auto& e : kHolidays) t.Add(e.name, family::kHoliday);
    for (const auto& e : kNumberWords) {
      bool hour = e.value >= 1 && e.value <= 12 && e.name.size() > 2;  // "ten o'clock"; not "a", "an"
      t.Add(e.name, family::kDuration | family::kVague | family::kYear | family::kSet | (hour ? family::kClock : 0));
    }
    for (const auto& e : kUnits) t.Add(e.name, family::kLong);
    for (const auto& e : kOrdinalDays) t.Add(e.name, family::kOrdinalDate);
    for (const auto& [k, v] : kSetAdverbs) t.Add(k, family::kSet);
    for (const auto& [k, v] : kVague) t.Add(k, family::kVague);
    return t;
  }();
  if (word.empty()) return 0;
  char first = AsciiLower(word[0]);
  if (first >= '0' && first <= '9') return family::kDigits;
  if (word.starts_with("FY")) return family::kYear;  // "FY2024", "FY 2024": not in the table of whole words
  if (!((first >= 'a' && first <= 'z') || first == '\'') || word.size() > TriggerTable::kMaxWord) return 0;
  if (!kTriggers.MayHold(word)) return 0;
  char lower[TriggerTable::kMaxWord];
  uint32_t hash = TriggerTable::kSeed;
  for (size_t i = 0; i < word.size(); ++i) hash = TriggerTable::Step(hash, lower[i] = AsciiLower(word[i]));
  return kTriggers.Find(std::string_view(lower, word.size()), hash);
}

class Matcher {
 public:
  Matcher(const Document& doc, const std::vector<Word>& words) : doc_(doc), w_(words) {}

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> out;
    size_t i = 0;
    while (i < w_.size()) {
      if (EndsSentence(i)) ++sentence_;
      // "mid-November", "mid-1996", "post-1959", "late-November": the prefix joins the span,
      // the value is the month or year's.
      size_t start = i;
      if (W(i + 1) == "-" && Glued(i) && Glued(i + 1) && TimePrefix(i)) i += 2;
      size_t end = i;
      TimeExpression t;
      uint32_t families = Families(w_[i].text);
      span_first_ = start;
      if (families && Match(i, families, &end, &t)) {
        t.span = {w_[SpanStart(span_first_, t)].begin, w_[end - 1].end};
        NoteAnchor(t.value);
        out.push_back(std::move(t));
        i = end;
      } else {
        i = start + 1;
      }
    }
    return out;
  }

 private:
  // "mid", "pre", "post", "early" or "late" at word i: a prefix a time may take
  // ("the pre-1990 rules", "late-November").
  bool TimePrefix(size_t i) const {
    return Is(i, "mid") || Is(i, "pre") || Is(i, "post") || Is(i, "early") || Is(i, "late");
  }
  std::string_view W(size_t i) const { return i < w_.size() ? w_[i].text : std::string_view(); }
  [[gnu::always_inline]] bool Is(size_t i, std::string_view lower) const { return i < w_.size() && EqualsLower(w_[i].text, lower); }
  // The next word is adjacent (no space) to word i: "p.m.", "three-year".
  bool Glued(size_t i) const { return i + 1 < w_.size() && w_[i].end == w_[i + 1].begin; }
  // The word after a dash at k ("-", or an en or em dash's three UTF-8 bytes), else k.
  size_t SkipDash(size_t k) const {
    if (W(k) == "-") return k + 1;
    if (W(k) == "\xE2" && W(k + 1) == "\x80" && (W(k + 2) == "\x93" || W(k + 2) == "\x94")) return k + 3;
    return k;
  }
  // The word after "and", "to", "through" or a dash at k, else k.
  size_t SkipDayJoin(size_t k) const {
    return Is(k, "and") || Is(k, "to") || Is(k, "through") ? k + 1 : SkipDash(k);
  }
  // The word before such a join that ends right before word i, else 0.
  size_t DayJoinedBefore(size_t i) const {
    for (size_t join = 1; join <= 3 && join < i; join += 2)
      if (SkipDayJoin(i - join) == i) return i - join - 1;
    return 0;
  }
  // A four-digit year and a dash come right before word i: "1990-[1995]".
  bool YearBeforeDash(size_t i) const {
    for (size_t dash = 1; dash <= 3 && dash < i; dash += 2)
      if (SkipDash(i - dash) == i && Year(i - dash - 1)) return true;
    return false;
  }
  // The words after an "'s" (or typographic "’s") glued to word k - 1, else k.
  size_t SkipApostropheS(size_t k) const {
    if (k == 0 || !Glued(k - 1)) return k;
    if (W(k) == "'" && Glued(k) && Is(k + 1, "s")) return k + 2;
    if (W(k) == "\xE2" && W(k + 1) == "\x80" && W(k + 2) == "\x99" && Glued(k + 2) && Is(k + 3, "s")) return k + 4;
    return k;
  }

  // Modifiers TimeML spans take in: "early"/"late" before a date ("late
  // November", "early next year"), "this"/"last"/"next" before a season, and
  // "nearly", "almost", "more than", "less than", "at least" before an amount
  // ("nearly two years", "more than four decades ago").
  size_t SpanStart(size_t first, const TimeExpression& t) const {
    if (first == 0) return first;
    if (t.type == TimeType::kDate && t.value.size() == 7 && t.value[4] == '-' && IsAsciiUpper(t.value[5]) &&
        (Is(first - 1, "this") || Is(first - 1, "last") || Is(first - 1, "next")))
      return first - 1;  // "this summer", "last fall"
    if ((t.type == TimeType::kDate || t.type == TimeType::kTime) && (Is(first - 1, "early") || Is(first - 1, "late"))) {
      // "the early 1980s", "the late summer": with the article, as below.
      return first >= 2 && DecadeOrSeason(t.value) && Is(first - 2, "the") ? first - 2 : first - 1;
    }
    // "the 1990s", "the mid-1990s", "the summer": TimeML spans a decade's or
    // season's article, as it does a quarter's.
    if (t.type == TimeType::kDate && DecadeOrSeason(t.value) && Is(first - 1, "the")) return first - 1;
    // "around 7:15 p.m.", "around Nov. 1": TimeML spans an approximate point;
    // before a weekday "around" is as often a verb's ("get around Wednesday's ruling").
    if ((t.type == TimeType::kDate || t.type == TimeType::kTime) && Is(first - 1, "around") &&
        !Lookup(kWeekdays, W(first)))
      return first - 1;
    if (Is(first, "few") && Is(first - 1, "a")) return first - 1;  // "a few days"
    bool amount = IsAsciiDigit(W(first)[0]) || Lookup(kNumberWords, W(first));
    if (!amount || !(t.type == TimeType::kDuration || t.value.ends_with("_REF") || IsAsciiDigit(t.value[0])))
      return first;
    if (Is(first - 1, "nearly") || Is(first - 1, "almost")) return first - 1;
    if (Is(first - 1, "over") && (Is(first, "a") || Is(first, "an"))) return first - 1;  // "over an hour"
    if (first >= 2 && ((Is(first - 2, "more") || Is(first - 2, "less")) && Is(first - 1, "than")))
      return first >= 3 && Is(first - 3, "no") ? first - 3 : first - 2;
    if (first >= 2 && Is(first - 2, "at") && Is(first - 1, "least")) return first - 2;
    return first;
  }

  // "199" (the 1990s) or "1994-WI" (its winter).
  static bool DecadeOrSeason(std::string_view v) {
    bool decade = v.size() == 3 && IsAsciiDigit(v[0]) && IsAsciiDigit(v[1]) && IsAsciiDigit(v[2]);
    return decade || (v.size() == 7 && v[4] == '-' && IsAsciiUpper(v[5]) && IsAsciiUpper(v[6]));
  }

  // A full stop after a lower-case word, a number, a capitalised word too
  // long to be an abbreviation, or a weekday or month name ("Inc." and
  // "Calif." are abbreviations; "on Friday." ends a sentence), or ? or !.
  bool EndsSentence(size_t i) const {
    std::string_view p = w_[i].text;
    if (p == "?" || p == "!") return true;
    if (p != "." || i == 0 || Glued(i)) return false;  // "$6.98"
    const std::string_view before = w_[i - 1].text;
    // "a.m."/"p.m." end a sentence only before a capital that does not go on
    // the time ("at 9 a.m. Tuesday", "4 a.m. EDT Thursday").
    if (Meridiem(i - 1)) {
      std::string_view next = W(i + 1);
      return next.empty() || (IsAsciiUpper(next[0]) && !Lookup(kWeekdays, next) && !Lookup(kMonths, next) &&
                              !TimeZone(next));
    }
    return !IsAsciiUpper(before[0]) || before.size() > 5 || Lookup(kWeekdays, before) || Lookup(kMonths, before);
  }

  // Word k is the "m" of a glued "a.m" or "p.m".
  bool Meridiem(size_t k) const {
    return k >= 2 && Is(k, "m") && W(k - 1) == "." && (Is(k - 2, "a") || Is(k - 2, "p")) && Glued(k - 2) &&
           Glued(k - 1);
  }
  // EST, GMT, EDT: three capitals ending in T; or UTC.
  static bool TimeZone(std::string_view w) {
    return w == "UTC" || (w.size() == 3 && w.back() == 'T' && IsAsciiUpper(w[0]) && IsAsciiUpper(w[1]));
  }

  // Nothing more of a phrase follows word k - 1: the text ends or a clause
  // mark comes ("the year before." but not "the day before the vote").
  bool EndsPhrase(size_t k) const {
    std::string_view p = W(k);
    return p.empty() || p == "," || p == "." || p == ";" || p == "?" || p == "!";
  }

  // Word k ends a clause: ";" or a sentence end ("Mr." and "P." do not).
  bool EndsClause(size_t k) const { return W(k) == ";" || EndsSentence(k); }

  // A past auxiliary or an -ed verb ("announced", "was"); not "succeed" or "need".
  static bool PastVerb(std::string_view w) {
    return (w.size() >= 5 && w.ends_with("ed") && !w.ends_with("eed")) || InList(kPastWords, w);
  }

  // "was" or "were" follows the time in its clause, a few words on; after
  // "and", "but" or a comma it is another verb's ("planned a rally on Saturday
  // and were planning to drive").
  bool PastAuxiliaryAfter(size_t i) const {
    for (size_t k = i + 1, n = 0; k < w_.size() && n < 4 && !EndsClause(k); ++k, ++n) {
      if (Is(k, "and") || Is(k, "but") || W(k) == ",") return false;
      if (EqualsLower(w_[k].text, "was") || EqualsLower(w_[k].text, "were")) return true;
    }
    return false;
  }

  // Future if a cue word precedes within the clause, as far back as
  // TenseAround looks for a past verb, unless a past verb in lower case
  // stands right before the time: in "said they would appeal the decision,
  // announced Wednesday" that verb tells of the day.
  bool Future(size_t i) const {
    // "the meeting is on Friday", "the trial starts Monday": a timetable in
    // the present tense is ahead. Only verbs of a timetable, right before
    // the time: most -s words there are nouns ("shares Thursday").
    if (TimetableBefore(i) || AheadOf(i)) return true;
    for (size_t k = i, n = 0; k > 0 && n < 12; --k, ++n) {
      std::string_view p = w_[k - 1].text;
      if (EndsClause(k - 1)) break;
      // "next to the embassy" is a place; "the service planned for Saturday
      // was canceled" was in the past, and so was what "had been scheduled
      // to expire at midnight Friday": a plan told in the pluperfect was for
      // a time before the story's.
      // "set for Friday" is a plan as "scheduled for Friday" is.
      bool set_for = EqualsLower(p, "for") && k >= 2 && Is(k - 2, "set");
      if (InList(kFutureCues, p) || set_for) {
        size_t cue = set_for ? k - 1 : k;  // one past the cue verb
        bool pluperfect =
            cue >= 2 && (Is(cue - 2, "had") || (cue >= 3 && Is(cue - 2, "been") && Is(cue - 3, "had")));
        return !(EqualsLower(p, "next") && Is(k, "to")) &&
               !((p.ends_with("ed") || set_for) && (pluperfect || PastAuxiliaryAfter(i)));
      }
      // "published on Monday" looks back; "to be published on Monday" need not.
      if (n <= 1 && (n == 0 || Is(i - 1, "on")) && !IsAsciiUpper(p[0]) && PastVerb(p) && !(k >= 2 && Is(k - 2, "be")))
        return false;
      // "postponed until Tuesday" points ahead; "not until Tuesday" and a
      // clause opening "Until Thursday, they had not..." look back.
      if (EqualsLower(p, "until") && k >= 2 && !Is(k - 2, "not") && IsAsciiAlnum(w_[k - 2].text[0]))
        return true;
      // "results due Thursday", "due on Monday", "due out on Thursday"; not
      // "due to the storm on Monday"
      if (EqualsLower(p, "due")) {
        size_t at = Is(k, "out") ? k + 1 : k;
        if (at == i || (at + 1 == i && (Is(at, "on") || Is(at, "by")))) return true;
      }
      // "as early as Tuesday", "is to resume trading Tuesday", "set to resume Monday",
      // "due to be published Monday"
      if (k >= 2 && ((EqualsLower(p, "as") && Is(k - 2, "early")) ||
                     (EqualsLower(p, "to") && (Is(k - 2, "is") || Is(k - 2, "are") || Is(k - 2, "set") ||
                                               (Is(k - 2, "due") && Is(k, "be"))))))
        return true;
    }
    return false;
  }

  // A timetable verb in the present tense ends right before word i, an "on",
  // "at" or "in" and a particle between or not: "starts Monday", "is on
  // Friday", "kicks off at 8pm on Saturday", "begins in January".
  bool TimetableBefore(size_t i) const {
    size_t k = i;
    if (k > 0 && (Is(k - 1, "on") || Is(k - 1, "at") || Is(k - 1, "in"))) --k;
    if (k > 0 && Is(k - 1, "off")) --k;
    return k > 0 && !IsAsciiUpper(W(k - 1)[0]) && InList(kScheduleVerbs, W(k - 1));
  }

  // "ahead of" ends right before word i: what something is done ahead of is
  // still to come ("ahead of Sunday's election", "ahead of the weekend").
  bool AheadOf(size_t i) const { return i >= 2 && Is(i - 1, "of") && Is(i - 2, "ahead"); }

  // "had" within a few words before word i, in its clause.
  bool PluperfectBefore(size_t i) const {
    for (size_t k = i, n = 0; k > 0 && n < 6 && !EndsClause(k - 1); --k, ++n)
      if (Is(k - 1, "had")) return true;
    return false;
  }

  // Word i (or an "on" or "in" before it) opens a sentence or clause: "On
  // Friday, the ...", "In the spring, the ...".
  bool OpensClause(size_t i) const {
    size_t start = i > 0 && (Is(i - 1, "on") || Is(i - 1, "in")) ? i - 1 : i;
    return start == 0 || EndsClause(start - 1);
  }

  // "On Friday, the committee will vote", "On Tuesday, the league plans to":
  // a future cue after the time, before any past verb, in the same clause.
  bool FutureAfter(size_t k) const {
    for (size_t n = 0; k < w_.size() && n < 12 && !EndsClause(k); ++k, ++n) {
      std::string_view w = w_[k].text;
      // "plans to", "is to": not "vacation plans" or "planned to pay", which has happened.
      bool cue_to = Is(k + 1, "to") && (EqualsLower(w, "is") || EqualsLower(w, "are") || EqualsLower(w, "plans") ||
                                        EqualsLower(w, "scheduled") || EqualsLower(w, "expected"));
      if (EqualsLower(w, "will") || cue_to) return true;
      if (PastVerb(w)) return false;
    }
    return false;
  }

  enum class Tense { kUnknown, kPast, kFuture };

  // The tense of the clause around word i: a future cue before it wins; else a
  // past auxiliary or an -ed verb within a few words either side.
  Tense TenseAround(size_t i) const {
    if (AfterSince(i)) return Tense::kPast;
    if (Future(i)) return Tense::kFuture;
    for (size_t k = i, n = 0; k > 0 && n < 12 && !EndsClause(k - 1); --k, ++n)
      if (PastVerb(w_[k - 1].text)) return Tense::kPast;
    for (size_t k = i + 1, n = 0; k < w_.size() && n < 12 && !EndsClause(k); ++k, ++n)
      if (PastVerb(w_[k].text)) return Tense::kPast;
    return Tense::kUnknown;
  }

  // "since January", "since early March", "since mid-May", "since the
  // summer", "since the end of June": what a time is counted from has
  // happened, whatever the verb ("has fallen" is no past form the tense
  // search knows).
  bool AfterSince(size_t i) const {
    size_t k = i;
    if (k >= 2 && W(k - 1) == "-" && TimePrefix(k - 2)) k -= 2;
    else if (k >= 1 && (Is(k - 1, "early") || Is(k - 1, "late"))) k -= 1;
    if (k >= 3 && Is(k - 1, "of") && InList(kPeriodParts, W(k - 2)) && Is(k - 3, "the")) k -= 3;
    else if (k >= 1 && Is(k - 1, "the")) k -= 1;
    return k > 0 && Is(k - 1, "since");
  }

  // The year of a month (and day) named at word i without one: in past-tense
  // reporting the latest one on or before the article date, in future tense
  // the next one, otherwise the nearest. day 0 compares by month.
  int YearFor(int month, int day, size_t i) const {
    const Date& d = *doc_.date;
    int diff = day == 0 ? (month - d.month) * 31 : (month - d.month) * 31 + (day - d.day);
    // What a time is counted from has begun: "since Nov. 3", "since
    // November" in an October story are last year's.
    if (AfterSince(i)) return diff > 0 ? d.year - 1 : d.year;
    Tense tense = TenseAround(i);
    // A date a few weeks ahead in past-tense text is usually something
    // announced for it, so the tense only decides beyond three months. What
    // will happen in a month gone by a month or more ago ("we have until
    // the end of January", said in March) happens next year; nearer, the date
    // is more likely a day the article was late with.
    if (tense == Tense::kPast) return diff > 92 ? d.year - 1 : d.year;
    if (tense == Tense::kFuture) return diff < -30 ? d.year + 1 : d.year;
    if (diff > 183) return d.year - 1;
    if (diff < -183) return d.year + 1;
    return d.year;
  }

  // The quarter named most recently, if within the last few sentences: what
  // "the quarter" and "a year earlier" refer to in earnings reports.
  bool HasQuarterContext() const { return context_sentence_ >= 0 && sentence_ - context_sentence_ <= 5; }

  // A quarter named by number. An earnings report names its quarter first;
  // the quarters it then compares with ("after a flat second quarter",
  // "fourth-quarter results") do not change what "the quarter" and "a year
  // ago" mean, only what "that quarter" does.
  void NoteQuarter(int year, int quarter) {
    if (context_sentence_ < 0) {
      context_year_ = year;
      context_quarter_ = quarter;
    }
    context_sentence_ = sentence_;
    named_year_ = year;
    named_quarter_ = quarter;
  }

  // "a year ago", "year-earlier": the same quarter a year before when a
  // quarter is being discussed, the previous year otherwise.
  std::string YearBefore() const {
    if (HasQuarterContext()) return Pad(context_year_ - 1, 4) + "-Q" + char('0' + context_quarter_);
    return Pad(doc_.date->year - 1, 4);
  }

  // The last date and year the story named: what "that day", "the next
  // morning" and "the following year" count from in a narrative.
  void NoteAnchor(std::string_view value) {
    if (value.size() < 4 || !IsAsciiDigit(value[0]) || !IsAsciiDigit(value[3])) return;
    anchor_year_ = *ParseInt(value.substr(0, 4));
    if (value.size() >= 7 && value[4] == '-' && IsAsciiDigit(value[5]) && IsAsciiDigit(value[6]))
      anchor_month_ = anchor_year_ * 12 + (*ParseInt(value.substr(5, 2)) - 1);
    if (value.size() >= 10 && value[4] == '-' && IsAsciiDigit(value[5]) && IsAsciiDigit(value[8]))
      anchor_date_ = ParseIsoDate(value.substr(0, 10));
  }

  // Resolves a relative expression or marks it unresolved.
  bool Relative(TimeExpression* t, std::string unresolved) const {
    t->value = std::move(unresolved);
    t->reason = std::string(kNoDate);
    return true;
  }

  std::optional<int> NumberAt(size_t i) const {
    if (auto n = ParseInt(W(i))) return *n;
    if (auto e = Lookup(kNumberWords, W(i))) return e->value;
    return std::nullopt;
  }

  // A number in words at *k, tens and units joined ("twenty-four", "ninety
  // six"); advances *k past it.
  std::optional<int> SpelledNumber(size_t* k) const {
    auto n = Lookup(kNumberWords, W(*k));
    if (!n || n->value < 1 || n->value > 90) return std::nullopt;
    size_t next = *k + 1;
    if (n->value >= 20 && n->value % 10 == 0) {
      size_t unit = W(next) == "-" && Glued(*k) && Glued(next) ? next + 1 : next;
      if (auto u = Lookup(kNumberWords, W(unit)); u && u->value >= 1 && u->value <= 9 &&
                                                 !Is(unit, "a") && !Is(unit, "an")) {
        *k = unit + 1;
        return n->value + u->value;
      }
    }
    *k = next;
    return n->value;
  }

  // An ordinal in figures or words ("20th", "eighth", "twenty-first"); advances *k.
  std::optional<int> OrdinalAt(size_t* k) const {
    size_t at = *k;
    int tens = Is(at, "twenty") ? 20 : Is(at, "thirty") ? 30 : 0;
    if (tens && W(at + 1) == "-" && Glued(at) && Glued(at + 1)) at += 2;
    // Every ordinal ends in -st, -nd, -rd or -th: checked first, as "the" asks at every use.
    std::string_view w = W(at);
    if (w.size() < 3) return std::nullopt;
    std::string_view suffix = w.substr(w.size() - 2);
    if (!(EqualsLower(suffix, "st") || EqualsLower(suffix, "nd") || EqualsLower(suffix, "rd") ||
          EqualsLower(suffix, "th")))
      return std::nullopt;
    size_t digits = 0;
    while (digits < w.size() && IsAsciiDigit(w[digits])) ++digits;
    if (digits > 0) {
      if (tens || digits > 3 || digits + 2 != w.size()) return std::nullopt;
      *k = at + 1;
      return ParseInt(w.substr(0, digits));
    }
    auto o = Lookup(kOrdinalDays, w);
    if (!o || (tens && o->value > 9)) return std::nullopt;
    *k = at + 1;
    return tens + o->value;
  }

  // A day of the month as an ordinal ("8th", "eighth", "twenty-first"); advances *k.
  std::optional<int> OrdinalDay(size_t* k) const {
    size_t at = *k;
    auto day = OrdinalAt(&at);
    if (!day || *day < 1 || *day > 31) return std::nullopt;
    // "March eighth." but not "June third-quarter results" or "May second largest".
    std::string_view next = W(at);
    size_t year_at = at;
    if (!IsAsciiDigit(W(*k)[0]) && !next.empty() && next != "," && next != "." && next != ";" && !YearAt(&year_at))
      return std::nullopt;
    *k = at;
    return day;
  }

  // A year at *k, in figures or read out as broadcasts transcribe it
  // ("nineteen ninety-six"); advances *k past it.
  std::optional<int> YearAt(size_t* k) const {
    if (auto y = Year(*k)) { ++*k; return y; }
    if (!Is(*k, "nineteen") && !Is(*k, "eighteen")) return std::nullopt;
    size_t rest = *k + 1;
    auto tail = SpelledNumber(&rest);
    if (!tail || *tail < 10) return std::nullopt;
    int year = (Is(*k, "nineteen") ? 1900 : 1800) + *tail;
    *k = rest;
    return year;
  }

  std::optional<int> Year(size_t i) const {
    auto y = ParseInt(W(i));
    if (y && W(i).size() == 4 && *y >= 1000 && *y <= 2199) return y;
    return std::nullopt;
  }

  // Tries, in order, the patterns of `families` (from Families(W(i))).
  bool Match(size_t i, uint32_t families, size_t* end, TimeExpression* t) {
    // Digits after a glued ",digits" are the tail of a grouped number
    // ("19,025,000" above a table's "Year" column), never a time's start.
    if (i >= 2 && W(i - 1) == "," && Glued(i - 2) && Glued(i - 1) && ParseInt(W(i - 2)) && ParseInt(W(i))) return false;
    auto on = [families](uint32_t f) { return (families & f) != 0; };
    return (on(family::kIso) && MatchIsoOrSlash(i, end, t)) || (on(family::kMonthDate) && MatchMonthDate(i, end, t)) ||
           (on(family::kDayMonth) && MatchDayMonth(i, end, t)) || (on(family::kDeictic) && MatchDeictic(i, end, t)) ||
           (on(family::kWeekday) && MatchWeekday(i, end, t)) || (on(family::kHoliday) && MatchHoliday(i, end, t)) ||
           (on(family::kModifiedMonth) && MatchModifiedMonth(i, end, t)) ||
           (on(family::kRelativeUnit) && MatchRelativeUnit(i, end, t)) || (on(family::kAnaphoric) && MatchAnaphoric(i, end, t)) ||
           (on(family::kHalf) && (MatchHalf(i, end, t) || MatchPeriodCode(i, end, t))) ||
           (on(family::kYearEnd) && MatchYearEnd(i, end, t)) ||
           (on(family::kPartOf) && (MatchWeekOf(i, end, t) || MatchDayBefore(i, end, t) || MatchNthWeekdayOf(i, end, t) ||
                                     MatchPartOf(i, end, t))) || (on(family::kTheYear) && MatchTheYear(i, end, t)) ||
           (on(family::kClock) && MatchClock(i, end, t)) || (on(family::kQuarter) && MatchQuarter(i, end, t)) ||
           (on(family::kYearAgo) && MatchYearAgo(i, end, t)) || (on(family::kDuration) && MatchDuration(i, end, t)) ||
           (on(family::kDecadeOrCentury) && MatchDecadeOrCentury(i, end, t)) || (on(family::kOrdinalDate) && MatchOrdinalDate(i, end, t)) ||
           (on(family::kSet) && MatchSet(i, end, t)) || (on(family::kVague) && MatchVague(i, end, t)) ||
           (on(family::kLong) && MatchLongCompound(i, end, t)) ||
           (on(family::kYear) && MatchYear(i, end, t));
  }

  // 2024-10-28, 10/28/2024
  bool MatchIsoOrSlash(size_t i, size_t* end, TimeExpression* t) {
    if (i + 4 >= w_.size() || !Glued(i) || !Glued(i + 1) || !Glued(i + 2) || !Glued(i + 3)) return false;
    auto a = ParseInt(W(i)), b = ParseInt(W(i + 2)), c = ParseInt(W(i + 4));
    if (!a || !b || !c) return false;
    int y, m, d;
    if (W(i + 1) == "-" && W(i + 3) == "-" && W(i).size() == 4) {
      y = *a; m = *b; d = *c;
    } else if (W(i + 1) == "/" && W(i + 3) == "/" && W(i + 4).size() == 4) {
      m = *a; d = *b; y = *c;
    } else {
      return false;
    }
    if (!IsValidDate(y, m, d)) return false;
    t->value = Date{y, m, d}.ToString();
    *end = i + 5;
    return true;
  }

  // Month [.] [day[,]] [year]; month alone only when full name followed by year or "in".
  bool MatchMonthDate(size_t i, size_t* end, TimeExpression* t) {
    auto month = Lookup(kMonths, W(i));
    if (!month) return false;
    // A whole name, which a full stop ends a sentence after ("in May."), not an abbreviation.
    bool full = !AbbreviatedMonth(i);
    if (!IsAsciiUpper(W(i)[0])) return false;
    size_t k = i + 1;
    if (!full && W(k) == ".") ++k;
    std::optional<int> day;
    if (auto d = ParseInt(W(k)); d && *d >= 1 && *d <= 31 && W(k).size() <= 2) {
      day = d;
      ++k;
      if (W(k) == "st" || W(k) == "nd" || W(k) == "rd" || W(k) == "th") ++k;
    } else if (auto spelled = OrdinalDay(&k)) {  // "March eighth", broadcast style
      day = spelled;
    }
    size_t before_year = k;
    if (day && W(k) == ",") ++k;
    std::optional<int> year = YearAt(&k);
    if (!year) k = before_year;
    if (!day && !year && Is(k, "quarter")) return MonthQuarter(i, month->value, k, end, t);
    if (!day && !year) {
      // A bare month: "in August", "last June".
      if (!full || EqualsLower(W(i), "may") || EqualsLower(W(i), "march")) {
        bool mid = i > 1 && W(i - 1) == "-" && TimePrefix(i - 2);  // "until mid-May", "late-March"
        if (!mid && !(i > 0 && InList(kMonthPrepositions, W(i - 1)))) return false;
      }
      return BareMonth(i, month->value, k, end, t);
    }
    if (!full && !day && !year) return false;
    *end = k;
    if (year && day) {
      if (!IsValidDate(*year, month->value, *day)) return false;
      t->value = Date{*year, month->value, *day}.ToString();
    } else if (year) {
      t->value = YearMonth(*year, month->value);
    } else {
      return DayOfMonth(i, *month, *day, k, end, t);
    }
    return true;
  }

  // "the June quarter", "a weak September quarter", as business news names a
  // company's quarter by its last month; word k is "quarter".
  bool MonthQuarter(size_t i, int month, size_t k, size_t* end, TimeExpression* t) {
    *end = k + 1;
    if (i > 0 && Is(i - 1, "the")) span_first_ = i - 1;
    if (!doc_.date) return Relative(t, "XXXX-QX");
    auto [y, quarter] = QuarterEndingIn(YearFor(month, 0, i), month);
    NoteQuarter(y, quarter);
    t->value = Pad(y, 4) + "-Q" + char('0' + quarter);
    return true;
  }

  // The calendar quarter that most of the three months up to the end of
  // `month` lie in (a fiscal quarter ended July 31 is mostly Q2), as {year, quarter}.
  static std::pair<int, int> QuarterEndingIn(int year, int month) {
    int middle = year * 12 + month - 2;  // 0-based
    return {middle / 12, middle % 12 / 3 + 1};
  }

  // The month name at word k is a short form a full stop may follow ("Feb.",
  // "Sept."), not a whole name ending a sentence ("July.").
  bool AbbreviatedMonth(size_t k) const {
    return W(k).size() <= 4 && !Is(k, "june") && !Is(k, "july") && !Is(k, "may");
  }

  // "last February", "this March": the modifier joins the span.
  bool MatchModifiedMonth(size_t i, size_t* end, TimeExpression* t) {
    if (!(Is(i, "last") || Is(i, "next") || Is(i, "this"))) return false;
    auto month = Lookup(kMonths, W(i + 1));
    if (!month || !IsAsciiUpper(W(i + 1)[0]) || ParseInt(W(i + 2))) return false;
    if (W(i + 2) == "." && AbbreviatedMonth(i + 1)) return false;  // "Feb."
    return BareMonth(i + 1, month->value, i + 2, end, t);
  }

  bool BareMonth(size_t i, int month, size_t k, size_t* end, TimeExpression* t) {
    bool last = i > 0 && Is(i - 1, "last");
    bool next = i > 0 && Is(i - 1, "next");
    *end = k;
    // "July last year", "February this year": the year is named after the month.
    int shift = Is(k, "last") ? -1 : Is(k, "this") ? 0 : Is(k, "next") ? 1 : 2;
    if (shift != 2 && Is(k + 1, "year")) {
      *end = k + 2;
      if (!doc_.date) return Relative(t, "XXXX-" + Pad(month, 2));
      t->value = YearMonth(doc_.date->year + shift, month);
      return true;
    }
    if (!doc_.date) return Relative(t, "XXXX-" + Pad(month, 2));
    int y;
    if (i > 0 && Is(i - 1, "this")) {
      y = doc_.date->year;
    } else if (last || next) {
      int m = doc_.date->month;
      // "last February" said in March is a year back and "next November" said
      // in October a year ahead: the month next to this one would be "last
      // month" or "in November". Across the new year "last December" is the
      // one just gone, which "in December" would leave open.
      y = doc_.date->year + (last ? (month >= m || month + 1 == m ? -1 : 0) : (month <= m + 1 ? 1 : 0));
    } else {
      y = YearFor(month, 0, i);
    }
    t->value = YearMonth(y, month);
    return true;
  }

  // Thanksgiving (Day), last Christmas, Election Day, Christmas Eve, New Year's Day
  bool MatchHoliday(size_t i, size_t* end, TimeExpression* t) {
    size_t k = i;
    int dir = Is(k, "last") ? -1 : Is(k, "next") ? 1 : Is(k, "this") ? 0 : 2;
    if (dir != 2) ++k;
    auto h = Lookup(kHolidays, W(k));
    if (!h || !IsAsciiUpper(W(k)[0])) return false;
    size_t after = k + 1;
    if (Is(k, "new")) {  // "New Year's Day", "New Year's Eve", "over New Year's"
      if (!Is(after, "year") || !IsAsciiUpper(W(after)[0]) || SkipApostropheS(after + 1) == after + 1) return false;
      after = SkipApostropheS(after + 1);
    } else if (h->needs_day) {
      after = SkipApostropheS(after);
    }
    int day_offset = 0;  // from the holiday: -1 on its eve, +1 for Easter Monday
    bool easter = Is(k, "easter");
    if (easter && (Is(after, "sunday") || Is(after, "monday")) && IsAsciiUpper(W(after)[0])) {
      day_offset = Is(after, "monday") ? 1 : 0;  // "Easter Monday" is the day after
      ++after;
    } else if (Is(after, "day") && IsAsciiUpper(W(after)[0])) ++after;
    else if (Is(after, "eve") && !h->needs_day) { ++after; day_offset = -1; }
    else if (h->needs_day) return false;
    else if (dir == 2 && !(k > 0 && InList(kHolidayPrepositions, W(k - 1)))) return false;
    else if (!W(after).empty() && IsAsciiUpper(W(after)[0]) && !Year(after)) return false;  // "on Christmas Island"
    *end = after;
    auto in_year = [&](int y) {
      Date d = easter ? EasterSunday(y) : Date{y, h->month, h->day};
      if (h->weekday >= 0) d = d.AddDays((h->weekday - d.Weekday() + 7) % 7);
      return d.AddDays(day_offset);
    };
    size_t after_year = after;
    if (auto named = YearAt(&after_year); named && dir == 2) {  // "Christmas 1986"
      *end = after_year;
      t->value = in_year(*named).ToString();
      return true;
    }
    if (!doc_.date) return Relative(t, "XXXX-" + Pad(h->month, 2) + "-XX");
    const Date& today = *doc_.date;
    int y = today.year;
    if (dir == -1) y = in_year(y) < today ? y : y - 1;
    else if (dir == 1) y = in_year(y) > today ? y : y + 1;
    else if (dir == 2) y = YearFor(h->month, h->day, i);
    t->value = in_year(y).ToString();
    return true;
  }

  // Day `day` of `month` without a year, spanning words [i, end_word).
  bool DayOfMonth(size_t i, const NamedNumber& month, int day, size_t end_word, size_t* end, TimeExpression* t) {
    *end = end_word;
    if (!doc_.date) return Relative(t, "XXXX-" + Pad(month.value, 2) + "-" + Pad(day, 2));
    int y = YearFor(month.value, day, i);
    if (!IsValidDate(y, month.value, day)) return false;
    t->value = Date{y, month.value, day}.ToString();
    return true;
  }

  // 28 October 2024, 2 August
  bool MatchDayMonth(size_t i, size_t* end, TimeExpression* t) {
    auto d = ParseInt(W(i));
    if (!d || *d < 1 || *d > 31 || W(i).size() > 2) return false;
    // Pairs and ranges of days share one month: "on 22 and 23 June", "3 to 7 July",
    // "12-13 March", "on April 24 and 25", "April 24-25".
    size_t month_at = i + 1;
    auto day_word = [&](size_t j) { return W(j).size() <= 2 && ParseInt(W(j)) && *ParseInt(W(j)) <= 31; };
    size_t second = SkipDayJoin(i + 1);
    size_t first = DayJoinedBefore(i);
    if (second != i + 1 && day_word(second) && Lookup(kMonths, W(second + 1))) {
      month_at = second + 1;
    } else if (size_t m = first > 1 && W(first - 1) == "." ? first - 2 : first - 1;  // "Nov. 5-6"
               first > 0 && day_word(first) && Lookup(kMonths, W(m)) && IsAsciiUpper(W(m)[0])) {
      return DayOfMonth(i, *Lookup(kMonths, W(m)), *d, i + 1, end, t);
    }
    auto month = Lookup(kMonths, W(month_at));
    if (!month || !IsAsciiUpper(W(month_at)[0])) return false;
    if (month_at != i + 1) return DayOfMonth(i, *month, *d, i + 1, end, t);
    size_t k = i + 2;
    if (W(k) == ".") ++k;
    auto year = Year(k);
    if (!year) {
      // "on 2 August", as British news writes it: the year as for "August 2".
      bool abbreviated = AbbreviatedMonth(i + 1);
      return DayOfMonth(i, *month, *d, W(i + 2) == "." && abbreviated ? i + 3 : i + 2, end, t);  // "2 Aug."
    }
    if (!IsValidDate(*year, month->value, *d)) return false;
    t->value = Date{*year, month->value, *d}.ToString();
    *end = k + 1;
    return true;
  }

  // today, yesterday, tomorrow, tonight
  bool MatchDeictic(size_t i, size_t* end, TimeExpression* t) {
    int offset;
    if (Is(i, "today")) offset = 0;
    else if (Is(i, "yesterday")) offset = -1;
    else if (Is(i, "tomorrow")) offset = 1;
    else if (Is(i, "tonight")) offset = 0;
    else return false;
    *end = i + 1;
    std::string suffix = Is(i, "tonight") ? "TNI" : "";
    if (auto part = LookupPair(kDayParts, W(i + 1))) { suffix = DayPartSuffix(*part); *end = i + 2; }
    if (!doc_.date) return Relative(t, "XXXX-XX-XX" + suffix);
    t->value = doc_.date->AddDays(offset).ToString() + suffix;
    return true;
  }

  // [last|next|this|this past] Monday [night], Tuesday next week, Friday the
  // 13th. The tense is read around word `tense_at`: the weekday's, or that of
  // a clock time before it ("will leave at 4 a.m. EDT Thursday").
  bool MatchWeekday(size_t i, size_t* end, TimeExpression* t, std::optional<size_t> tense_at = std::nullopt) {
    size_t k = i;
    int dir = 0;
    bool coming = false;
    if (Is(k, "last") || Is(k, "next") || Is(k, "this")) {
      dir = Is(k, "last") ? -1 : Is(k, "next") ? 1 : 0;
      if (dir == 0 && Is(k + 1, "past")) { dir = -1; ++k; }  // "this past Sunday"
      else if (dir == 0 && Is(k + 1, "coming")) { dir = 1; coming = true; ++k; }  // "this coming Sunday"
      if (!Lookup(kWeekdays, W(k + 1))) return false;
      ++k;
    }
    if (dir == 0 && WeekdaySet(k, end, t)) return true;
    auto wd = Lookup(kWeekdays, W(k));
    if (!wd || !IsAsciiUpper(W(k)[0])) return false;
    if (k > 0 && IsAsciiUpper(W(k - 1)[0]) && InList(kWeekdayNamers, W(k - 1))) return false;
    // "Saturday, April 25", "Friday 18 March", "this coming Sunday, March 8":
    // the date itself says which day.
    if ((dir == 0 || coming) && DateAfterWeekday(k, end, t)) return true;
    if (dir == 0 && WeekdayOfNamedWeek(k, wd->value, end, t)) return true;
    if (size_t at = k + 2; dir == 0 && Is(k + 1, "the")) {
      if (auto day = OrdinalDay(&at)) {
        std::optional<Date> date = doc_.date ? DayOnWeekday(*day, wd->value) : std::nullopt;
        if (date || !doc_.date) {
          *end = at;
          if (!date) return Relative(t, "XXXX-XX-" + Pad(*day, 2));
          t->value = date->ToString();
          return true;
        }
      }
    }
    *end = k + 1;
    std::string suffix;
    if (auto part = LookupPair(kDayParts, W(k + 1))) { suffix = DayPartSuffix(*part); *end = k + 2; }
    if (!doc_.date) return Relative(t, "XXXX-XX-XX" + suffix);
    int today = doc_.date->Weekday();
    // "get around Wednesday's ruling": what a possessive day names has happened,
    // unless it is awaited ("ahead of Sunday's election"). What had been done
    // ahead of it is told after it: "the growth economists had forecast ahead
    // of Friday's figures".
    size_t at = tense_at.value_or(i);
    bool possessive = SkipApostropheS(*end) != *end && !(AheadOf(at) && !PluperfectBefore(at - 2));
    bool future = dir > 0 || (dir == 0 && !possessive && (Future(at) || (OpensClause(at) && FutureAfter(*end))));
    int delta;
    if (future) {
      delta = (wd->value - today + 7) % 7;
      // A timetable read out on its own day is today's ("the festival begins
      // on Wednesday" in Wednesday's paper): a week ahead it would be "next".
      bool timetable_today = dir == 0 && TimetableBefore(at);
      if ((delta == 0 && !timetable_today) || dir > 0) delta = delta == 0 ? 7 : delta;
    } else {
      delta = -((today - wd->value + 7) % 7);
      if (dir < 0 && delta == 0) delta = -7;
    }
    t->value = doc_.date->AddDays(delta).ToString() + suffix;
    return true;
  }

  // A day of a month right after the weekday at word k, a comma between or not
  // ("Saturday, April 25", "Friday 18 March 2005"); not a bare month ("on
  // Monday June will...").
  bool DateAfterWeekday(size_t k, size_t* end, TimeExpression* t) {
    size_t d = W(k + 1) == "," ? k + 2 : k + 1;
    TimeExpression date;
    size_t date_end = d;
    if (!MatchMonthDate(d, &date_end, &date) && !MatchDayMonth(d, &date_end, &date)) return false;
    if (date.value.size() != 10 || !IsAsciiDigit(date.value[8])) return false;
    *end = date_end;
    *t = std::move(date);
    return true;
  }

  // "on Mondays", "Tuesday nights", "Sunday mornings": that day of every week;
  // in "Monday and Tuesday nights" the first day shares the second's plural.
  bool WeekdaySet(size_t k, size_t* end, TimeExpression* t) const {
    std::string_view w = W(k);
    if (w.size() < 6 || !IsAsciiUpper(w[0])) return false;  // "Monday" is the shortest
    bool plural = w.back() == 's';
    auto wd = Lookup(kWeekdays, plural ? w.substr(0, w.size() - 1) : w);
    if (!wd) return false;
    std::string_view part = W(k + 1);
    std::string suffix;
    *end = k + 1;
    if (part.size() > 1 && part.back() == 's') {
      if (auto part_suffix = LookupPair(kDayParts, part.substr(0, part.size() - 1))) {
        suffix = DayPartSuffix(*part_suffix);
        *end = k + 2;
      }
    }
    if (!plural && suffix.empty()) {
      size_t other_end;
      TimeExpression other;
      if (!(Is(k + 1, "and") || Is(k + 1, "or")) || !WeekdaySet(k + 2, &other_end, &other)) return false;
      suffix = other.value.substr(std::string_view("XXXX-WXX-1").size());
    }
    t->type = TimeType::kSet;
    t->value = "XXXX-WXX-" + std::to_string(wd->value + 1) + suffix;
    return true;
  }

  // "Tuesday next week", "Friday this week": that day of the week named after it.
  bool WeekdayOfNamedWeek(size_t k, int weekday, size_t* end, TimeExpression* t) const {
    int week = Is(k + 1, "next") ? 1 : Is(k + 1, "last") ? -1 : Is(k + 1, "this") ? 0 : 2;
    if (week == 2 || !Is(k + 2, "week")) return false;
    *end = k + 3;
    if (!doc_.date) return Relative(t, "XXXX-XX-XX");
    t->value = doc_.date->AddDays(7 * week + weekday - doc_.date->Weekday()).ToString();
    return true;
  }

  // "Friday the 13th": the nearest month, the article's first, whose `day`
  // falls on `weekday`, earlier months before later ones.
  std::optional<Date> DayOnWeekday(int day, int weekday) const {
    const int now = doc_.date->year * 12 + doc_.date->month - 1;
    for (int step = 0; step <= 12; ++step) {
      for (int month : {now - step, now + step}) {
        int y = month / 12, m = month % 12 + 1;
        if (IsValidDate(y, m, day) && Date{y, m, day}.Weekday() == weekday) return Date{y, m, day};
      }
    }
    return std::nullopt;
  }

  // last/this past/this/next/earlier this/later this/the current + week/month/year/weekend,
  // [earlier|later] this morning/afternoon/evening, the weekend.
  bool MatchRelativeUnit(size_t i, size_t* end, TimeExpression* t) {
    size_t k = i;
    int dir;
    bool two_away = false;  // "before last" or "after next" follows the unit
    if ((Is(k, "earlier") || Is(k, "later")) && Is(k + 1, "this")) { dir = 0; k += 2; }
    else if (Is(k, "last") || (Is(k, "this") && Is(k + 1, "past"))) { dir = -1; k += Is(k, "this") ? 2 : 1; }
    else if (Is(k, "this")) { dir = 0; ++k; }
    else if (Is(k, "next")) { dir = 1; ++k; }
    else if (Is(k, "the") && Is(k + 1, "current")) { dir = 0; k += 2; }
    else if (Is(k, "the") &&
             ((Is(k + 2, "before") && Is(k + 3, "last")) || (Is(k + 2, "after") && Is(k + 3, "next")))) {
      dir = Is(k + 2, "before") ? -2 : 2;  // "the year before last", "the week after next"
      ++k;
      two_away = true;
    }
    else if (Is(k, "the") && Is(k + 1, "weekend")) { return Weekend(i, k + 1, end, t); }
    else return false;
    if (dir <= 0 && !Is(i, "the")) {  // "this morning", "last night"
      if (auto part = LookupPair(kDayParts, W(k))) {
        *end = k + 1;
        if (!doc_.date) return Relative(t, "XXXX-XX-XX" + DayPartSuffix(*part));
        t->value = doc_.date->AddDays(dir).ToString() + DayPartSuffix(*part);
        return true;
      }
    }
    char unit;
    if (Is(k, "week")) unit = 'W';
    else if (Is(k, "month")) unit = 'M';
    else if (Is(k, "year")) unit = 'Y';
    else if (Is(k, "weekend") && (!Is(i, "the") || two_away)) unit = 'E';
    else if (Is(k, "century") && !Is(i, "the") && dir == 0 && k == i + 1) unit = 'C';  // "this century"
    else return false;
    // A capital inside a sentence makes a title (ABC's "This Week"); a sentence may open "Last Year".
    if (IsAsciiUpper(W(k)[0]) && i > 0 && !EndsSentence(i - 1)) return false;
    *end = k + (two_away ? 3 : 1);
    if (!doc_.date) {
      return Relative(t, unit == 'Y' ? "XXXX" : unit == 'M' ? "XXXX-XX" : unit == 'C' ? "XX" : "XXXX-WXX");
    }
    const Date& d = *doc_.date;
    switch (unit) {
      case 'C':  // the hundred years named by their first two digits, as "the 20th century" is "19"
        t->value = Pad(d.year / 100, 2);
        break;
      case 'W': case 'E': {
        // "held this weekend" in a midweek story is the weekend just past.
        int shift = unit == 'E' && dir == 0 && d.Weekday() < 5 && TenseAround(i) == Tense::kPast ? -1 : dir;
        std::string v = YearWeek(d.AddDays(7 * shift));
        t->value = unit == 'E' ? v + "-WE" : v;
        break;
      }
      case 'M': {
        int total = d.year * 12 + d.month - 1 + dir;
        t->value = YearMonth(total / 12, total % 12 + 1);
        break;
      }
      default: {
        t->value = Pad(d.year + dir, 4);
        // "this year's third quarter": the quarter of that year.
        size_t q = k + 1;
        if (!(W(q) == "'" && Is(q + 1, "s"))) break;
        q += 2;
        // "last year's quarter": the quarter under discussion, a year before.
        if (dir == -1 && (Is(q, "quarter") || Is(q, "period")) && context_sentence_ >= 0) {
          *end = q + 1;
          t->value = Pad(context_year_ - 1, 4) + "-Q" + char('0' + context_quarter_);
          break;
        }
        auto ordinal = Lookup(kQuarterOrdinals, W(q));
        if (!ordinal || ordinal->value == 0) break;
        if (W(q + 1) == "-" && Glued(q) && Glued(q + 1)) ++q;
        if (!Is(q + 1, "quarter")) break;
        *end = q + 2;
        t->value += "-Q";
        t->value += char('0' + ordinal->value);
        NoteQuarter(d.year + dir, ordinal->value);
      }
    }
    return true;
  }

  // "the weekend": the coming one in future tense, else the latest one begun.
  bool Weekend(size_t i, size_t k, size_t* end, TimeExpression* t) {
    *end = k + 1;
    if (!doc_.date) return Relative(t, "XXXX-WXX-WE");
    const Date& d = *doc_.date;
    bool future = Future(i);
    int week_shift = future ? (d.Weekday() == 6 ? 1 : 0) : (d.Weekday() >= 5 ? 0 : -1);
    t->value = YearWeek(d.AddDays(7 * week_shift)) + "-WE";
    return true;
  }

  // [earlier|later] that [same] day|morning|week|year, the same day, the next
  // morning, the following year, the year before: counted from the date last
  // named, which in a narrative is the one being told, or from the article date.
  bool MatchAnaphoric(size_t i, size_t* end, TimeExpression* t) {
    size_t k = i;
    if (Is(k, "earlier") || Is(k, "later")) ++k;
    int shift;
    size_t trailing = 0;  // words after the unit that belong to the span
    if (Is(k, "that")) { shift = 0; ++k; if (Is(k, "same")) ++k; }
    else if (Is(k, "the") && k == i && (Is(k + 2, "before") || Is(k + 2, "after")) && EndsPhrase(k + 3)) {
      shift = Is(k + 2, "before") ? -1 : 1;  // "down from $450 million the year before."
      ++k;
      trailing = 1;
    }
    else if (Is(k, "the") && Is(k + 1, "same")) { shift = 0; k += 2; }
    else if (Is(k, "the") && k == i && (Is(k + 1, "following") || Is(k + 1, "previous"))) {
      shift = Is(k + 1, "following") ? 1 : -1;
      k += 2;
      if (auto wd = Lookup(kWeekdays, W(k)); wd && IsAsciiUpper(W(k)[0])) {  // "the previous Friday"
        *end = k + 1;
        if (!doc_.date) return Relative(t, "XXXX-XX-XX");
        Date from = anchor_date_ ? *anchor_date_ : *doc_.date;
        int delta = shift < 0 ? -((from.Weekday() - wd->value + 7) % 7) : (wd->value - from.Weekday() + 7) % 7;
        if (delta == 0) delta = 7 * shift;
        t->value = from.AddDays(delta).ToString();
        return true;
      }
    } else if (Is(k, "the") && k == i && Is(k + 1, "next") && TenseAround(i) == Tense::kPast) {
      shift = 1;
      k += 2;
    } else {
      return false;
    }
    if (W(k + 1) == "-" && Glued(k)) return false;  // "that year-end", "the following day-long"
    auto part = LookupPair(kDayParts, W(k));
    bool day = Is(k, "day") || (part && !Is(k, "overnight"));
    bool year = Is(k, "year");
    bool week = Is(k, "week");
    if (!day && !year && !week && !Is(k, "month")) return false;
    *end = k + 1 + trailing;
    if (!doc_.date) return Relative(t, year ? "XXXX" : day ? "XXXX-XX-XX" : week ? "XXXX-WXX" : "XXXX-XX");
    if (year) {
      t->value = Pad((anchor_year_ ? anchor_year_ : doc_.date->year) + shift, 4);
      return true;
    }
    Date from = anchor_date_ ? *anchor_date_ : *doc_.date;
    if (day) {
      t->value = from.AddDays(shift).ToString() + (part ? DayPartSuffix(*part) : "");
      return true;
    }
    if (week) {
      t->value = YearWeek(from.AddDays(7 * shift));
      return true;
    }
    int total = (anchor_month_ >= 0 ? anchor_month_ : from.year * 12 + (from.month - 1)) + shift;
    t->value = YearMonth(total / 12, total % 12 + 1);
    return true;
  }

  // "the day before last Tuesday", "the day after Christmas": that day, one off.
  bool MatchDayBefore(size_t i, size_t* end, TimeExpression* t) {
    if (!Is(i, "the") || !Is(i + 1, "day") || !(Is(i + 2, "before") || Is(i + 2, "after"))) return false;
    size_t k = i + 3;
    uint32_t families = Families(W(k)) & ~family::kDuration;  // not "the day before two years ago"
    TimeExpression day;
    if (!families || !Match(k, families, end, &day) || day.type != TimeType::kDate) return false;
    auto date = day.value.size() == 10 ? ParseIsoDate(day.value) : std::nullopt;
    if (!date) return false;
    t->value = date->AddDays(Is(i + 2, "before") ? -1 : 1).ToString();
    return true;
  }

  // "the first Friday of July", "the last Thursday in the month", "the second
  // Monday of next month": that weekday's nth (or last) day in the month.
  bool MatchNthWeekdayOf(size_t i, size_t* end, TimeExpression* t) {
    if (!Is(i, "the")) return false;
    int nth = -1;  // the last
    if (!Is(i + 1, "last")) {
      auto ordinal = Lookup(kOrdinalDays, W(i + 1));
      if (!ordinal || ordinal->value > 5) return false;
      nth = ordinal->value;
    }
    auto wd = Lookup(kWeekdays, W(i + 2));
    if (!wd || !IsAsciiUpper(W(i + 2)[0]) || !(Is(i + 3, "of") || Is(i + 3, "in"))) return false;
    size_t k = i + 4;
    TimeExpression month;
    if (Is(k, "the") && Is(k + 1, "month")) {  // the article's
      *end = k + 2;
      if (!doc_.date) return Relative(t, "XXXX-XX-XX");
      month.value = YearMonth(doc_.date->year, doc_.date->month);
    } else if (!MatchRelativeUnit(k, end, &month) && !MatchMonthDate(k, end, &month)) {
      return false;
    }
    const std::string& v = month.value;
    if (v.size() != 7 || v[4] != '-') return false;  // a month, not "this week" or "July 4"
    if (!IsAsciiDigit(v[0])) return Relative(t, "XXXX-XX-XX");
    int y = *ParseInt(v.substr(0, 4)), m = *ParseInt(v.substr(5, 2));
    int day;
    if (nth > 0) {
      day = 1 + (wd->value - Date{y, m, 1}.Weekday() + 7) % 7 + 7 * (nth - 1);
      if (!IsValidDate(y, m, day)) return false;
    } else {
      int last = 31;
      while (!IsValidDate(y, m, last)) --last;
      day = last - (Date{y, m, last}.Weekday() - wd->value + 7) % 7;
    }
    t->value = Date{y, m, day}.ToString();
    return true;
  }

  // "the week of March 6": the ISO week holding that day.
  bool MatchWeekOf(size_t i, size_t* end, TimeExpression* t) {
    if (!Is(i, "the") || !Is(i + 1, "week") || !Is(i + 2, "of")) return false;
    TimeExpression day;
    if (!MatchMonthDate(i + 3, end, &day) || day.value.size() < 10) return false;
    auto date = ParseIsoDate(day.value.substr(0, 10));
    if (!date) return false;
    t->value = YearWeek(*date);
    return true;
  }

  // the end of 1990, the beginning of October, the end of this week: the
  // span takes the phrase, the value is the period's.
  bool MatchPartOf(size_t i, size_t* end, TimeExpression* t) {
    if (!Is(i, "the") || !(Is(i + 1, "end") || Is(i + 1, "beginning") || Is(i + 1, "start") ||
                           Is(i + 1, "middle")) || !Is(i + 2, "of"))
      return false;
    size_t k = i + 3;
    if (Is(k, "the") && Is(k + 1, "week")) {
      *end = k + 2;  // "by the end of the week": this one ("the week" alone is left open)
      if (!doc_.date) return Relative(t, "XXXX-WXX");
      t->value = YearWeek(*doc_.date);
      return true;
    }
    uint32_t families = Families(W(k));
    if (!families || !Match(k, families, end, t)) return false;
    return t->type == TimeType::kDate;
  }

  // for the year, of the year, the fiscal year, earlier in the year|week: the
  // article's year (or month); "the year ended Sept. 30" is a year's span.
  bool MatchTheYear(size_t i, size_t* end, TimeExpression* t) {
    size_t k = i;
    if ((Is(k, "earlier") || Is(k, "later")) && Is(k + 1, "in")) k += 2;
    if (!Is(k, "the")) return false;
    // "of the year" counts only after a part of it ("the first nine months of
    // the year"); "album of the year" is a title, not a date.
    bool after_preposition =
        k > i || (i > 0 && InList(kPeriodPrepositions, W(i - 1))) ||
        (i > 1 && Is(i - 1, "of") && (InList(kPeriodParts, W(i - 2)) || Lookup(kUnits, W(i - 2))));
    ++k;
    // "in the new year": the one to come, said in a year's second half ("so
    // far in the new year" in January is this one); "the New Year" is the holiday.
    if (k == i + 1 && Is(k, "new") && Is(k + 1, "year") && !IsAsciiUpper(W(k)[0]) && W(k + 2) != "-") {
      *end = k + 2;
      if (!doc_.date) return Relative(t, "XXXX");
      t->value = Pad(doc_.date->year + (doc_.date->month >= 7 ? 1 : 0), 4);
      return true;
    }
    if (Is(k, "full") || Is(k, "fiscal") || Is(k, "whole") || Is(k, "entire") || Is(k, "calendar")) ++k;
    bool year = Is(k, "year");
    // "earlier in the week" is this week. "For the week, the index fell 3%"
    // and "the week's most active session" name the week a market report
    // covers, which on a Monday is the one before: the year, with the week open.
    bool this_week = Is(k, "week") && i + 2 < k && Is(i + 1, "in");
    bool some_week = Is(k, "week") && !this_week && k == i + 1 &&
                     (after_preposition || (W(k + 1) == "'" && Is(k + 2, "s") && Glued(k)));
    if (some_week && !IsAsciiUpper(W(k)[0])) {
      *end = k + 1;
      if (!doc_.date) return Relative(t, "XXXX-WXX");
      t->value = Pad(doc_.date->year, 4) + "-WXX";
      return true;
    }
    if ((!year && !this_week && !Is(k, "month")) || IsAsciiUpper(W(k)[0])) return false;
    if (W(k + 1) == "-" || W(k + 1) == "'") return false;  // "the year-earlier", "the year's best"
    *end = k + 1;
    if (this_week) {
      if (!doc_.date) return Relative(t, "XXXX-WXX");
      t->value = YearWeek(*doc_.date);
      return true;
    }
    if (Is(k + 1, "ended") || Is(k + 1, "ending") || Is(k + 1, "to")) {  // "the year to March"
      t->type = TimeType::kDuration;
      t->value = year ? "P1Y" : "P1M";
      return true;
    }
    if (year) {
      size_t y = k + 1;
      if (auto named = YearAt(&y)) {  // "the year 2000"
        *end = y;
        t->value = Pad(*named, 4);
        return true;
      }
      if (Is(y, "two") && Is(y + 1, "thousand")) {  // "the year two thousand [and] five"
        y += 2;
        size_t unit = Is(y, "and") ? y + 1 : y;
        int add = 0;
        if (auto n = SpelledNumber(&unit); n && *n < 100) { add = *n; y = unit; }
        *end = y;
        t->value = Pad(2000 + add, 4);
        return true;
      }
    }
    if (!after_preposition) return false;
    if (!doc_.date) return Relative(t, year ? "XXXX" : "XXXX-XX");
    t->value = year ? Pad(doc_.date->year, 4) : YearMonth(doc_.date->year, doc_.date->month);
    return true;
  }

  // "by year-end", "around year end", "by year's end": the article's year;
  // "since year-end" is the one already past. "year-end results" is an adjective.
  bool MatchYearEnd(size_t i, size_t* end, TimeExpression* t) {
    if (!Is(i, "year") || i == 0 || !InList(kYearEndPrepositions, W(i - 1))) return false;
    size_t k = i + 1;
    if ((W(k) == "-" && Glued(i)) || (W(k) == "'" && Is(k + 1, "s"))) k += W(k) == "-" ? 1 : 2;
    if (!Is(k, "end")) return false;
    *end = k + 1;
    if (!doc_.date) return Relative(t, "XXXX");
    t->value = Pad(doc_.date->year - (Is(i - 1, "since") ? 1 : 0), 4);
    return true;
  }

  // 3 p.m., 10:30 a.m., 9am, 11.30pm, noon, midnight
  bool MatchClock(size_t i, size_t* end, TimeExpression* t) {
    if (Is(i, "noon") || Is(i, "midday") || Is(i, "midnight")) {
      // Capitalised inside a sentence it is a name or a title: "Jamie Noon", "Midnight Express".
      if (IsAsciiUpper(W(i)[0]) && i > 0 && !EndsSentence(i - 1) && IsAsciiAlnum(W(i - 1).back())) return false;
      *end = i + 1;
      return ClockOnDay(i, i + 1, Is(i, "midnight") ? 24 : 12, 0, end, t);
    }
    std::optional<bool> pm;  // set by "am"/"pm" glued to the last number, as British news writes it
    auto h = ParseInt(W(i));
    // "1500 GMT", "at 0600 local time": the agencies' 24-hour clock in four
    // figures, which the time zone tells from a year ("2000 GMT").
    bool zone = TimeZone(W(i + 1)) || (Is(i + 1, "local") && Is(i + 2, "time"));
    if (h && W(i).size() == 4 && zone && *h / 100 <= 23 && *h % 100 <= 59)
      return ClockOnDay(i, i + 1, *h / 100, *h % 100, end, t);
    // "12 noon", "12 midnight": the figure says again what the word says.
    if (h == 12 && (Is(i + 1, "noon") || Is(i + 1, "midnight")))
      return ClockOnDay(i, i + 2, Is(i + 1, "midnight") ? 24 : 12, 0, end, t);
    if (size_t k = OClockEnd(i + 1); k && (h || Lookup(kNumberWords, W(i)))) {
      // "10 o'clock", "ten o'clock at night", "at 10 o'clock Monday night":
      // the hour's half of the day is told by the words after it, if at all.
      int hour = h ? *h : Lookup(kNumberWords, W(i))->value;
      if (hour < 1 || hour > 12) return false;
      std::optional<bool> pm_by_part = PmByPartOfDay(k, &k);
      if (pm_by_part) hour = hour % 12 + (*pm_by_part ? 12 : 0);
      return ClockOnDay(i, k, hour, 0, end, t, !pm_by_part);
    }
    if (!h) {
      auto glued = GluedMeridiem(W(i));
      if (!glued) return false;
      h = glued->first;
      pm = glued->second;
    }
    if (*h > 23) return false;
    size_t k = i + 1;
    int minute = 0;
    bool colon = false;
    if (!pm && (W(k) == ":" || W(k) == ".") && Glued(i) && Glued(k)) {
      std::string_view mm_word = W(k + 1);
      auto glued = GluedMeridiem(mm_word);
      if (glued) mm_word.remove_suffix(2);
      auto mm = ParseInt(mm_word);
      if (!mm || mm_word.size() != 2 || *mm > 59) return false;
      // "11.30pm", "11.30 p.m.": with a dot only before am/pm ("$11.30" is a price).
      if (W(k) == "." && !glued && !MeridiemAt(k + 2)) return false;
      colon = W(k) == ":";
      minute = *mm;
      k += 2;
      if (glued) pm = glued->second;
    }
    if (!pm && i > 0 && Is(i - 1, "at") && *h >= 1 && *h <= 11) {  // "at 4 in the morning"
      size_t after = k;
      if (auto evening = PmByPartOfDay(k, &after)) {
        pm = evening;
        k = after;
      }
    }
    if (!pm) {
      // "22:30", "at 9:45": a 24-hour clock needs an hour past noon or "at" before it.
      bool am_pm = MeridiemAt(k);
      // Not a race time: "2:17:18", "14:39.29", "22:30h".
      bool figure = (i > 0 && W(i - 1) == ":" && Glued(i - 1)) ||
                    (Glued(k - 1) && (W(k) == ":" || IsAsciiAlnum(W(k)[0]) ||
                                      (W(k) == "." && Glued(k) && IsAsciiDigit(W(k + 1)[0]))));
      if (colon && !am_pm && (*h >= 13 || (i > 0 && Is(i - 1, "at"))) && !figure) {
        return ClockOnDay(i, k, *h, minute, end, t, *h < 12);
      }
      if (!am_pm) return false;
      pm = Is(k, "p") || Is(k, "pm");
      k += Is(k, "pm") || Is(k, "am") ? 1 : 3;
      if (W(k) == "." && Glued(k - 1) && Is(k - 1, "m")) ++k;  // "p.m." ends in a full stop
    }
    if (*h < 1 || *h > 12) return false;
    int hour = (*h % 12) + (*pm ? 12 : 0);
    return ClockOnDay(i, k, hour, minute, end, t);
  }

  // "T15:30". Appended rather than concatenated: see DayPartSuffix.
  static std::string ClockValue(int hour, int minute) {
    std::string hm(1, 'T');
    hm.append(Pad(hour, 2)).append(1, ':').append(Pad(minute, 2));
    return hm;
  }

  // "in the morning" (false), "in the afternoon", "in the evening", "at
  // night" (true) at word k, as a clock hour's half of the day; sets *end past it.
  std::optional<bool> PmByPartOfDay(size_t k, size_t* end) const {
    if (Is(k, "at") && Is(k + 1, "night")) { *end = k + 2; return true; }
    if (!Is(k, "in") || !Is(k + 1, "the")) return std::nullopt;
    bool morning = Is(k + 2, "morning");
    if (!morning && !Is(k + 2, "afternoon") && !Is(k + 2, "evening")) return std::nullopt;
    *end = k + 3;
    return !morning;
  }

  // "p.m.", "a.m.", "pm", "am" at word k.
  bool MeridiemAt(size_t k) const {
    return ((Is(k, "p") || Is(k, "a")) && W(k + 1) == "." && Is(k + 2, "m")) || Is(k, "pm") || Is(k, "am");
  }

  // "9am", "30pm": the number and whether it is pm.
  static std::optional<std::pair<int, bool>> GluedMeridiem(std::string_view w) {
    if (w.size() < 3 || w.size() > 4) return std::nullopt;
    std::string_view suffix = w.substr(w.size() - 2);
    bool pm = EqualsLower(suffix, "pm");
    if (!pm && !EqualsLower(suffix, "am")) return std::nullopt;
    auto n = ParseInt(w.substr(0, w.size() - 2));
    if (!n) return std::nullopt;
    return std::pair<int, bool>{*n, pm};
  }

  // A clock time `hour`:`minute` ending before word k falls on the day named
  // right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9"), else on the
  // day last named ("The blast came on Friday ... at 10:35 a.m."), else on
  // the article date. The clock time begins at word `clock`; a weekday after
  // it takes its tense from there, as "a.m. EDT" would push a "will" out of
  // the weekday's reach. An hour without a.m. or p.m. (`hour_open`) is the
  // evening's when the day is ("at 10 o'clock Monday night").
  bool ClockOnDay(size_t clock, size_t k, int hour, int minute, size_t* end, TimeExpression* t,
                  bool hour_open = false) {
    t->type = TimeType::kTime;
    *end = k;
    size_t d = k;
    if (TimeZone(W(d))) ++d;
    else if (Is(d, "local") && Is(d + 1, "time")) d += 2;  // "3:30 p.m. local time on Tuesday"
    // "10:35 a.m. (0735 GMT) Friday": the clock time and its restatement in
    // brackets both fall on the day after the brackets, which keeps a span
    // of its own (the clock's would take in the other clock).
    bool bracket = false;
    if (W(d) == "(") {
      size_t close = d + 1;
      while (close < d + 6 && close < w_.size() && W(close) != ")") ++close;
      if (W(close) == ")") { bracket = true; d = close + 1; }
    } else if (W(d) == ")" && clock > 0 && W(clock - 1) == "(") {
      bracket = true;
      ++d;
    }
    if (W(d) == ",") ++d;
    if (Is(d, "on")) ++d;
    TimeExpression day;
    size_t day_end = d;
    if (MatchWeekday(d, &day_end, &day, clock) || MatchDeictic(d, &day_end, &day) || MatchMonthDate(d, &day_end, &day) ||
        MatchDayMonth(d, &day_end, &day)) {
      if (day.value.size() >= 10 && day.value[4] == '-' && day.value[7] == '-') {
        std::string_view part = std::string_view(day.value).substr(10);
        if (hour_open && hour < 12 && (part == "TAF" || part == "TEV" || (part == "TNI" && hour >= 6))) hour += 12;
        t->value = day.value.substr(0, 10) + ClockValue(hour, minute);
        t->reason = day.reason;
        if (!bracket) *end = day_end;
        return true;
      }
    }
    if (!doc_.date) return Relative(t, "XXXX-XX-XX" + ClockValue(hour, minute));
    t->value = (anchor_date_ ? *anchor_date_ : *doc_.date).ToString() + ClockValue(hour, minute);
    return true;
  }

  // The word after an "o'clock" (or "o’clock") beginning at word k, else 0.
  size_t OClockEnd(size_t k) const {
    if (W(k) != "o" || !Glued(k)) return 0;  // "the 10 O'clock News" is a title
    size_t c = W(k + 1) == "'" ? k + 2 : W(k + 1) == "\xE2" && W(k + 2) == "\x80" && W(k + 3) == "\x99" ? k + 4 : 0;
    return c && Glued(c - 1) && Is(c, "clock") ? c + 1 : 0;
  }

  // Quarters: "third-quarter", "the fourth quarter [of 1990]", "fiscal second-quarter",
  // "the latest quarter", "the current quarter"; once a quarter has been named,
  // "the quarter", "that quarter", "the 1988 period" take its number.
  bool MatchQuarter(size_t i, size_t* end, TimeExpression* t) {
    size_t k = i;
    bool determiner = Is(k, "the") || Is(k, "that") || Is(k, "its") || Is(k, "this");
    bool this_quarter = Is(k, "this");
    if (Is(k, "its")) span_first_ = i + 1;  // TimeML leaves the possessive out: its [fourth quarter]
    if (determiner) ++k;
    if (Is(k, "fiscal")) ++k;
    std::optional<int> year = Year(k);
    if (year) ++k;
    if (year && W(k) == "'" && Is(k + 1, "s")) k += 2;  // "1985's fourth quarter"
    std::optional<int> ordinal;  // 1-4, or 0 for "latest"
    bool adjective = false;      // "third-quarter"
    bool current = this_quarter;
    if (auto o = Lookup(kQuarterOrdinals, W(k))) {
      ordinal = o->value;
    } else if (size_t figure = k; !W(k).empty() && IsAsciiDigit(W(k)[0])) {  // "3rd quarter"
      if (auto n = OrdinalAt(&figure); n && *n >= 1 && *n <= 4) ordinal = n;
    }
    if (ordinal) {
      ++k;
      // "its third-quarter loss": TimeML spans the adjective without the determiner.
      adjective = W(k) == "-" && Glued(k - 1) && Glued(k);
      if (adjective) { ++k; if (determiner) span_first_ = i + 1; }
    } else if (Is(k, "current")) {
      current = true;
      ++k;
    }
    bool latest = ordinal && *ordinal == 0;
    if (!Is(k, "quarter") && !(Is(k, "period") && (year || latest))) return false;
    if (W(k + 1) == "-" && Glued(k)) return false;  // "the quarter-to-quarter comparison"
    *end = k + 1;
    if (size_t y = *end + 1; Is(*end, "of")) {
      if (auto named = YearOfAt(&y)) {  // "the fourth quarter of 1990", "the first quarter of next year"
        year = named;
        *end = y;
      }
    }
    if (!doc_.date && !year) return Relative(t, "XXXX-QX");
    int y, quarter;
    if (auto ended = !year && !(ordinal && *ordinal > 0) ? QuarterEndedAt(*end) : std::nullopt) {
      // A fiscal quarter dated by its last day: the date says more than the
      // report's numbering ("the quarter ended July 31" in a report on Q3).
      std::tie(y, quarter) = *ended;
      NoteQuarter(y, quarter);
    } else if (ordinal && *ordinal > 0) {
      quarter = *ordinal;
      if (year) {
        y = *year;
      } else {
        y = YearOfPart(quarter, 4, i, adjective);
      }
      NoteQuarter(y, quarter);
    } else if (this_quarter && context_sentence_ >= 0) {  // "this quarter's loss" in a report on Q3
      y = context_year_;
      quarter = context_quarter_;
    } else if (current && doc_.date) {
      y = doc_.date->year;
      quarter = (doc_.date->month - 1) / 3 + 1;
    } else if (context_sentence_ >= 0) {  // the quarter the report is about, however far back
      bool that = Is(i, "that");           // "that quarter": the one just named
      y = year ? *year : that ? named_year_ : context_year_;
      quarter = that ? named_quarter_ : context_quarter_;
      context_sentence_ = sentence_;  // still the quarter under discussion
    } else if (!year && (latest || (determiner && Is(k, "quarter") && !IsAsciiUpper(W(k)[0]) && !Is(*end, "of")))) {
      // "the latest quarter", and "the quarter" before any is named (not "the
      // French Quarter" or "the quarter of the city"): the one last ended,
      // which is what a report is about.
      int now = (doc_.date->month - 1) / 3 + 1;
      y = now == 1 ? doc_.date->year - 1 : doc_.date->year;
      quarter = now == 1 ? 4 : now - 1;
      NoteQuarter(y, quarter);
    } else {
      return false;
    }
    // "the quarter a year ago": that quarter, of the year before.
    if (Is(*end, "a") && Is(*end + 1, "year") && (Is(*end + 2, "ago") || Is(*end + 2, "earlier"))) {
      *end += 3;
      --y;
    }
    t->value = Pad(y, 4) + "-Q" + char('0' + quarter);
    return true;
  }

  // The year of quarter or half `part` (of `per_year`) named at word i
  // without one: results reported for a part not yet begun are last year's,
  // and one gone by in future tense is next year's, unless named as an
  // adjective ("after a third-quarter loss" tells of the one reported).
  int YearOfPart(int part, int per_year, size_t i, bool adjective) const {
    int now = (doc_.date->month - 1) * per_year / 12 + 1;
    Tense tense = TenseAround(i);
    if (part > now && tense != Tense::kFuture) return doc_.date->year - 1;
    if (part < now && tense == Tense::kFuture && !adjective) return doc_.date->year + 1;
    return doc_.date->year;
  }

  // "ended Sept. 30", "ending July 31" at word k: the quarter that ends
  // then (see QuarterEndingIn), as {year, quarter}.
  std::optional<std::pair<int, int>> QuarterEndedAt(size_t k) {
    if (!Is(k, "ended") && !Is(k, "ending")) return std::nullopt;
    TimeExpression day;
    size_t day_end = k + 1;
    if (!MatchMonthDate(k + 1, &day_end, &day) || day.value.size() != 10 || !IsAsciiDigit(day.value[0]))
      return std::nullopt;
    return QuarterEndingIn(*ParseInt(day.value.substr(0, 4)), *ParseInt(day.value.substr(5, 2)));
  }

  // "year-earlier", "the year-ago quarter", "the year-earlier period"
  bool MatchYearAgo(size_t i, size_t* end, TimeExpression* t) {
    size_t k = i;
    if (Is(k, "the")) ++k;
    if (!Is(k, "year") || W(k + 1) != "-" || !Glued(k) || !(Is(k + 2, "ago") || Is(k + 2, "earlier"))) return false;
    k += 3;
    // "the year-ago third quarter": that quarter of the year before.
    TimeExpression quarter;
    size_t quarter_end = k;
    if (Lookup(kQuarterOrdinals, W(k)) && MatchQuarter(k, &quarter_end, &quarter) && quarter.value.size() == 7 &&
        IsAsciiDigit(quarter.value[0])) {
      *end = quarter_end;
      t->value = Pad(*ParseInt(quarter.value.substr(0, 4)) - 1, 4) + quarter.value.substr(4);
      return true;
    }
    if (Is(k, "quarter") || Is(k, "period")) ++k;
    else if (k - 3 != i) return false;  // "the year-earlier results": the adjective alone
    *end = k;
    if (!doc_.date) return Relative(t, "XXXX");
    t->value = YearBefore();
    return true;
  }

  // three-year, 48 hours, two weeks, several months, the past two months
  bool MatchDuration(size_t i, size_t* end, TimeExpression* t) {
    bool the = Is(i, "the");
    if (the) {
      ++i;
      bool past = Is(i, "past");
      if (Is(i, "first") || past || Is(i, "last") || Is(i, "next")) ++i;
      // "in the past year": the year up to now, one unit long ("the past
      // decade" and "the past century" have a pattern of their own).
      if (auto unit = past ? Lookup(kUnits, W(i)) : std::nullopt;
          unit && W(i).back() != 's' && unit->scale < 10 && W(i + 1) != "-") {
        *end = i + 1;
        t->type = TimeType::kDuration;
        t->value = Period(1, *unit);
        return true;
      }
      if (!ParseInt(W(i)) && (Is(i, "a") || Is(i, "an") || !NumberAt(i))) return false;
    }
    auto n = NumberAt(i);
    if (!n) return false;
    size_t k = i + 1;
    if (size_t spelled = i; !ParseInt(W(i)) && !Is(i, "a") && !Is(i, "an")) {
      if (auto compound = SpelledNumber(&spelled); compound && spelled > k) { n = compound; k = spelled; }
    }
    // "2 1/2 years", "two and a half years": the half is written in the next smaller unit.
    bool half = (ParseInt(W(i)) && Is(k, "1") && W(k + 1) == "/" && Is(k + 2, "2") && Glued(k) && Glued(k + 1)) ||
                AndAHalf(k);
    if (half) k += 3;
    bool hyphen = W(k) == "-" && Glued(k - 1) && Glued(k);
    if (hyphen && the) return false;  // "the three-year war": the adjective alone is the duration
    if (hyphen) ++k;
    // "two years ago" is a point; "three days later" is tagged as the amount
    // ("three days", P3D): TimeML leaves "later" out.
    size_t or_so = Is(k + 1, "or") && Is(k + 2, "so") ? 2 : 0;  // "a week or so ago"
    bool offset = Is(k + 1 + or_so, "ago") || Is(k + 1 + or_so, "earlier");
    bool from_now = Is(k + 1, "from") && (Is(k + 2, "now") || Is(k + 2, "today"));  // "three days from now"
    bool later = Is(k + 1, "later");
    if (!hyphen && !offset && !from_now && !later && (Is(i, "a") || Is(i, "an"))) {
      // "a year" is a duration only after words that measure it ("at least a week", "as long as a month").
      if (!(i > 0 && InList(kMeasureWords, W(i - 1)) && (!Is(i - 1, "as") || (i > 1 && Is(i - 2, "long")))))
        return false;
    }
    if (Is(k, "few")) return false;
    if (Is(k, "couple")) {  // "a couple of years": two
      if (!(Is(i, "a") && Is(k + 1, "of") && Lookup(kUnits, W(k + 2)))) return false;
      n = 2;
      k += 2;
    }
    // "20 more years", "an additional year", "eight trading days", "three straight months"
    if (!hyphen && (Is(k, "more") || Is(k, "additional") || Is(k, "extra") || Is(k, "trading") ||
                    Is(k, "business") || Is(k, "working") || Is(k, "straight") || Is(k, "consecutive") ||
                    Is(k, "successive")) && Lookup(kUnits, W(k + 1)))
      ++k;
    // "the next three quarters" (P9M); not "three quarters of the vote", a share.
    if (Is(k, "quarters") && !hyphen && !half && *n >= 2 && !Is(k + 1, "of") && !Is(k + 1, "ago")) {
      *end = k + 1;
      t->type = TimeType::kDuration;
      t->value = "P" + std::to_string(*n * 3) + "M";
      return true;
    }
    auto unit = Lookup(kUnits, W(k));
    if (!unit) return false;
    if (hyphen && !(W(k).back() != 's')) return false;
    // "the 2018 day five": a count above one takes a plural unit unless hyphenated.
    if (!hyphen && !half && *n > 1 && W(k).back() != 's' && !Lookup(kNumberWords, W(i))) return false;
    if (Is(k + 1, "old") || (W(k + 1) == "-" && Is(k + 2, "old"))) return false;  // ages are quantities
    if (offset || from_now) {  // "two years ago", "a week from today": a point in time
      *end = offset ? k + 2 + or_so : k + 3;
      return PointFromOffset(*n, offset ? -1 : 1, *unit, t);
    }
    *end = k + 1;
    if (!half && AndAHalf(k + 1)) {  // "a year and a half"
      half = true;
      *end = k + 4;
    }
    t->type = TimeType::kDuration;
    t->value = Period(*n, *unit);
    char letter = t->value.back();
    if (half && letter == 'Y') t->value += "6M";
    else if (half && letter == 'H') t->value += "30M";
    else if (half && letter == 'D') t->value += "T12H";
    return true;
  }

  // "and a half" from word k: half the unit more.
  bool AndAHalf(size_t k) const { return Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half"); }

  // "the 17th of March [2024]", "the Fourth of July", "1st January"; "on
  // the 15th": that day of the month last named, or of the article's.
  bool MatchOrdinalDate(size_t i, size_t* end, TimeExpression* t) {
    size_t k = Is(i, "the") ? i + 1 : i;
    size_t at = k;
    auto day = OrdinalAt(&at);
    if (!day || *day < 1 || *day > 31) return false;
    // "of" may go only after a figure: "1st January", not "the second May Day".
    size_t month_at = Is(at, "of") ? at + 1 : IsAsciiDigit(W(k)[0]) ? at : 0;
    if (auto month = month_at ? Lookup(kMonths, W(month_at)) : std::nullopt; month && IsAsciiUpper(W(month_at)[0])) {
      if (W(month_at + 1) == "." && AbbreviatedMonth(month_at)) ++month_at;  // "1st Jan.", not "July."
      size_t y = W(month_at + 1) == "," ? month_at + 2 : month_at + 1;
      if (auto year = YearAt(&y)) {
        if (!IsValidDate(*year, month->value, *day)) return false;
        *end = y;
        t->value = Date{*year, month->value, *day}.ToString();
        return true;
      }
      return DayOfMonth(i, *month, *day, month_at + 1, end, t);
    }
    if (Is(at, "of")) return false;
    bool on = k > i && i > 0 && (Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "since"));
    if (!on || !EndsPhrase(at)) return false;  // not "the 15th anniversary"
    *end = at;
    if (!doc_.date) return Relative(t, "XXXX-XX-" + Pad(*day, 2));
    int month = anchor_month_ >= 0 ? anchor_month_ : doc_.date->year * 12 + doc_.date->month - 1;
    if (!IsValidDate(month / 12, month % 12 + 1, *day)) return false;
    t->value = Date{month / 12, month % 12 + 1, *day}.ToString();
    return true;
  }

  // A temperature word among the four before word i: "highs in the sixties" is not a decade.
  bool AboutTemperature(size_t i) const {
    for (size_t k = i; k > 0 && i - k < 4; --k)
      if (InList(kTemperatureWords, W(k - 1))) return true;
    return false;
  }

  // "the 20th century" (19), "11th-century", "the sixties" (196), "the last
  // decade", "the past century" (the one before the article's); "the past
  // decade" and "the next decade" are the ten years up to or from now.
  bool MatchDecadeOrCentury(size_t i, size_t* end, TimeExpression* t) {
    size_t k = Is(i, "the") ? i + 1 : i;
    bool century = Is(k + 1, "century");
    if (k > i && (Is(k, "past") || Is(k, "last") || (Is(k, "next") && !century)) && (Is(k + 1, "decade") || century)) {
      *end = k + 2;
      if (!century && !Is(k, "last")) {
        t->type = TimeType::kDuration;
        t->value = "P10Y";
        return true;
      }
      if (!doc_.date) return Relative(t, century ? "XX" : "XXX");
      int year = doc_.date->year;
      // "the past century" is the hundred years up to now, named by the century most of them are in.
      if (century) t->value = Pad(Is(k, "past") ? (year - 50) / 100 : year / 100 - 1, 2);
      else t->value = Pad(year / 10 - 1, 3);
      return true;
    }
    if (k > i) {  // "the sixties", "the late seventies": a decade of the 1900s
      size_t d = Is(k, "early") || Is(k, "late") ? k + 1 : k;
      if (auto decade = Lookup(kDecadeWords, W(d)); decade && !IsAsciiUpper(W(d)[0]) && !AboutTemperature(i)) {
        *end = d + 1;
        t->value = "19" + std::to_string(decade->value);
        return true;
      }
    }
    auto n = OrdinalAt(&k);
    if (!n || *n < 1 || *n > 21) return false;
    if (W(k) == "-" && Glued(k - 1) && Glued(k)) ++k;
    if (!Is(k, "century")) return false;
    *end = k + 1;
    t->value = Pad(*n - 1, 2);
    return true;
  }

  // "two years ago" (direction -1), "a week from now" (+1): the point `n`
  // units from the article date; an unspecified count ("several years ago",
  // n < 0), a clock unit or a count of decades (a round figure: "four
  // decades ago") is only the past or the future.
  bool PointFromOffset(int n, int direction, const Unit& unit, TimeExpression* t) {
    if (n < 0 || unit.time_part || unit.scale >= 10) {
      t->value = direction < 0 ? "PAST_REF" : "FUTURE_REF";
      return true;
    }
    if (!doc_.date) return Relative(t, "XXXX-XX-XX");
    const Date& d = *doc_.date;
    int shift = n * direction * unit.scale;
    switch (unit.letter) {
      case 'D': t->value = d.AddDays(shift).ToString(); break;
      case 'W': t->value = YearWeek(d.AddDays(7 * shift)); break;
      case 'M': {
        int total = d.year * 12 + (d.month - 1) + shift;
        t->value = YearMonth(total / 12, total % 12 + 1);
        break;
      }
      default: t->value = shift == -1 ? YearBefore() : Pad(d.year + shift, 4); break;
    }
    return true;
  }

  // every week, each day, daily, twice a year
  bool MatchSet(size_t i, size_t* end, TimeExpression* t) {
    if (auto v = LookupPair(kSetAdverbs, W(i))) {
      *end = i + 1;
      t->type = TimeType::kSet;
      t->value = std::string(*v);
      return true;
    }
    // "twice a year", "once a week", "three times a month": so often in each one unit.
    size_t per = Is(i, "once") || Is(i, "twice")                                 ? i + 1
                 : NumberAt(i) && !Is(i, "a") && !Is(i, "an") && Is(i + 1, "times") ? i + 2
                                                                                    : 0;
    if (per && (Is(per, "a") || Is(per, "an") || Is(per, "per") || Is(per, "each"))) {
      auto unit = Lookup(kUnits, W(per + 1));
      if (!unit || W(per + 1).back() == 's') return false;
      *end = per + 2;
      t->type = TimeType::kSet;
      t->value = Period(1, *unit);
      return true;
    }
    if (!(Is(i, "every") || Is(i, "each"))) return false;
    t->type = TimeType::kSet;
    *end = i + 2;
    // "each July", "every Thursday": the month or weekday of any year or week.
    if (auto month = Lookup(kMonths, W(i + 1)); month && IsAsciiUpper(W(i + 1)[0])) {
      t->value = "XXXX-" + Pad(month->value, 2);
      return true;
    }
    if (auto wd = Lookup(kWeekdays, W(i + 1)); wd && IsAsciiUpper(W(i + 1)[0])) {
      t->value = "XXXX-WXX-" + std::to_string(wd->value + 1);
      return true;
    }
    if (Is(i + 1, "quarter")) {  // "every quarter": three months
      t->value = "P3M";
      return true;
    }
    // "every two years", "every other week", "every few days": the unit that many times over.
    int amount = 1;  // -1: some ("every few days")
    bool counted = false;
    size_t u = i + 1;
    if (Is(u, "other")) {
      amount = 2;
      ++u;
    } else if (auto n = NumberAt(u); n && !Is(u, "a") && !Is(u, "an")) {
      amount = *n;
      counted = true;
      ++u;
    }
    auto unit = Lookup(kUnits, W(u));
    if (!unit || (counted && W(u).back() != 's')) return false;  // not "every one of them"
    *end = u + 1;
    t->value = Period(amount, *unit);
    return true;
  }

  // The year a period is "of" at word *k: one named ("of 1990", "of nineteen
  // ninety"), or the article's, the one before or the one after ("of the
  // year", "of last year", "of next year"); advances *k past it.
  std::optional<int> YearOfAt(size_t* k) const {
    int shift = Is(*k, "the") || Is(*k, "this") ? 0 : Is(*k, "last") ? -1 : Is(*k, "next") ? 1 : 2;
    if (shift == 2 || !Is(*k + 1, "year")) return YearAt(k);
    if (!doc_.date) return std::nullopt;
    *k += 2;
    return doc_.date->year + shift;
  }

  // A results noun (kResultNouns) among the few words after word k, or in
  // its clause either side of it (`clause`): "first-half net profit", "In
  // the first half, sales rose".
  bool ResultsNear(size_t k, bool clause) const {
    for (size_t j = k, n = 0; j < w_.size() && n < (clause ? 8 : 3) && !EndsClause(j); ++j, ++n)
      if (InList(kResultNouns, W(j))) return true;
    for (size_t j = k, n = 0; clause && j > 0 && n < 8 && !EndsClause(j - 1); --j, ++n)
      if (InList(kResultNouns, W(j - 1))) return true;
    return false;
  }

  // the first half of 1990, the second half of the year, the first two
  // quarters of 1990: H1/H2 of the year named. Without a year, only where the
  // text reports results ("first-half profit", "the first half" with sales
  // or profit in its clause): "the first half" alone is as often a match's.
  bool MatchHalf(size_t i, size_t* end, TimeExpression* t) {
    bool the = Is(i, "the");
    size_t k = the ? i + 1 : i;
    bool adjective = W(k + 1) == "-" && Glued(k) && Glued(k + 1);  // "first-half"
    size_t h = adjective ? k + 2 : k + 1;                            // the word "half"
    int half;
    if (Is(k, "first") && Is(h, "half")) half = 1;
    else if ((Is(k, "second") || Is(k, "last") || Is(k, "latter")) && Is(h, "half")) half = 2;
    else if (!adjective && (Is(k, "first") || Is(k, "last")) && Is(k + 1, "two") && Is(k + 2, "quarters")) {
      half = Is(k, "first") ? 1 : 2;
      ++h;
    } else {
      return false;
    }
    if (!the && !adjective) return false;
    k = h + 1;
    if (adjective) {
      if (the) span_first_ = i + 1;  // "the first-half loss": TimeML spans the adjective, as for quarters
      if (!ResultsNear(k, false)) return false;
      *end = k;
      if (!doc_.date) return Relative(t, "XXXX-HX");
      t->value = Pad(YearOfPart(half, 2, i, true), 4) + "-H" + char('0' + half);
      return true;
    }
    std::optional<int> year;
    if (Is(k, "of")) {
      size_t y = k + 1;
      year = YearOfAt(&y);
      if (!year) {
        // "the last half of the '80s": TimeML spans the phrase with the decade's value.
        TimeExpression decade;
        size_t decade_end = y;
        if (!MatchYear(Is(y, "the") ? y + 1 : y, &decade_end, &decade) || decade.value.size() != 3) return false;
        *end = decade_end;
        t->value = decade.value;
        return true;
      }
      k = y;
    } else if (doc_.date && ResultsNear(k, true)) {
      year = YearOfPart(half, 2, i, false);
    }
    if (!year) return false;
    *end = k;
    t->value = Pad(*year, 4) + "-H" + char('0' + half);
    return true;
  }

  // "Q3", "Q3 2024", "H1 2024": quarters and halves as business news
  // abbreviates them; capitals only, and not after a capitalised word inside
  // a sentence ("Audi Q3" is a car) nor before a dash ("H1-B").
  bool MatchPeriodCode(size_t i, size_t* end, TimeExpression* t) {
    auto code = PeriodCode(i);
    if (!code) return false;
    if (i > 1 && IsAsciiUpper(W(i - 1)[0]) && !EndsSentence(i - 1) && !EndsSentence(i - 2)) return false;
    auto [part, per_year] = *code;
    auto year = Year(i + 1);
    if (!year) year = FiscalCode(W(i + 1));  // "Q3 FY2024"
    *end = year ? i + 2 : i + 1;
    if (!year && !doc_.date) return Relative(t, std::string("XXXX-").append(W(i)));
    int y = year ? *year : YearOfPart(part, per_year, i, false);
    PeriodCodeValue(y, i, t);
    return true;
  }

  // The quarter or half a code at word k names, as {part, parts per year}:
  // "Q3" is {3, 4}; not a code before a dash ("H1-B").
  std::optional<std::pair<int, int>> PeriodCode(size_t k) const {
    std::string_view w = W(k);
    if (w.size() != 2 || !(w[0] == 'Q' || w[0] == 'H') || (W(k + 1) == "-" && Glued(k))) return std::nullopt;
    int per_year = w[0] == 'Q' ? 4 : 2;
    int part = w[1] - '0';
    if (part < 1 || part > per_year) return std::nullopt;
    return std::pair{part, per_year};
  }

  // The value of the code at word k in `year`: "2024-Q3".
  void PeriodCodeValue(int year, size_t k, TimeExpression* t) {
    if (W(k)[0] == 'Q') NoteQuarter(year, W(k)[1] - '0');
    t->value = Pad(year, 4) + "-" + std::string(W(k));
  }

  // The year of a fiscal-year code, "FY2024" or "FY24": the year it names,
  // as for "fiscal 2024". Two digits are this century's below 50 ("FY98" is
  // 1998).
  static std::optional<int> FiscalCode(std::string_view w) {
    if (!(w.size() == 4 || w.size() == 6) || !w.starts_with("FY")) return std::nullopt;
    auto y = ParseInt(w.substr(2));
    if (!y) return std::nullopt;
    return w.size() == 6 ? *y : *y < 50 ? 2000 + *y : 1900 + *y;
  }

  // now, recently, these days, in the past, the (near) future, a later date; unspecified amounts:
  // recent years, the coming weeks, the next few days, for months.
  bool MatchVague(size_t i, size_t* end, TimeExpression* t) {
    if (auto v = LookupPair(kVague, W(i))) {
      *end = i + 1;
      t->value = std::string(*v);
      return true;
    }
    if (Is(i, "these") && Is(i + 1, "days")) {  // "hurt more painfully these days"
      *end = i + 2;
      t->value = "PRESENT_REF";
      return true;
    }
    if (Is(i, "a") && Is(i + 1, "later") && Is(i + 2, "date")) {  // "at a later date"
      *end = i + 3;
      t->value = "FUTURE_REF";
      return true;
    }
    // "said at the time he was willing", "At the time, ...": then, the time
    // the story tells of; "at the time of the crash" and a clause opening "At
    // the time Howes was captured" leave the time to the event.
    if (Is(i, "the") && Is(i + 1, "time") && i > 0 && Is(i - 1, "at") && !Is(i + 2, "of") &&
        !(OpensClause(i - 1) && W(i + 2) != ",")) {
      *end = i + 2;
      t->value = Future(i - 1) ? "FUTURE_REF" : "PAST_REF";
      return true;
    }
    // "his current wife", "the then current price"; not "Current Affairs" or
    // the economists' "current account" ("current-account deficit").
    size_t current = Is(i, "then") ? i + 1 : i;
    if (Is(current, "current") && !IsAsciiUpper(W(current)[0]) && !(W(current + 1) == "-" && Glued(current)) &&
        !Is(current + 1, "account")) {
      *end = current + 1;
      t->value = current == i ? "PRESENT_REF" : "PAST_REF";
      return true;
    }
    bool the = Is(i, "the");
    if (the && Is(i + 1, "past") && i > 0 && Is(i - 1, "in") && !Lookup(kUnits, W(i + 2)) &&
        !NumberAt(i + 2)) {
      *end = i + 2;
      t->value = "PAST_REF";
      return true;
    }
    size_t k = the ? i + 1 : i;
    if (the && (Is(k, "near") || Is(k, "distant") || Is(k, "foreseeable"))) ++k;
    // "the near term", "in the long term": the future as markets speak of it.
    bool term = the && (Is(i + 1, "near") || Is(i + 1, "short") || Is(i + 1, "long")) && Is(i + 2, "term");
    if (the && (Is(k, "future") || term)) {
      *end = term ? i + 3 : k + 1;
      t->value = "FUTURE_REF";
      return true;
    }
    bool vague = false;
    if (the && (Is(k, "coming") || Is(k, "next") || Is(k, "past") || Is(k, "last"))) { vague = true; ++k; }
    else if (!the && (Is(k, "recent") || Is(k, "coming"))) { vague = true; ++k; }
    if (Is(k, "few") || Is(k, "several")) { vague = true; ++k; }
    bool after_preposition = !vague && !the && i > 0 && InList(kVagueAmountPrepositions, W(i - 1));
    if (!vague && !after_preposition) return false;
    // "recent quarters", "the past several quarters": some months.
    bool quarters = vague && Is(k, "quarters");
    auto unit = Lookup(kUnits, W(k));
    if (!quarters && (!unit || W(k).back() != 's')) return false;
    *end = k + 1;
    t->type = TimeType::kDuration;
    t->value = quarters ? "PXM" : Period(-1, *unit);
    return true;
  }

  // "a day-long meeting" (P1D), "a decades-long feud" (PXY): as long as the unit says.
  bool MatchLongCompound(size_t i, size_t* end, TimeExpression* t) {
    auto unit = Lookup(kUnits, W(i));
    if (!unit || !(W(i + 1) == "-" && Glued(i) && Glued(i + 1) && Is(i + 2, "long"))) return false;
    if (Glued(i + 2) && W(i + 3) == "-") return false;  // "a day-long-ish", "year-long-term"
    *end = i + 3;
    t->type = TimeType::kDuration;
    t->value = Period(W(i).back() == 's' ? -1 : 1, *unit);
    return true;
  }

  // P3Y, PT48H, P20Y for two decades: `amount` of `unit`, or some (PXY) when
  // `amount` is below 0.
  static std::string Period(int amount, const Unit& unit) {
    std::string count = amount < 0 ? "X" : std::to_string(amount * unit.scale);
    return std::string(unit.time_part ? "PT" : "P") + count + unit.letter;
  }

  // The word after `year`, written at word i, when a dash or slash and the
  // next year's last two digits follow it ("2004-05", "1999/00", "2004–05",
  // "FY2023/24"), not part of a longer code or date ("2004-05-12",
  // "2004/05/B"); else 0.
  size_t SecondYearOfSeason(size_t i, int year) const {
    size_t k = W(i + 1) == "/" ? i + 2 : SkipDash(i + 1);
    if (k == i + 1 || !Glued(i) || !Glued(k - 1) || W(k).size() != 2) return 0;
    auto second = ParseInt(W(k));
    if (!second || *second != (year + 1) % 100) return 0;
    if (Glued(k) && (W(k + 1) == "-" || W(k + 1) == "/" || IsAsciiAlnum(W(k + 1)[0]))) return 0;
    return k + 1;
  }

  // Word i runs on, glued, into a letter, digit, "-" or "/": a code or a figure.
  bool RunsOn(size_t i) const {
    return Glued(i) && (IsAsciiAlnum(W(i + 1)[0]) || W(i + 1) == "-" || W(i + 1) == "/");
  }

  static int SeasonStartMonth(std::string_view suffix) {
    return suffix == "SP" ? 3 : suffix == "SU" ? 6 : suffix == "FA" ? 9 : 12;
  }

  // in 2023, the 1990s, summer/spring [of] [2024]
  bool MatchYear(size_t i, size_t* end, TimeExpression* t) {
    // "the '80s": a decade of the last century, as news wrote it in the 1990s.
    if (W(i) == "'" && Glued(i) && W(i + 1).size() == 3 && W(i + 1).back() == 's' && ParseInt(W(i + 1).substr(0, 2)) &&
        W(i + 1)[1] == '0') {
      *end = i + 2;
      t->value = "19" + std::string(1, W(i + 1)[0]);
      return true;
    }
    if (W(i).size() == 5 && W(i).back() == 's') {  // 1990s
      if (auto y = ParseInt(W(i).substr(0, 4)); y && *y >= 1000 && *y % 10 == 0) {
        *end = i + 1;
        t->value = Pad(*y / 10, 3);
        return true;
      }
    }
    // "the 1930's"; after anything but "the" or "early"/"late", "1990's" is the year's ("1990's budget").
    if (auto y = Year(i); y && *y % 10 == 0 && i > 0 && (Is(i - 1, "the") || Is(i - 1, "early") || Is(i - 1, "late"))) {
      if (size_t after = SkipApostropheS(i + 1); after != i + 1) {
        *end = after;
        t->value = Pad(*y / 10, 3);
        return true;
      }
    }
    if (Is(i, "fiscal") || W(i) == "FY") {
      auto y = Year(i + 1);
      if (!y) return false;
      size_t season_end = SecondYearOfSeason(i + 1, *y);  // "fiscal 2004-05"
      *end = season_end ? season_end : i + 2;
      t->value = Pad(*y, 4);
      return true;
    }
    if (auto y = FiscalCode(W(i))) {
      size_t season_end = SecondYearOfSeason(i, *y);  // "FY2023/24", like "fiscal 2023-24"
      if (!season_end && RunsOn(i)) return false;  // "FY2025-B" is a form
      *end = season_end ? season_end : i + 1;
      t->value = Pad(*y, 4);
      return true;
    }
    if (auto y = Year(i)) {
      // A plain four-digit number in this range is a year unless it is part of
      // a figure: after a currency sign, glued into a longer number or code,
      // before "%", or after a word that only quantifies ("about 2000").
      // Beyond 2030 only where a year is asked for ("by 2050"), not in counts ("2050 votes").
      // Both ends of a range of years are years: "1990-1995", "over 2000 - 2050".
      bool range_start = SkipDash(i + 1) != i + 1 && Year(SkipDash(i + 1));
      bool range_end = YearBeforeDash(i);
      if (*y < 1800 || *y > 2099 ||
          (*y > 2030 && !range_end && !(i > 0 && InList(kDistantYearPrepositions, W(i - 1)))))
        return false;
      if (i > 0 && !range_end) {
        std::string_view p = W(i - 1);
        bool glued = w_[i - 1].end == w_[i].begin;
        bool mid = p == "-" && i >= 2 && TimePrefix(i - 2);  // "mid-1996", "pre-1990"
        bool opening = p == "(" || p == "\"" || p == "`" || p == "[";  // "(1997", "\"1999\""
        if (glued && !mid && !opening) return false;
        if ((InList(kQuantityCues, p) && !range_start) || p == "$" || p == "#") return false;
      }
      // "the 2004-05 season", "fiscal 1994/95": one season or fiscal year
      // named by the two years it spans. TIMEX3 gives a time one value, and
      // such a year begins in the first.
      if (size_t season_end = SecondYearOfSeason(i, *y)) {
        *end = season_end;
        t->value = Pad(*y, 4);
        return true;
      }
      // "2024 Q3", "2024-Q3": the year first, as tables and filings write it.
      if (size_t code = W(i + 1) == "-" && Glued(i) && Glued(i + 1) ? i + 2 : i + 1; PeriodCode(code)) {
        *end = code + 1;
        PeriodCodeValue(*y, code, t);
        return true;
      }
      // A code or a figure: "1990A", "1994-95-B".
      if (!range_start && RunsOn(i)) return false;
      if (W(i + 1) == "%" || Is(i + 1, "percent")) return false;
      *end = i + 1;
      t->value = Pad(*y, 4);
      return true;
    }
    if (size_t k = i; (Is(i, "nineteen") || Is(i, "eighteen")) && YearAt(&k)) {
      size_t after = i;
      t->value = Pad(*YearAt(&after), 4);
      *end = after;
      return true;
    }
    auto season = LookupPair(kSeasons, W(i));
    if (!season) return false;
    size_t k = i + 1;
    if (Is(k, "of")) ++k;
    if (auto y = YearAt(&k)) {
      *end = k;
      t->value = Pad(*y, 4) + "-" + std::string(*season);
      return true;
    }
    bool rel = i > 0 && (Is(i - 1, "this") || Is(i - 1, "last") || Is(i - 1, "next"));
    // "over the summer", "the early summer": this year's ("the fall" is mostly a decline),
    // unless it has not begun and the text looks back ("had contracted over the summer" in
    // March), or it is over and the text looks ahead.
    bool the = i > 0 && !Is(i, "fall") &&
               (Is(i - 1, "the") || (i > 1 && Is(i - 2, "the") && (Is(i - 1, "early") || Is(i - 1, "late"))));
    if (the && !rel) {
      *end = i + 1;
      if (!doc_.date) return Relative(t, "XXXX-" + std::string(*season));
      size_t the_at = Is(i - 1, "the") ? i - 1 : i - 2;
      Tense tense = TenseAround(i);
      bool begun = Is(i, "winter") || doc_.date->month >= SeasonStartMonth(*season);
      // "In the spring, the company will move", said in October: next spring.
      bool over = !Is(i, "winter") && doc_.date->month > SeasonStartMonth(*season) + 2;
      bool ahead = tense == Tense::kFuture || (OpensClause(the_at) && FutureAfter(i + 1));
      int shift = !begun && tense == Tense::kPast ? -1 : over && ahead ? 1 : 0;
      t->value = Pad(doc_.date->year + shift, 4) + "-" + std::string(*season);
      return true;
    }
    if (!rel || (Is(i, "fall") && !Is(i - 1, "this") && !Is(i - 1, "last"))) return false;
    *end = i + 1;
    if (!doc_.date) return Relative(t, "XXXX-" + std::string(*season));
    int dir = Is(i - 1, "last") ? -1 : Is(i - 1, "next") ? 1 : 0;
    t->value = Pad(doc_.date->year + dir, 4) + "-" + std::string(*season);
    return true;
  }

  const Document& doc_;
  const std::vector<Word>& w_;
  std::optional<Date> anchor_date_;  // the last day named, for "that day"
  int anchor_year_ = 0;              // the last year named, for "that year"
  int anchor_month_ = -1;            // year * 12 + month - 1 of the last month named, for "that month"
  size_t span_first_ = 0;       // word the current match's span starts at; a matcher may move it on
  int sentence_ = 0;            // sentence-ending marks seen so far
  int context_sentence_ = -1;   // where the last quarter was named
  int context_year_ = 0, context_quarter_ = 0;  // the quarter the report is about: the first named
  int named_year_ = 0, named_quarter_ = 0;      // the quarter named last
};

}  // namespace

void ExtractTimes(Document& doc) {
  thread_local std::vector<Word> words;
  ScanWords(doc.text, &words);
  Matcher matcher(doc, words);
  doc.times = matcher.Run();
}

}  // namespace newsgraph
