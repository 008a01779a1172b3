#include "story/clusterer.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/ascii.h"
#include "story/words.h"

namespace newsgraph {
namespace {

// Function words carry no topic; one table.
constexpr std::string_view kStopwords[] = {
    "about", "after", "again", "also", "because", "been", "before", "being", "between", "both",
    "could", "does", "during", "each", "from", "further", "have", "having", "here", "into",
    "more", "most", "much", "only", "other", "over", "said", "says", "same", "should", "some",
    "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "under", "until", "very", "were", "what", "when", "where", "which", "while",
    "will", "with", "would", "your", "told", "year", "years", "week", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "percent", "according", "just"};

bool IsStopword(std::string_view w) {
  static const story::WordList kList(kStopwords);
  return kList.Contains(w);
}

// A capitalized word inside a sentence is most often part of a name, and
// names (who, where) tell one event from a look-alike ("Tara Reid enters
// rehab" / "Lindsay Lohan enters rehab"), so they count double.
constexpr int kNameWeight = 2;

// Pseudo-documents that contain no term: document frequencies from a handful
// of articles say little, so IDF stays nearly flat until there are many.
// Without it, in a small batch the words two articles share would weigh less
// than words only one uses.
constexpr double kIdfPrior = 10.0;

bool EndsSentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n' || c == '"'; }

// Calls use(stem, weight, lower_case) for each counted word of the headline
// (twice: it names the event) and the text: stems of words of four letters
// or more that are no stop words.
template <typename Use>
void ForEachTerm(const Document& doc, Use&& use) {
  std::string word;
  bool capitalized = false, sentence_start = true;
  auto flush = [&](char next) {
    if (!word.empty()) {
      if (word.size() >= 4 && !IsStopword(word))
        use(story::StemOf(word), capitalized && !sentence_start ? kNameWeight : 1, !capitalized);
      sentence_start = false;
    }
    if (EndsSentence(next)) sentence_start = true;
    word.clear();
  };
  auto scan = [&](std::string_view text) {
    sentence_start = true;
    for (char c : text) {
      const auto u = static_cast<unsigned char>(c);
      // ASCII tests, not <cctype>'s: the same answers in the C locale the
      // program runs in, without a locale lookup per byte of every article.
      const bool upper = u >= 'A' && u <= 'Z';
      if (upper || (u >= 'a' && u <= 'z') || u >= 128) {
        if (word.empty()) capitalized = upper;
        word.push_back(AsciiLower(c));
      } else {
        flush(c);
      }
    }
    flush('.');
  };
  scan(doc.title);
  scan(doc.title);
  scan(doc.text);
}

// Linked entities with their mention counts. The keys start with a byte no
// word contains, so entities and words share one table of ids and document
// frequencies without meeting.
std::unordered_map<std::string, int> EntityCounts(const Document& doc) {
  std::vector<int> mentions(doc.entities.size());
  for (const Mention& m : doc.mentions)
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < mentions.size()) ++mentions[m.entity];
  std::unordered_map<std::string, int> counts;
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const DocEntity& e = doc.entities[i];
    std::string key(1, '\x01');
    key += e.global_id.empty() ? AsciiLower(e.name) : e.global_id;
    counts[key] += std::max(1, mentions[i]);
  }
  return counts;
}

template <typename Term>
void ToUnitLength(std::vector<Term>& terms) {
  double norm = 0;
  for (const Term& t : terms) norm += t.weight * t.weight;
  norm = std::sqrt(norm);
  if (norm > 0) for (Term& t : terms) t.weight /= norm;
}

// The day an article was written: its date, else the latest full date it
// states (undated copy, e.g. a feed that dropped the metadata, still says
// "Updated: November 11, 2011" or "on Dec. 13, 2008"): a look-alike event
// years apart then stays apart.
std::optional<int> DatedDay(const Document& doc) {
  if (doc.date) return doc.date->ToDays();
  std::optional<int> latest;
  for (const auto& t : doc.times) {
    if (t.type != TimeType::kDate || t.value.size() != 10) continue;
    if (auto d = ParseIsoDate(t.value)) latest = std::max(latest.value_or(d->ToDays()), d->ToDays());
  }
  return latest;
}

}  // namespace

StoryClusterer::TermId StoryClusterer::Intern(std::string_view term) {
  if (const auto found = term_ids_.find(term); found != term_ids_.end()) return found->second;
  const auto it = term_ids_.emplace(std::string(term), static_cast<TermId>(term_names_.size())).first;
  term_names_.push_back(&it->first);
  document_frequency_.push_back(0);
  postings_.emplace_back();
  holders_.emplace_back();
  word_slot_.push_back(kNoSlot);
  return it->second;
}

void StoryClusterer::KeepStrongest(Article& article, int count) const {
  auto& terms = article.terms;
  const size_t keep = std::min<size_t>(terms.size(), count);
  std::partial_sort(terms.begin(), terms.begin() + keep, terms.end(), [&](const WeightedTerm& a, const WeightedTerm& b) {
    return a.weight > b.weight || (a.weight == b.weight && *term_names_[a.term] < *term_names_[b.term]);
  });
  terms.resize(keep);
  ToUnitLength(terms);
  article.by_id = terms;
  std::sort(article.by_id.begin(), article.by_id.end(), [](const auto& a, const auto& b) { return a.term < b.term; });
}

StoryClusterer::PrimedTerms StoryClusterer::Count(const Document& doc) {
  PrimedTerms terms;
  // Counted by id: word_slot_ holds each term's place in terms.words while
  // this document is counted, so no table of strings is built per document.
  ForEachTerm(doc, [&](std::string_view stem, int weight, bool lower_case) {
    const TermId id = Intern(stem);
    uint32_t& slot = word_slot_[id];
    if (slot == kNoSlot) {
      slot = static_cast<uint32_t>(terms.words.size());
      terms.words.push_back({id, 0, false});
    }
    terms.words[slot].count += weight;
    terms.words[slot].lower_case_seen |= lower_case;
  });
  for (const auto& word : terms.words) word_slot_[word.term] = kNoSlot;
  for (const auto& [entity, count] : EntityCounts(doc)) terms.entities.push_back({Intern(entity), count, false});
  std::sort(terms.words.begin(), terms.words.end(), [](const auto& a, const auto& b) { return a.term < b.term; });
  return terms;
}

StoryClusterer::PrimedTerms StoryClusterer::Prime(const Document& doc) {
  ++documents_seen_;
  PrimedTerms terms = Count(doc);
  for (const auto& word : terms.words) ++document_frequency_[word.term];
  for (const auto& entity : terms.entities) ++document_frequency_[entity.term];
  return terms;
}

std::vector<StoryClusterer::PrimedTerms> StoryClusterer::PrimeAll(const std::vector<Document>& documents) {
  std::vector<PrimedTerms> terms;
  terms.reserve(documents.size());
  for (const Document& d : documents) terms.push_back(Prime(d));
  return terms;
}

StoryClusterer::WeightedTerm StoryClusterer::Weigh(TermId term, int count) {
  const int df = ++document_frequency_[term];
  const double idf = std::log((kIdfPrior + documents_seen_) / (kIdfPrior + df)) + 1.0;
  return {term, static_cast<float>((1.0 + std::log(count)) * idf)};
}

StoryClusterer::Article StoryClusterer::MakeArticle(const Document& doc, const PrimedTerms& counted) {
  ++documents_seen_;
  // Top TF-IDF terms of the article, IDF from the stream so far.
  Article article;
  auto& terms = article.terms;
  terms.reserve(counted.words.size());
  for (const auto& word : counted.words) terms.push_back(Weigh(word.term, word.count));
  for (const auto& entity : counted.entities) article.entities.push_back(Weigh(entity.term, entity.count));
  ToUnitLength(article.entities);
  std::sort(article.entities.begin(), article.entities.end(), [](const auto& a, const auto& b) { return a.term < b.term; });
  KeepStrongest(article, options_.terms_per_article);
  // Words the article uses in lower case say what happened; names alone
  // (a country, a leader) are shared by unrelated stories.
  const auto& words = counted.words;
  article.topical.resize(article.by_id.size());
  for (size_t i = 0, j = 0; i < article.by_id.size(); ++i) {
    while (words[j].term < article.by_id[i].term) ++j;  // both by term; every kept term is one of the words
    article.topical[i] = words[j].lower_case_seen;
  }
  if (doc.date) article.day = doc.date->ToDays();
  article.stated_day = DatedDay(doc);
  return article;
}

int StoryClusterer::NewStory() {
  stories_.emplace_back();
  dates_.emplace_back();
  return static_cast<int>(stories_.size()) - 1;
}

std::pair<int, double> StoryClusterer::BestStory(const Article& article, int except) {
  // Stories already looked at by this call: marked with the call's number, so
  // nothing is cleared or allocated per call.
  if (++visit_ == 0) {  // wrapped, after four billion calls
    for (StoryDates& d : dates_) d.visit = 0;
    visit_ = 1;
  }
  while (tally_of_.size() < stories_.size()) tally_of_.push_back(SpareTally(tally_of_.size()));
  tallies_.resize(static_cast<size_t>(options_.stories_scored) + kSpareTallies);
  std::fill(tallies_.begin() + options_.stories_scored, tallies_.end(), Overlap{});  // bounded, never read
  candidates_.clear();
  const int day = article.day.value_or(0);
  // Terms strongest first, their most recent stories first, until the budget
  // of scored stories is spent: what bounds the cost per article.
  for (const WeightedTerm& term : article.terms) {
    if (candidates_.size() >= static_cast<size_t>(options_.stories_scored)) break;
    const auto& list = postings_[term.term];
    const size_t from = list.size() > static_cast<size_t>(options_.postings_scanned) ? list.size() - options_.postings_scanned : 0;
    for (size_t k = list.size(); k-- > from && candidates_.size() < static_cast<size_t>(options_.stories_scored);) {
      const int s = list[k];
      StoryDates& story = dates_[s];
      if (s == except || story.visit == visit_) continue;
      story.visit = visit_;
      if (article.day && story.has_date()) {
        // Postings are in order of activity: past one gone quiet, all are.
        if (story.last_day < day - options_.date_window_days) break;
        if (story.last_day > day + options_.date_window_days) continue;
      }
      if (article.stated_day && story.has_stated() &&
          (*article.stated_day < story.first_stated - options_.stated_date_slack_days ||
           *article.stated_day > story.last_stated + options_.stated_date_slack_days))
        continue;
      tally_of_[s] = static_cast<uint32_t>(candidates_.size());
      tallies_[candidates_.size()] = Overlap{};
      candidates_.push_back(s);
    }
  }
  // Term at a time: each of the article's terms meets only the stories whose
  // profiles hold it, where comparing story by story went through every
  // term of every candidate's profile.
  // Branch-free: about a quarter of a term's holders are candidates, at
  // places no predictor guesses. The others add to spare tallies that are
  // never read, spread over several so that successive additions rarely wait
  // on one another; all tallies fit in the first-level cache.
  for (size_t i = 0; i < article.by_id.size(); ++i) {
    const WeightedTerm& term = article.by_id[i];
    const int topical = article.topical[i];
    for (const Holder& holder : holders_[term.term]) {
      Overlap& overlap = tallies_[tally_of_[holder.story]];
      overlap.dot += term.weight * holder.weight;
      overlap.shared += 1;
      overlap.shared_topical += topical;
    }
  }
  int best = -1;
  double best_score = 0;
  for (size_t c = 0; c < candidates_.size(); ++c) {
    const int s = candidates_[c];
    tally_of_[s] = SpareTally(s);
    const Overlap& overlap = tallies_[c];
    const double story_norm = stories_[s].norm_squared;
    if (overlap.shared < options_.min_shared_terms || overlap.shared_topical < options_.min_shared_topical_terms ||
        story_norm <= 0)
      continue;
    const double score = overlap.dot / std::sqrt(story_norm);
    if (score > best_score) { best_score = score; best = s; }
  }
  stories_scored_ += static_cast<int64_t>(candidates_.size());
  return {best, best_score};
}

void StoryClusterer::SetProfile(int s, std::vector<WeightedTerm> weights) {
  StoryProfile& story = stories_[s];
  // A released story has no holders to update: its new terms all join.
  static const std::vector<WeightedTerm> kNotHeld;
  const std::vector<WeightedTerm>& old = story.held ? story.weights : kNotHeld;
  std::vector<uint32_t> slots(weights.size());
  // Both sorted by term: a merge finds the terms dropped, added and kept.
  for (size_t i = 0, j = 0; i < old.size() || j < weights.size();) {
    if (j == weights.size() || (i < old.size() && old[i].term < weights[j].term)) {
      RemoveHolder(old[i].term, story.slots[i]);
      ++i;
    } else if (i == old.size() || weights[j].term < old[i].term) {
      auto& holders = holders_[weights[j].term];
      slots[j] = static_cast<uint32_t>(holders.size());
      holders.push_back({static_cast<uint32_t>(s), weights[j].weight});
      ++j;
    } else {
      slots[j] = story.slots[i];
      holders_[weights[j].term][slots[j]].weight = weights[j].weight;
      ++i, ++j;
    }
  }
  story.weights = std::move(weights);
  story.slots = std::move(slots);
  story.held = true;
  double norm_squared = 0;
  for (const WeightedTerm& t : story.weights) norm_squared += t.weight * t.weight;
  story.norm_squared = norm_squared;
}

void StoryClusterer::RemoveHolder(TermId term, uint32_t slot) {
  auto& holders = holders_[term];
  if (slot + 1 != holders.size()) {
    // The last holder fills the gap, and its story learns its new place.
    holders[slot] = holders.back();
    StoryProfile& moved = stories_[holders[slot].story];
    const auto it = std::lower_bound(moved.weights.begin(), moved.weights.end(), term,
                                     [](const WeightedTerm& t, TermId id) { return t.term < id; });
    moved.slots[it - moved.weights.begin()] = slot;
  }
  holders.pop_back();
}

namespace {

// `profile` plus `sign` times `terms` (both sorted by id), dropping terms
// whose weight falls to nothing.
// (Templates only because the term type is private to StoryClusterer.)
template <typename Term>
std::vector<Term> AddWeights(const std::vector<Term>& profile, const std::vector<Term>& terms, float sign) {
  std::vector<Term> sum;
  sum.reserve(profile.size() + terms.size());
  size_t i = 0, j = 0;
  while (i < profile.size() || j < terms.size()) {
    if (j == terms.size() || (i < profile.size() && profile[i].term < terms[j].term)) {
      sum.push_back(profile[i++]);
    } else if (i == profile.size() || terms[j].term < profile[i].term) {
      if (sign > 0) sum.push_back(terms[j]);  // a term trimmed away has nothing to take from
      ++j;
    } else {
      const float w = profile[i].weight + sign * terms[j].weight;
      // What float rounding leaves of a term every article has taken back.
      constexpr float kNothing = 1e-5f;
      if (w > kNothing) sum.push_back({profile[i].term, w});
      ++i, ++j;
    }
  }
  return sum;
}


}  // namespace

void StoryClusterer::Join(const Article& article, int s) {
  std::vector<WeightedTerm> weights = AddWeights(stories_[s].weights, article.by_id, +1);
  for (const WeightedTerm& t : article.terms) {
    // Posted again on every article, so a list reads newest activity last;
    // only the newest are ever scanned, so older entries are dropped.
    auto& list = postings_[t.term];
    list.push_back(s);
    if (list.size() > 2 * static_cast<size_t>(options_.postings_scanned))
      list.erase(list.begin(), list.end() - options_.postings_scanned);
  }
  // Keep the profile compact: its strongest terms only.
  if (weights.size() > static_cast<size_t>(options_.terms_per_story) * 2) {
    std::nth_element(weights.begin(), weights.begin() + options_.terms_per_story, weights.end(),
                     [](const auto& a, const auto& b) { return a.weight > b.weight; });
    weights.resize(options_.terms_per_story);
    std::sort(weights.begin(), weights.end(), [](const auto& a, const auto& b) { return a.term < b.term; });
  }
  SetProfile(s, std::move(weights));
  StoryProfile& story = stories_[s];
  ++story.articles;
  if (article.stated_day) {
    StoryDates& dates = dates_[s];
    dates.first_stated = dates.has_stated() ? std::min(dates.first_stated, *article.stated_day) : *article.stated_day;
    dates.last_stated = dates.has_stated() ? std::max(dates.last_stated, *article.stated_day) : *article.stated_day;
  }
  if (article.day) {
    StoryDates& dates = dates_[s];
    dates.last_day = dates.has_date() ? std::max(dates.last_day, *article.day) : *article.day;
    ReleaseQuietStories(*article.day);
  }
}

void StoryClusterer::Leave(const Article& article, int s) {
  SetProfile(s, AddWeights(stories_[s].weights, article.by_id, -1));
  if (--stories_[s].articles == 0) stories_[s].norm_squared = 0;
}

int StoryClusterer::Add(const Document& doc) { return Add(doc, Count(doc)); }

int StoryClusterer::Add(const Document& doc, const PrimedTerms& terms) {
  Article article = MakeArticle(doc, terms);
  auto [best, score] = BestStory(article);
  if (best < 0 || score < options_.min_similarity) {
    best = NewStory();
  }
  Join(article, best);
  if (options_.keep_articles) articles_.emplace_back(std::move(article), best);
  return best;
}

std::vector<int> StoryClusterer::Reassign() { return Reassign(options_.min_similarity); }

std::vector<int> StoryClusterer::Reassign(double alone_similarity) {
  HoldReleasedStories();  // the pass starts again from the earliest articles
  std::vector<int> story_of;
  story_of.reserve(articles_.size());
  for (auto& [article, s] : articles_) {
    Leave(article, s);
    const bool alone = stories_[s].articles == 0;
    auto [best, score] = BestStory(article);
    if (best >= 0 && score >= (alone ? alone_similarity : options_.min_similarity)) s = best;
    Join(article, s);
    story_of.push_back(s);
  }
  return story_of;
}

void StoryClusterer::Close(int s) {
  SetProfile(s, {});  // frees it; BestStory passes over a story without weight
}

void StoryClusterer::AddTo(const Document& doc, const PrimedTerms& terms, int s) {
  while (stories_.size() <= static_cast<size_t>(s)) NewStory();
  Join(MakeArticle(doc, terms), s);
}

void StoryClusterer::ReleaseQuietStories(int day) {
  // Stories open in time order, so the quiet ones sit at the front; a story
  // still active there holds the sweep back until it too goes quiet.
  constexpr int kSweepEvery = 1024;
  if (++adds_since_sweep_ < kSweepEvery) return;
  adds_since_sweep_ = 0;
  while (oldest_live_ < stories_.size()) {
    StoryProfile& story = stories_[oldest_live_];
    const StoryDates& dates = dates_[oldest_live_];
    if (!dates.has_date() || dates.last_day >= day - 2 * options_.date_window_days) break;
    const int s = static_cast<int>(oldest_live_++);
    if (!options_.keep_articles) {
      SetProfile(s, {});
    } else if (story.held) {
      for (size_t i = 0; i < story.weights.size(); ++i) RemoveHolder(story.weights[i].term, story.slots[i]);
      story.slots.clear();
      story.held = false;
      released_.push_back(s);
    }
  }
}

void StoryClusterer::HoldReleasedStories() {
  if (released_.empty()) return;
  // The sweep starts again from the earliest story it let go.
  oldest_live_ = *std::min_element(released_.begin(), released_.end());
  adds_since_sweep_ = 0;
  for (int s : released_)
    if (!stories_[s].held) SetProfile(s, std::move(stories_[s].weights));
  released_.clear();
}

namespace {
// Term weights sorted by term: comparing two is a merge.
using Profile = std::vector<std::pair<uint32_t, double>>;

double Cosine(const Profile& a, const Profile& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [t, w] : a) na += w * w;
  for (const auto& [t, w] : b) nb += w * w;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

// An article's terms, also apart as names (never written in lower case by
// it) and the words that say what happened, and its linked entities.
struct Parts {
  Profile all, names, topical, entities;
};

// (A template only because the article type is private to StoryClusterer.)
template <typename Article>
Parts PartsOf(const Article& a) {
  Parts parts;
  for (size_t i = 0; i < a.by_id.size(); ++i) {
    parts.all.emplace_back(a.by_id[i].term, a.by_id[i].weight);
    (a.topical[i] ? parts.topical : parts.names).emplace_back(a.by_id[i].term, a.by_id[i].weight);
  }
  for (const auto& e : a.entities) parts.entities.emplace_back(e.term, e.weight);
  return parts;
}

Profile Sum(const std::vector<Parts>& members, const std::vector<bool>& in_b, bool b, Profile Parts::*part) {
  Profile all;
  for (size_t k = 0; k < members.size(); ++k)
    if (in_b[k] == b) all.insert(all.end(), (members[k].*part).begin(), (members[k].*part).end());
  std::sort(all.begin(), all.end());
  Profile sum;
  for (const auto& [t, w] : all) {
    if (!sum.empty() && sum.back().first == t) sum.back().second += w;
    else sum.emplace_back(t, w);
  }
  return sum;
}

// Two-means over one part of the members' profiles, seeded with the two
// least alike: the first member and the one least like it, then the one
// least like that. Returns which members fall in the second group.
std::vector<bool> TwoMeans(const std::vector<Parts>& members, Profile Parts::*part) {
  auto least_like = [&](size_t from) {
    size_t worst = 0;
    double worst_score = 2;
    for (size_t k = 0; k < members.size(); ++k) {
      const double c = Cosine(members[k].*part, members[from].*part);
      if (c < worst_score) { worst_score = c; worst = k; }
    }
    return worst;
  };
  const size_t b_seed = least_like(0);
  const size_t a_seed = least_like(b_seed);
  Profile a = members[a_seed].*part;
  Profile b = members[b_seed].*part;
  std::vector<bool> in_b(members.size());
  for (int iteration = 0; iteration < 4; ++iteration) {
    for (size_t k = 0; k < members.size(); ++k) in_b[k] = Cosine(members[k].*part, b) > Cosine(members[k].*part, a);
    a = Sum(members, in_b, false, part);
    b = Sum(members, in_b, true, part);
  }
  return in_b;
}

bool LookAlike(const std::vector<Parts>& members, const std::vector<bool>& in_b, const StoryClusterer::Options& options) {
  const double names = Cosine(Sum(members, in_b, false, &Parts::names), Sum(members, in_b, true, &Parts::names));
  const double topical = Cosine(Sum(members, in_b, false, &Parts::topical), Sum(members, in_b, true, &Parts::topical));
  const double entities = Cosine(Sum(members, in_b, false, &Parts::entities), Sum(members, in_b, true, &Parts::entities));
  return names < options.look_alike_names && entities < options.look_alike_entities &&
         topical - names >= options.look_alike_margin;
}

}  // namespace

std::vector<int> StoryClusterer::MergeSimilarStories() {
  HoldReleasedStories();  // any story may take another in
  std::vector<std::vector<size_t>> members(stories_.size());
  for (size_t i = 0; i < articles_.size(); ++i) members[articles_[i].second].push_back(i);
  for (size_t s = 0; s < stories_.size(); ++s) {
    if (members[s].empty()) continue;
    // The story's profile as an article: its strongest terms, unit length.
    Article profile;
    profile.terms = stories_[s].weights;
    KeepStrongest(profile, options_.terms_per_article);
    profile.topical.assign(profile.by_id.size(), true);  // each member already passed the test on its own
    for (size_t i : members[s]) {
      const Article& a = articles_[i].first;
      if (a.day) profile.day = std::max(profile.day.value_or(*a.day), *a.day);
      if (a.stated_day) profile.stated_day = std::max(profile.stated_day.value_or(*a.stated_day), *a.stated_day);
    }
    auto [into, score] = BestStory(profile, static_cast<int>(s));
    if (into < 0 || score < options_.merge_similarity) continue;
    // Alike in everything but whom they name: a look-alike event. The newest
    // members of each side tell, so a long story costs no more to test.
    constexpr size_t kMembersCompared = 32;
    std::vector<Parts> parts;
    std::vector<bool> in_into;
    for (int t : {static_cast<int>(s), into}) {
      const auto& side = members[t];
      for (size_t k = side.size() > kMembersCompared ? side.size() - kMembersCompared : 0; k < side.size(); ++k) {
        const size_t i = side[k];
        parts.push_back(PartsOf(articles_[i].first));
        in_into.push_back(t == into);
      }
    }
    if (LookAlike(parts, in_into, options_)) continue;
    for (size_t i : members[s]) {
      Leave(articles_[i].first, static_cast<int>(s));
      Join(articles_[i].first, into);
      articles_[i].second = into;
      members[into].push_back(i);
    }
    members[s].clear();
  }
  std::vector<int> story_of;
  for (const auto& [article, s] : articles_) story_of.push_back(s);
  return story_of;
}

std::vector<int> StoryClusterer::SplitDissimilarStories() {
  std::vector<std::vector<size_t>> members(stories_.size());
  for (size_t i = 0; i < articles_.size(); ++i) members[articles_[i].second].push_back(i);
  const size_t story_count = stories_.size();
  for (size_t s = 0; s < story_count; ++s) {
    const auto& m = members[s];
    if (m.size() < 4) continue;
    // Each member's profiles, built once for all the comparisons below.
    std::vector<Parts> parts;
    for (size_t i : m) parts.push_back(PartsOf(articles_[i].first));
    auto both_halves = [&](const std::vector<bool>& in_b) {
      const auto in_b_count = std::count(in_b.begin(), in_b.end(), true);
      return in_b_count >= 2 && m.size() - in_b_count >= 2;
    };
    // Two groups apart in everything; else two groups told apart by whom
    // they name while what happened is alike (a look-alike event).
    std::vector<bool> in_b = TwoMeans(parts, &Parts::all);
    if (!both_halves(in_b) || Cosine(Sum(parts, in_b, false, &Parts::all), Sum(parts, in_b, true, &Parts::all)) >=
                                  options_.merge_similarity) {
      in_b = TwoMeans(parts, &Parts::names);
      if (!both_halves(in_b) || !LookAlike(parts, in_b, options_)) continue;
    }
    const int into = NewStory();
    for (size_t k = 0; k < m.size(); ++k) {
      if (!in_b[k]) continue;
      Leave(articles_[m[k]].first, static_cast<int>(s));
      Join(articles_[m[k]].first, into);
      articles_[m[k]].second = into;
    }
  }
  std::vector<int> story_of;
  for (const auto& [article, s] : articles_) story_of.push_back(s);
  return story_of;
}

std::vector<size_t> InDateOrder(const std::vector<Document>& documents) {
  std::vector<size_t> order(documents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return documents[a].date.value_or(Date{}) < documents[b].date.value_or(Date{});
  });
  return order;
}

std::vector<int> ClusterBatch(const std::vector<Document>& documents, StoryClusterer::Options options) {
  // Articles enter the clusterer in date order, as a live stream would.
  const std::vector<size_t> order = InDateOrder(documents);
  options.keep_articles = options.reassign_passes > 0;
  StoryClusterer clusterer(options);
  const std::vector<StoryClusterer::PrimedTerms> terms = clusterer.PrimeAll(documents);
  std::vector<int> story_of(documents.size());
  for (size_t i : order) story_of[i] = clusterer.Add(documents[i], terms[i]);
  if (options.keep_articles) {
    const std::vector<int> refined = clusterer.Refine();
    for (size_t k = 0; k < order.size(); ++k) story_of[order[k]] = refined[k];
  }
  return story_of;
}

std::vector<int> StoryClusterer::Refine() {
  std::vector<int> story_of;
  for (int pass = 0; pass < options_.reassign_passes; ++pass) story_of = Reassign();
  if (options_.merge_similarity <= 1) {
    SplitDissimilarStories();
    Reassign();
    MergeSimilarStories();
    story_of = Reassign(options_.rejoin_similarity);
  }
  if (story_of.empty())
    for (const auto& [article, s] : articles_) story_of.push_back(s);
  return story_of;
}

}  // namespace newsgraph
