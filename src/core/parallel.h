// Running independent work items on a few threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace newsgraph {

// The threads to use when the user does not say: every core, at least one.
inline int CoreCount() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// Calls body(i) for every i in [0, n) on up to `threads` threads (the
// calling thread is one of them) and returns when all are done. Items are
// handed out one at a time, so uneven items balance; each item must touch
// only its own results, which keeps the outcome the same for any count.
template <typename Body>
void ParallelFor(size_t n, int threads, Body&& body) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) body(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && static_cast<size_t>(t) < n; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace newsgraph
