// The whole analysis: per-document annotation (text layer, times, entities,
// quotes, quantities) and report-wide assembly (entity linking, stories).
//
// A Pipeline holds the loaded models and is immutable after Create(), so one
// instance annotates documents on many threads at once.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/report.h"
#include "core/status.h"

namespace newsgraph {

class EntityRecognizer;

// Seconds spent in each stage, summed over documents (for `--profile` and
// bench/pipeline). Stages are listed in pipeline order.
struct StageTimes {
  static constexpr int kStages = 8;
  static constexpr const char* kNames[kStages] = {"text", "times", "entities", "coreference",
                                                  "quotes", "quantities", "linking", "stories"};
  double seconds[kStages] = {};
  void Add(const StageTimes& other) {
    for (int i = 0; i < kStages; ++i) seconds[i] += other.seconds[i];
  }
};

struct PipelineOptions {
  std::string model_dir;  // empty: FindModelDir()
};

class Pipeline {
 public:
  static Result<Pipeline> Create(const PipelineOptions& options);

  // Adds every per-document annotation to `doc`. Thread-safe; `times`, when
  // given, accumulates the time spent in each stage.
  void Annotate(Document& doc, StageTimes* times = nullptr) const;

  // Annotates `documents` on `threads` threads. Each document is independent
  // and keeps its place, so the results are the same for any count.
  void AnnotateAll(std::vector<Document>& documents, int threads, StageTimes* times = nullptr) const;

  // Links entities across the documents and groups them into stories, each
  // story assembled on one of `threads` threads.
  Report Assemble(std::vector<Document> documents, std::vector<InputError> errors, StageTimes* times = nullptr,
                  int threads = 1) const;

 private:
  std::shared_ptr<const EntityRecognizer> recognizer_;
};

// The whole analysis of an input too large to hold: documents are annotated
// and linked a window at a time and handed on, and each story is handed on
// once it closes (StoryStream), so memory is bounded by the window and the
// open stories, not by the input. The output is the same for any thread
// count. Each window is clustered and refined as a batch against the stories
// still open, so past one window a stream's stories can differ from
// Assemble's.
class AnalysisStream {
 public:
  struct Sinks {
    // Each window of documents, annotated and linked, in input order.
    std::function<void(const std::vector<Document>&)> on_documents;
    std::function<void(Story)> on_story;               // in the order stories close
  };
  static constexpr size_t kWindow = 1000;  // documents annotated and linked together

  AnalysisStream(const Pipeline& pipeline, int threads, Sinks sinks, StageTimes* times = nullptr);
  ~AnalysisStream();

  void Add(Document document);
  // Processes what is left and closes every story; returns the entities.
  std::vector<Entity> Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Where models/ lives: $NEWSGRAPH_MODELS, else models/ beside or above the
// binary's folder, else the source tree the binary was built from.
std::string FindModelDir();

}  // namespace newsgraph
