// Usage: cluster_stream [--quick | --articles N] [ARTICLES.jsonl]
// Streams reuters21578 articles in date order, repeatedly (each repeat starting
// a month after the last ended, every 7th word dropped from a rotating offset)
// through StoryClusterer, printing the mean cost of Add per article at 10k,
// 50k, 100k, 500k and 1M articles, over each tenth of the stream, and over
// each full repeat (the same articles, so the fairest comparison), to show it
// stays flat. 100,000 articles; --quick streams 20,000, --articles N any
// number (1000000 for the 10k-to-1M check).
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "story/clusterer.h"

namespace {
double ThreadMicros() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}
}  // namespace

int main(int argc, char** argv) {
  size_t total = 100000;
  std::string path = "/work/shared/data/unlabeled/reuters21578/articles.jsonl";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) total = 20000;
    else if (std::strcmp(argv[i], "--articles") == 0 && i + 1 < argc) total = std::stoul(argv[++i]);
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
  // A live stream arrives in time order.
  std::stable_sort(base.begin(), base.end(), [](const auto& a, const auto& b) { return *a.date < *b.date; });
  // Each repeat starts a month after the previous one ended, so time only
  // moves forward, as it does in a real stream.
  const int repeat_days = base.back().date->ToDays() - base.front().date->ToDays() + 30;
  newsgraph::StoryClusterer clusterer;
  // Per-article cost of Add alone (the copy-and-perturb is not timed), as the
  // mean over the 1,000 articles before each mark, and over each tenth.
  // Thread CPU time, so that other processes on a shared machine do not count.
  const size_t block = std::max<size_t>(total / 10, 1);
  double block_us = 0, window_us = 0, repeat_us = 0;
  int64_t block_scored = 0;
  constexpr size_t kWindow = 1000;
  for (size_t n = 0; n < total; ++n) {
    const size_t repeat = n / base.size();
    newsgraph::Document d = base[n % base.size()];
    d.date = d.date->AddDays(static_cast<int>(repeat_days * repeat));
    std::istringstream words(d.text);
    std::string perturbed, w;
    for (size_t k = 0; words >> w; ++k)
      if ((k + repeat) % 7 != 0) (perturbed += w) += ' ';
    d.text = std::move(perturbed);
    const double start = ThreadMicros();
    clusterer.Add(d);
    const double us = ThreadMicros() - start;
    block_us += us;
    window_us += us;
    if ((n + 1) % kWindow == 0) {
      const size_t seen = n + 1;
      if (seen == 10000 || seen == 50000 || seen == 100000 || seen == 500000 || seen == 1000000)
        std::printf("at %zu articles: %.1f us/article (mean of the last %zu)\n", n + 1, window_us / kWindow, kWindow);
      window_us = 0;
    }
    repeat_us += us;
    if ((n + 1) % base.size() == 0) {
      std::printf("repeat %zu (articles %zu-%zu): %.1f us/article\n", repeat + 1, n + 1 - base.size() + 1, n + 1,
                  repeat_us / base.size());
      repeat_us = 0;
    }
    if ((n + 1) % block == 0) {
      const int64_t scored = clusterer.stories_scored();
      std::printf("articles=%zu stories=%d  last %zu: us/article=%.1f stories compared/article=%.1f\n", n + 1,
                  clusterer.story_count(), block, block_us / block, static_cast<double>(scored - block_scored) / block);
      block_us = 0;
      block_scored = scored;
    }
  }
}
