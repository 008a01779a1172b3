#include "pipeline/pipeline.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>

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

Report Pipeline::Assemble(std::vector<Document> documents, std::vector<InputError> errors,
                          StageTimes* times) const {
  Report report;
  report.documents = std::move(documents);
  report.errors = std::move(errors);
  Timed(times, 6, [&] { report.entities = LinkAcrossDocuments(report.documents); });
  Timed(times, 7, [&] { report.stories = BuildStories(report.documents, report.entities); });
  return report;
}

}  // namespace newsgraph
