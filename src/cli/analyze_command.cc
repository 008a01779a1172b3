#include "cli/analyze_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include <sys/resource.h>

#include "core/date.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "report/json_report.h"
#include "report/text_report.h"
#if __has_include("report/html_report.h")
#include "report/html_report.h"
#define NEWSGRAPH_HAS_HTML 1
#endif

namespace newsgraph {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Annotates documents on `threads` threads. Each document is independent and
// keeps its place, so the report is byte-for-byte the same for any count.
void AnnotateAll(const Pipeline& pipeline, std::vector<Document>& documents, int threads,
                 StageTimes* times) {
  std::atomic<size_t> next{0};
  std::mutex times_mutex;
  auto work = [&] {
    StageTimes local;
    for (size_t i = next++; i < documents.size(); i = next++) {
      pipeline.Annotate(documents[i], times ? &local : nullptr);
    }
    if (times) {
      std::lock_guard lock(times_mutex);
      times->Add(local);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
}

void WriteReport(const Report& report, const std::string& format, std::ostream& out) {
  if (format == "jsonl") {
    WriteJsonLinesReport(report, out);
  } else if (format == "text") {
    WriteTextReport(report, out);
#ifdef NEWSGRAPH_HAS_HTML
  } else if (format == "html") {
    WriteHtmlReport(report, out);
#endif
  } else {
    WriteJsonReport(report, out);
  }
}

}  // namespace

int RunAnalyze(const AnalyzeOptions& options) {
  IngestOptions ingest;
  if (options.date) {
    ingest.default_date = ParseIsoDate(*options.date);
    if (!ingest.default_date || options.date->size() != 10) {
      std::cerr << fmt::format("newsgraph: --date {}: not a date; use YYYY-MM-DD, e.g. --date 2024-10-29\n",
                               *options.date);
      return 2;
    }
  }
  auto pipeline = Pipeline::Create(PipelineOptions{options.model_dir});
  if (!pipeline.ok()) {
    std::cerr << "newsgraph: " << pipeline.status().message() << '\n';
    return 2;
  }

  const auto start = Clock::now();
  std::vector<Document> documents;
  std::vector<InputError> errors;
  ReadInputs(
      options.inputs, ingest, [&](Document doc) { documents.push_back(std::move(doc)); },
      [&](InputError error) {
        std::cerr << "newsgraph: " << error.message << '\n';
        errors.push_back(std::move(error));
      });

  const double ingest_seconds = SecondsSince(start);
  size_t bytes = 0;
  for (const Document& doc : documents) bytes += doc.text.size();
  const size_t article_count = documents.size();

  const int threads = options.threads > 0 ? options.threads
                                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  StageTimes times;
  StageTimes* profile = options.profile ? &times : nullptr;
  AnnotateAll(*pipeline, documents, threads, profile);
  const Report report = pipeline->Assemble(std::move(documents), std::move(errors), profile);
  const auto output_start = Clock::now();

  if (options.output.empty()) {
    WriteReport(report, options.format, std::cout);
  } else {
    std::ofstream file(options.output, std::ios::binary);
    if (!file) {
      std::cerr << fmt::format("newsgraph: cannot write {}; check the folder exists and is writable\n",
                               options.output);
      return 2;
    }
    WriteReport(report, options.format, file);
    // With the report in a file, the terminal gets the readable summary.
    if (options.format != "text") WriteTextReport(report, std::cout);
    std::cout << "\nreport written to " << options.output << '\n';
  }
  if (options.profile) {
    const double output_seconds = SecondsSince(output_start);
    const double total = SecondsSince(start);
    std::cerr << fmt::format("profile: {} articles, {:.2f} MB of text, {} threads, {:.3f} s wall, {:.2f} MB/s\n",
                             article_count, bytes / 1e6, threads, total, bytes / 1e6 / total);
    std::cerr << fmt::format("profile: {:<12} {:8.3f} s\n", "ingest", ingest_seconds);
    for (int i = 0; i < StageTimes::kStages; ++i) {
      std::cerr << fmt::format("profile: {:<12} {:8.3f} s  {:8.2f} MB/s\n", StageTimes::kNames[i],
                               times.seconds[i], times.seconds[i] > 0 ? bytes / 1e6 / times.seconds[i] : 0.0);
    }
    std::cerr << fmt::format("profile: {:<12} {:8.3f} s\n", "output", output_seconds);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::cerr << fmt::format("profile: peak RSS {:.1f} MB\n", usage.ru_maxrss / 1024.0);
  }
  return report.errors.empty() ? 0 : 1;
}

}  // namespace newsgraph
