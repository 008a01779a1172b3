// `newsgraph analyze`: read articles, annotate them, link and group them, and
// write one report.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsgraph {

struct AnalyzeOptions {
  std::vector<std::string> inputs;   // files, directories, "-"
  std::string format = "json";       // json | jsonl | text | html
  std::string output;                // file for the report; empty: stdout
  std::optional<std::string> date;   // --date YYYY-MM-DD
  std::string model_dir;             // empty: FindModelDir()
  int threads = 0;                   // 0: every core
  bool profile = false;              // print time per stage and throughput to stderr
  bool stream = false;               // bounded memory: AnalysisStream (json and jsonl only)
};

// Exit codes (documented in the README): 0 every input was read, 1 some inputs
// failed (the rest are still reported), 2 usage error, the models are
// missing, or the report could not be written.
int RunAnalyze(const AnalyzeOptions& options);

}  // namespace newsgraph
