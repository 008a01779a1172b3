// newsgraph: what happened, according to whom, across every outlet.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/analyze_command.h"

int main(int argc, char** argv) {
  CLI::App app{"newsgraph: group news coverage into stories; extract who, said what, how many, when"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsgraph 0.1.0");

  newsgraph::AnalyzeOptions analyze;
  CLI::App* analyze_cmd = app.add_subcommand("analyze", "Analyze articles and write one report");
  analyze_cmd->add_option("inputs", analyze.inputs, "Files, directories (recursive) or - for stdin")->required();
  analyze_cmd->add_option("-f,--format", analyze.format, "Report format")
      ->check(CLI::IsMember({"json", "jsonl", "text", "html"}))
      ->capture_default_str();
  analyze_cmd->add_option("-o,--output", analyze.output,
                          "Write the report to this file and print a summary to stdout");
  analyze_cmd->add_option("--date", analyze.date, "Publication date (YYYY-MM-DD) for articles that have none");
  analyze_cmd->add_option("--models", analyze.model_dir, "Folder holding ner.model (default: the bundled models/)");
  analyze_cmd->add_option("-j,--threads", analyze.threads, "Worker threads (default: every core)")
      ->check(CLI::NonNegativeNumber);
  analyze_cmd->add_flag("--profile", analyze.profile, "Print time per stage and throughput to stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // usage error, as documented
  }

  if (*analyze_cmd) return newsgraph::RunAnalyze(analyze);
  return 2;
}
