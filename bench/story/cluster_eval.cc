// Usage: cluster_eval FILE.jsonl [MIN_SIMILARITY [DATE_WINDOW_DAYS]]
// Reads articles (id, source, date, title, text, cluster), feeds them to
// StoryClusterer in date order without `cluster`/`topic`, prints B-cubed
// precision, recall and F1 against `cluster`.
#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "story/clusterer.h"

using newsgraph::Document;

namespace {
std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: cluster_eval FILE.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cluster_eval: cannot open " << argv[1] << "; pass a JSON Lines file of articles\n";
    return 1;
  }
  std::vector<Document> docs;
  std::vector<std::string> gold;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    Document d;
    d.id = StringField(j, "id");
    d.source = StringField(j, "source");
    d.title = StringField(j, "title");
    d.text = StringField(j, "text");
    d.date = newsgraph::ParseIsoDate(StringField(j, "date"));
    docs.push_back(std::move(d));
    auto c = j.find("cluster");
    gold.push_back(c == j.end() ? "" : c->is_string() ? c->get<std::string>() : c->dump());
  }
  std::vector<size_t> order(docs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return docs[a].date.value_or(newsgraph::Date{}) < docs[b].date.value_or(newsgraph::Date{});
  });
  newsgraph::StoryClusterer::Options options;
  if (argc > 2) options.min_similarity = std::atof(argv[2]);
  if (argc > 3) options.date_window_days = std::atoi(argv[3]);
  newsgraph::StoryClusterer clusterer(options);
  std::vector<int> predicted(docs.size());
  // As BuildStories does for a batch: IDF from every article, then clustering.
  for (const auto& d : docs) clusterer.Prime(d);
  for (size_t i : order) predicted[i] = clusterer.Add(docs[i]);

  std::map<std::pair<int, std::string>, int> both;
  std::map<int, int> pred_size;
  std::map<std::string, int> gold_size;
  for (size_t i = 0; i < docs.size(); ++i) {
    ++both[{predicted[i], gold[i]}];
    ++pred_size[predicted[i]];
    ++gold_size[gold[i]];
  }
  double precision = 0, recall = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    const double overlap = both[{predicted[i], gold[i]}];
    precision += overlap / pred_size[predicted[i]];
    recall += overlap / gold_size[gold[i]];
  }
  precision /= docs.size();
  recall /= docs.size();
  std::printf("articles=%zu gold_clusters=%zu predicted=%d  B3 P=%.3f R=%.3f F1=%.3f\n", docs.size(), gold_size.size(),
              clusterer.story_count(), precision, recall, 2 * precision * recall / (precision + recall));
}
