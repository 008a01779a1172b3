#include "story/stories.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_map>

#include "story/clusterer.h"

namespace newsgraph {
namespace {

template <typename T>
void AddUnique(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string_view Slice(const Document& d, Span s) {
  return std::string_view(d.text).substr(s.begin, s.end - s.begin);
}

// "North Korean troops" and "troops" count the same thing: key on unit and
// the head (last word) of the counted phrase.
std::string ClaimKey(const Quantity& q) {
  std::string_view counted = q.counted;
  const size_t space = counted.rfind(' ');
  if (space != std::string_view::npos) counted = counted.substr(space + 1);
  std::string key = q.unit + "|";
  for (char c : counted) key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return key;
}

double PointOf(const Quantity& q) {
  if (q.value) return *q.value;
  if (q.high) return *q.high;
  return q.low.value_or(0);
}

bool Agree(double a, double b) { return std::abs(a - b) <= 0.05 * std::max(std::abs(a), std::abs(b)); }

void BuildClaims(const std::vector<const Document*>& docs, Story& story) {
  struct Seen { const Document* doc; const Quantity* q; };
  std::map<std::string, std::vector<Seen>> groups;
  for (const Document* d : docs)
    for (const auto& q : d->quantities)
      if (!q.unit.empty() && (q.value || q.low || q.high)) groups[ClaimKey(q)].push_back({d, &q});
  for (auto& [key, seen] : groups) {
    Claim claim;
    claim.counted = seen.front().q->counted;
    claim.unit = seen.front().q->unit;
    bool has_previous = false, upper_bound_only = true;
    std::vector<std::string> outlets_for_first;
    for (const auto& [d, q] : seen) {
      has_previous |= q->previous >= 0;
      auto it = std::find_if(claim.values.begin(), claim.values.end(), [&](const ClaimValue& v) {
        return v.qualifier == q->qualifier && Agree(v.value.value_or(v.high.value_or(v.low.value_or(0))), PointOf(*q));
      });
      if (it == claim.values.end()) {
        ClaimValue v;
        v.value = q->value; v.low = q->low; v.high = q->high;
        v.qualifier = q->qualifier;
        v.text = std::string(Slice(*d, q->span));
        if (q->attributed_to >= 0 && q->attributed_to < static_cast<int>(d->entities.size()))
          v.attributed_to = d->entities[q->attributed_to].global_id;
        if (q->as_of_time >= 0 && q->as_of_time < static_cast<int>(d->times.size())) v.as_of = d->times[q->as_of_time].value;
        else if (d->date) v.as_of = d->date->ToString();
        claim.values.push_back(std::move(v));
        it = claim.values.end() - 1;
      }
      AddUnique(it->documents, d->id);
      it->sources.push_back({d->id, q->span});
      if (it == claim.values.begin()) AddUnique(outlets_for_first, d->source);
    }
    for (size_t i = 1; i < claim.values.size(); ++i)
      upper_bound_only &= claim.values[i].qualifier == Qualifier::kUpperBound;
    std::sort(claim.values.begin(), claim.values.end(), [](const ClaimValue& a, const ClaimValue& b) { return a.as_of < b.as_of; });
    const auto& first = claim.values.front();
    const auto& last = claim.values.back();
    if (claim.values.size() == 1) {
      claim.status = outlets_for_first.size() >= 2 ? ClaimStatus::kCorroborated : ClaimStatus::kSingle;
      claim.explanation = outlets_for_first.size() >= 2
          ? std::to_string(outlets_for_first.size()) + " outlets report " + first.text + " " + claim.counted + "."
          : "Only one report gives " + first.text + " " + claim.counted + ".";
    } else if (has_previous || first.as_of != last.as_of) {
      claim.status = ClaimStatus::kUpdated;
      claim.explanation = "The figure for " + claim.counted + " changed from " + first.text + " (" + first.as_of +
                          ") to " + last.text + " (" + last.as_of + ").";
    } else if (upper_bound_only) {
      claim.status = outlets_for_first.size() >= 2 ? ClaimStatus::kCorroborated : ClaimStatus::kSingle;
      claim.explanation = "Reports agree on " + claim.values.front().text + " " + claim.counted +
                          "; a higher figure is given only as an upper bound.";
    } else {
      claim.status = ClaimStatus::kConflicting;
      claim.explanation = "Reports give different figures for " + claim.counted + " at the same time: " +
                          first.text + " vs " + last.text + ".";
    }
    claim.id = story.id + "-C" + std::to_string(story.claims.size() + 1);
    story.claims.push_back(std::move(claim));
  }
}

void BuildTimeline(const std::vector<const Document*>& docs, Story& story) {
  for (const Document* d : docs) {
    for (const auto& t : d->times) {
      if (t.type != TimeType::kDate || t.value.size() < 7 || !std::isdigit(static_cast<unsigned char>(t.value[0]))) continue;
      auto s = std::find_if(d->sentences.begin(), d->sentences.end(), [&](const Sentence& s) { return s.span.Contains(t.span); });
      if (s == d->sentences.end()) continue;
      TimelineEvent e{t.value, d->id, s->span, std::string(Slice(*d, s->span)), std::string(Slice(*d, t.span))};
      const bool duplicate = std::any_of(story.timeline.begin(), story.timeline.end(), [&](const TimelineEvent& o) {
        return o.date == e.date && (o.text == e.text || (o.document == e.document && o.sentence == e.sentence));
      });
      if (!duplicate) story.timeline.push_back(std::move(e));
    }
  }
  std::stable_sort(story.timeline.begin(), story.timeline.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
}

}  // namespace

std::vector<Story> BuildStories(const std::vector<Document>& documents, const std::vector<Entity>& entities) {
  // Articles enter the clusterer in date order, as a live stream would.
  std::vector<size_t> order(documents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return documents[a].date.value_or(Date{}) < documents[b].date.value_or(Date{});
  });
  StoryClusterer clusterer;
  std::vector<int> story_of(documents.size());
  for (size_t i : order) story_of[i] = clusterer.Add(documents[i]);

  // Stories numbered by their first document in report order.
  std::vector<int> number(clusterer.story_count(), -1);
  std::vector<std::vector<const Document*>> members;
  for (size_t i = 0; i < documents.size(); ++i) {
    int& n = number[story_of[i]];
    if (n < 0) { n = static_cast<int>(members.size()); members.emplace_back(); }
    members[n].push_back(&documents[i]);
  }
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
    story.independent_sources = story.sources;
    for (const auto& e : entities)
      if (mention_count.count(e.id)) story.entities.push_back(e.id);
    std::stable_sort(story.entities.begin(), story.entities.end(),
                     [&](const auto& a, const auto& b) { return mention_count[a] > mention_count[b]; });
    const Document& lead = *members[n].front();
    story.headline = !lead.title.empty() ? lead.title
                     : !lead.sentences.empty() ? std::string(Slice(lead, lead.sentences.front().span)) : "";
    for (const Document* d : members[n]) {
      if (story.summary.size() >= 4) break;
      if (!d->sentences.empty())
        story.summary.push_back({std::string(Slice(*d, d->sentences.front().span)), d->id, d->sentences.front().span});
    }
    BuildClaims(members[n], story);
    BuildTimeline(members[n], story);
  }
  return stories;
}

}  // namespace newsgraph
