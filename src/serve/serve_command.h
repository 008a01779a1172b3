// `newsgraph serve`: the archive over HTTP (JSON API) and the web page.
#pragma once

#include <cstddef>
#include <string>

namespace newsgraph {

struct ServeCommandOptions {
  std::string db = "newsgraph.db";      // SQLite path or postgresql:// URL
  std::string bind = "127.0.0.1";       // loopback unless told otherwise
  int port = 8080;
  size_t max_body_bytes = 16u << 20;    // larger POST bodies get 413
  int threads = 8;                      // request worker threads
  int timeout_seconds = 10;             // read and write timeout per connection
  std::string model_dir;                // empty: FindModelDir()
};

// Serves until SIGINT/SIGTERM. Exit code: 0 stopped cleanly, 1 could not start
// (archive or port unavailable), 2 usage.
int RunServeCommand(const ServeCommandOptions& options);

}  // namespace newsgraph
