// The whole analysis: per-document annotation (text layer, times, entities,
// quotes, quantities) and report-wide assembly (entity linking, stories).
//
// A Pipeline holds the loaded models and is immutable after Create(), so one
// instance annotates documents on many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/report.h"
#include "core/status.h"

namespace newsgraph {

class EntityRecognizer;

struct PipelineOptions {
  std::string model_dir;  // empty: FindModelDir()
};

class Pipeline {
 public:
  static Result<Pipeline> Create(const PipelineOptions& options);

  // Adds every per-document annotation to `doc`. Thread-safe.
  void Annotate(Document& doc) const;

  // Links entities across the documents and groups them into stories.
  Report Assemble(std::vector<Document> documents, std::vector<InputError> errors) const;

 private:
  std::shared_ptr<const EntityRecognizer> recognizer_;
};

// Where models/ lives: $NEWSGRAPH_MODELS, else models/ beside or above the
// binary's folder, else the source tree the binary was built from.
std::string FindModelDir();

}  // namespace newsgraph
