// newsgraph-archive: `ingest` and `serve` on their own, for tests and the
// browser check while the main `newsgraph` binary does not expose them.
// Same options as the main CLI's subcommands.
#include <CLI/CLI.hpp>

#include "serve/serve_command.h"
#include "store/ingest_command.h"

int main(int argc, char** argv) {
  CLI::App app{"newsgraph archive: ingest articles into an archive and serve it"};
  app.require_subcommand(1);
  newsgraph::IngestCommandOptions ingest;
  CLI::App* ingest_cmd = app.add_subcommand("ingest", "Add articles to an archive");
  ingest_cmd->add_option("--db", ingest.db, "SQLite file or postgresql:// URL")->capture_default_str();
  ingest_cmd->add_option("--date", ingest.date, "Publication date (YYYY-MM-DD) for articles that have none");
  ingest_cmd->add_option("--models", ingest.model_dir, "Folder holding the models");
  ingest_cmd->add_option("inputs", ingest.inputs, "Files, directories or - for stdin")->required();
  newsgraph::ServeCommandOptions serve;
  CLI::App* serve_cmd = app.add_subcommand("serve", "Serve the archive's API and web page");
  serve_cmd->add_option("--db", serve.db, "SQLite file or postgresql:// URL")->capture_default_str();
  serve_cmd->add_option("--port", serve.port, "TCP port (0: any free port)")->capture_default_str();
  serve_cmd->add_option("--bind", serve.bind, "Address to listen on")->capture_default_str();
  serve_cmd->add_option("--max-body-bytes", serve.max_body_bytes, "Largest POST body")->capture_default_str();
  serve_cmd->add_option("--threads", serve.threads, "Request threads")->capture_default_str();
  serve_cmd->add_option("--models", serve.model_dir, "Folder holding the models");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (*ingest_cmd) return newsgraph::RunIngestCommand(ingest);
  return newsgraph::RunServeCommand(serve);
}
