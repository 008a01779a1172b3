// Usage: cluster_eval [--text-only] [--stream] [--dump OUT.tsv] [--set NAME=VALUE]... FILE.jsonl [MIN_SIMILARITY [DATE_WINDOW_DAYS [REASSIGN_PASSES [MERGE_SIMILARITY [STATED_DATE_SLACK_DAYS]]]]]
// Reads articles (id, source, date, title, text, cluster), annotates them with
// the real pipeline and links entities across them (as the product does before
// BuildStories; --text-only skips it), feeds them to StoryClusterer in date
// order without `cluster`/`topic`, prints B-cubed precision, recall and F1
// against `cluster`. --dump writes id, gold and predicted story per article.
// --set look_alike_names|look_alike_entities|look_alike_margin|rejoin_similarity=X
// overrides one of those options (for sweeps). --stream scores what
// `analyze --stream` does instead of the batch: windows of
// AnalysisStream::kWindow articles in file order, each linked and clustered
// online by StoryStream.
#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "link/entity_linker.h"
#include "pipeline/pipeline.h"
#include "story/clusterer.h"
#include "story/stories.h"

using newsgraph::Document;

namespace {
std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
// Each document's story as `analyze --stream` groups them.
std::vector<int> StreamedStories(std::vector<Document>& docs, const newsgraph::StoryClusterer::Options& options) {
  newsgraph::EntityLinker linker;
  newsgraph::StoryStream stream({.clusterer = options});
  std::map<std::string, int> story_of_id;
  auto keep = [&](newsgraph::Story story) {
    for (const std::string& id : story.documents) story_of_id[id] = std::stoi(story.id.substr(1));
  };
  std::vector<Document> copies = docs;  // the stream takes its documents; the dump reads them afterwards
  constexpr size_t kWindow = newsgraph::AnalysisStream::kWindow;
  for (size_t first = 0; first < copies.size(); first += kWindow) {
    std::vector<Document> window(std::make_move_iterator(copies.begin() + first),
                                 std::make_move_iterator(copies.begin() + std::min(copies.size(), first + kWindow)));
    linker.Link(window);
    for (size_t k = 0; k < window.size(); ++k) docs[first + k].entities = window[k].entities;
    stream.Add(std::move(window), linker.entities(), keep);
  }
  stream.Finish(linker.entities(), keep);
  std::vector<int> predicted;
  for (const Document& d : docs) predicted.push_back(story_of_id.at(d.id));
  return predicted;
}

}  // namespace

int main(int argc, char** argv) {
  bool annotate = true, stream = false;
  std::string dump;
  std::vector<std::string> sets;
  std::vector<char*> args{argv[0]};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--text-only") annotate = false;
    else if (a == "--stream") stream = true;
    else if (a == "--dump" && i + 1 < argc) dump = argv[++i];
    else if (a == "--set" && i + 1 < argc) sets.push_back(argv[++i]);
    else args.push_back(argv[i]);
  }
  argc = static_cast<int>(args.size());
  argv = args.data();
  if (argc < 2) {
    std::cerr << "usage: cluster_eval [--text-only] [--dump OUT.tsv] [--set NAME=VALUE]... FILE.jsonl [MIN_SIMILARITY [DATE_WINDOW_DAYS [REASSIGN_PASSES [MERGE_SIMILARITY [STATED_DATE_SLACK_DAYS]]]]]\n";
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
  if (annotate) {
    auto pipeline = newsgraph::Pipeline::Create({});
    if (!pipeline.ok()) {
      std::cerr << "cluster_eval: " << pipeline.status().message() << " (or pass --text-only)\n";
      return 1;
    }
    for (auto& d : docs) pipeline->Annotate(d);
    if (!stream) newsgraph::LinkAcrossDocuments(docs);
  }
  newsgraph::StoryClusterer::Options options;
  if (argc > 2) options.min_similarity = std::atof(argv[2]);
  if (argc > 3) options.date_window_days = std::atoi(argv[3]);
  if (argc > 4) options.reassign_passes = std::atoi(argv[4]);
  if (argc > 5) options.merge_similarity = std::atof(argv[5]);
  if (argc > 6) options.stated_date_slack_days = std::atoi(argv[6]);
  const std::map<std::string, double*> settable = {{"look_alike_names", &options.look_alike_names},
                                                   {"look_alike_entities", &options.look_alike_entities},
                                                   {"look_alike_margin", &options.look_alike_margin},
                                                   {"rejoin_similarity", &options.rejoin_similarity}};
  for (const std::string& set : sets) {
    const size_t eq = set.find('=');
    auto it = settable.find(set.substr(0, eq));
    if (eq == std::string::npos || it == settable.end()) {
      std::cerr << "cluster_eval: --set takes NAME=VALUE, NAME one of look_alike_names, look_alike_entities, "
                   "look_alike_margin, rejoin_similarity\n";
      return 2;
    }
    *it->second = std::atof(set.c_str() + eq + 1);
  }
  const std::vector<int> predicted = stream ? StreamedStories(docs, options) : newsgraph::ClusterBatch(docs, options);

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
  if (!dump.empty()) {
    std::ofstream out(dump);
    for (size_t i = 0; i < docs.size(); ++i) {
      out << docs[i].id << '\t' << gold[i] << '\t' << predicted[i] << '\t';
      for (const auto& t : docs[i].times) out << t.value << ',';
      out << '\t';
      for (const auto& e : docs[i].entities) out << e.name << '|' << e.global_id << ',';
      out << '\n';
    }
  }
  std::printf("articles=%zu gold_clusters=%zu predicted=%d  B3 P=%.3f R=%.3f F1=%.3f\n", docs.size(), gold_size.size(),
              static_cast<int>(pred_size.size()), precision, recall, 2 * precision * recall / (precision + recall));
}
