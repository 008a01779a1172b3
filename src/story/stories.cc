#include "story/stories.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>
#include <unordered_map>

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

// TIMEX dates sort by the first day they cover: "2024-W43" before "2024-10-28".
int FirstDay(const std::string& timex) {
  if (auto date = ParseIsoDate(timex.substr(0, 10))) return date->ToDays();
  int year = 0, number = 0;
  if (std::sscanf(timex.c_str(), "%d-W%d", &year, &number) == 2) {
    const Date jan4{year, 1, 4};  // ISO week 1 holds January 4th
    return jan4.ToDays() - jan4.Weekday() + 7 * (number - 1);
  }
  if (std::sscanf(timex.c_str(), "%d-%d", &year, &number) == 2 && IsValidDate(year, number, 1))
    return Date{year, number, 1}.ToDays();
  if (std::sscanf(timex.c_str(), "%d", &year) == 1 && IsValidDate(year, 1, 1)) return Date{year, 1, 1}.ToDays();
  return 0;
}

// Two outlets' sentences tell the same event when most content words of the
// shorter one recur in the other ("About 10,000 people were evacuated on
// Monday" / "About 10,000 people have been evacuated ... on Monday").
constexpr double kSameEvent = 0.6;

void BuildTimeline(const std::vector<const Document*>& docs, Story& story) {
  std::vector<std::vector<std::string>> stems;  // per event, its sentence's content stems
  for (const Document* d : docs) {
    for (const auto& t : d->times) {
      if (t.type != TimeType::kDate || t.value.size() < 7 || !std::isdigit(static_cast<unsigned char>(t.value[0]))) continue;
      auto s = std::find_if(d->sentences.begin(), d->sentences.end(), [&](const Sentence& s) { return s.span.Contains(t.span); });
      if (s == d->sentences.end()) continue;
      TimelineEvent e{t.value, d->id, s->span, std::string(Slice(*d, s->span)), std::string(Slice(*d, t.span)), {d->id}};
      std::vector<std::string> words = story::ContentStems(*d, s->first_token, s->end_token);
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

}  // namespace

std::vector<Story> BuildStories(const std::vector<Document>& documents, const std::vector<Entity>& entities) {
  const std::vector<int> story_of = ClusterBatch(documents);

  // Stories numbered by their first document in report order.
  std::vector<int> number(story_of.empty() ? 0 : *std::max_element(story_of.begin(), story_of.end()) + 1, -1);
  std::vector<std::vector<const Document*>> members;
  for (size_t i = 0; i < documents.size(); ++i) {
    int& n = number[story_of[i]];
    if (n < 0) { n = static_cast<int>(members.size()); members.emplace_back(); }
    members[n].push_back(&documents[i]);
  }
  // Report order of each entity, so a story lists its own entities without
  // scanning the whole report's.
  std::unordered_map<std::string_view, size_t> entity_rank;
  for (size_t r = 0; r < entities.size(); ++r) entity_rank.emplace(entities[r].id, r);
  std::vector<Story> stories(members.size());
  for (size_t n = 0; n < members.size(); ++n) {
    Story& story = stories[n];
    story.id = "S" + std::to_string(n + 1);
    std::unordered_map<std::string, int> mention_count;
    for (const Document* d : members[n]) {
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
    const auto passages = story::AnalyzePassages(members[n]);
    story.shared_passages = passages.passages;
    for (size_t i = 0; i < members[n].size(); ++i)
      if (passages.original[i] == static_cast<int>(i)) AddUnique(story.independent_sources, members[n][i]->source);
    // Most mentioned first; ties in report order.
    for (const auto& [id, count] : mention_count) {
      if (entity_rank.count(id)) story.entities.push_back(id);
    }
    std::sort(story.entities.begin(), story.entities.end(), [&](const std::string& a, const std::string& b) {
      const int ca = mention_count.at(a), cb = mention_count.at(b);
      return ca != cb ? ca > cb : entity_rank.at(a) < entity_rank.at(b);
    });
    story.claims = story::BuildClaims(members[n], passages.original, story.id);
    story.shared_quotes = story::FindSharedQuotes(members[n], passages.original, entities);
    story.summary = story::Summarize(members[n], passages.original, story.claims);
    // The headline of the article the summary leads with: the best-agreed account.
    const std::string& lead_id = story.summary.empty() ? members[n].front()->id : story.summary.front().document;
    const Document& lead = **std::find_if(members[n].begin(), members[n].end(),
                                          [&](const Document* d) { return d->id == lead_id; });
    story.headline = !lead.title.empty() ? lead.title
                     : !lead.sentences.empty() ? std::string(Slice(lead, lead.sentences.front().span)) : "";
    BuildTimeline(members[n], story);
  }
  return stories;
}

}  // namespace newsgraph
