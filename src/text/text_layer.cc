#include "text/text_layer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

// ---- UTF-8 ------------------------------------------------------------------

// The slow half of NextCodePoint: a multi-byte sequence.
UChar32 DecodeMultiByte(std::string_view s, size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, pos, length, c);
  i = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

// Decodes one code point at `i` < s.size() (input validated or repaired); returns
// its value and advances `i`. Invalid bytes decode as U+FFFD, one at a time.
inline UChar32 NextCodePoint(std::string_view s, size_t& i) {
  const auto first = static_cast<unsigned char>(s[i]);
  if (first >= 0x80) return DecodeMultiByte(s, i);
  ++i;  // most of news text
  return first;
}

// Code point ending just before `i`, without moving.
UChar32 PreviousCodePoint(std::string_view s, size_t i) {
  if (i == 0) return 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(bytes, 0, pos, c);
  return c < 0 ? 0xFFFD : c;
}

UChar32 CodePointAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  return NextCodePoint(s, i);
}

// ---- character classes ----------------------------------------------------------

bool IsAsciiAlnum(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool IsDigit(UChar32 c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;  // combining marks stay in their word
}

bool IsWordChar(UChar32 c) { return c < 0x80 ? IsAsciiAlnum(c) : (IsLetter(c) || u_isdigit(c)); }

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(c);
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsDashChar(UChar32 c) { return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212; }

// Quotation marks that can only open or only close; the straight " and the
// apostrophe-like ’ are decided from context.
bool IsOpeningQuote(UChar32 c) { return c == 0x201C || c == 0x201E || c == 0x00AB || c == 0x2018 || c == 0x201A || c == 0x2039; }
bool IsClosingQuote(UChar32 c) { return c == 0x201D || c == 0x00BB || c == 0x203A; }

bool IsUpper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c)); }

// ASCII byte classes: news text is mostly ASCII, and a table lookup per byte
// keeps the tokenizer at memory speed instead of decoding every code point.
enum AsciiClass : uint8_t { kOther = 0, kLowerLetter = 1, kUpperLetter = 2, kDigitChar = 4, kSpaceChar = 8 };
constexpr std::array<uint8_t, 128> kAsciiClasses = [] {
  std::array<uint8_t, 128> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLowerLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kUpperLetter;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitChar;
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[c] = kSpaceChar;
  return classes;
}();
bool IsLower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }

// The classes of 64 bytes at once, one bit per byte (bit k: byte k of the
// block), so that a word or a gap is measured by counting zero bits instead of
// reading its bytes one at a time. Bytes >= 0x80 are in no class.
struct ClassBits {
  uint64_t word = 0;  // ASCII letter or digit
  uint64_t upper = 0;
  uint64_t digit = 0;
  uint64_t space = 0;  // ASCII white space
  uint64_t newline = 0;
};

ClassBits ClassifyBlock(const char* block) {  // 64 readable bytes
  ClassBits bits;
#if defined(__SSE2__)
  // Signed compares: bytes >= 0x80 are negative, so below every range.
  auto in_range = [](__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  auto bits_of = [](__m128i mask, int k) {
    return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(mask))) << (16 * k);
  };
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * k));
    const __m128i upper = in_range(v, 'A', 'Z');
    const __m128i digit = in_range(v, '0', '9');
    const __m128i word = _mm_or_si128(_mm_or_si128(upper, digit), in_range(v, 'a', 'z'));
    const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), in_range(v, '\t', '\r'));
    bits.word |= bits_of(word, k);
    bits.upper |= bits_of(upper, k);
    bits.digit |= bits_of(digit, k);
    bits.space |= bits_of(space, k);
    bits.newline |= bits_of(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), k);
  }
#else
  for (int k = 0; k < 64; ++k) {
    const auto byte = static_cast<unsigned char>(block[k]);
    const uint8_t cls = byte < 0x80 ? kAsciiClasses[byte] : uint8_t{kOther};
    const uint64_t bit = uint64_t{1} << k;
    if (cls & (kLowerLetter | kUpperLetter | kDigitChar)) bits.word |= bit;
    if (cls == kUpperLetter) bits.upper |= bit;
    if (cls == kDigitChar) bits.digit |= bit;
    if (cls == kSpaceChar) bits.space |= bit;
    if (byte == '\n') bits.newline |= bit;
  }
#endif
  return bits;
}

// The bits from bit `at` up to the first bit of `ends` (shifted so that bit
// 0 is `at`), or to the end of the block when `ends` is 0: then the
// subtraction wraps to all ones. No branch, as whether a word runs on is
// unpredictable.
uint64_t RunMask(uint64_t ends, unsigned at) { return ((ends & (~ends + 1)) - 1) << at; }

// How far a run starting at bit `at` goes: to the first bit of `ends`, or to
// the end of the block when `ends` is 0.
unsigned RunLength(uint64_t ends, unsigned at) { return ends ? static_cast<unsigned>(std::countr_zero(ends)) : 64 - at; }

// 0, 1 or 2 for no, one or several set bits: all a gap's line breaks and a
// word's letters are ever asked.
int NoneOneOrMore(uint64_t bits) { return (bits != 0) + ((bits & (bits - 1)) != 0); }

// ---- abbreviations --------------------------------------------------------------

// Words that keep their full stop ("Mr.", "Oct."). Titles and name parts never end
// a sentence; the others may, when a clear sentence start follows.
struct Abbreviation {
  std::string_view word;
  bool can_end_sentence;
};

constexpr Abbreviation kAbbreviations[] = {
    {"Mr", false},    {"Mrs", false},   {"Ms", false},    {"Dr", false},    {"Prof", false},
    {"Gen", false},   {"Sen", false},   {"Rep", false},   {"Reps", false},  {"Gov", false},   {"Lt", false},
    {"Col", false},   {"Maj", false},   {"Capt", false},  {"Cpt", false},   {"Sgt", false},   {"Cpl", false},
    {"Pvt", false},   {"Adm", false},   {"Cmdr", false},  {"Cdr", false},   {"Brig", false},  {"Pres", false},
    {"Supt", false},  {"Insp", false},  {"Det", false},   {"Rev", false},   {"Fr", false},    {"Msgr", false},
    {"Hon", false},   {"Atty", false},  {"Sens", false},  {"Gens", false},  {"Mme", false},   {"Mlle", false},
    {"St", false},    {"Mt", false},    {"Ft", false},    {"No", false},    {"Nos", false},   {"Vol", false},
    {"vs", false},    {"v", false},     {"approx", false}, {"Jan", true},   {"Feb", true},    {"Mar", true},
    {"Apr", true},    {"Jun", true},    {"Jul", true},    {"Aug", true},    {"Sep", true},    {"Sept", true},
    {"Oct", true},    {"Nov", true},    {"Dec", true},    {"Mon", true},    {"Tue", true},    {"Tues", true},
    {"Wed", true},    {"Thu", true},    {"Thur", true},   {"Thurs", true},  {"Fri", true},    {"Sat", true},
    {"Sun", true},    {"Jr", true},     {"Sr", true},     {"Inc", true},    {"Corp", true},   {"Co", true},
    {"Ltd", true},    {"Bros", true},   {"Plc", true},    {"Ave", true},    {"Blvd", true},   {"Rd", true},
    {"etc", true},    {"al", true},     {"est", true},    {"Dept", true},   {"Univ", true},   {"Assn", true},
    {"Ky", true},     {"Calif", true},  {"Fla", true},    {"Ill", true},    {"Mass", true},   {"Mich", true},
    {"Minn", true},   {"Penn", true},   {"Tenn", true},   {"Wash", true},   {"Wis", true},    {"Ariz", true},
    {"Colo", true},   {"Conn", true},   {"Ga", true},     {"Ind", true},    {"Kan", true},    {"La", true},
    {"Md", true},     {"Miss", true},   {"Mo", true},     {"Neb", true},    {"Nev", true},    {"Okla", true},
    {"Ore", true},    {"Pa", true},     {"Va", true},     {"Vt", true},     {"Ala", true},    {"Ark", true},
    {"Del", true},
};


constexpr size_t kLongestAbbreviation = 6;  // lets most words skip the table
static_assert(std::ranges::all_of(kAbbreviations,
                                  [](const Abbreviation& a) { return a.word.size() <= kLongestAbbreviation; }));

// A word of up to eight bytes as one integer, zero-padded: two compare in one
// instruction, where string comparison is a call.
uint64_t PackedWord(std::string_view word) {
  uint64_t packed = 0;
  std::memcpy(&packed, word.data(), word.size());
  return packed;
}

// Every sentence-final word is looked up, so the table is searched sorted.
const Abbreviation* FindAbbreviation(std::string_view word) {
  if (word.size() > kLongestAbbreviation) return nullptr;
  struct Entry {
    uint64_t packed;
    const Abbreviation* abbreviation;
  };
  static const std::vector<Entry> sorted = [] {
    std::vector<Entry> table;
    for (const Abbreviation& a : kAbbreviations) table.push_back({PackedWord(a.word), &a});
    std::sort(table.begin(), table.end(), [](const Entry& a, const Entry& b) { return a.packed < b.packed; });
    return table;
  }();
  const uint64_t packed = PackedWord(word);
  auto it = std::lower_bound(sorted.begin(), sorted.end(), packed,
                             [](const Entry& e, uint64_t key) { return e.packed < key; });
  return it != sorted.end() && it->packed == packed ? it->abbreviation : nullptr;
}

// Capitalised words that start sentences far more often than they continue
// one; after an abbreviation that may end a sentence ("in the U.S. The"),
// they decide that it did.
bool IsSentenceStarter(std::string_view word) {
  static constexpr std::array<std::string_view, 44> kStarters = {
      "The", "A",     "An",    "He",    "She",   "It",    "They",  "We",    "I",     "You",   "But",
      "And", "In",    "On",    "At",    "This",  "That",  "These", "Those", "There", "His",   "Her",
      "Their", "Its", "Our",   "As",    "After", "Before", "When", "While", "If",    "So",    "Yet",
      "Officials", "Police", "However", "Meanwhile", "Some", "Many", "Most", "More", "No", "Not", "For"};
  return std::find(kStarters.begin(), kStarters.end(), word) != kStarters.end();
}

// ---- tokenizer ----------------------------------------------------------------

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : s_(text) {}

  std::vector<Token> Run() {
    tokens_.reserve(s_.size() / 5 + 1);
    uint8_t gap = Token::kSpaceBefore | Token::kParagraphStart;  // as if a blank line came before the text
    while ((gap |= SkipSpace()), i_ < s_.size()) {
      const size_t start = i_;
      const auto byte = static_cast<unsigned char>(s_[i_]);
      const int plain = byte < 0x80 && (kAsciiClasses[byte] & (kLowerLetter | kUpperLetter)) ? PlainWord() : -1;
      const Piece piece = plain >= 0 ? Piece{TokenKind::kWord, static_cast<uint8_t>(plain)} : Next(CodePointAt(s_, start));
      tokens_.push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(i_)}, piece.kind,
                              static_cast<uint8_t>(piece.flags | gap)});
      gap = 0;
    }
    return std::move(tokens_);
  }

 private:
  // What a scanning function found; the token's span is [start, i_). Small on
  // purpose: returning a whole Token made the compiler assemble it on the
  // stack and read it back at once, a store-forwarding stall on every token.
  struct Piece {
    TokenKind kind;
    uint8_t flags = 0;
  };

  // Most of news text: an ASCII word starting with a letter and ended by a
  // space or by punctuation that neither joins ("-", "'") nor belongs to it
  // (the "." of "Mr."). Scanned here without decoding; anything else, Word
  // decides.
  // When it is one, advances i_ past it and returns its flags; else returns
  // -1 and moves nothing. (Flags returned, not written through a reference,
  // so they stay in a register.)
  int PlainWord() {
    const size_t size = s_.size();
    size_t i = i_;
    int letters = 0;  // 0, 1 or 2+
    bool lower = false, digit = false;
    for (;;) {
      const ClassBits& block = BlockAt(i);
      const unsigned at = i & 63;
      const uint64_t ends = ~block.word >> at;
      const uint64_t mine = RunMask(ends, at);
      const uint64_t mine_letters = block.word & ~block.digit & mine;
      letters = std::min(2, letters + NoneOneOrMore(mine_letters));
      lower = lower || (mine_letters & ~block.upper) != 0;
      digit = digit || (block.digit & mine) != 0;
      i += RunLength(ends, at);
      if (ends || i >= size) break;
    }
    if (i < size) {
      const auto next = static_cast<unsigned char>(s_[i]);
      if (next >= 0x80 || next == '-' || next == '\'') return -1;
      // A full stop after a word of two letters or more belongs to it only
      // in an abbreviation (Word's rule, decided here for the sentence ends).
      if (next == '.' && (i - i_ < 2 || FindAbbreviation(s_.substr(i_, i - i_)) != nullptr)) return -1;
    }
    // Arithmetic, not branches: capitals come at random.
    static_assert(Token::kCapitalized == 1);
    const int capitalized = kAsciiClasses[static_cast<unsigned char>(s_[i_])] == kUpperLetter;
    const int all_caps = letters >= 2 && !lower;
    i_ = i;
    return capitalized | (all_caps * Token::kAllCaps) | (digit * Token::kHasDigit);
  }

  // Skips the white space at i_ and says what it held: Token::kSpaceBefore,
  // kLineBreakBefore, kParagraphStart (a blank line). ASCII gaps are measured
  // in the block's bits; other white space is decoded.
  uint8_t SkipSpace() {
    const size_t size = s_.size();
    size_t i = i_;
    int newlines = 0;  // 0, 1 or 2+
    while (i < size) {
      if (static_cast<unsigned char>(s_[i]) < 0x80) {
        const ClassBits& block = BlockAt(i);
        const unsigned at = i & 63;
        const uint64_t ends = ~block.space >> at;
        newlines = std::min(2, newlines + NoneOneOrMore(block.newline & RunMask(ends, at)));
        i += RunLength(ends, at);
        if (ends == 0) continue;  // the gap runs into the next block
        if (i >= size || static_cast<unsigned char>(s_[i]) < 0x80) break;
      }
      size_t after = i;
      if (!IsSpace(NextCodePoint(s_, after))) break;
      i = after;
    }
    // Arithmetic and a table, not branches: whether a token follows a space
    // or a line break is a coin toss in wrapped newswire.
    static constexpr uint8_t kLineFlags[3] = {0, Token::kLineBreakBefore,
                                              Token::kLineBreakBefore | Token::kParagraphStart};
    const int spaced = i != i_;
    i_ = i;
    return static_cast<uint8_t>(spaced * Token::kSpaceBefore | kLineFlags[newlines]);
  }

  // The classes of the 64-byte block holding byte i < s_.size(); the text's
  // last block is read zero-padded, and zero bytes are in no class.
  const ClassBits& BlockAt(size_t i) {
    const size_t base = i & ~size_t{63};
    if (base != block_base_) {
      block_base_ = base;
      if (base + 64 <= s_.size()) {
        block_ = ClassifyBlock(s_.data() + base);
      } else {
        char padded[64] = {};
        std::memcpy(padded, s_.data() + base, s_.size() - base);
        block_ = ClassifyBlock(padded);
      }
    }
    return block_;
  }

  // The token starting at i_ with the code point `c`.
  Piece Next(UChar32 c) {
    const size_t begin = i_;
    if (IsDigit(c)) return Number(begin);
    if (IsWordChar(c)) return Word(begin);
    NextCodePoint(s_, i_);
    if (c == '"') return Piece{StraightQuoteKind(begin)};
    if (IsOpeningQuote(c)) return Piece{OpeningMarkKind(begin)};
    if (IsClosingQuote(c)) return Piece{ClosingMarkKind(begin)};
    if (IsApostrophe(c)) return Apostrophe(begin);
    if (IsDashChar(c)) return Piece{TokenKind::kDash};
    if (IsHyphen(c)) {
      if (CodePointAt(s_, i_) == '-') {  // "--" as a dash, however many hyphens
        while (CodePointAt(s_, i_) == '-') ++i_;
        return Piece{TokenKind::kDash};
      }
      return Piece{IsSpace(CodePointAt(s_, i_)) || i_ >= s_.size() ? TokenKind::kDash : TokenKind::kPunct};
    }
    if (c == '.') {
      while (CodePointAt(s_, i_) == '.') ++i_;  // "..." and ".." are one token
      return Piece{TokenKind::kPunct, Token::kTerminator};
    }
    if (c == 0x2026 || c == '!' || c == '?') return Piece{TokenKind::kPunct, Token::kTerminator};
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
        c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '\\' || c == 0x00BF || c == 0x00A1) {
      return Piece{TokenKind::kPunct};
    }
    return Piece{TokenKind::kSymbol};
  }

  // A straight double quote opens when it follows space, an opening bracket or
  // a dash, or starts the text; otherwise it closes. After a single quotation
  // mark it opens only before a word: "ask: 'What am I doing there?'" closes
  // both.
  TokenKind StraightQuoteKind(size_t begin) const {
    const UChar32 before = PreviousCodePoint(s_, begin);
    if (begin == 0 || IsSpace(before) || before == '(' || before == '[' || before == '{' || IsDashChar(before) ||
        IsOpeningQuote(before) || (before == '\'' && IsWordChar(CodePointAt(s_, i_))) || before == '-' ||
        before == '/') {
      return TokenKind::kQuoteOpen;
    }
    return TokenKind::kQuoteClose;
  }

  // A mark typed the wrong way round pairs every later quotation with the
  // wrong mark. A closing one after space and glued to the next word
  // ("Getty. ”Mr. Trump embodies ...”") opens; an opening one glued to the
  // word before and followed by space ("“It's unusual,“ said Noble") closes.
  TokenKind ClosingMarkKind(size_t begin) const {
    const bool after_space = begin == 0 || IsSpace(PreviousCodePoint(s_, begin));
    return after_space && IsWordChar(CodePointAt(s_, i_)) ? TokenKind::kQuoteOpen : TokenKind::kQuoteClose;
  }
  TokenKind OpeningMarkKind(size_t begin) const {
    if (begin == 0 || i_ >= s_.size()) return TokenKind::kQuoteOpen;
    const UChar32 before = PreviousCodePoint(s_, begin);
    const bool glued = IsWordChar(before) || before == ',' || before == '.' || before == '!' || before == '?';
    return glued && IsSpace(CodePointAt(s_, i_)) ? TokenKind::kQuoteClose : TokenKind::kQuoteOpen;
  }

  // An apostrophe outside a word: a possessive ("Austin's", "officials'"), or a single
  // quotation mark that opens after a space and closes otherwise.
  Piece Apostrophe(size_t begin) {
    const UChar32 before = PreviousCodePoint(s_, begin);
    const UChar32 after = CodePointAt(s_, i_);
    if ((after == 's' || after == 'S') && IsWordChar(before) && !IsWordChar(CodePointAt(s_, i_ + 1))) {
      ++i_;  // "Austin's"
      return Piece{TokenKind::kPossessive};
    }
    if ((before == 's' || before == 'S') && !IsWordChar(after)) return Piece{TokenKind::kPossessive};
    if (begin == 0 || IsSpace(before) || before == '(' || before == '"' || IsOpeningQuote(before)) {
      return Piece{TokenKind::kQuoteOpen};
    }
    return Piece{TokenKind::kQuoteClose};
  }

  // "10,000", "3.5", "2024", "1990s", "3rd", "9/11" stays "9" "/" "11".
  Piece Number(size_t begin) {
    uint8_t flags = Token::kHasDigit;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (IsDigit(c)) {
        ++i_;
      } else if ((c == ',' || c == '.') && i_ + 1 < s_.size() && IsDigit(s_[i_ + 1])) {
        i_ += 2;
      } else {
        break;
      }
    }
    // Letters glued to digits make a word ("1990s", "3rd", "5G", "COVID-19" is handled in Word).
    if (i_ < s_.size() && IsWordChar(CodePointAt(s_, i_)) && !IsDigit(s_[i_])) {
      Piece word = Word(begin);
      word.flags |= flags;
      return word;
    }
    return Piece{TokenKind::kNumber, flags};
  }

  // Letters and digits, joined by internal hyphens and apostrophes ("Son-hui",
  // "don't", "O'Brien"); a trailing "'s" is split off as a possessive; a full
  // stop is kept for abbreviations ("Mr.", "U.S.", "a.m.") and initials ("J.").
  Piece Word(size_t begin) {
    uint8_t flags = 0;
    int letters = 0, uppers = 0;
    bool first_letter_seen = false;
    auto count_letter = [&](bool upper) {
      ++letters;
      uppers += upper;
      if (!first_letter_seen) {
        first_letter_seen = true;
        if (upper) flags |= Token::kCapitalized;
      }
    };
    auto consume_ascii = [&] {
      // Locals, not members, so the compiler keeps them in registers.
      const char* text = s_.data();
      const size_t size = s_.size();
      size_t i = i_;
      for (; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) break;
        const uint8_t cls = kAsciiClasses[byte];
        if ((cls & (kLowerLetter | kUpperLetter | kDigitChar)) == 0) break;
        if (cls == kDigitChar) {
          flags |= Token::kHasDigit;
        } else {
          count_letter(cls == kUpperLetter);
        }
      }
      i_ = i;
    };
    auto consume_run = [&] {
      while (i_ < s_.size()) {
        consume_ascii();
        if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x80) break;
        const size_t at = i_;
        const UChar32 c = NextCodePoint(s_, i_);
        if (!IsWordChar(c)) {
          i_ = at;
          break;
        }
        if (IsDigit(c) || (c >= 0x80 && u_isdigit(c))) {
          flags |= Token::kHasDigit;
        } else if (IsLetter(c)) {
          count_letter(IsUpper(c));
        }
      }
    };
    consume_run();
    while (i_ < s_.size()) {
      const auto byte = static_cast<unsigned char>(s_[i_]);
      if (byte < 0x80 && byte != '-' && byte != '\'') break;  // the usual end: a space or punctuation
      size_t after_joiner = i_;
      const UChar32 joiner = NextCodePoint(s_, after_joiner);
      const UChar32 next = CodePointAt(s_, after_joiner);
      if (!IsWordChar(next)) break;
      if (IsApostrophe(joiner)) {
        // "Austin's" -> "Austin" + "'s"; but "don't", "O'Brien", "rock'n'roll" stay whole.
        size_t after_s = after_joiner;
        const UChar32 s_char = NextCodePoint(s_, after_s);
        if ((s_char == 's' || s_char == 'S') && !IsWordChar(CodePointAt(s_, after_s))) break;
      } else if (!IsHyphen(joiner)) {
        break;
      }
      i_ = after_joiner;
      consume_run();
    }
    // Dotted abbreviations: "U.S.", "U.N.", "a.m.", "D.C.", "e.g.".
    const std::string_view so_far = s_.substr(begin, i_ - begin);
    const bool dotted = so_far.size() == 1 && i_ + 2 < s_.size() && s_[i_] == '.' &&
                        IsAsciiAlnum(s_[i_ + 1]) && s_[i_ + 2] == '.';
    if (dotted) {
      // One ASCII letter per step: the step is two bytes ("U.S.", "a.m.").
      while (i_ + 1 < s_.size() && s_[i_] == '.' && IsAsciiLetter(s_[i_ + 1]) &&
             (i_ + 2 >= s_.size() || !IsWordChar(CodePointAt(s_, i_ + 2)))) {
        i_ += 2;
        ++letters;
        if (IsUpper(s_[i_ - 1])) ++uppers;
      }
      if (i_ < s_.size() && s_[i_] == '.') {
        ++i_;
        flags |= Token::kFullStop;
      }
    } else if (i_ < s_.size() && s_[i_] == '.' && KeepsFullStop(so_far)) {
      ++i_;
      flags |= Token::kFullStop;
    }
    if (letters >= 2 && uppers == letters) flags |= Token::kAllCaps;
    return Piece{TokenKind::kWord, flags};
  }

  // Initials ("J." in "Lloyd J. Austin") and listed abbreviations keep their
  // full stop. A lone capital at the end of the text does not.
  bool KeepsFullStop(std::string_view word) const {
    if (word.size() == 1 && IsUpper(static_cast<unsigned char>(word[0])) && i_ + 1 < s_.size()) return true;
    return FindAbbreviation(word) != nullptr;
  }

  std::string_view s_;
  size_t i_ = 0;
  std::vector<Token> tokens_;
  size_t block_base_ = 1;  // no block yet: bases are multiples of 64
  ClassBits block_;
};

// ---- sentences ------------------------------------------------------------------

bool IsClosingBracket(std::string_view t) { return t == ")" || t == "]" || t == "}"; }
bool IsOpeningBracket(std::string_view t) { return t == "(" || t == "[" || t == "{"; }

// Whether an abbreviation token ("U.S.", "Oct.", "Jr.", flagged
// Token::kFullStop) is the last word of its sentence, judged by what follows.
bool AbbreviationEndsSentence(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  std::string_view word = text.substr(tokens[i].span.begin, tokens[i].span.size() - 1);
  const bool dotted = word.find('.') != std::string_view::npos;  // "U.S", "a.m"
  if (!dotted) {
    const Abbreviation* a = FindAbbreviation(word);
    if (a == nullptr || !a->can_end_sentence) return false;  // titles and initials never end one
  }
  if (i + 1 >= tokens.size()) return true;
  const Token& next = tokens[i + 1];
  if (next.flags & Token::kParagraphStart) return true;
  const std::string_view next_word = text.substr(next.span.begin, next.span.size());
  // "the U.S. “clearly” needed": a quotation that opens in lower case goes on
  // the sentence.
  if (next.kind == TokenKind::kQuoteOpen) {
    return i + 2 >= tokens.size() || tokens[i + 2].kind != TokenKind::kWord ||
           !IsLower(CodePointAt(text, tokens[i + 2].span.begin));
  }
  return IsSentenceStarter(next_word);
}

// A new sentence may begin at token `i`: a capitalised word, a number, an
// opening quote or bracket, or anything that is not a lower-case word.
bool CanStartSentence(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::kQuoteOpen || token.kind == TokenKind::kNumber || token.kind == TokenKind::kDash) {
    return true;
  }
  if (token.kind == TokenKind::kWord) {
    const UChar32 first = CodePointAt(text, token.span.begin);
    return !IsLower(first);
  }
  const std::string_view t = text.substr(token.span.begin, token.span.size());
  return IsOpeningBracket(t) || token.kind == TokenKind::kSymbol;
}

// "- Troops moved", "• Talks resume", "* Prices rose": a line that is a list item.
bool OpensItem(std::string_view text, const Token& token) {
  const std::string_view t = text.substr(token.span.begin, token.span.size());
  return token.kind == TokenKind::kDash || t == "-" || t == "*" || t == "\u2022" || t == "\u00b7";
}

// True when a line break between tokens i and i+1 ends a sentence: a blank
// line always does; a single line break does unless the text is plainly
// wrapped mid-sentence (a comma or lower-case word before, lower case after),
// or all of it is hard-wrapped and the next line opens no item (a dash or
// bullet).
bool LineBreakEndsSentence(std::string_view text, const std::vector<Token>& tokens, size_t i, bool hard_wrapped) {
  const Token& next = tokens[i + 1];
  if (next.flags & Token::kParagraphStart) return true;
  if (!(next.flags & Token::kLineBreakBefore) || !CanStartSentence(text, next)) return false;
  if (hard_wrapped && !OpensItem(text, next)) return false;
  const std::string_view prev = text.substr(tokens[i].span.begin, tokens[i].span.size());
  if (prev == "," || prev == ";" || prev == ":" || tokens[i].kind == TokenKind::kQuoteOpen ||
      IsOpeningBracket(prev) || tokens[i].kind == TokenKind::kDash) {
    return false;
  }
  return true;
}

}  // namespace

Status ValidateUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  int line = 1;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t chunk;
      std::memcpy(&chunk, p + i, 8);
      if (chunk & 0x8080808080808080ULL) break;
      for (int k = 0; k < 8; ++k) line += p[i + k] == '\n';
      i += 8;
    }
    if (i >= n) break;
    const uint8_t b = p[i];
    if (b < 0x80) {
      line += b == '\n';
      ++i;
      continue;
    }
    int32_t pos = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(p, pos, static_cast<int32_t>(std::min<size_t>(n, i + 4)), c);
    if (c < 0) {
      return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(i) + " (line " + std::to_string(line) +
                                     "); convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8");
    }
    i = static_cast<size_t>(pos);
  }
  return Status::Ok();
}

std::string NormalizeText(std::string_view utf8) {
  std::string cleaned;
  cleaned.reserve(utf8.size());
  bool ascii = true;
  size_t i = 0;
  // Skip a byte-order mark.
  if (utf8.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      if (b == '\r') {
        cleaned.push_back('\n');
        if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      } else if (b >= 0x20 || b == '\n' || b == '\t') {
        cleaned.push_back(static_cast<char>(b == 0x7F ? ' ' : b));
        if (b == 0x7F) cleaned.pop_back();
      }
      ++i;
      continue;
    }
    ascii = false;
    const size_t start = i;
    const UChar32 c = NextCodePoint(utf8, i);
    if (c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0x00AD ||
        (c >= 0x80 && c < 0xA0)) {
      continue;  // invisible: zero-width spaces, soft hyphens, C1 controls
    }
    if (c == 0x00A0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000) {
      cleaned.push_back(' ');  // exotic spaces behave like a space everywhere
      continue;
    }
    if (c == 0x2028 || c == 0x2029) {
      cleaned.push_back('\n');
      continue;
    }
    cleaned.append(utf8.substr(start, i - start));
  }
  if (ascii) return cleaned;

  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return cleaned;
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(cleaned);
  if (nfc->isNormalized(unicode, error) && U_SUCCESS(error)) return cleaned;
  error = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(unicode, error);
  if (U_FAILURE(error)) return cleaned;
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

std::vector<Token> Tokenize(std::string_view text) { return Tokenizer(text).Run(); }

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  // The size held apart: pushing sentences might, for all the compiler
  // knows, change `tokens`, which made it reload the vector every token.
  const size_t n = tokens.size();
  sentences.reserve(n / 16 + 1);  // news sentences run about 20 tokens
  uint32_t first = 0;
  auto close = [&](size_t last) {
    sentences.push_back(Sentence{Span{tokens[first].span.begin, tokens[last].span.end}, first,
                                 static_cast<uint32_t>(last + 1)});
    first = static_cast<uint32_t>(last + 1);
  };
  // Most tokens can end nothing: neither a full stop, a question or
  // exclamation mark, nor a word before a line break. Their flags say so
  // without reading the text. The candidates are gathered first without a
  // branch (each index is written, and kept by advancing past it), because
  // in wrapped newswire a line break every ten tokens would mispredict.
  constexpr uint8_t kBreaks = Token::kParagraphStart | Token::kLineBreakBefore;
  constexpr uint8_t kMayEnd = Token::kTerminator | Token::kFullStop;
  std::vector<uint32_t> candidates(n);
  size_t count = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    candidates[count] = static_cast<uint32_t>(i);
    count += ((tokens[i].flags & kMayEnd) | (tokens[i + 1].flags & kBreaks)) != 0;
  }
  // Hard-wrapped text (newswire archives, e-mail, plain-text dumps) breaks
  // its lines every 60-80 bytes wherever a word falls, so most single line
  // breaks follow no terminator; in text that breaks lines between
  // sentences or items, nearly all do. Every line break is a candidate.
  size_t line_breaks = 0, mid_sentence = 0;
  for (size_t c = 0; c < count; ++c) {
    const Token& token = tokens[candidates[c]];
    const bool single_break = (tokens[candidates[c] + 1].flags & kBreaks) == Token::kLineBreakBefore;
    line_breaks += single_break;
    mid_sentence += single_break && !(token.flags & kMayEnd) && token.kind != TokenKind::kQuoteClose;
  }
  const bool hard_wrapped = line_breaks >= 4 && mid_sentence * 10 >= line_breaks * 7;
  for (size_t c = 0; c < count; ++c) {
    const size_t i = candidates[c];
    if (i < first) continue;  // a closing quote already taken into the sentence before
    const Token& token = tokens[i];
    bool ends = false;
    size_t last = i;
    // A full stop glued between two words is inside one: a ticker
    // ("Apple Inc (AAPL.O) said"), a domain ("reuters.com").
    const bool glued_stop = (token.flags & Token::kTerminator) && !(token.flags & Token::kSpaceBefore) &&
                            !(tokens[i + 1].flags & (Token::kSpaceBefore | kBreaks)) &&
                            (tokens[i + 1].kind == TokenKind::kWord || tokens[i + 1].kind == TokenKind::kNumber) &&
                            text[token.span.begin] == '.';
    if (glued_stop) continue;
    if ((token.flags & Token::kTerminator) ||
        ((token.flags & Token::kFullStop) && AbbreviationEndsSentence(text, tokens, i))) {
      // Closing quotes and brackets after the full stop belong to this sentence.
      while (last + 1 < n && (tokens[last + 1].kind == TokenKind::kQuoteClose ||
                              IsClosingBracket(text.substr(tokens[last + 1].span.begin, tokens[last + 1].span.size())))) {
        ++last;
      }
      ends = last + 1 >= n || (tokens[last + 1].flags & Token::kParagraphStart) ||
             CanStartSentence(text, tokens[last + 1]);
      // "... dangerous," he said: a terminator inside quotes followed by a
      // lower-case word continues the sentence; CanStartSentence covers it.
    } else if (LineBreakEndsSentence(text, tokens, i, hard_wrapped)) {
      ends = true;
    }
    if (ends) close(last);
  }
  if (first < n) close(n - 1);
  return sentences;
}

void AnnotateText(Document& doc) {
  doc.tokens = Tokenize(doc.text);
  doc.sentences = SplitSentences(doc.text, doc.tokens);
}

}  // namespace newsgraph
