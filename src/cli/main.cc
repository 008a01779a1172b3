// newsgraph: what happened, according to whom, across every outlet.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/analyze_command.h"
#include "serve/serve_command.h"
#include "store/ingest_command.h"

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
  analyze_cmd->add_flag("--stream", analyze.stream,
                        "Bounded memory for inputs of any size: write documents as they are analyzed and "
                        "cluster stories online (json and jsonl only)");

  newsgraph::IngestCommandOptions ingest;
  CLI::App* ingest_cmd = app.add_subcommand("ingest", "Add articles to an archive; new articles join its stories");
  ingest_cmd->add_option("inputs", ingest.inputs, "Files, directories (recursive) or - for stdin")->required();
  ingest_cmd->add_option("--db", ingest.db, "SQLite file or postgresql:// URL")->capture_default_str();
  ingest_cmd->add_option("--date", ingest.date, "Publication date (YYYY-MM-DD) for articles that have none");
  ingest_cmd->add_option("--models", ingest.model_dir, "Folder holding ner.model (default: the bundled models/)");
  ingest_cmd->add_flag("--rebuild", ingest.rebuild,
                       "Re-cluster and re-link the whole archive, as analyze would (story and entity ids may change)");
  ingest_cmd->add_option("--batch", ingest.batch_size, "Articles per transaction")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();

  newsgraph::ServeCommandOptions serve;
  CLI::App* serve_cmd = app.add_subcommand("serve", "Serve an archive: JSON API and web page");
  serve_cmd->add_option("--db", serve.db, "SQLite file or postgresql:// URL")->capture_default_str();
  serve_cmd->add_option("--port", serve.port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve_cmd->add_option("--bind", serve.bind, "Address to listen on")->capture_default_str();
  serve_cmd->add_option("--max-body-bytes", serve.max_body_bytes, "Largest POST /articles body")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  serve_cmd->add_option("--threads", serve.threads, "Request threads")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  serve_cmd->add_option("--timeout", serve.timeout_seconds, "Seconds a client may take to send or read")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  serve_cmd->add_option("--models", serve.model_dir, "Folder holding ner.model (default: the bundled models/)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // usage error, as documented
  }

  if (*analyze_cmd) return newsgraph::RunAnalyze(analyze);
  if (*ingest_cmd) return newsgraph::RunIngestCommand(ingest);
  if (*serve_cmd) return newsgraph::RunServeCommand(serve);
  return 2;
}
