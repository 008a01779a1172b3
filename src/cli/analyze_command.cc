#include "cli/analyze_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <thread>

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

// Annotates documents on `threads` threads. Each document is independent and
// keeps its place, so the report is byte-for-byte the same for any count.
void AnnotateAll(const Pipeline& pipeline, std::vector<Document>& documents, int threads) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < documents.size(); i = next++) pipeline.Annotate(documents[i]);
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

  std::vector<Document> documents;
  std::vector<InputError> errors;
  ReadInputs(
      options.inputs, ingest, [&](Document doc) { documents.push_back(std::move(doc)); },
      [&](InputError error) {
        std::cerr << "newsgraph: " << error.message << '\n';
        errors.push_back(std::move(error));
      });

  const int threads = options.threads > 0 ? options.threads
                                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  AnnotateAll(*pipeline, documents, threads);
  const Report report = pipeline->Assemble(std::move(documents), std::move(errors));

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
  return report.errors.empty() ? 0 : 1;
}

}  // namespace newsgraph
