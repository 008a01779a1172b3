// Usage: cluster_stream [--full] [ARTICLES.jsonl]
// Streams reuters21578 articles repeatedly (each repeat shifted 30 days later
// and with every 7th word dropped from a rotating offset) through
// StoryClusterer, printing the mean cost per article over each block, to show
// it stays flat. Default 20,000 articles; --full streams 100,000.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "story/clusterer.h"

int main(int argc, char** argv) {
  size_t total = 20000;
  std::string path = "/work/shared/data/unlabeled/reuters21578/articles.jsonl";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--full") == 0) total = 100000;
    else path = argv[i];
  }
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cluster_stream: cannot open " << path << "; pass the reuters21578 articles.jsonl path\n";
    return 1;
  }
  std::vector<newsgraph::Document> base;
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    newsgraph::Document d;
    if (j.contains("title") && j["title"].is_string()) d.title = j["title"];
    if (j.contains("text") && j["text"].is_string()) d.text = j["text"];
    if (j.contains("date") && j["date"].is_string()) d.date = newsgraph::ParseIsoDate(j["date"].get<std::string>());
    if (!d.date) d.date = newsgraph::Date{1987, 3, 1};
    base.push_back(std::move(d));
  }
  if (base.empty()) return 1;
  newsgraph::StoryClusterer clusterer;
  const size_t block = total / 10;
  auto start = std::chrono::steady_clock::now();
  for (size_t n = 0; n < total; ++n) {
    const size_t repeat = n / base.size();
    newsgraph::Document d = base[n % base.size()];
    d.date = d.date->AddDays(static_cast<int>(30 * repeat));
    std::istringstream words(d.text);
    std::string perturbed, w;
    for (size_t k = 0; words >> w; ++k)
      if ((k + repeat) % 7 != 0) (perturbed += w) += ' ';
    d.text = std::move(perturbed);
    clusterer.Add(d);
    if ((n + 1) % block == 0) {
      const auto now = std::chrono::steady_clock::now();
      std::printf("articles=%zu stories=%d  us/article(last %zu)=%.1f\n", n + 1, clusterer.story_count(), block,
                  std::chrono::duration<double, std::micro>(now - start).count() / block);
      start = std::chrono::steady_clock::now();
    }
  }
}
