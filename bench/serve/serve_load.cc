// serve_load [SECONDS=10] [READERS=4]: starts the API in-process on a free
// loopback port over a temporary archive, then runs READERS client threads
// issuing GET /stories, /search and /health while one writer POSTs a new
// article every 100 ms. Prints requests/s, p50/p99 latency and errors; exits
// 1 if any request failed.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "serve/server.h"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  const int seconds = argc > 1 ? std::max(1, std::min(25, std::atoi(argv[1]))) : 10;
  const int readers = argc > 2 ? std::max(1, std::atoi(argv[2])) : 4;
  const auto dir = std::filesystem::temp_directory_path() / ("serve_load_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);

  auto pipeline = newsgraph::Pipeline::Create({});
  if (!pipeline.ok()) return std::fprintf(stderr, "%s\n", pipeline.status().message().c_str()), 1;
  auto store = newsgraph::Store::Open((dir / "archive.db").string());
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().message().c_str()), 1;
  newsgraph::ServeCommandOptions options;
  newsgraph::ApiServer server(**store, *pipeline, options);
  const int port = server.http().bind_to_any_port("127.0.0.1");
  std::thread listener([&] { server.http().listen_after_bind(); });
  while (!server.http().is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  auto article = [](int i) {
    return nlohmann::json{{"id", "load-" + std::to_string(i)}, {"source", i % 2 ? "Harbor Times" : "Global Wire"},
                          {"date", "2024-10-28"}, {"title", "Wildfire update " + std::to_string(i)},
                          {"text", "VALENCIA, Spain — Firefighters said on Monday that " + std::to_string(100 + i) +
                                       " homes had burned as the wildfire spread toward the coast, officials said."}}
        .dump();
  };

  std::atomic<bool> stop = false;
  std::atomic<long> errors = 0, posts = 0;
  std::vector<std::vector<double>> latencies(readers);
  std::vector<std::thread> threads;
  const auto start = Clock::now();
  for (int r = 0; r < readers; ++r) {
    threads.emplace_back([&, r] {
      httplib::Client client("127.0.0.1", port);
      const char* paths[] = {"/stories", "/search?q=wildfire", "/health", "/stories?q=wildfire"};
      for (int n = 0; !stop; ++n) {
        const auto t0 = Clock::now();
        auto res = client.Get(paths[n % 4]);
        latencies[r].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!res || res->status != 200) ++errors;
      }
    });
  }
  threads.emplace_back([&] {
    httplib::Client client("127.0.0.1", port);
    for (int i = 0; !stop; ++i) {
      auto res = client.Post("/articles", article(i), "application/json");
      if (!res || res->status != 201) ++errors;
      else ++posts;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  std::this_thread::sleep_for(std::chrono::seconds(seconds));
  stop = true;
  for (auto& t : threads) t.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  server.http().stop();
  listener.join();
  std::filesystem::remove_all(dir);

  std::vector<double> all;
  for (auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  auto pct = [&](double p) { return all.empty() ? 0.0 : all[std::min(all.size() - 1, size_t(p * all.size()))]; };
  std::printf("reads: %zu in %.1f s = %.0f requests/s; p50 %.2f ms, p99 %.2f ms; posts: %ld; errors: %ld\n",
              all.size(), elapsed, all.size() / elapsed, pct(0.50), pct(0.99), posts.load(), errors.load());
  return errors ? 1 : 0;
}
