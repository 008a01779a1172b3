#include "cli/analyze_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

#include "core/date.h"
#include "core/parallel.h"
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

void WriteReport(const Report& report, const std::string& format, std::ostream& out, int threads) {
  if (format == "jsonl") {
    WriteJsonLinesReport(report, out, threads);
  } else if (format == "text") {
    WriteTextReport(report, out);
#ifdef NEWSGRAPH_HAS_HTML
  } else if (format == "html") {
    WriteHtmlReport(report, out);
#endif
  } else {
    WriteJsonReport(report, out, threads);
  }
}

// What --profile prints, whichever way the report was made.
struct Profile {
  Clock::time_point start = Clock::now();
  double ingest_seconds = 0;  // reading alone (batch); in a stream, reading is interleaved
  double output_seconds = 0;
  size_t articles = 0, bytes = 0;
  int threads = 1;
  StageTimes stages;

  void Print() const {
    const double total = SecondsSince(start);
    std::cerr << fmt::format("profile: {} articles, {:.2f} MB of text, {} threads, {:.3f} s wall, {:.2f} MB/s\n",
                             articles, bytes / 1e6, threads, total, bytes / 1e6 / total);
    std::cerr << fmt::format("profile: {:<12} {:8.3f} s\n", "ingest", ingest_seconds);
    for (int i = 0; i < StageTimes::kStages; ++i) {
      std::cerr << fmt::format("profile: {:<12} {:8.3f} s  {:8.2f} MB/s\n", StageTimes::kNames[i],
                               stages.seconds[i], stages.seconds[i] > 0 ? bytes / 1e6 / stages.seconds[i] : 0.0);
    }
    std::cerr << fmt::format("profile: {:<12} {:8.3f} s\n", "output", output_seconds);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::cerr << fmt::format("profile: peak RSS {:.1f} MB\n", usage.ru_maxrss / 1024.0);
  }
};

void PrintInputError(const InputError& error) { std::cerr << "newsgraph: " << error.message << '\n'; }

// Stories close before the entities are final, but the report lists
// entities first: each story is rendered as it closes, set aside in an
// unnamed temporary file, and copied out in id order at the end.
class StorySpool {
 public:
  // In $TMPDIR (tmpfile() would ignore it), unlinked at once: the file is
  // gone with the process however it ends.
  static std::unique_ptr<StorySpool> Create() {
    const char* dir = std::getenv("TMPDIR");
    std::string path = std::string(dir && *dir ? dir : "/tmp") + "/newsgraph-stories-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0) return nullptr;
    ::unlink(path.c_str());
    FILE* file = ::fdopen(fd, "w+b");
    if (!file) {
      ::close(fd);
      return nullptr;
    }
    return std::unique_ptr<StorySpool>(new StorySpool(file));
  }
  ~StorySpool() { std::fclose(file_); }

  bool Put(const Story& story, const std::string& rendered) {
    const size_t number = std::stoul(story.id.substr(1)) - 1;  // ids are "S1", "S2", ...
    if (number >= places_.size()) places_.resize(number + 1);
    places_[number] = {end_, rendered.size()};
    end_ += rendered.size();
    return std::fwrite(rendered.data(), 1, rendered.size(), file_) == rendered.size();
  }

  // Hands every story to `emit` in id order.
  template <typename Emit>
  bool CopyOut(Emit&& emit) {
    if (std::fflush(file_) != 0) return false;
    std::string rendered;
    for (const auto& [offset, size] : places_) {
      rendered.resize(size);
      if (std::fseek(file_, static_cast<long>(offset), SEEK_SET) != 0 ||
          std::fread(rendered.data(), 1, size, file_) != size)
        return false;
      emit(rendered);
    }
    return true;
  }

 private:
  explicit StorySpool(FILE* file) : file_(file) {}
  FILE* file_;
  uint64_t end_ = 0;
  std::vector<std::pair<uint64_t, size_t>> places_;  // by story number: offset and size in the file
};

// --stream: documents are written as they are annotated, stories as they
// close; memory is bounded by AnalysisStream's window and open stories.
int RunStream(const AnalyzeOptions& options, const IngestOptions& ingest, const Pipeline& pipeline,
              std::ostream& out, Profile* profile) {
  auto spool = StorySpool::Create();
  if (!spool) {
    std::cerr << "newsgraph: --stream: cannot create a temporary file; set TMPDIR to a writable folder\n";
    return 2;
  }
  ReportWriter writer(out, options.format == "jsonl");
  bool spool_ok = true;
  size_t articles = 0, bytes = 0, stories = 0;
  std::vector<InputError> errors;
  AnalysisStream stream(pipeline, options.threads,
                        {[&](const std::vector<Document>& window) {
                           articles += window.size();
                           for (const Document& d : window) bytes += d.text.size();
                           writer.AddAll(window, options.threads);
                         },
                         [&](Story story) {
                           ++stories;
                           spool_ok = spool->Put(story, writer.Render(story)) && spool_ok;
                         }},
                        profile ? &profile->stages : nullptr);
  ReadInputs(
      options.inputs, ingest, [&](Document doc) { stream.Add(std::move(doc)); },
      [&](InputError error) {
        PrintInputError(error);
        errors.push_back(std::move(error));
      });
  const std::vector<Entity> entities = stream.Finish();
  const auto output_start = Clock::now();
  writer.AddAll(entities, options.threads);
  spool_ok = spool->CopyOut([&](const std::string& rendered) {
    writer.AddRendered(ReportWriter::Section::kStories, rendered);
  }) && spool_ok;
  for (const InputError& e : errors) writer.Add(e);
  writer.Finish();
  out.flush();
  if (!spool_ok) {
    std::cerr << "newsgraph: --stream: the temporary file for stories failed (disk full?); "
                 "free space in TMPDIR or point TMPDIR elsewhere\n";
    return 2;
  }
  if (!options.output.empty()) {
    std::cout << fmt::format("{} articles, {} entities, {} stories, {} unreadable inputs\n", articles,
                             entities.size(), stories, errors.size());
  }
  if (profile) {
    profile->articles = articles;
    profile->bytes = bytes;
    profile->output_seconds = SecondsSince(output_start);
  }
  return errors.empty() ? 0 : 1;
}

int RunBatch(const AnalyzeOptions& options, const IngestOptions& ingest, const Pipeline& pipeline,
             std::ostream& out, Profile* profile) {
  std::vector<Document> documents;
  std::vector<InputError> errors;
  ReadInputs(
      options.inputs, ingest, [&](Document doc) { documents.push_back(std::move(doc)); },
      [&](InputError error) {
        PrintInputError(error);
        errors.push_back(std::move(error));
      });
  size_t bytes = 0;
  for (const Document& doc : documents) bytes += doc.text.size();
  if (profile) {
    profile->ingest_seconds = SecondsSince(profile->start);
    profile->articles = documents.size();
    profile->bytes = bytes;
  }
  StageTimes* stages = profile ? &profile->stages : nullptr;
  pipeline.AnnotateAll(documents, options.threads, stages);
  const Report report = pipeline.Assemble(std::move(documents), std::move(errors), stages, options.threads);
  const auto output_start = Clock::now();
  WriteReport(report, options.format, out, options.threads);
  out.flush();
  // With the report in a file, the terminal gets the readable summary.
  if (!options.output.empty() && options.format != "text") WriteTextReport(report, std::cout);
  if (profile) profile->output_seconds = SecondsSince(output_start);
  return report.errors.empty() ? 0 : 1;
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
  if (options.stream && options.format != "json" && options.format != "jsonl") {
    std::cerr << fmt::format("newsgraph: --stream writes --format json or jsonl, not {}; "
                             "drop --stream for a {} report\n", options.format, options.format);
    return 2;
  }
  auto pipeline = Pipeline::Create(PipelineOptions{options.model_dir});
  if (!pipeline.ok()) {
    std::cerr << "newsgraph: " << pipeline.status().message() << '\n';
    return 2;
  }

  AnalyzeOptions resolved = options;
  if (resolved.threads <= 0) resolved.threads = CoreCount();
  Profile profile;
  profile.threads = resolved.threads;
  Profile* wanted = options.profile ? &profile : nullptr;

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) {
      std::cerr << fmt::format("newsgraph: cannot write {}; check the folder exists and is writable\n",
                               options.output);
      return 2;
    }
  }
  // A report written into an input folder is not an article of its own.
  ingest.skip_file = options.output;
  std::ostream& out = options.output.empty() ? std::cout : file;
  const int status = options.stream ? RunStream(resolved, ingest, *pipeline, out, wanted)
                                    : RunBatch(resolved, ingest, *pipeline, out, wanted);
  if (status == 2) return status;
  if (!out) {
    std::cerr << fmt::format("newsgraph: writing the report to {} failed (disk full?)\n",
                             options.output.empty() ? std::string("stdout") : options.output);
    return 2;
  }
  if (!options.output.empty()) std::cout << "\nreport written to " << options.output << '\n';
  if (wanted) profile.Print();
  return status;
}

}  // namespace newsgraph
