#include "story/stories.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "core/parallel.h"
#include "story/claims.h"
#include "story/clusterer.h"
#include "story/passages.h"
#include "story/shared_quotes.h"
#include "story/summary.h"
#include "story/words.h"

namespace newsgraph {
namespace {

template <typename T>
void AddUnique(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string_view Slice(const Document& d, Span s) {
  return std::string_view(d.text).substr(s.begin, s.end - s.begin);
}

// Appended rather than `"S" + std::to_string(...)`, which GCC 12 warns about
// wrongly (-Wrestrict, its bug 105329).
std::string StoryId(size_t number) { return std::string("S").append(std::to_string(number + 1)); }

// TIMEX dates sort by the first day they cover: "2024-W43" before "2024-10-28".
int FirstDay(const std::string& timex) {
  const std::optional<Date> day = FirstDayOf(timex);
  return day ? day->ToDays() : 0;
}

// Two outlets' sentences tell the same event when most content words of the
// shorter one recur in the other ("About 10,000 people were evacuated on
// Monday" / "About 10,000 people have been evacuated ... on Monday").
constexpr double kSameEvent = 0.6;

void BuildTimeline(const std::vector<const Document*>& docs, Story& story) {
  std::vector<story::WordSet> stems;  // per event, its sentence's content stems
  for (const Document* d : docs) {
    for (const auto& t : d->times) {
      if (t.type != TimeType::kDate || t.value.size() < 7 || !std::isdigit(static_cast<unsigned char>(t.value[0]))) continue;
      auto s = std::find_if(d->sentences.begin(), d->sentences.end(), [&](const Sentence& s) { return s.span.Contains(t.span); });
      if (s == d->sentences.end()) continue;
      TimelineEvent e{t.value, d->id, s->span, std::string(Slice(*d, s->span)), std::string(Slice(*d, t.span)), {d->id}};
      story::WordSet words = story::ToWordSet(story::ContentStemHashes(*d, s->first_token, s->end_token));
      // The same event on the same date is one line that lists every
      // document reporting it.
      auto same = std::find_if(story.timeline.begin(), story.timeline.end(), [&](const TimelineEvent& o) {
        if (o.date != e.date) return false;
        if (o.text == e.text || (o.document == e.document && o.sentence == e.sentence)) return true;
        return story::OverlapCoefficient(stems[&o - story.timeline.data()], words) >= kSameEvent;
      });
      if (same == story.timeline.end()) {
        story.timeline.push_back(std::move(e));
        stems.push_back(std::move(words));
      } else if (std::find(same->documents.begin(), same->documents.end(), d->id) == same->documents.end()) {
        same->documents.push_back(d->id);
      }
    }
  }
  std::stable_sort(story.timeline.begin(), story.timeline.end(),
                   [](const auto& a, const auto& b) { return FirstDay(a.date) < FirstDay(b.date); });
}

// One story from its documents, in input order.
Story BuildStory(std::string id, const std::vector<const Document*>& members, const std::vector<Entity>& entities) {
  Story story;
  story.id = std::move(id);
  std::unordered_map<std::string, int> mention_count;
  for (const Document* d : members) {
    story.documents.push_back(d->id);
    if (!d->source.empty()) AddUnique(story.sources, d->source);
    if (d->date) {
      if (!story.first_date || *d->date < *story.first_date) story.first_date = d->date;
      if (!story.last_date || *story.last_date < *d->date) story.last_date = d->date;
    }
    for (const auto& m : d->mentions)
      if (m.entity >= 0 && m.entity < static_cast<int>(d->entities.size()) && !d->entities[m.entity].global_id.empty())
        ++mention_count[d->entities[m.entity].global_id];
  }
  const auto passages = story::AnalyzePassages(members);
  story.shared_passages = passages.passages;
  for (size_t i = 0; i < members.size(); ++i)
    if (passages.original[i] == static_cast<int>(i)) AddUnique(story.independent_sources, members[i]->source);
  // Most mentioned first; ties in report order, which is id order.
  std::vector<std::pair<int, const Entity*>> ranked;
  for (const auto& [entity_id, count] : mention_count)
    if (const Entity* e = FindEntity(entities, entity_id)) ranked.emplace_back(count, e);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  for (const auto& [count, e] : ranked) story.entities.push_back(e->id);
  story.claims = story::BuildClaims(members, passages.original, story.id);
  story.shared_quotes = story::FindSharedQuotes(members, passages.original, entities);
  story.summary = story::Summarize(members, passages.original, story.claims);
  // The headline of the article the summary leads with: the best-agreed account.
  const std::string& lead_id = story.summary.empty() ? members.front()->id : story.summary.front().document;
  const Document& lead =
      **std::find_if(members.begin(), members.end(), [&](const Document* d) { return d->id == lead_id; });
  story.headline = !lead.title.empty() ? lead.title
                   : !lead.sentences.empty() ? std::string(Slice(lead, lead.sentences.front().span)) : "";
  BuildTimeline(members, story);
  return story;
}

}  // namespace

std::vector<Story> BuildStories(const std::vector<Document>& documents, const std::vector<Entity>& entities,
                                int threads) {
  const std::vector<int> story_of = ClusterBatch(documents);

  // Stories numbered by their first document in report order.
  std::vector<int> number(story_of.empty() ? 0 : *std::max_element(story_of.begin(), story_of.end()) + 1, -1);
  std::vector<std::vector<const Document*>> members;
  for (size_t i = 0; i < documents.size(); ++i) {
    int& n = number[story_of[i]];
    if (n < 0) { n = static_cast<int>(members.size()); members.emplace_back(); }
    members[n].push_back(&documents[i]);
  }
  std::vector<Story> stories(members.size());
  ParallelFor(members.size(), threads, [&](size_t n) { stories[n] = BuildStory(StoryId(n), members[n], entities); });
  return stories;
}

std::vector<Story> UpdateStories(const std::vector<Document>& archived, const std::vector<int>& archived_story,
                                 const std::vector<Document>& added, size_t next_number,
                                 const std::vector<Entity>& entities, int threads) {
  StoryClusterer clusterer;
  const std::vector<StoryClusterer::PrimedTerms> archived_terms = clusterer.PrimeAll(archived);
  const std::vector<StoryClusterer::PrimedTerms> added_terms = clusterer.PrimeAll(added);
  for (size_t i = 0; i < archived.size(); ++i) clusterer.AddTo(archived[i], archived_terms[i], archived_story[i]);
  const int saved = clusterer.story_count();
  std::vector<int> story_of(added.size());
  for (size_t i : InDateOrder(added)) story_of[i] = clusterer.Add(added[i], added_terms[i]);

  // Each new document's story number: a saved story's own, or for a story
  // opened now the next free one, in order of its first new document.
  std::vector<size_t> number_of(added.size());
  std::unordered_map<int, size_t> opened;
  for (size_t i = 0; i < added.size(); ++i) {
    if (story_of[i] < saved) {
      number_of[i] = static_cast<size_t>(story_of[i]);
    } else {
      auto [it, inserted] = opened.try_emplace(story_of[i], next_number);
      if (inserted) ++next_number;
      number_of[i] = it->second;
    }
  }
  // The touched stories' members: their saved documents, then the new ones.
  std::map<size_t, std::vector<const Document*>> members;
  for (size_t number : number_of) members[number];
  for (size_t i = 0; i < archived.size(); ++i) {
    auto it = members.find(static_cast<size_t>(archived_story[i]));
    if (it != members.end()) it->second.push_back(&archived[i]);
  }
  for (size_t i = 0; i < added.size(); ++i) members[number_of[i]].push_back(&added[i]);
  std::vector<std::pair<size_t, std::vector<const Document*>>> touched(members.begin(), members.end());
  std::vector<Story> stories(touched.size());
  ParallelFor(touched.size(), threads, [&](size_t k) {
    stories[k] = BuildStory(StoryId(touched[k].first), touched[k].second, entities);
  });
  return stories;
}

struct StoryStream::State {
  struct OpenStory {
    size_t number = 0;
    std::vector<Document> documents;
    uint64_t last_window = 0;  // the Add call that last gave it an article
    std::optional<int> last_day;
  };
  explicit State(Options o) : options(o), clusterer(KeepingArticles(o.clusterer)) {}
  static StoryClusterer::Options KeepingArticles(StoryClusterer::Options o) {
    o.keep_articles = true;  // for the window's Reassign; forgotten after each window
    return o;
  }

  void Close(std::vector<int> clusters, const std::vector<Entity>& entities, const StorySink& on_story);

  Options options;
  StoryClusterer clusterer;
  std::unordered_map<int, OpenStory> open;  // by the clusterer's story
  size_t stories_opened = 0;
  size_t open_text_bytes = 0;
  uint64_t windows = 0;
};

// Builds and hands on the stories of `clusters`, in story id order.
void StoryStream::State::Close(std::vector<int> clusters, const std::vector<Entity>& entities,
                               const StorySink& on_story) {
  std::sort(clusters.begin(), clusters.end(),
            [&](int a, int b) { return open.at(a).number < open.at(b).number; });
  std::vector<Story> stories(clusters.size());
  ParallelFor(clusters.size(), options.threads, [&](size_t k) {
    const OpenStory& story = open.at(clusters[k]);
    std::vector<const Document*> members;
    for (const Document& d : story.documents) members.push_back(&d);
    stories[k] = BuildStory(StoryId(story.number), members, entities);
  });
  for (size_t k = 0; k < clusters.size(); ++k) {
    auto it = open.find(clusters[k]);
    for (const Document& d : it->second.documents) open_text_bytes -= d.text.size();
    open.erase(it);
    clusterer.Close(clusters[k]);
    on_story(std::move(stories[k]));
  }
}

StoryStream::StoryStream(Options options) : state_(std::make_unique<State>(options)) {}
StoryStream::~StoryStream() = default;

void StoryStream::Add(std::vector<Document> window, const std::vector<Entity>& entities, const StorySink& on_story) {
  State& s = *state_;
  ++s.windows;
  // As in a batch: the window's terms count for IDF before any of its
  // articles is placed, and articles enter in date order.
  const std::vector<StoryClusterer::PrimedTerms> terms = s.clusterer.PrimeAll(window);
  const std::vector<size_t> order = InDateOrder(window);
  std::vector<int> story_of(window.size());
  for (size_t i : order) story_of[i] = s.clusterer.Add(window[i], terms[i]);
  // An early article of the window may have opened a story of its own before
  // its event's profile formed, or two look-alike events may have joined:
  // the window's articles are refined as a batch's are (they alone move).
  const std::vector<int> refined = s.clusterer.Refine();
  for (size_t k = 0; k < order.size(); ++k) story_of[order[k]] = refined[k];
  s.clusterer.ForgetArticles();

  std::optional<int> earliest_day;
  for (size_t i = 0; i < window.size(); ++i) {
    auto [it, opened] = s.open.try_emplace(story_of[i]);
    State::OpenStory& story = it->second;
    if (opened) story.number = s.stories_opened++;
    story.last_window = s.windows;
    if (window[i].date) {
      const int day = window[i].date->ToDays();
      story.last_day = std::max(story.last_day.value_or(day), day);
      earliest_day = std::min(earliest_day.value_or(day), day);
    }
    s.open_text_bytes += window[i].text.size();
    story.documents.push_back(std::move(window[i]));
  }

  // A story whose last article is two date windows older than everything in
  // this window no longer takes articles from a stream in date order.
  std::vector<int> quiet;
  if (earliest_day) {
    for (const auto& [c, story] : s.open)
      if (story.last_day && *story.last_day < *earliest_day - 2 * s.options.clusterer.date_window_days)
        quiet.push_back(c);
  }
  s.Close(std::move(quiet), entities, on_story);

  // Memory stays bounded whatever the dates: past the limit, the stories
  // that went longest without an article are closed.
  if (s.open_text_bytes > s.options.max_open_text_bytes) {
    std::vector<std::tuple<uint64_t, size_t, int>> by_activity;
    for (const auto& [c, story] : s.open) by_activity.emplace_back(story.last_window, story.number, c);
    std::sort(by_activity.begin(), by_activity.end());
    std::vector<int> stale;
    size_t remaining = s.open_text_bytes;
    for (const auto& [window_number, number, c] : by_activity) {
      if (remaining <= s.options.max_open_text_bytes / 4 * 3) break;
      for (const Document& d : s.open.at(c).documents) remaining -= d.text.size();
      stale.push_back(c);
    }
    s.Close(std::move(stale), entities, on_story);
  }
}

void StoryStream::Finish(const std::vector<Entity>& entities, const StorySink& on_story) {
  State& s = *state_;
  std::vector<int> all;
  for (const auto& [c, story] : s.open) all.push_back(c);
  s.Close(std::move(all), entities, on_story);
}

}  // namespace newsgraph
