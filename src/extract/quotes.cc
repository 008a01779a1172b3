#include "extract/quotes.h"

#include <algorithm>
#include <array>
#include <string_view>

// Quote finding works on the text bytes plus sentence spans, so it does not
// depend on the tokenizer; it makes one forward pass over the text (linear).
namespace newsgraph {
namespace {

// The one table of speech cues: every inflected form a reporter uses.
// Kept sorted so lookup is a binary search.
constexpr std::array<std::string_view, 66> kCueVerbs = {
    "acknowledged", "acknowledges", "added", "adds", "admits", "admitted", "alleged",
    "alleges", "announced", "announces", "argued", "argues", "asked", "asks",
    "asserted", "asserts", "believed", "believes", "claimed", "claims", "conceded",
    "concedes", "confirmed", "confirms", "contended", "contends", "declared",
    "declares", "denied", "denies", "emphasised", "emphasized", "emphasizes",
    "explained", "explains", "insisted", "insists", "maintained", "maintains", "noted",
    "notes", "predicted", "predicts", "recalled", "recalls", "replied", "replies",
    "reported", "reports", "said", "say", "says", "stated", "states", "stressed",
    "stresses", "suggested", "suggests", "tells", "told", "tweeted", "tweets", "warned",
    "warns", "writes", "wrote"};
static_assert(std::is_sorted(kCueVerbs.begin(), kCueVerbs.end()));

constexpr std::array<std::string_view, 8> kPronouns = {"he", "she", "they", "it",
                                                      "He", "She", "They", "It"};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '\'' || c == '.' || c >= 0x80;
}

bool IsCue(std::string_view w) {
  return std::binary_search(kCueVerbs.begin(), kCueVerbs.end(), w);
}
bool IsPronoun(std::string_view w) {
  return std::find(kPronouns.begin(), kPronouns.end(), w) != kPronouns.end();
}
bool IsCapitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }
bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "The" || w == "a" || w == "A" || w == "an" || w == "An";
}

// Quotation mark at byte i: returns its length (1 or 3) or 0.
// *opens is set for “ and for a straight " not preceded by a word byte.
size_t QuoteMarkAt(std::string_view t, size_t i, bool* opens) {
  if (t[i] == '"') {
    *opens = i == 0 || !(IsWordByte(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == ',' ||
                         t[i - 1] == '!' || t[i - 1] == '?');
    return 1;
  }
  if (t.compare(i, 3, "\xE2\x80\x9C") == 0) { *opens = true; return 3; }
  if (t.compare(i, 3, "\xE2\x80\x9D") == 0) { *opens = false; return 3; }
  return 0;
}

struct Word {
  Span span;
  std::string_view text;
};

// Words of [begin, end), trailing dots stripped except on single-letter initials.
void Words(std::string_view t, Span range, std::vector<Word>& out) {
  out.clear();
  size_t i = range.begin;
  while (i < range.end) {
    if (!IsWordByte(static_cast<unsigned char>(t[i])) || t[i] == '.' || t[i] == '-' ||
        (static_cast<unsigned char>(t[i]) == 0xE2)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < range.end && IsWordByte(static_cast<unsigned char>(t[j])) &&
           static_cast<unsigned char>(t[j]) != 0xE2)
      ++j;
    size_t e = j;
    while (e > i + 2 && t[e - 1] == '.') --e;  // "Mr." stays, "said." loses its dot
    out.push_back({Span{uint32_t(i), uint32_t(e)}, t.substr(i, e - i)});
    i = j;
  }
}

// Speaker words before words[cue]: a pronoun, a capitalized run, or a noun
// phrase back to its determiner ("a foreign ministry statement").
std::optional<Span> SpeakerBefore(std::string_view t, const std::vector<Word>& w, size_t cue) {
  if (cue == 0) return std::nullopt;
  size_t k = cue - 1;
  if (t.substr(w[k].span.end, w[cue].span.begin - w[k].span.end).find_first_of(",;:\"") !=
      std::string_view::npos)
    return std::nullopt;
  if (IsPronoun(w[k].text)) return w[k].span;
  // A determiner within six words starts a noun phrase; otherwise the capitalized run.
  size_t first = k;
  for (size_t n = 0; n < 6; ++n) {
    if (IsDeterminer(w[first].text)) return Span{w[first].span.begin, w[k].span.end};
    if (first == 0 || IsCue(w[first - 1].text) ||
        t.substr(w[first - 1].span.end, w[first].span.begin - w[first - 1].span.end)
                .find_first_of(",;:\"()") != std::string_view::npos)
      break;
    --first;
  }
  first = k;
  while (first > 0 && IsCapitalized(w[first - 1].text) && k - first < 4 &&
         t.substr(w[first - 1].span.end, w[first].span.begin - w[first - 1].span.end) == " ")
    --first;
  if (!IsCapitalized(w[k].text)) return std::nullopt;
  return Span{w[first].span.begin, w[k].span.end};
}

// Speaker words after words[cue] ("said Lloyd Austin"): a pronoun or capitalized run.
std::optional<Span> SpeakerAfter(const std::vector<Word>& w, size_t cue) {
  size_t k = cue + 1;
  if (k >= w.size()) return std::nullopt;
  if (IsPronoun(w[k].text)) return w[k].span;
  if (IsDeterminer(w[k].text) && k + 1 < w.size()) ++k;
  size_t e = k;
  while (e < w.size() && (IsCapitalized(w[e].text) || (e > k && w[e].text == "of"))) ++e;
  if (e == k) return std::nullopt;
  return Span{w[cue + 1].span.begin, w[e - 1].span.end};
}

struct Attribution {
  std::optional<Span> speaker, cue;
};

// Looks for "CUE SPEAKER" / "SPEAKER CUE" within the first words of `range`.
Attribution AttributionIn(std::string_view t, Span range, bool after_quote,
                          std::vector<Word>& w) {
  Words(t, range, w);
  Attribution a;
  size_t limit = std::min<size_t>(w.size(), 8);
  for (size_t i = 0; i < limit; ++i) {
    if (!IsCue(w[i].text)) continue;
    a.cue = w[i].span;
    a.speaker = SpeakerBefore(t, w, i);
    if (!a.speaker && after_quote) a.speaker = SpeakerAfter(w, i);
    return a;
  }
  return a;
}

int EntityOverlapping(const Document& doc, Span s) {
  for (const Mention& m : doc.mentions)
    if (m.entity >= 0 && m.span.Overlaps(s)) return m.entity;
  return -1;
}

// Most recent PERSON mention before `pos` whose gender fits the pronoun.
int ResolvePronoun(const Document& doc, std::string_view pronoun, uint32_t pos) {
  Gender want = (pronoun == "she" || pronoun == "She") ? Gender::kFemale
                : (pronoun == "he" || pronoun == "He") ? Gender::kMale
                                                       : Gender::kUnknown;
  if (want == Gender::kUnknown) return -1;
  int best = -1;
  for (const Mention& m : doc.mentions) {
    if (m.span.begin >= pos) break;
    if (m.entity < 0 || size_t(m.entity) >= doc.entities.size()) continue;
    const DocEntity& e = doc.entities[m.entity];
    if (e.type == EntityType::kPerson && (e.gender == want || e.gender == Gender::kUnknown))
      best = m.entity;
  }
  return best;
}

void SetSpeaker(const Document& doc, const Attribution& a, Quote& q) {
  q.cue = a.cue;
  q.speaker = a.speaker;
  if (!a.speaker) return;
  std::string_view s = doc.Slice(*a.speaker);
  q.speaker_entity = IsPronoun(s) ? ResolvePronoun(doc, s, a.speaker->begin)
                                  : EntityOverlapping(doc, *a.speaker);
}

// Sentence-ish range around pos: from the previous terminator/newline to the next.
Span ClauseAround(std::string_view t, uint32_t from, uint32_t to) {
  size_t b = from;
  while (b > 0 && t[b - 1] != '\n' && !((t[b - 1] == ' ') && b >= 2 &&
                                         (t[b - 2] == '.' || t[b - 2] == '?' || t[b - 2] == '!')))
    --b;
  size_t e = to;
  while (e < t.size() && t[e] != '\n' &&
         !((t[e] == '.' || t[e] == '?' || t[e] == '!') && (e + 1 == t.size() || t[e + 1] == ' ' || t[e + 1] == '\n')))
    ++e;
  return Span{uint32_t(b), uint32_t(e)};
}

void FindQuoted(Document& doc, std::vector<Word>& w) {
  std::string_view t = doc.text;
  size_t i = 0;
  while (i < t.size()) {
    bool opens = false;
    size_t len = QuoteMarkAt(t, i, &opens);
    if (!len || !opens) { i += len ? len : 1; continue; }
    uint32_t begin = uint32_t(i + len);
    // Find the close; a paragraph break ends the quote unless the next paragraph reopens it.
    size_t j = begin, end = t.size(), resume = t.size();
    while (j < t.size()) {
      bool o = false;
      size_t l = QuoteMarkAt(t, j, &o);
      if (l && !o) { end = j; resume = j + l; break; }
      if (l && o) { end = j; resume = j; break; }  // unbalanced: stop before the next opener
      if (t[j] == '\n') {
        size_t k = j;
        while (k < t.size() && (t[k] == '\n' || t[k] == ' ')) ++k;
        bool reopen = false;
        if (k < t.size() && QuoteMarkAt(t, k, &reopen) && reopen) { j = k + 1; continue; }
        end = j; resume = j; break;
      }
      ++j;
    }
    Span span{begin, uint32_t(end)};
    while (span.end > span.begin && (t[span.end - 1] == ',' || t[span.end - 1] == ' ')) --span.end;
    i = resume;
    if (span.empty()) continue;
    Words(t, span, w);
    size_t n_words = w.size();
    Quote q;
    q.span = span;
    Span sentence = ClauseAround(t, span.begin, uint32_t(std::min(resume, t.size())));
    Attribution a = AttributionIn(t, Span{uint32_t(resume), sentence.end}, true, w);
    if (!a.cue) {
      // "X said: “...”" or a cue earlier in the sentence.
      Words(t, Span{sentence.begin, uint32_t(begin - len)}, w);
      for (size_t k = w.size(); k-- > 0;) {
        if (!IsCue(w[k].text)) continue;
        a.cue = w[k].span;
        a.speaker = SpeakerBefore(t, w, k);
        if (!a.speaker) a.speaker = SpeakerAfter(w, k);
        break;
      }
    }
    // A fragment inside the reporter's sentence: a word right before the mark.
    size_t p = begin - len;
    while (p > sentence.begin && t[p - 1] == ' ') --p;
    bool embedded = p > sentence.begin && IsWordByte(static_cast<unsigned char>(t[p - 1]));
    if (!a.cue && n_words <= 3) continue;  // scare quotes and titles
    q.kind = embedded ? QuoteKind::kPartial : QuoteKind::kDirect;
    SetSpeaker(doc, a, q);
    doc.quotes.push_back(q);
  }
}

// "X said (that) CLAUSE." and "according to X, CLAUSE." outside quotation marks.
void FindIndirect(Document& doc, std::vector<Word>& w) {
  std::string_view t = doc.text;
  const size_t n_quoted = doc.quotes.size();  // sorted by position: one forward cursor
  size_t qi = 0, pos = 0;
  while (pos < t.size()) {
    Span s = ClauseAround(t, uint32_t(pos), uint32_t(pos));
    size_t next = s.end + 1;
    while (qi < n_quoted && doc.quotes[qi].span.end <= s.begin) ++qi;
    bool quoted = qi < n_quoted && doc.quotes[qi].span.begin < s.end + 3;
    if (!quoted) {
      Words(t, s, w);
      for (size_t k = 0; k < w.size(); ++k) {
        Quote q;
        q.kind = QuoteKind::kIndirect;
        Attribution a;
        size_t clause_word;
        if ((w[k].text == "According" || w[k].text == "according") && k + 1 < w.size() &&
            w[k + 1].text == "to") {
          a.cue = Span{w[k].span.begin, w[k + 1].span.end};
          a.speaker = SpeakerAfter(w, k + 1);
          size_t comma = t.find(',', w[k + 1].span.end);
          if (!a.speaker || comma >= s.end) break;
          q.span = Span{uint32_t(comma + 1), s.end};
          clause_word = 0;
        } else if (IsCue(w[k].text) && w[k].text != "reports" && w[k].text != "reported") {
          a.cue = w[k].span;
          a.speaker = SpeakerBefore(t, w, k);
          if (!a.speaker) continue;
          clause_word = k + 1;
          if (clause_word < w.size() && (w[clause_word].text == "reporters" ||
                                         w[clause_word].text == "journalists"))
            a.cue->end = w[clause_word++].span.end;
          if (clause_word < w.size() && w[clause_word].text == "on" ) continue;
          if (clause_word < w.size() && w[clause_word].text == "that") ++clause_word;
          if (clause_word + 2 >= w.size()) continue;
          q.span = Span{w[clause_word].span.begin, s.end};
        } else {
          continue;
        }
        while (q.span.begin < q.span.end && t[q.span.begin] == ' ') ++q.span.begin;
        if (q.span.empty()) break;
        SetSpeaker(doc, a, q);
        doc.quotes.push_back(q);
        break;
      }
    }
    pos = next;
  }
}

}  // namespace

void ExtractQuotes(Document& doc) {
  doc.quotes.clear();
  std::vector<Word> words;
  FindQuoted(doc, words);
  FindIndirect(doc, words);
  std::sort(doc.quotes.begin(), doc.quotes.end(),
            [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
}

}  // namespace newsgraph
