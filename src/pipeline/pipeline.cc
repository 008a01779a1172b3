#include "pipeline/pipeline.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <malloc.h>

#include "core/parallel.h"
#include "extract/entities.h"
#include "extract/quantities.h"
#include "extract/quotes.h"
#include "extract/times.h"
#include "link/coreference.h"
#include "link/entity_linker.h"
#include "story/stories.h"
#include "text/text_layer.h"

namespace newsgraph {

namespace fs = std::filesystem;

std::string FindModelDir() {
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
      if (fs::is_directory(dir / "models", ec)) return (dir / "models").string();
    }
  }
  return std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
}

Result<Pipeline> Pipeline::Create(const PipelineOptions& options) {
  const std::string model_dir = options.model_dir.empty() ? FindModelDir() : options.model_dir;
  auto recognizer = EntityRecognizer::Load(model_dir);
  if (!recognizer.ok()) return recognizer.status();
  Pipeline pipeline;
  pipeline.recognizer_ = std::make_shared<const EntityRecognizer>(std::move(recognizer).value());
  return pipeline;
}

namespace {

// Runs one stage, adding its wall time to `times` when profiling.
template <typename F>
void Timed(StageTimes* times, int stage, F&& run) {
  if (!times) {
    run();
    return;
  }
  const auto start = std::chrono::steady_clock::now();
  run();
  times->seconds[stage] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

void Pipeline::Annotate(Document& doc, StageTimes* times) const {
  Timed(times, 0, [&] { AnnotateText(doc); });
  Timed(times, 1, [&] { ExtractTimes(doc); });
  Timed(times, 2, [&] { recognizer_->Recognize(doc); });
  Timed(times, 3, [&] { ResolveWithinDocument(doc); });
  Timed(times, 4, [&] { ExtractQuotes(doc); });
  Timed(times, 5, [&] { ExtractQuantities(doc); });
}

void Pipeline::AnnotateAll(std::vector<Document>& documents, int threads, StageTimes* times) const {
  std::vector<StageTimes> item_times(times ? documents.size() : 0);
  ParallelFor(documents.size(), threads, [&](size_t i) { Annotate(documents[i], times ? &item_times[i] : nullptr); });
  for (const StageTimes& t : item_times) times->Add(t);
}

Report Pipeline::Assemble(std::vector<Document> documents, std::vector<InputError> errors, StageTimes* times,
                          int threads) const {
  Report report;
  report.documents = std::move(documents);
  report.errors = std::move(errors);
  Timed(times, 6, [&] { report.entities = LinkAcrossDocuments(report.documents); });
  Timed(times, 7, [&] { report.stories = BuildStories(report.documents, report.entities, threads); });
  return report;
}

struct AnalysisStream::State {
  const Pipeline& pipeline;
  int threads;
  Sinks sinks;
  StageTimes* times;
  std::vector<Document> window;
  EntityLinker linker;
  StoryStream stories;
  // Clustering is serial, so with threads to spare a window is clustered on
  // its own thread while the next one is read and annotated. Linking waits
  // for it (the clustering reads the linker's entities); the order of every
  // step on the linker and the stories is the same, and so is the output.
  std::thread clustering;
  StageTimes clustering_times;  // the clustering thread's own, merged after it

  ~State() { WaitForClustering(); }

  void Flush() {
    if (window.empty()) return;
    pipeline.AnnotateAll(window, threads, times);
    WaitForClustering();
    Timed(times, 6, [&] { linker.Link(window); });
    sinks.on_documents(window);
    auto cluster = [this, annotated = std::move(window)]() mutable {
      Timed(times ? &clustering_times : nullptr, 7,
            [&] { stories.Add(std::move(annotated), linker.entities(), sinks.on_story); });
      // The window's documents were allocated by the annotating threads and
      // are freed here, on another: glibc keeps such pages in its per-thread
      // arenas unless told to hand them back (150 MB stream: 394 -> 350 MB).
      malloc_trim(0);
    };
    window = {};
    window.reserve(AnalysisStream::kWindow);
    if (threads > 1) clustering = std::thread(std::move(cluster));
    else cluster();
  }

  void WaitForClustering() {
    if (clustering.joinable()) clustering.join();
    if (times) times->Add(clustering_times);
    clustering_times = {};
  }
};

AnalysisStream::AnalysisStream(const Pipeline& pipeline, int threads, Sinks sinks, StageTimes* times)
    : state_(new State{pipeline, threads, std::move(sinks), times, {}, {}, StoryStream({.threads = threads, .clusterer = {}}), {}, {}}) {
  state_->window.reserve(kWindow);
}

AnalysisStream::~AnalysisStream() = default;

void AnalysisStream::Add(Document document) {
  state_->window.push_back(std::move(document));
  if (state_->window.size() == kWindow) state_->Flush();
}

std::vector<Entity> AnalysisStream::Finish() {
  State& s = *state_;
  s.Flush();
  s.WaitForClustering();
  Timed(s.times, 7, [&] { s.stories.Finish(s.linker.entities(), s.sinks.on_story); });
  std::vector<Entity> entities;
  Timed(s.times, 6, [&] { entities = s.linker.Finish(); });
  return entities;
}

}  // namespace newsgraph
