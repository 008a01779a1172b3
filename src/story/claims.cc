#include "story/claims.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "core/ascii.h"
#include "extract/number_words.h"
#include "extract/quantities.h"
#include "story/words.h"

namespace newsgraph::story {
namespace {

constexpr double kExactTolerance = 0.02;
constexpr double kApproximateTolerance = 0.10;
constexpr int kContextTokens = 8;  // each side of a figure, within its sentence
constexpr int kSharedContextOfAmounts = 2;

// Stems that name the same counted thing or event. Heads in "people" say who
// but not what happened, so for them the event decides.
struct SynonymClass {
  std::string_view name;
  std::vector<std::string_view> stems;
  bool befalls_people = false;  // "3,000 evacuees" counts people, the displaced ones
};
const std::vector<SynonymClass>& Classes() {
  static const std::vector<SynonymClass> kClasses = {
      // First: Vocabulary::kPeople.
      {"people", {"peopl", "person", "resident", "civilian", "inhabitant", "villager", "local", "individual"}},
      {"displaced", {"evacu", "displac", "fled", "flee", "homeless", "home"}, true},
      {"killed", {"kill", "dead", "death", "died", "die", "fatalit", "toll", "live"}, true},
      {"injured", {"injur", "wound", "hurt"}, true},
      {"missing", {"miss"}, true},
      {"arrested", {"arrest", "detain"}, true},
      {"troops", {"soldier", "troop"}},
      {"travellers", {"passenger", "traveller", "traveler"}},
      {"raise", {"rais", "rise", "increas", "hike"}},
      {"cost", {"cost", "loss", "lose"}},
  };
  return kClasses;
}

// The words of one story's figures (kinds, heads, context classes) as small
// integers: every pair of figures is compared, and comparing them is then a
// comparison of numbers rather than of strings.
class Vocabulary {
 public:
  static constexpr int kNone = -1;
  static constexpr int kCount = 0;   // the kind of a plain count
  static constexpr int kPeople = 1;  // the first synonym class; class k has id 1 + k

  Vocabulary() {
    Id("count");
    for (const SynonymClass& c : Classes()) Id(c.name);
  }
  int Id(std::string_view word) {
    if (const auto it = ids_.find(word); it != ids_.end()) return it->second;
    const auto it = ids_.emplace(std::string(word), static_cast<int>(words_.size())).first;
    words_.push_back(it->first);
    return it->second;
  }
  int Find(std::string_view word) const {
    auto it = ids_.find(word);
    return it == ids_.end() ? kNone : it->second;
  }
  const std::string& Word(int id) const { return words_[id]; }
  // The synonym class a stem belongs to, else the stem itself.
  int ClassOf(std::string_view stem) {
    static const auto kClassOfStem = [] {
      std::unordered_map<std::string_view, int> classes;
      for (size_t k = 0; k < Classes().size(); ++k)
        for (std::string_view member : Classes()[k].stems) classes.emplace(member, kPeople + static_cast<int>(k));
      return classes;
    }();
    auto it = kClassOfStem.find(stem);
    return it != kClassOfStem.end() ? it->second : Id(stem);
  }
  static bool BefallsPeople(int id) {
    const int k = id - kPeople;
    return k >= 0 && k < static_cast<int>(Classes().size()) && Classes()[k].befalls_people;
  }

 private:
  // Looked up by string_view: most lookups find a word already there.
  std::unordered_map<std::string, int, TransparentHash, std::equal_to<>> ids_;
  std::vector<std::string> words_;
};

// One figure as one document reports it, with what it measures.
struct Figure {
  int doc = 0;
  const Quantity* q = nullptr;
  int index = 0;                       // in doc->quantities
  int sentence = -1;
  int kind = Vocabulary::kCount;       // kCount, or "unit:<unit>" for money, percent, measures
  int head = Vocabulary::kNone;        // counted head class ("people", "troops", "firefighter"); counts only
  std::vector<int> context;            // context word classes, sorted, without the head
  bool earlier = false;                // replaced by a later figure
};

bool Mentions(const Figure& f, int word) { return std::binary_search(f.context.begin(), f.context.end(), word); }

double Tolerance(Qualifier q) { return q == Qualifier::kExact ? kExactTolerance : kApproximateTolerance; }

// The values a figure allows, widened by its tolerance.
std::pair<double, double> Interval(const Quantity& q) {
  const double tol = Tolerance(q.qualifier);
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double low = q.low.value_or(q.value.value_or(0)), high = q.high.value_or(q.value.value_or(kInf));
  if (q.qualifier == Qualifier::kUpperBound) low = 0;
  if (q.qualifier == Qualifier::kLowerBound) high = kInf;
  return {low * (1 - tol), high * (1 + tol)};
}

bool Compatible(const Quantity& a, const Quantity& b) {
  const auto [la, ha] = Interval(a);
  const auto [lb, hb] = Interval(b);
  return la <= hb && lb <= ha;
}

// Same row: the same qualifier and the same value within the tolerance.
bool SameValue(const Quantity& a, const Quantity& b) {
  if (a.qualifier != b.qualifier) return false;
  const double tol = Tolerance(a.qualifier);
  auto close = [&](std::optional<double> x, std::optional<double> y) {
    if (!x || !y) return !x && !y;
    return std::abs(*x - *y) <= tol * std::max(std::abs(*x), std::abs(*y));
  };
  return close(a.value, b.value) && close(a.low, b.low) && close(a.high, b.high);
}

int SharedContext(const Figure& a, const Figure& b) {
  int shared = 0;
  for (size_t i = 0, j = 0; i < a.context.size() && j < b.context.size();) {
    if (a.context[i] < b.context[j]) ++i;
    else if (b.context[j] < a.context[i]) ++j;
    else ++shared, ++i, ++j;
  }
  return shared;
}
bool ShareContext(const Figure& a, const Figure& b) { return SharedContext(a, b) > 0; }

bool SameThing(const Figure& a, const Figure& b) {
  if (a.kind != b.kind) return false;
  // Amounts of money, percentages and measures say nothing of what they
  // measure: a story's many percentages (growth, spending, jobless rate)
  // chain into one claim on a single shared word, so they need two.
  if (a.kind != Vocabulary::kCount) return SharedContext(a, b) >= kSharedContextOfAmounts;
  constexpr int kNone = Vocabulary::kNone, kPeople = Vocabulary::kPeople;
  // A figure with nothing counted meets a specific head only when its context
  // names it ("the number of troops rose from 3,000").
  auto named = [](const Figure& bare, const Figure& counted) {
    return counted.head == kPeople || Mentions(bare, counted.head);
  };
  if (a.head == kNone || b.head == kNone)
    return (a.head == kNone ? named(a, b) || b.head == kNone : named(b, a)) && ShareContext(a, b);
  if (a.head == kPeople && b.head == kPeople) return ShareContext(a, b);
  if (a.head == kPeople || b.head == kPeople) {
    // "10,000 people were evacuated" and "3,000 evacuees".
    const Figure& people = a.head == kPeople ? a : b;
    const Figure& other = a.head == kPeople ? b : a;
    return Vocabulary::BefallsPeople(other.head) && Mentions(people, other.head);
  }
  return a.head == b.head;
}

int TokenAt(const Document& d, uint32_t offset) {
  auto it = std::lower_bound(d.tokens.begin(), d.tokens.end(), offset,
                             [](const Token& t, uint32_t pos) { return t.span.end <= pos; });
  return static_cast<int>(it - d.tokens.begin());
}

Figure Describe(Vocabulary& words, const Document& d, int doc, int index) {
  const Quantity& q = d.quantities[index];
  Figure f;
  f.doc = doc;
  f.q = &q;
  f.index = index;
  f.sentence = d.SentenceAt(q.span.begin);
  std::string counted_head = AsciiLower(q.counted.substr(q.counted.rfind(' ') == std::string::npos ? 0 : q.counted.rfind(' ') + 1));
  const bool is_count = q.unit.empty() || (!counted_head.empty() && AsciiLower(q.unit) == counted_head);
  f.kind = is_count ? Vocabulary::kCount : words.Id("unit:" + q.unit);
  if (is_count && !counted_head.empty()) f.head = words.ClassOf(Stem(counted_head));
  if (f.sentence >= 0) {
    const Sentence& s = d.sentences[f.sentence];
    const int first = TokenAt(d, q.span.begin), last = TokenAt(d, q.span.end);
    const uint32_t from = std::max<int>(s.first_token, first - kContextTokens);
    const uint32_t to = std::min<int>(s.end_token, last + kContextTokens);
    for (auto& stem : ContentStems(d, from, static_cast<uint32_t>(first))) f.context.push_back(words.ClassOf(stem));
    for (auto& stem : ContentStems(d, static_cast<uint32_t>(last), to)) f.context.push_back(words.ClassOf(stem));
  }
  std::erase(f.context, f.head);
  std::sort(f.context.begin(), f.context.end());
  f.context.erase(std::unique(f.context.begin(), f.context.end()), f.context.end());
  return f;
}

// "up from 3,000", "risen from the estimate of 3,000": "from" shortly before
// the figure, with no other number between, after a word of change ("a gain
// of 1.58 million from the 2.75 million sale" states no earlier value).
bool IntroducedAsEarlier(const Document& d, const Quantity& q, int sentence) {
  if (sentence < 0) return false;
  const int sentence_start = static_cast<int>(d.sentences[sentence].first_token);
  auto words_before = [&](int i, int count, auto&& test) {
    for (int words = 0; i >= sentence_start && words < count; --i) {
      if (d.tokens[i].kind == TokenKind::kNumber) return false;
      if (d.tokens[i].kind != TokenKind::kWord) continue;
      ++words;
      if (test(i, AsciiLower(d.TokenText(i)))) return true;
    }
    return false;
  };
  return words_before(TokenAt(d, q.span.begin) - 1, 4, [&](int from, const std::string& word) {
    return word == "from" && words_before(from - 1, 2, [](int, const std::string& w) { return IsChangeWord(w); });
  });
}

bool IsCountOfSomething(const Figure& f) { return f.kind == Vocabulary::kCount && f.head != Vocabulary::kNone; }

// A figure with nothing counted that refers back ("officials put the number
// at about 10,000") or that is an earlier value of another figure in its
// sentence measures what that figure measures.
void ResolveReferences(const Vocabulary& words, std::vector<Figure>& figures) {
  static constexpr std::string_view kReferring[] = {"number", "figure", "toll", "total", "estimat", "count"};
  for (size_t k = 0; k < figures.size(); ++k) {
    Figure& f = figures[k];
    const bool refers = f.kind == Vocabulary::kCount && f.head == Vocabulary::kNone &&
                        std::any_of(std::begin(kReferring), std::end(kReferring),
                                    [&](std::string_view w) { return Mentions(f, words.Find(w)); });
    if (!f.earlier && !refers) continue;
    // An earlier value belongs to the nearest figure before it in its
    // sentence; "the number" to the first figure of the previous sentence
    // (the one the sentence is about), else of its own.
    const Figure* antecedent = nullptr;
    for (size_t p = k; p-- > 0 && !antecedent;)
      if (figures[p].sentence == f.sentence && IsCountOfSomething(figures[p]))
        antecedent = &figures[p];
    if (refers)
      for (size_t p = 0; p < k; ++p)
        if (figures[p].sentence == f.sentence - 1 && IsCountOfSomething(figures[p])) {
          antecedent = &figures[p];
          break;
        }
    if (antecedent) {
      f.head = antecedent->head;
      f.context.insert(f.context.end(), antecedent->context.begin(), antecedent->context.end());
      std::sort(f.context.begin(), f.context.end());
      f.context.erase(std::unique(f.context.begin(), f.context.end()), f.context.end());
    }
  }
}

struct Row {
  std::vector<const Figure*> figures;
  bool earlier = false;
  std::string as_of;  // the time its first figure refers to
};

std::string AsOf(const Document& d, const Quantity& q) {
  if (q.as_of_time >= 0 && q.as_of_time < static_cast<int>(d.times.size())) {
    const std::string& value = d.times[q.as_of_time].value;
    if (!value.empty() && std::isdigit(static_cast<unsigned char>(value[0]))) return value;
  }
  return d.date ? d.date->ToString() : std::string();
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string Percent(double tolerance) { return std::to_string(static_cast<int>(std::lround(tolerance * 100))) + "%"; }

class ClaimBuilder {
 public:
  ClaimBuilder(const Vocabulary& words, const std::vector<const Document*>& docs, const std::vector<int>& original)
      : words_(words), docs_(docs), original_(original) {}

  Claim Build(std::vector<const Figure*> group) {
    std::vector<Row> rows;
    for (const Figure* f : group) {
      auto row = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return SameValue(*r.figures[0]->q, *f->q); });
      if (row == rows.end()) row = rows.insert(rows.end(), Row{});
      row->figures.push_back(f);
      row->earlier |= f->earlier;
    }
    for (Row& r : rows) r.as_of = AsOf(Doc(r.figures[0]), *r.figures[0]->q);
    // Earlier figures first, then by the time they refer to.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
      return std::forward_as_tuple(!a.earlier, a.as_of) < std::forward_as_tuple(!b.earlier, b.as_of);
    });
    Claim claim;
    claim.counted = Label(group);
    claim.unit = group.front()->q->unit;
    for (const Row& r : rows) claim.values.push_back(Value(r));
    Judge(rows, claim);
    return claim;
  }

 private:
  const Document& Doc(const Figure* f) const { return *docs_[f->doc]; }
  const std::string& Outlet(const Figure* f) const { return docs_[original_[f->doc]]->source; }
  // Whether the text at `pos` opens its sentence, or what follows a dateline's
  // dash, a colon or an opening quotation mark.
  static bool OpensSentence(const Document& doc, uint32_t pos) {
    const int sentence = doc.SentenceAt(pos);
    if (sentence < 0) return false;
    const uint32_t begin = doc.sentences[static_cast<size_t>(sentence)].span.begin;
    std::string_view before = std::string_view(doc.text).substr(begin, pos - begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return before.empty() || before.ends_with("\xE2\x80\x94") || before.ends_with("\xE2\x80\x93") ||
           before.ends_with("\xE2\x80\x9C") || before.ends_with('"') || before.ends_with(':');
  }
  std::string Written(const Row& r) const { return std::string(Doc(r.figures[0]).Slice(r.figures[0]->q->span)); }
  // The figure as an explanation quotes it mid-sentence: its first word in
  // lower case where it only opened the sentence ("About 10,000 people have
  // been evacuated"). Names and signs keep their capitals ("US$5 million").
  std::string Text(const Row& r) const {
    const Document& doc = Doc(r.figures[0]);
    const Quantity& q = *r.figures[0]->q;
    std::string text = Written(r);
    const std::string_view first_word = std::string_view(text).substr(0, text.find(' '));
    if (OpensSentence(doc, q.span.begin) && text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'a' && text[1] <= 'z' &&
        (q.qualifier != Qualifier::kExact || IsNumberWord(first_word)))
      text[0] = AsciiLower(text[0]);
    return text;
  }
  // "3,000 (2024-W43)"; the figure alone when nothing dates it.
  std::string TextAsOf(const Row& r) const { return r.as_of.empty() ? Text(r) : Text(r) + " (" + r.as_of + ")"; }
  // The figure with what it counts: "about 1,500 firefighters", "$20 million".
  std::string Phrase(const Row& r, const std::string& counted) const {
    const std::string text = Text(r);
    return r.figures[0]->kind == Vocabulary::kCount && text.find(counted) == std::string::npos ? text + " " + counted : text;
  }

  std::string Reports(const Row& r) const { return Outlets(r).size() > 1 ? " report " : " reports "; }

  std::vector<std::string> Outlets(const Row& r) const {
    std::vector<std::string> outlets;
    for (const Figure* f : r.figures)
      if (std::find(outlets.begin(), outlets.end(), Outlet(f)) == outlets.end()) outlets.push_back(Outlet(f));
    return outlets;
  }

  // "Harbor Times, citing Spanish Red Cross".
  std::string Citing(const Row& r) const {
    const Figure* f = r.figures[0];
    const Document& d = Doc(f);
    std::string who = Outlet(f);
    if (f->q->attributed_to >= 0 && f->q->attributed_to < static_cast<int>(d.entities.size()))
      who += ", citing " + d.entities[f->q->attributed_to].name;
    return who;
  }

  std::string Label(const std::vector<const Figure*>& group) const {
    std::map<std::string, int> counted;
    for (const Figure* f : group)
      if (!f->q->counted.empty()) ++counted[f->q->counted];
    std::string label = counted.empty() ? group.front()->q->unit
                                        : std::max_element(counted.begin(), counted.end(), [](auto& a, auto& b) {
                                            return a.second < b.second;
                                          })->first;
    // "people" alone does not say what the claim is about; name the event.
    // The event is the alphabetically first context word that the first
    // figure shares with another.
    const Figure* first = group.front();
    if (first->head != Vocabulary::kPeople) return label;
    for (const Figure* other : group) {
      if (other == first) continue;
      const std::string* event = nullptr;
      for (int c : first->context)
        if (Mentions(*other, c) && (!event || words_.Word(c) < *event)) event = &words_.Word(c);
      if (event) return label + " (" + *event + ")";
    }
    return label;
  }

  ClaimValue Value(const Row& r) const {
    ClaimValue v;
    const Quantity& q = *r.figures[0]->q;
    v.value = q.value;
    v.low = q.low;
    v.high = q.high;
    v.qualifier = q.qualifier;
    v.text = Written(r);
    v.as_of = r.as_of;
    for (const Figure* f : r.figures) {
      const Document& d = Doc(f);
      if (std::find(v.documents.begin(), v.documents.end(), d.id) == v.documents.end()) v.documents.push_back(d.id);
      v.sources.push_back({d.id, f->q->span});
      if (v.attributed_to.empty() && f->q->attributed_to >= 0 && f->q->attributed_to < static_cast<int>(d.entities.size()))
        v.attributed_to = d.entities[f->q->attributed_to].global_id;
    }
    return v;
  }

  // Two rows from different independent outlets published the same day that
  // no single count satisfies.
  bool Conflict(const Row& a, const Row& b) const {
    for (const Figure* x : a.figures)
      for (const Figure* y : b.figures)
        if (Outlet(x) != Outlet(y) && Doc(x).date == Doc(y).date && !Compatible(*x->q, *y->q)) return true;
    return false;
  }

  Date Published(const Row& r) const {
    Date latest;
    for (const Figure* f : r.figures) latest = std::max(latest, Doc(f).date.value_or(Date{}));
    return latest;
  }

  static bool RefersToEarlierTime(const Row& a, const Row& b) {
    const std::optional<Date> a_day = FirstDayOf(a.as_of), b_day = FirstDayOf(b.as_of);
    return a_day && b_day && *a_day < *b_day;
  }

  static bool IsBound(const Row& r) {
    const Qualifier q = r.figures[0]->q->qualifier;
    return q == Qualifier::kUpperBound || q == Qualifier::kLowerBound || !r.figures[0]->q->value;
  }

  void Judge(const std::vector<Row>& rows, Claim& claim) const {
    const std::string& counted = claim.counted;
    std::vector<const Row*> current, earlier;
    for (const Row& r : rows) (r.earlier ? earlier : current).push_back(&r);
    // The best-supported current point value, and the bounds beside it.
    const Row* main = nullptr;
    for (const Row* r : current)
      if (!IsBound(*r) && (!main || Outlets(*r).size() > Outlets(*main).size())) main = r;
    if (!main && !current.empty()) main = current.front();
    if (!main) main = &rows.back();
    std::string bounds;
    for (const Row* r : current)
      if (r != main && IsBound(*r) && Compatible(*r->figures[0]->q, *main->figures[0]->q))
        bounds += "; \"" + Text(*r) + "\" (" + Citing(*r) + ") is consistent with it";

    for (size_t i = 0; i < current.size(); ++i)
      for (size_t j = i + 1; j < current.size(); ++j)
        if (Conflict(*current[i], *current[j])) {
          claim.status = ClaimStatus::kConflicting;
          claim.explanation = JoinNames(Outlets(*current[i])) + Reports(*current[i]) + Phrase(*current[i], counted) +
                              " but " + JoinNames(Outlets(*current[j])) + Reports(*current[j]) +
                              Phrase(*current[j], counted) + " on the same day, further apart than the " +
                              Percent(std::max(Tolerance(current[i]->figures[0]->q->qualifier),
                                               Tolerance(current[j]->figures[0]->q->qualifier))) +
                              " tolerance.";
          return;
        }
    // A later article's different value replaces an earlier article's.
    // (A story that gives only an earlier value has nothing replacing it.)
    const Row* replaced = nullptr;
    for (const Row* r : earlier)
      if (r != main) { replaced = r; break; }
    // Only a later publication replaces a value: two values published the
    // same day (or undated) by one outlet are two figures, not an update;
    // nor is a later article's figure for an earlier time ("7.8 million in
    // August 1986" against "10 million" in March 1987).
    for (const Row* r : current) {
      if (replaced || r == main || IsBound(*r) || Compatible(*r->figures[0]->q, *main->figures[0]->q) ||
          Published(*r) == Published(*main))
        continue;
      const Row* later = Published(*main) < Published(*r) ? r : main;
      const Row* earlier_row = later == r ? main : r;
      if (RefersToEarlierTime(*later, *earlier_row)) continue;
      replaced = earlier_row;
      main = later;
    }
    if (replaced) {
      const std::vector<std::string> outlets = Outlets(*main);
      claim.status = ClaimStatus::kUpdated;
      claim.explanation = "The figure for " + counted + " was updated from " + TextAsOf(*replaced) + " to " +
                          TextAsOf(*main) + ", as " + JoinNames(outlets) + " report" + bounds + ".";
      return;
    }
    // Outlets behind the value, and behind bounds that allow it.
    std::vector<std::string> outlets = Outlets(*main);
    for (const Row* r : current)
      if (r != main && Compatible(*r->figures[0]->q, *main->figures[0]->q))
        for (const std::string& o : Outlets(*r))
          if (std::find(outlets.begin(), outlets.end(), o) == outlets.end()) outlets.push_back(o);
    if (outlets.size() >= 2) {
      claim.status = ClaimStatus::kCorroborated;
      claim.explanation = std::to_string(outlets.size()) + " independent outlets (" + JoinNames(outlets) +
                          ") agree on " + Phrase(*main, counted) + " within " +
                          Percent(Tolerance(main->figures[0]->q->qualifier)) + bounds + ".";
    } else {
      claim.status = ClaimStatus::kSingle;
      claim.explanation = "Only " + outlets.front() + " reports " + Phrase(*main, counted) + bounds + ".";
    }
  }

  const Vocabulary& words_;
  const std::vector<const Document*>& docs_;
  const std::vector<int>& original_;
};

}  // namespace

std::vector<Claim> BuildClaims(const std::vector<const Document*>& documents, const std::vector<int>& original,
                               const std::string& story_id) {
  Vocabulary words;
  std::vector<Figure> figures;
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& doc = *documents[d];
    std::vector<Figure> own;
    std::vector<bool> replaced(doc.quantities.size(), false);
    for (const Quantity& q : doc.quantities)
      if (q.previous >= 0 && q.previous < static_cast<int>(replaced.size())) replaced[q.previous] = true;
    for (int i = 0; i < static_cast<int>(doc.quantities.size()); ++i) {
      const Quantity& q = doc.quantities[i];
      if (!q.value && !q.low && !q.high) continue;
      Figure f = Describe(words, doc, static_cast<int>(d), i);
      f.earlier = replaced[i] || IntroducedAsEarlier(doc, q, f.sentence);
      own.push_back(std::move(f));
    }
    ResolveReferences(words, own);
    for (auto& f : own) figures.push_back(std::move(f));
  }
  // Union figures that measure the same thing.
  std::vector<size_t> parent(figures.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::unordered_map<int, std::vector<size_t>> by_kind;  // compare only like with like
  for (size_t i = 0; i < figures.size(); ++i) by_kind[figures[i].kind].push_back(i);
  for (const auto& [kind, members] : by_kind) {
    if (kind == Vocabulary::kCount) {
      for (size_t x = 0; x < members.size(); ++x)
        for (size_t y = x + 1; y < members.size(); ++y)
          if (SameThing(figures[members[x]], figures[members[y]])) parent[find(members[x])] = find(members[y]);
      continue;
    }
    // An amount joins the first amount it matches that opened a group, not
    // any member: matched on context words alone, the amounts of a long
    // story would chain from one to the next into a single claim.
    std::vector<size_t> openers;
    for (size_t y : members) {
      auto opener = std::find_if(openers.begin(), openers.end(),
                                 [&](size_t x) { return SameThing(figures[x], figures[y]); });
      if (opener == openers.end()) openers.push_back(y);
      else parent[y] = *opener;
    }
  }
  std::vector<std::vector<const Figure*>> groups;
  std::map<size_t, size_t> group_of_root;
  for (size_t i = 0; i < figures.size(); ++i) {
    auto [it, inserted] = group_of_root.emplace(find(i), groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(&figures[i]);
  }
  ClaimBuilder builder(words, documents, original);
  std::vector<Claim> claims;
  for (auto& group : groups) claims.push_back(builder.Build(group));
  // What outlets compare comes first; single reports after.
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return (a.status != ClaimStatus::kSingle) > (b.status != ClaimStatus::kSingle);
  });
  for (size_t i = 0; i < claims.size(); ++i) claims[i].id = story_id + "-C" + std::to_string(i + 1);
  return claims;
}

}  // namespace newsgraph::story
